"""Passport numbers: usually two letters and seven digits (Thai: AA1234567, sometimes written
AA 1234567), only where the text speaks of a passport, as many codes look the same. Right after
the word itself (หนังสือเดินทางเมียนมา เลขที่ ...), other countries' forms count too (N01834276,
nine digits); so do they in a table row under a passport column heading."""

import re

from . import TABLE_REACH, Span, nearby, table_row_of

CATEGORY = "pii.passport"
CONTEXT = ("หนังสือเดินทาง", "พาสปอร์ต", "passport", "Passport", "PASSPORT", "P/P", "PP no")
#: The usual form (AA1234567) is distinctive enough to count anywhere under a table's
#: "หนังสือเดินทาง" column heading, however far above; other forms only in a row of the table.
_USUAL = re.compile(r"[A-Z]{2} ?\d{7}")
#: Its digits may be grouped by spaces (MH 716 2093).
_NUMBER = re.compile(r"(?<![A-Za-z0-9-])[A-Z]{1,2} ?\d(?: ?\d){5,7}(?! ?\d)(?!-)")
#: "PJ 7734021 (หนังสือเดินทางชั่วคราว)": the word may follow the number.
AFTER = 40
_AFTER_THE_WORD = re.compile(
    r"(?<![A-Za-z])(?:หนังสือเดินทาง|พาสปอร์ต|passport|P/P|PP)[ก-๛]{0,20}\s*"
    r"(?:เลขที่|หมายเลข|no\.?|number|#)?\s*:?\s*"
    r"(?P<number>(?=[A-Z0-9]*\d)[A-Z0-9]{8,9}|[A-Z]{0,2} ?\d(?: ?\d){5,8}|\d{2} ?\d{3} ?\d{3,4})"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def find(text, tokens=None):
    spans = {
        Span(CATEGORY, m.start(), m.end())
        for m in _NUMBER.finditer(text)
        if nearby(text, m.start(), m.end(), CONTEXT, before=80, after=AFTER)
        or (_USUAL.fullmatch(m.group()) or table_row_of(text, m.start(), m.end()) is not None)
        and nearby(text, m.start(), m.end(), CONTEXT, before=TABLE_REACH)
    }
    spans.update(
        Span(CATEGORY, m.start("number"), m.end("number")) for m in _AFTER_THE_WORD.finditer(text)
    )
    return sorted(spans, key=lambda span: span.start)
