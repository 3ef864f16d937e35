"""The first rows of a statistics data file (CSV or XLSX), to show on the page as a table.

Seed 004 clause 1.4 publishes statistics "for people to use": the page shows the figures, not just
a download link. A file that cannot be read gives a message the page shows instead of the table:
a visitor never gets an error page because an author uploaded a broken file.
"""

import csv
import io
import logging
from contextlib import closing
from dataclasses import dataclass, field
from itertools import islice

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from openpyxl import load_workbook

logger = logging.getLogger(__name__)

DATA_FILE_EXTENSIONS = ("csv", "xlsx")
MAX_ROWS = 50
#: Only the start of a CSV is read; the table shows its first rows anyway.
MAX_CSV_BYTES = 1024 * 1024

UNREADABLE = _(
    "The data file could not be shown as a table. Please download the file to see the data."
)
EMPTY = _("The data file has no data.")
CACHE_SECONDS = 24 * 60 * 60


@dataclass
class DataPreview:
    header: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    #: The file has more rows than the table shows.
    truncated: bool = False
    #: Why there is no table, for the visitor.
    error: str = ""


def preview(document, max_rows=MAX_ROWS):
    """The header and first ``max_rows`` rows of ``document``, a CSV or XLSX file.

    Read once per file content and kept in the cache: a page view should not parse a spreadsheet.
    The key holds the file's hash (or name and size), so a replaced file is read again.
    """
    version = document.file_hash or f"{document.file.name}:{document.file_size}"
    key = f"khaosan:data-preview:{document.pk}:{version}:{max_rows}"
    return cache.get_or_set(key, lambda: _read_preview(document, max_rows), timeout=CACHE_SECONDS)


def _read_preview(document, max_rows):
    reader = _xlsx_rows if document.file_extension.lower() == "xlsx" else _csv_rows
    try:
        with document.open_file() as handle, closing(reader(handle)) as all_rows:
            rows = list(islice(filter(any, all_rows), max_rows + 2))
    except Exception:
        # Spreadsheet parsers raise many kinds of error on a damaged file; none may reach the page.
        logger.warning("Cannot preview data file %s", document.pk, exc_info=True)
        return DataPreview(error=UNREADABLE)
    if not rows:
        return DataPreview(error=EMPTY)
    body = rows[1:]
    return DataPreview(header=rows[0], rows=body[:max_rows], truncated=len(body) > max_rows)


def _csv_rows(handle):
    data = handle.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        # Drop the last, probably cut, line; a newline byte is never inside a UTF-8 or
        # Windows-874 character.
        data = data[: data.rfind(b"\n", 0, MAX_CSV_BYTES) + 1]
    if b"\0" in data:
        raise ValueError("not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Thai Excel saves "CSV" in Windows-874 unless told to use UTF-8.
        text = data.decode("cp874")
    for row in csv.reader(io.StringIO(text, newline="")):
        yield [cell.strip() for cell in row]


def _xlsx_rows(handle):
    workbook = load_workbook(handle, read_only=True, data_only=True)
    try:
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            yield [_cell_text(value) for value in row]
    finally:
        workbook.close()


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
