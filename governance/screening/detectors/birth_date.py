"""Dates of birth: a date where the text says it is one (เกิด, วันเกิด, วัน/เดือน/ปีเกิด), or a
date in the column of a table (or tab-separated list) headed so. Event dates, the dates of letters
and laws, are public and never flagged."""

import re

from . import Span, is_table_row

CATEGORY = "pii.birth_date"
# "เกิด" alone also means "happen" (เกิดขึ้น, ก่อให้เกิด): it counts only right before the date.
_CONTEXT = re.compile(
    r"(?:วัน(?:\s*/\s*เดือน\s*/\s*ปี)?เกิด|ปีเกิด|เกิดวันที่|ว\s*/\s*ด\s*/\s*ป|date of birth|"
    r"DOB|born)[^\n]{0,25}$|(?<!ให้)(?<!เหตุ)เกิด(?:เมื่อ)?\s*:?\s*(?:วันที่\s*)?$",
    re.IGNORECASE,
)
_MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|"
    "พฤศจิกายน|ธันวาคม|ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|"
    "ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.|"
    "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?"
)
_DATE = re.compile(
    rf"(?<!\d)(?:\d{{1,2}}\s*(?:{_MONTHS})\s*(?:พ\.ศ\.\s*)?\d{{2,4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?!\d)"
)


_HEADING = re.compile(
    r"^\s*(?:วัน\s*/?\s*เดือน\s*/?\s*ปี\s*เกิด|วันเกิด|ปีเกิด|ว\s*/\s*ด\s*/\s*ป\s*เกิด|"
    r"date of birth|DOB)\s*$",
    re.IGNORECASE,
)


_HEADING_IN_LINE = re.compile(
    r"วัน\s*/?\s*เดือน\s*/?\s*ปี\s*เกิด|วันเกิด|ปีเกิด|ว\s*/\s*ด\s*/\s*ป\s*เกิด|date of birth|DOB",
    re.IGNORECASE,
)


def find(text, tokens=None):
    spans = {
        Span(CATEGORY, m.start(), m.end())
        for m in _DATE.finditer(text)
        if _CONTEXT.search(text, max(0, m.start() - 40), m.start())
    }
    spans.update(_in_birth_date_columns(text))
    return sorted(spans, key=lambda span: span.start)


def _in_birth_date_columns(text):
    """Dates in the cells under a "วันเดือนปีเกิด" heading cell, row after row (cells are
    tab-separated, see ..normalize), until a line that is not a row. In a table typed with
    spaces or pipes, whose columns cannot be counted, a row's only date is its birth date."""
    column, position, typed = None, 0, False
    for line in text.split("\n"):
        cells = line.split("\t")
        if len(cells) < 2:
            if typed and line.strip():
                dates = list(_DATE.finditer(line))
                if len(dates) == 1:
                    yield Span(CATEGORY, position + dates[0].start(), position + dates[0].end())
            else:
                typed = bool(is_table_row(line) and _HEADING_IN_LINE.search(line))
            column = None if line.strip() else column
        elif column is None:
            column = next((i for i, cell in enumerate(cells) if _HEADING.match(cell)), None)
        elif column < len(cells):
            cell_start = position + sum(len(cell) + 1 for cell in cells[:column])
            for m in _DATE.finditer(cells[column]):
                yield Span(CATEGORY, cell_start + m.start(), cell_start + m.end())
        position += len(line) + 1
