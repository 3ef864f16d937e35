"""Real files for the demo content: small valid PDFs, CSVs and PNG images, made on the spot."""

import hashlib
import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def minimal_pdf(text):
    """A one-page PDF whose text layer holds ``text`` (ASCII; Thai PDFs come from weasyprint)."""
    safe = text.encode("ascii", "replace").decode().replace("\\", "\\\\")
    safe = safe.replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 14 Tf 72 720 Td ({safe}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def document(title, filename, content):
    """The demo document ``title``, created once from ``content`` (bytes)."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    doc = Document(title=title)
    doc.file.save(filename, ContentFile(content), save=False)
    doc._set_document_file_metadata()  # size and hash, as an upload through the admin sets them
    doc.save()
    return doc


def pdf_document(title, filename, text):
    return document(title, filename, minimal_pdf(text))


def image(title, colour=(31, 58, 95), size=(800, 450), draw=None):
    """The demo image ``title``: a coloured PNG, created once. ``draw(canvas, size)``, if given,
    draws shapes on it with a ``PIL.ImageDraw.Draw`` (a portrait, a chart)."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    picture = PILImage.new("RGB", size, colour)
    if draw is not None:
        draw(ImageDraw.Draw(picture), size)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    # An ImageFile, not a ContentFile saved onto the field: only then are width and height read.
    name = f"{hashlib.sha256(title.encode()).hexdigest()[:12]}.png"
    return Image.objects.create(title=title, file=ImageFile(buffer, name=name))
