"""Every text a page carries, labelled by where it sits, for the screener.

Title, slug, search description, every text and rich-text field, every StreamField block at any
depth, the rows of inline lists (executives, gallery images, positions...), the titles and alt
text of chosen images, and the titles and file contents of attached documents. Found by walking
the model generically: ``governance`` never names a concrete page type.
"""

from dataclasses import dataclass

from django.db import models
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage
from wagtail.rich_text import RichText

#: Page fields that only repeat or encode another field, or are not content.
SKIPPED_FIELDS = {"path", "url_path", "draft_title", "translation_key", "latest_revision"}


@dataclass(frozen=True)
class PageText:
    label: str
    text: str = ""
    html: bool = False
    #: Set when the text to screen is the file of this document (extracted by the screener).
    document: object = None


def page_texts(page):
    """The texts of ``page`` (a revision's page object, with its unsaved child rows)."""
    yield from _model_texts(page, "")
    for relation in get_all_child_relations(type(page)):
        rows = getattr(page, relation.get_accessor_name()).all()
        heading = str(relation.related_model._meta.verbose_name)
        for number, row in enumerate(rows, start=1):
            yield from _model_texts(row, f"{heading} {number} › ")


def _model_texts(obj, prefix):
    for field in obj._meta.concrete_fields:
        if field.name in SKIPPED_FIELDS or field.primary_key or field.choices:
            continue
        label = f"{prefix}{field.verbose_name}"
        if isinstance(field, StreamField):
            yield from _stream_texts(getattr(obj, field.name), label)
        elif isinstance(field, RichTextField):
            yield PageText(label, getattr(obj, field.name) or "", html=True)
        elif isinstance(field, models.CharField | models.TextField):
            value = getattr(obj, field.name)
            if value:
                yield PageText(label, str(value))
        elif isinstance(field, models.ForeignKey):
            yield from _chosen_texts(getattr(obj, field.name, None), label)


def _chosen_texts(chosen, label):
    if chosen is None:
        return
    if isinstance(chosen, AbstractImage):
        yield PageText(label, " ".join(filter(None, [chosen.title, chosen.description])))
    elif isinstance(chosen, AbstractDocument):
        yield PageText(label, chosen.title)
        yield PageText(label, document=chosen)


def _stream_texts(stream, label):
    for child in stream or ():
        yield from _block_texts(child.block, child.value, f"{label} › {child.block.label}")


def _block_texts(block, value, label):
    if value in (None, ""):
        return
    if isinstance(block, blocks.RichTextBlock) or isinstance(value, RichText):
        yield PageText(label, value.source if isinstance(value, RichText) else str(value), True)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _block_texts(child_block, value.get(name), f"{label} › {child_block.label}")
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _block_texts(block.child_block, item, label)
    elif isinstance(block, blocks.StreamBlock):
        yield from _stream_texts(value, label)
    elif isinstance(value, AbstractImage | AbstractDocument):
        yield from _chosen_texts(value, label)
    elif isinstance(value, str):
        yield PageText(label, value)
