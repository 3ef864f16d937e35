"""The pre-publish screener: finds personal data (PDPA) and prohibited content in the texts of a
page revision and its attachments, so that none of it reaches the public site unseen."""
