"""Thai national ID numbers (เลขประจำตัวประชาชน): 13 digits, the last a checksum.

Persons' numbers start with 1-8; 0 is a juristic person's tax ID, which is public and never
flagged. Written plain, dashed (1-2345-67890-12-3), spaced, with Thai digits or zero-width
characters (both undone by normalization), glued to Thai letters or between a CSV's commas;
broken across lines, as a PDF's full line or a scanned table's narrow cell wraps it
(8 2069 78046⏎83 7, 332070029⏎    1859).
"""

import re

from . import TABLE_REACH, Span, nearby

CATEGORY = "pii.national_id"
# A run of digit groups separated by single dashes or spaces, taken whole so that a longer
# number (a phone list, a table row) is never read as an ID from its middle. A line may end
# inside it: text copied from a PDF breaks an ID where the line was full (3-1157-⏎38818-39-7,
# 8 2069 78046⏎83 7). Commas may stand beside it (a CSV export): a run never holds one, so
# an amount written 1,234,567 is never read as one number.
_RUN = re.compile(r"(?<![\d./])(?<![\d][ -])\d+(?:(?:[ -]?\n[ \t]*|[ -])\d+)*(?![ -]?\d)(?![./]\d)")
_GROUP = re.compile(r"\d+")
_GROUPED = re.compile(r"\d[ -]\d|-$")
CONTEXT = ("ประจำตัวประชาชน", "บัตรประชาชน", "เลขบัตร", "ID")
_OFFICIAL_GROUPING = [1, 4, 5, 2, 1]


def is_valid(digits):
    """Whether ``digits`` is a valid person's ID: 13 digits, first 1-8, checksum right."""
    if len(digits) != 13 or not digits.isdigit() or digits[0] in "09":
        return False
    total = sum(int(digit) * (13 - index) for index, digit in enumerate(digits[:12]))
    return (11 - total % 11) % 10 == int(digits[12])


def compact(number):
    """The digits of a written ID."""
    return re.sub(r"\D", "", number)


def find(text, tokens=None):
    spans = []
    for run in _RUN.finditer(text):
        groups = [
            (m.start() + run.start(), m.end() + run.start()) for m in _GROUP.finditer(run.group())
        ]
        for start, end in _candidates(groups):
            if is_valid(compact(text[start:end])) and _whole(text, start, end):
                spans.append(Span(CATEGORY, start, end))
    return sorted(spans, key=lambda span: span.start)


def _whole(text, start, end):
    """Whether a number broken across lines is one: written in groups (8 2069 78046⏎83 7) it
    is; a bare string of digits broken (332070029⏎    1859) is only under a heading that
    speaks of ID numbers, as two numbers on two lines are more often two numbers."""
    line_break = text.find("\n", start, end)
    if line_break == -1 or _GROUPED.search(text, start, line_break):
        return True
    return nearby(text, start, end, CONTEXT, before=TABLE_REACH)


def _candidates(groups):
    """The whole run if it has 13 digits; else each 13-digit group and each official
    1-4-5-2-1 grouping inside a longer run (a row number, then the ID)."""
    lengths = [end - start for start, end in groups]
    if sum(lengths) == 13:
        return [(groups[0][0], groups[-1][1])]
    found = [group for group, length in zip(groups, lengths, strict=True) if length == 13]
    for index in range(len(groups) - 4):
        if lengths[index : index + 5] == _OFFICIAL_GROUPING:
            found.append((groups[index][0], groups[index + 4][1]))
    return found
