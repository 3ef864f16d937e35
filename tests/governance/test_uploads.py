"""Upload rules, tried through the admin's upload screens as an author would."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from content_types.demo.files import minimal_pdf

Document = get_document_model()


def ooxml(main_part):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        if main_part:
            package.writestr(main_part, "<document/>")
    return buffer.getvalue()


GOOD_FILES = [
    ("report.pdf", minimal_pdf("Annual report 2569")),
    ("manual.docx", ooxml("word/document.xml")),
    ("statistics.xlsx", ooxml("xl/workbook.xml")),
    ("cases.csv", "อำเภอ,จำนวน\nเมือง,12\n".encode("cp874")),
    ("cases-utf8.csv", "อำเภอ,จำนวน\nเมือง,12\n".encode()),
]
BAD_FILES = [
    ("report.pdf", b"MZ\x90\x00 this is a Windows program renamed to .pdf"),
    ("manual.docx", ooxml(None)),
    ("manual.docx", minimal_pdf("a PDF renamed to docx")),
    ("statistics.xlsx", b"not a zip at all"),
    ("cases.csv", b"\x00\x01\x02binary\x00"),
    ("photo.png", b"GIF89a fake png"),
]


def upload(client, name, content, title="เอกสารทดสอบ"):
    return client.post(
        "/admin/documents/add/",
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


@pytest.mark.parametrize(("name", "content"), GOOD_FILES)
def test_real_files_of_the_allowed_types_are_accepted(login, demo, name, content):
    response = upload(login("author"), name, content)
    assert response.status_code == 302
    assert Document.objects.filter(title="เอกสารทดสอบ").exists()


@pytest.mark.parametrize(("name", "content"), BAD_FILES)
def test_damaged_or_disguised_files_are_refused_in_thai_and_the_title_is_kept(
    login, demo, name, content
):
    response = upload(login("author"), name, content, title="ชื่อที่พิมพ์ไว้")
    assert response.status_code == 200
    assert not Document.objects.filter(title="ชื่อที่พิมพ์ไว้").exists()
    html = response.content.decode()
    assert "ไฟล์นี้เสียหาย" in html
    assert 'value="ชื่อที่พิมพ์ไว้"' in html


@pytest.mark.parametrize("name", ["setup.exe", "page.html", "macro.docm", "archive.zip"])
def test_other_extensions_are_refused(login, demo, name):
    response = upload(login("author"), name, b"anything")
    assert response.status_code == 200
    assert not Document.objects.filter(title="เอกสารทดสอบ").exists()
    assert response.context["form"].errors["file"]


def test_an_oversized_file_is_refused_with_the_limit_in_thai(login, demo, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload(login("author"), "big.pdf", minimal_pdf("x" * 10) + b" " * 4096)
    assert response.status_code == 200
    assert not Document.objects.filter(title="เอกสารทดสอบ").exists()
    assert "ไฟล์นี้ใหญ่เกินไป" in response.content.decode()


def test_the_multiple_uploader_applies_the_same_check(login, demo):
    before = Document.objects.count()
    response = login("author").post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("report.pdf", b"not a pdf"), "collection": 1},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert Document.objects.count() == before
    assert response.json()["success"] is False
