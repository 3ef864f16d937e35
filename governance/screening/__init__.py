"""The pre-publish screener: finds personal data (PDPA) and prohibited content in the texts of a
page revision and its attachments, and keeps unsafe HTML from the public site (issue 5)."""
