"""The one block library every page body is built from.

Accessibility is built in: headings are h2-h4 only (the page title is the h1), images need alt
text unless marked decorative, tables have a caption and header cells, media links carry a
description instead of a third-party player.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
        label=_("level"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "content_types/blocks/heading.html"


class FigureBlock(blocks.StructBlock):
    """Wagtail's image block (alt text, or marked decorative) with an optional caption."""

    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(required=False, label=_("caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "content_types/blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        required=False,
        label=_("link text"),
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "content_types/blocks/document.html"


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("table caption"))
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock()),
            ("number", blocks.DecimalBlock()),
            ("rich_text", blocks.RichTextBlock(features=["bold", "italic", "link"])),
        ],
        label=_("table"),
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "content_types/blocks/table.html"


class MediaLinkBlock(blocks.StructBlock):
    """Video or audio kept elsewhere, shown as a link: no third-party player or script."""

    url = blocks.URLBlock(label=_("link to the video or audio"))
    title = blocks.CharBlock(label=_("title"))
    description = blocks.TextBlock(
        required=False,
        label=_("description or transcript"),
        help_text=_("Describe the content for people who cannot watch or listen."),
    )

    class Meta:
        icon = "media"
        label = _("Video or audio")
        template = "content_types/blocks/media_link.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(required=False, label=_("attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "content_types/blocks/quote.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    image = FigureBlock()
    document = DocumentBlock()
    table = TableBlock()
    media = MediaLinkBlock()
    quote = QuoteBlock()


class AttachmentsBlock(blocks.StreamBlock):
    document = DocumentBlock()
