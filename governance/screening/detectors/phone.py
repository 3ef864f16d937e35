"""Thai telephone numbers: mobile (06/08/09 + 8 digits), landline (0 + 8 digits) and +66 forms.

A cheap pattern picks candidates; Google's phonenumbers decides whether each is a valid Thai
number, so that a budget or a document number of the same length is not taken for one.
"""

import re

import phonenumbers

from . import Span

CATEGORY = "pii.phone"
_CANDIDATE = re.compile(
    r"(?<![\d+])(?:\+66[ -]?\(?0?\)?[ -]?|0[ .-]?|\(0(?=\d{1,2}\)))\d(?:\)?[ .-]?\d){7,8}"
    r"(?![.-]?\d)(?!\.\d)"
)


def is_valid(number):
    try:
        parsed = phonenumbers.parse(number, "TH")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def find(text, tokens=None):
    return [
        Span(CATEGORY, m.start(), m.end()) for m in _CANDIDATE.finditer(text) if is_valid(m.group())
    ]
