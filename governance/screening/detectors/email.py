"""E-mail addresses."""

import re

from . import Span

CATEGORY = "pii.email"
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)


def find(text, tokens=None):
    return [Span(CATEGORY, m.start(), m.end()) for m in _EMAIL.finditer(text)]
