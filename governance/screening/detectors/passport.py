"""Passport numbers: usually two letters and seven digits (Thai: AA1234567), only where the text
speaks of a passport, as many codes look the same."""

import re

from . import Span, nearby

CATEGORY = "pii.passport"
CONTEXT = ("หนังสือเดินทาง", "พาสปอร์ต", "passport", "Passport", "PASSPORT")
_NUMBER = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}\d{7}(?!\d)")


def find(text, tokens=None):
    return [
        Span(CATEGORY, m.start(), m.end())
        for m in _NUMBER.finditer(text)
        if nearby(text, m.start(), m.end(), CONTEXT, before=80)
    ]
