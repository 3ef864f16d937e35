"""The text of attached PDF, DOCX and text files, and a clear refusal for anything unreadable."""

import io
import unicodedata
import zipfile

import pypdf
import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from PIL import Image
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from content_types.demo.files import minimal_pdf
from governance.request_pdf import FONT_DIR, font_urls
from governance.screening.extract import extract_text

from ..helpers import thai

PARAGRAPH = (
    "ประกาศสำนักงานสาธารณสุขจังหวัดสมุทรสงคราม เรื่อง การเผยแพร่ข้อมูลข่าวสารของหน่วยงาน "
    "ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐"
)
#: Phrases without "ำ": WeasyPrint's text layer drops it (docs/governance.md, known limit).
PHRASES = ["สาธารณสุขจังหวัดสมุทรสงคราม", "การเผยแพร่ข้อมูลข่าวสารของหน่วยงาน", "พ.ศ. ๒๕๔๐"]


def thai_pdf(pages=1, paragraph=PARAGRAPH):
    """A real Thai PDF, drawn by WeasyPrint with Sarabun as the request-form PDF is."""
    fonts = font_urls()
    html = (
        "<style>"
        f"@font-face {{ font-family: Sarabun; src: url({fonts['thai_400']}); }}"
        "body { font-family: Sarabun; } section { break-after: page; }"
        "</style>" + f"<section><p>{paragraph}</p></section>" * pages
    )
    fetcher = URLFetcher(allowed_protocols=("file",))
    return HTML(string=html, base_url=FONT_DIR.as_uri(), url_fetcher=fetcher).write_pdf()


def normalized(text):
    return unicodedata.normalize("NFKC", text)


def reason(extraction):
    return thai(extraction.reason)


def english(text):
    """A reason as an English-speaking admin reads it (the msgid)."""
    with translation.override("en"):
        return str(text)


# --- PDF -------------------------------------------------------------------------------------


def test_the_thai_text_of_a_real_pdf_is_extracted():
    extraction = extract_text(io.BytesIO(thai_pdf()), "ประกาศ.pdf")
    assert extraction.readable and extraction.reason == ""
    for phrase in PHRASES:
        assert phrase in normalized(extraction.text)
    # characters the font gives no Unicode for are dropped, not turned into Latin letters
    assert not any("a" <= ch <= "z" for ch in extraction.text)


def test_every_page_of_a_twenty_page_pdf_is_read(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(thai_pdf(pages=20))
    extraction = extract_text(path)
    assert extraction.readable
    assert normalized(extraction.text).count(PHRASES[0]) == 20


def test_a_django_file_is_read_by_its_name():
    extraction = extract_text(ContentFile(minimal_pdf("Annual report 2026"), name="a.pdf"))
    assert extraction.readable and "Annual report 2026" in extraction.text


def scanned_pdf():
    picture = Image.new("RGB", (400, 300), (240, 240, 240))
    buffer = io.BytesIO()
    picture.save(buffer, format="PDF")
    return buffer.getvalue()


def test_a_scanned_pdf_without_a_text_layer_cannot_be_checked_automatically():
    extraction = extract_text(io.BytesIO(scanned_pdf()), "scan.pdf")
    assert not extraction.readable
    assert extraction.text == ""
    assert reason(extraction) == thai(
        "This PDF has no text layer (a scan): it cannot be checked automatically."
    )
    assert "cannot be checked automatically" in english(extraction.reason)


def test_a_pdf_with_one_scanned_page_says_which_page_and_keeps_the_text_of_the_others():
    writer = pypdf.PdfWriter()
    for data in (minimal_pdf("Page one text"), scanned_pdf()):
        writer.append(io.BytesIO(data))
    buffer = io.BytesIO()
    writer.write(buffer)
    extraction = extract_text(io.BytesIO(buffer.getvalue()), "mixed.pdf")
    assert not extraction.readable
    assert "Page one text" in extraction.text
    assert "Page 2 of this PDF is a scanned image" in english(extraction.reason)


def test_an_encrypted_pdf_is_refused_as_password_protected():
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(thai_pdf()))
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    extraction = extract_text(io.BytesIO(buffer.getvalue()), "locked.pdf")
    assert not extraction.readable and extraction.text == ""
    assert "password" in english(extraction.reason)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + b"\x00garbage" * 1000,
        thai_pdf()[:2000],  # a truncated download
        b"",
    ],
    ids=["garbage", "truncated", "empty"],
)
def test_a_corrupt_pdf_is_refused_with_a_reason(data):
    extraction = extract_text(io.BytesIO(data), "broken.pdf")
    assert not extraction.readable
    assert "cannot be checked automatically" in english(extraction.reason)


def test_a_pdf_over_the_page_limit_is_read_up_to_it(settings):
    settings.KHAOSAN_EXTRACT_MAX_PAGES = 2
    extraction = extract_text(io.BytesIO(thai_pdf(pages=3)), "long.pdf")
    assert not extraction.readable
    assert normalized(extraction.text).count(PHRASES[0]) == 2
    assert "too many pages" in english(extraction.reason)


def test_a_pdf_past_the_time_budget_stops_at_a_page_boundary(settings):
    settings.KHAOSAN_EXTRACT_SECONDS = 0
    extraction = extract_text(io.BytesIO(thai_pdf(pages=2)), "slow.pdf")
    assert not extraction.readable
    assert "too long" in english(extraction.reason)


# --- DOCX ------------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def paragraph(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx(parts=None):
    """A Word file: body paragraph and a table, a header, a footnote (the WordprocessingML parts
    Word writes, with their content types)."""
    parts = parts or {
        "word/document.xml": f"<w:document {W}><w:body>"
        + paragraph("คำสั่งจังหวัดสมุทรสงคราม")
        + "<w:tbl><w:tr><w:tc>"
        + paragraph("ชื่อผู้รับผิดชอบ")
        + "</w:tc><w:tc><w:p><w:r><w:t>นางสาวสมหญิง</w:t></w:r><w:r><w:tab/>"
        '<w:t xml:space="preserve"> ใจดี</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        "</w:body></w:document>",
        "word/header1.xml": f"<w:hdr {W}>{paragraph('สำนักงานสาธารณสุขจังหวัด')}</w:hdr>",
        "word/footnotes.xml": f"<w:footnotes {W}><w:footnote>{paragraph('เชิงอรรถ')}"
        "</w:footnote></w:footnotes>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        for name, xml in parts.items():
            package.writestr(name, xml)
    return buffer.getvalue()


def test_the_thai_text_of_a_docx_body_table_header_and_footnote_is_extracted():
    extraction = extract_text(io.BytesIO(docx()), "คำสั่ง.docx")
    assert extraction.readable
    lines = extraction.text.splitlines()
    assert lines[:3] == ["คำสั่งจังหวัดสมุทรสงคราม", "ชื่อผู้รับผิดชอบ", "นางสาวสมหญิง\t ใจดี"]
    assert "สำนักงานสาธารณสุขจังหวัด" in lines and "เชิงอรรถ" in lines


def test_a_docx_zip_bomb_is_refused_before_it_is_decompressed():
    bomb = docx({"word/document.xml": f"<w:document {W}>" + " " * (20 << 20) + "</w:document>"})
    assert len(bomb) < 100_000
    extraction = extract_text(io.BytesIO(bomb), "bomb.docx")
    assert not extraction.readable and extraction.text == ""
    assert "ZIP bomb" in english(extraction.reason)


def test_a_docx_over_the_uncompressed_size_limit_is_refused(settings):
    settings.KHAOSAN_DOCX_MAX_UNCOMPRESSED = 100
    extraction = extract_text(io.BytesIO(docx()), "big.docx")
    assert not extraction.readable
    assert "ZIP bomb" in english(extraction.reason)


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04 not really a zip", minimal_pdf("renamed"), docx({"word/other.xml": "<x/>"})],
    ids=["broken-zip", "pdf-renamed", "no-document-part"],
)
def test_a_corrupt_docx_is_refused_with_a_reason(data):
    extraction = extract_text(io.BytesIO(data), "broken.docx")
    assert not extraction.readable
    assert "cannot be checked automatically" in english(extraction.reason)


def test_a_docx_with_a_dtd_entity_is_refused():
    laughs = (
        '<!DOCTYPE w [<!ENTITY a "ฮ่าฮ่าฮ่าฮ่า"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        f"<w:document {W}><w:body>{paragraph('&b;')}</w:body></w:document>"
    )
    extraction = extract_text(io.BytesIO(docx({"word/document.xml": laughs})), "laughs.docx")
    assert not extraction.readable
    assert "ฮ่า" not in extraction.text


# --- plain text and limits -------------------------------------------------------------------


def test_utf8_text_is_read_with_or_without_a_byte_order_mark():
    for data in (PARAGRAPH.encode(), b"\xef\xbb\xbf" + PARAGRAPH.encode()):
        assert extract_text(io.BytesIO(data), "note.txt").text == PARAGRAPH


def test_thai_windows_874_text_is_decoded():
    extraction = extract_text(io.BytesIO(PARAGRAPH.encode("cp874")), "old.txt")
    assert extraction.readable and extraction.text == PARAGRAPH


@pytest.mark.parametrize(
    "data", [PARAGRAPH.encode("utf-16"), bytes(range(256)) * 4], ids=["utf-16", "binary"]
)
def test_text_in_another_encoding_is_refused(data):
    extraction = extract_text(io.BytesIO(data), "other.txt")
    assert not extraction.readable
    assert "neither UTF-8 nor Thai Windows-874" in english(extraction.reason)


def test_a_fifty_megabyte_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as file:
        file.truncate(50 << 20)
    extraction = extract_text(path)
    assert not extraction.readable
    assert "too large" in english(extraction.reason)
    big = io.BytesIO(b"%PDF-1.4\n" + b"0" * (50 << 20))
    assert "too large" in english(extract_text(big, "huge.pdf").reason)


def test_text_over_the_character_limit_is_cut_and_reported(settings):
    settings.KHAOSAN_EXTRACT_MAX_CHARS = 10
    extraction = extract_text(io.BytesIO(PARAGRAPH.encode()), "long.txt")
    assert not extraction.readable
    assert extraction.text == PARAGRAPH[:10]


def test_a_file_type_without_text_cannot_be_checked_automatically():
    extraction = extract_text(io.BytesIO(b"\x89PNG\r\n\x1a\n"), "photo.png")
    assert not extraction.readable
    assert "cannot be checked automatically" in english(extraction.reason)


def test_a_missing_file_is_refused(tmp_path):
    extraction = extract_text(tmp_path / "gone.pdf")
    assert not extraction.readable
