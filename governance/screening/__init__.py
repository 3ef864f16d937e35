"""The pre-publish screener: personal data, prohibited content and unsafe HTML (issue 5)."""
