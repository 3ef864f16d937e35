"""The text of an attached file, for the screener: PDF, DOCX and plain text, within set limits.

A file whose text cannot be read completely (a scanned PDF, an encrypted or corrupt file, a ZIP
bomb, a file over the limits) is never passed silently: the result says ``readable=False`` with
a reason to show the approver, and carries whatever text was read so far.

- PDF: PDFium (``pypdfium2``), page by page. Of pypdf, pdfminer.six and PDFium, PDFium is the
  one fast enough (a 20-page Thai PDF in ~0.15 s against ~1.5 s; ``benchmarks/extract.py``) and
  it is the parser of Chromium, hardened against hostile files. Characters whose font has no
  Unicode mapping are dropped, not replaced by the font's raw codes (PDFium's fallback, which
  puts Latin letters inside Thai words).
- DOCX: the WordprocessingML parts themselves (``zipfile`` + ``defusedxml``, which refuses
  DTDs and entities): body with its
  tables, headers, footers, footnotes, endnotes and comments. The package's declared sizes are
  checked before anything is decompressed, so a ZIP bomb is refused unread.
- Text: UTF-8 (with or without a byte-order mark), else Windows-874 (cp874, the superset of
  TIS-620 that Thai government files often use); anything else is refused.

Limits (Django settings, each with its default):

- ``KHAOSAN_EXTRACT_MAX_BYTES``: the file's size, default ``WAGTAILDOCS_MAX_UPLOAD_SIZE`` (20 MB).
- ``KHAOSAN_EXTRACT_MAX_PAGES``: PDF pages read, default 500.
- ``KHAOSAN_EXTRACT_MAX_CHARS``: characters kept, default 2,000,000.
- ``KHAOSAN_EXTRACT_SECONDS``: the time budget, default 10. The PDF loop checks it before each
  page, so a file stops being read at the first page boundary past the budget; one page cannot
  be interrupted, but PDFium reads a page in milliseconds and pypdfium's decompression is
  bounded by the file size limit.
- ``KHAOSAN_DOCX_MAX_UNCOMPRESSED``: the DOCX parts' total declared size, default 100 MB.
- ``KHAOSAN_DOCX_MAX_RATIO``: a DOCX part's compression ratio, default 100 (Word's own files
  are under 20).
"""

import io
import os
import re
import threading
import time
import zipfile
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from defusedxml.ElementTree import iterparse
from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

#: PDFium is not thread-safe: one document is read at a time per process.
PDFIUM_LOCK = threading.Lock()

PDF = "pdf"
DOCX = "docx"
TEXT = "text"
TEXT_EXTENSIONS = {"txt", "csv", "html", "htm"}
TEXT_ENCODINGS = ("utf-8-sig", "cp874")
#: Control characters that never occur in a text file (tab, newlines and form feed do).
BINARY_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f]")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: The DOCX parts that hold text a reader sees, in reading order.
DOCX_PARTS = re.compile(
    r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml", re.IGNORECASE
)


@dataclass(frozen=True)
class Extraction:
    #: The text read, possibly only part of the file when ``readable`` is False.
    text: str
    #: True only when the whole file was read.
    readable: bool
    #: Why not (a lazy translation, shown in the user's language); empty when readable.
    reason: str = ""


class Unreadable(Exception):
    """Raised inside this module with the reason and the text read so far."""

    def __init__(self, reason, text=""):
        super().__init__(reason)
        self.reason = reason
        self.text = text


def limit(name, default):
    return getattr(settings, name, default)


def extract_text(path_or_file, filename=None):
    """The text of ``path_or_file`` (a path, or a binary file object such as a Django
    ``File``); ``filename`` names its type when the object's own name does not."""
    name = filename or getattr(path_or_file, "name", None) or str(path_or_file)
    kind = file_kind(name)
    if kind is None:
        return Extraction("", False, _("This type of file cannot be checked automatically."))
    try:
        data = read_bytes(path_or_file)
        deadline = time.monotonic() + limit("KHAOSAN_EXTRACT_SECONDS", 10)
        text = {PDF: pdf_text, DOCX: docx_text, TEXT: plain_text}[kind](data, deadline)
    except Unreadable as unreadable:
        return Extraction(unreadable.text, False, unreadable.reason)
    max_chars = limit("KHAOSAN_EXTRACT_MAX_CHARS", 2_000_000)
    if len(text) > max_chars:
        return Extraction(
            text[:max_chars],
            False,
            _("This file holds more text than can be checked automatically."),
        )
    return Extraction(text, True)


def file_kind(name):
    extension = os.path.splitext(str(name))[1].lower().lstrip(".")
    if extension == "pdf":
        return PDF
    if extension == "docx":
        return DOCX
    if extension in TEXT_EXTENSIONS:
        return TEXT
    return None


def read_bytes(path_or_file):
    """The file's bytes, refusing a file over the size limit before reading it."""
    max_bytes = limit(
        "KHAOSAN_EXTRACT_MAX_BYTES", getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", 20 << 20)
    )
    too_large = Unreadable(_("This file is too large to be checked automatically."))
    if isinstance(path_or_file, str | os.PathLike):
        try:
            if os.path.getsize(path_or_file) > max_bytes:
                raise too_large
            with open(path_or_file, "rb") as file:
                return file.read()
        except OSError as error:
            raise Unreadable(_("This file could not be opened.")) from error
    path_or_file.seek(0)
    data = path_or_file.read(max_bytes + 1)
    path_or_file.seek(0)
    if len(data) > max_bytes:
        raise too_large
    return data


def pdf_text(data, deadline):
    max_pages = limit("KHAOSAN_EXTRACT_MAX_PAGES", 500)
    pages = []
    scanned = []
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                raise Unreadable(
                    _("This PDF is protected by a password: it cannot be checked automatically.")
                ) from error
            raise Unreadable(
                _("This PDF is damaged or not a PDF: it cannot be checked automatically.")
            ) from error
        try:
            for number in range(len(document)):
                if number >= max_pages:
                    raise Unreadable(
                        _("This PDF has too many pages: only the first pages were checked."),
                        "\n".join(pages),
                    )
                if time.monotonic() > deadline:
                    raise Unreadable(
                        _("This PDF took too long to read: only the first pages were checked."),
                        "\n".join(pages),
                    )
                page = document[number]
                text = page_text(page)
                if not text.strip() and page_has_images(page):
                    scanned.append(number + 1)
                pages.append(text)
        except pdfium.PdfiumError as error:
            raise Unreadable(
                _("This PDF is damaged: it cannot be checked automatically."), "\n".join(pages)
            ) from error
        finally:
            document.close()
    text = "\n".join(pages)
    if scanned and not text.strip():
        raise Unreadable(
            _("This PDF has no text layer (a scan): it cannot be checked automatically.")
        )
    if scanned:
        raise Unreadable(scanned_pages_reason(scanned), text)
    return text


def scanned_pages_reason(pages):
    """Which pages are scans, translated when shown (a lazy string, like the other reasons)."""

    def reason():
        message = ngettext(
            "Page %(pages)s of this PDF is a scanned image: it cannot be checked automatically.",
            "Pages %(pages)s of this PDF are scanned images: they cannot be checked automatically.",
            len(pages),
        )
        return message % {"pages": ", ".join(map(str, pages))}

    return lazy(reason, str)()


def page_text(page):
    """The page's text, without the characters its fonts give no Unicode for."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        if len(text) != textpage.count_chars():
            return text
        unmapped = [
            index
            for index in range(len(text))
            if pdfium_c.FPDFText_HasUnicodeMapError(textpage.raw, index)
        ]
        if not unmapped:
            return text
        drop = set(unmapped)
        return "".join(ch for index, ch in enumerate(text) if index not in drop)
    finally:
        textpage.close()


def page_has_images(page):
    return next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]), None) is not None


def docx_text(data, deadline):
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as error:
        raise Unreadable(
            _("This Word file is damaged or not a DOCX file: it cannot be checked automatically.")
        ) from error
    with package:
        parts = [info for info in package.infolist() if DOCX_PARTS.fullmatch(info.filename)]
        check_zip_sizes(parts)
        parts.sort(key=lambda info: docx_part_order(info.filename))
        texts = []
        for info in parts:
            if time.monotonic() > deadline:
                raise Unreadable(
                    _("This Word file took too long to read: only part of it was checked."),
                    "\n".join(texts),
                )
            try:
                texts.append(wordprocessing_text(package.read(info)))
            except (zipfile.BadZipFile, ParseError, OSError, ValueError) as error:
                raise Unreadable(
                    _("This Word file is damaged: it cannot be checked automatically."),
                    "\n".join(texts),
                ) from error
    if not any(info.filename.lower() == "word/document.xml" for info in parts):
        raise Unreadable(
            _("This Word file is damaged or not a DOCX file: it cannot be checked automatically.")
        )
    return "\n".join(text for text in texts if text)


def check_zip_sizes(parts):
    """Refuse a ZIP bomb from the sizes the package declares, before decompressing anything.
    (``zipfile`` stops reading a part at its declared size, so the declaration cannot lie.)"""
    max_total = limit("KHAOSAN_DOCX_MAX_UNCOMPRESSED", 100 << 20)
    max_ratio = limit("KHAOSAN_DOCX_MAX_RATIO", 100)
    total = sum(info.file_size for info in parts)
    ratio_exceeded = any(
        info.file_size > 1 << 20 and info.file_size > max_ratio * max(info.compress_size, 1)
        for info in parts
    )
    if total > max_total or ratio_exceeded:
        raise Unreadable(
            _(
                "This Word file expands to far more data than it holds (a ZIP bomb): "
                "it cannot be checked automatically."
            )
        )


def docx_part_order(name):
    """Body first, then headers, footers, notes and comments, each in number order."""
    stem = name.lower().removeprefix("word/").removesuffix(".xml")
    kinds = ["document", "header", "footer", "footnotes", "endnotes", "comments"]
    kind = next(kind for kind in kinds if stem.startswith(kind))
    number = stem.removeprefix(kind)
    return kinds.index(kind), int(number) if number.isdigit() else 0


def wordprocessing_text(xml):
    """The text of one WordprocessingML part: one line per paragraph (table cells are
    paragraphs too), tabs and line breaks kept."""
    lines, current = [], []
    for _event, element in iterparse(io.BytesIO(xml), events=("end",), forbid_dtd=True):
        tag = element.tag
        if tag == f"{W}t":
            current.append(element.text or "")
        elif tag == f"{W}tab":
            current.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            current.append("\n")
        elif tag == f"{W}p":
            lines.append("".join(current))
            current = []
            element.clear()
    return "\n".join(lines)


def plain_text(data, deadline):
    for encoding in TEXT_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not BINARY_CHARACTERS.search(text):
            return text
    raise Unreadable(
        _(
            "This text file is neither UTF-8 nor Thai Windows-874 (TIS-620) text: "
            "it cannot be checked automatically."
        )
    )
