"""Telephone numbers: Thai mobile (06/08/09 + 8 digits), landline (0 + 8 digits) and +66 forms,
also with their digits spaced out (0 8 1 - 2 3 4 - 5 6 7 8); and other countries' numbers
written with their + code (a migrant worker's family in Myanmar, a foreign visitor).

A cheap pattern picks candidates; Google's phonenumbers decides whether each is a valid number,
so that a budget or a document number of the same length is not taken for one.
"""

import re

import phonenumbers

from . import Span

CATEGORY = "pii.phone"
#: Between two digits of a Thai number: nothing, a space, a dot or dash (with spaces around).
_GAP = r"(?:\)?(?: ?[.-] ?| )?)"
_THAI = re.compile(
    r"(?<![\d+])(?:\+66[ -]?\(?0?\)?[ -]?|0"
    + _GAP
    + r"|\(0(?=\d{1,2}\)))\d(?:"
    + _GAP
    + r"\d){7,8}"
    r"(?![.-]?\d)(?!\.\d)"
)
_INTERNATIONAL = re.compile(r"(?<![\w+])\+(?!66)[1-9]\d{0,2}(?:[ -]?\(?\d+\)?){2,6}(?![ -]?\d)")


def is_valid(number, region="TH"):
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def find(text, tokens=None):
    return [
        Span(CATEGORY, m.start(), m.end())
        for pattern, region in ((_THAI, "TH"), (_INTERNATIONAL, None))
        for m in pattern.finditer(text)
        if is_valid(m.group(), region)
    ]
