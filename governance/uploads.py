"""Attachments must be what their name says: a ``.pdf`` that is not a PDF never gets published.

Wagtail already refuses extensions outside WAGTAILDOCS_EXTENSIONS and files over
WAGTAILDOCS_MAX_UPLOAD_SIZE. This adds a look inside: the file's first bytes (and, for Office
files, its parts) must match its extension, so a renamed executable, a truncated download or a
corrupt file is refused at upload with a Thai message, and the rest of the form is kept.
"""

import zipfile

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

SIGNATURES = {
    "pdf": (b"%PDF-",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
}
# Office Open XML files are ZIP packages that must contain their main part.
OOXML_MAIN_PART = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
TEXT_ENCODINGS = ("utf-8-sig", "cp874")  # Thai CSVs come as UTF-8 or Windows-874 (TIS-620)
SNIFF_BYTES = 64 * 1024


def file_matches_extension(uploaded, extension):
    """Whether ``uploaded`` (a Django file) really is a file of type ``extension``."""
    extension = extension.lower()
    uploaded.seek(0)
    try:
        if extension in SIGNATURES:
            head = uploaded.read(16)
            return head.startswith(SIGNATURES[extension])
        if extension in OOXML_MAIN_PART:
            try:
                with zipfile.ZipFile(uploaded) as package:
                    return OOXML_MAIN_PART[extension] in package.namelist()
            except (zipfile.BadZipFile, OSError):
                return False
        if extension == "csv":
            sample = uploaded.read(SNIFF_BYTES)
            if b"\x00" in sample:
                return False
            for encoding in TEXT_ENCODINGS:
                try:
                    sample.decode(encoding)
                except UnicodeDecodeError as error:
                    # a multi-byte character cut at the end of the sample is still text
                    if error.start < len(sample) - 4:
                        continue
                return True
            return False
        return True  # other allowed types have no reliable signature
    finally:
        uploaded.seek(0)


class SafeDocumentForm(BaseDocumentForm):
    """Wagtail's document form (upload, multiple upload, chooser upload) with the content check."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            extension = uploaded.name.rsplit(".", 1)[-1] if "." in uploaded.name else ""
            if not file_matches_extension(uploaded, extension):
                raise forms.ValidationError(
                    _(
                        "This file is damaged or is not really a .%(extension)s file. "
                        "Save it again from the program that made it and upload it again."
                    ),
                    params={"extension": extension.lower()},
                    code="file_content_mismatch",
                )
        return uploaded
