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
    pipes, the date in the heading's pipe column; typed with spaces, whose columns cannot be
    counted, a row's only date, or the one that starts nearest below the heading."""
    column, position, typed = None, 0, None
    for line in text.split("\n"):
        cells = line.split("\t")
        if len(cells) < 2:
            if typed and line.strip():
                date = _under_heading(line, *typed)
                if date:
                    yield Span(CATEGORY, position + date.start(), position + date.end())
            else:
                heading = _HEADING_IN_LINE.search(line) if is_table_row(line) else None
                typed = heading and (heading.start(), line[: heading.start()].count("|"))
            column = None if line.strip() else column
        elif column is None:
            column = next((i for i, cell in enumerate(cells) if _HEADING.match(cell)), None)
        elif column < len(cells):
            cell_start = position + sum(len(cell) + 1 for cell in cells[:column])
            for m in _DATE.finditer(cells[column]):
                yield Span(CATEGORY, cell_start + m.start(), cell_start + m.end())
        position += len(line) + 1


#: How far from below its heading a date in a table typed with spaces may start.
ALIGNMENT = 12


def _under_heading(line, offset, pipes):
    dates = list(_DATE.finditer(line))
    if pipes and line.count("|") >= pipes:
        cell_start = [i for i, c in enumerate(line) if c == "|"][pipes - 1]
        cell_end = line.find("|", cell_start + 1)
        cell_end = len(line) if cell_end == -1 else cell_end
        return next((d for d in dates if cell_start < d.start() < cell_end), None)
    if len(dates) == 1:
        return dates[0]
    nearest = min(dates, key=lambda d: abs(d.start() - offset), default=None)
    return nearest if nearest and abs(nearest.start() - offset) <= ALIGNMENT else None
