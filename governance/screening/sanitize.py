"""Unsafe HTML never reaches the public site: every rich-text and HTML value is cleaned on save.

``clean_html`` is the one sanitizer (nh3, the Rust ammonia; see docs/screening-files.md): it
keeps Wagtail's stored rich-text format for the editor features Khaosan uses and nothing else.
No script, event handler, ``javascript:`` URL, frame or style survives, and an element hidden
by its style (``display:none``, zero-size or off-screen text, the usual hiding places of
injected gambling and pornography links) is removed with its content, not made visible.

``connect()`` cleans on every save of any model, whatever wrote it (the editor, code, imports,
the admin API): its ``RichTextField`` values, every ``RichTextBlock`` and ``RawHTMLBlock`` in its
``StreamField`` values at any depth (struct, list, stream and typed-table blocks), and the same
fields inside a ``Revision``'s content, so a draft that is previewed or later published is clean
too. It works from field and block types alone, so it needs no page model.
"""

import json
import re
from functools import cache

import nh3
from bs4 import BeautifulSoup
from django.db.models.signals import pre_save
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Revision

#: Wagtail's stored rich text for the features in content_types.blocks.RICH_TEXT_FEATURES and
#: the models' RichTextFields (h2-h4, bold, italic, ol, ul, link, document-link), plus embedded
#: images and media (``<embed embedtype="image" id="3" alt="…" format="left"/>``), which Wagtail
#: expands on output.
TAGS = {"p", "br", "h2", "h3", "h4", "b", "i", "ol", "ul", "li", "a", "embed"}
BLOCK_KEY = "data-block-key"  # Draftail's block ids, which inline comments point at
ATTRIBUTES = {
    **{tag: {BLOCK_KEY} for tag in ("p", "h2", "h3", "h4", "li")},
    # external links by href; page and document links as linktype and id
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "id", "alt", "format", "url"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
#: Removed with everything inside them, not just unwrapped.
DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "noscript", "template", "textarea"}

#: Wagtail finds embeds by ``<embed …/>`` (wagtail.rich_text.rewriters); html5ever writes
#: ``<embed …>``.
VOID_TAG = re.compile(r"<(br|embed)(\b[^>]*?)\s*/?>")

HIDING_STYLE = re.compile(
    r"display:none|visibility:(hidden|collapse)|opacity:0?\.?0*(;|!|$)|color:transparent"
    r"|clip:rect\(0|clip-path:inset\(50%|clip-path:inset\(100%"
)
OFF_SCREEN = re.compile(r"(?:^|;)(?:text-indent|left|top|right|margin-left|margin-top):-(\d+)")
FONT_SIZE = re.compile(r"(?:^|;)font-size:(\d*\.?\d+)(px|pt|em|rem|%)?")
PX_PER_UNIT = {None: 1, "px": 1, "pt": 4 / 3, "em": 16, "rem": 16, "%": 0.16}
COLLAPSED = re.compile(r"(?:^|;)(?:max-)?(?:height|width):0(?:px)?(;|!|$)")


def clean_html(html):
    """``html`` with only the allowed markup left; text is kept, hidden content is not."""
    if not html:
        return html
    if re.search(r"style|hidden", html, re.IGNORECASE):
        html = without_hidden_elements(html)
    cleaned = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        clean_content_tags=DROP_WITH_CONTENT,
        link_rel=None,
        attribute_filter=no_angle_brackets,
    )
    return VOID_TAG.sub(r"<\1\2/>", cleaned)


def no_angle_brackets(element, attribute, value):
    """Keep Wagtail's ``<embed …/>`` matching (a regex up to the first ``>``) sound."""
    return value.replace("<", "").replace(">", "")


def without_hidden_elements(html):
    soup = BeautifulSoup(html, "html.parser")
    hidden = [
        element
        for element in soup.find_all(True)
        if element.has_attr("hidden") or hides(element.get("style", ""))
    ]
    for element in hidden:
        if not element.decomposed:
            element.decompose()
    return str(soup)


def hides(style):
    """Whether a ``style`` attribute makes its element's text invisible to a reader."""
    style = re.sub(r"\s+", "", str(style)).lower()
    if not style:
        return False
    if HIDING_STYLE.search(style) or COLLAPSED.search(style) and "overflow:hidden" in style:
        return True
    if any(int(offset) >= 500 for offset in OFF_SCREEN.findall(style)):
        return True
    return any(
        float(size) * PX_PER_UNIT[unit or None] < 4 for size, unit in FONT_SIZE.findall(style)
    )


def clean_block_data(block, data):
    """``data`` (a block's JSON form, as stored) with every rich-text and raw-HTML value in it
    cleaned, at any depth."""
    if isinstance(data, str) and isinstance(block, blocks.RichTextBlock | blocks.RawHTMLBlock):
        return clean_html(data)
    if isinstance(block, blocks.BaseStreamBlock) and isinstance(data, list):
        return [clean_stream_child(block, child) for child in data]
    if isinstance(block, blocks.BaseStructBlock) and isinstance(data, dict):
        return {
            name: clean_block_data(block.child_blocks[name], value)
            if name in block.child_blocks
            else value
            for name, value in data.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(data, list):
        return [clean_list_item(block.child_block, item) for item in data]
    if isinstance(block, TypedTableBlock) and isinstance(data, dict):
        return clean_table(block, data)
    return data


def clean_stream_child(stream_block, child):
    if isinstance(child, dict) and child.get("type") in stream_block.child_blocks:
        block = stream_block.child_blocks[child["type"]]
        return {**child, "value": clean_block_data(block, child.get("value"))}
    return child


def clean_list_item(child_block, item):
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return {**item, "value": clean_block_data(child_block, item["value"])}
    return clean_block_data(child_block, item)


def clean_table(block, data):
    columns = [block.child_blocks.get(column.get("type")) for column in data.get("columns", [])]
    rows = [
        {
            **row,
            "values": [
                clean_block_data(column, value) if column is not None else value
                for column, value in zip(columns, row.get("values", []), strict=False)
            ],
        }
        for row in data.get("rows", [])
    ]
    return {**data, "rows": rows}


@cache
def html_fields(model):
    """The model's rich-text and stream fields, and its child relations (inline panels)."""
    fields = [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField | StreamField)
    ]
    return fields, get_all_child_relations(model)


def clean_instance(sender, instance, raw=False, **kwargs):
    """``pre_save``: clean the rich text and stream fields of whatever is being saved."""
    if raw:
        return
    if isinstance(instance, Revision):
        clean_revision(instance)
        return
    fields, _children = html_fields(type(instance))
    for field in fields:
        value = getattr(instance, field.attname)
        if isinstance(field, RichTextField):
            cleaned = clean_html(value)
        else:
            data = field.get_prep_value(value)
            cleaned = clean_block_data(field.stream_block, data)
            if cleaned == data:
                continue
        if cleaned != value:
            setattr(instance, field.attname, cleaned)


def clean_revision(revision):
    """Clean the serialized object a revision holds, the same fields as on the model itself."""
    model = revision.content_type.model_class() if revision.content_type_id else None
    if model is None or not isinstance(revision.content, dict):
        return
    revision.content = clean_serialized(model, revision.content)


def clean_serialized(model, content):
    """``content`` (a model instance's ``serializable_data()``) with its HTML cleaned,
    including its inline child objects."""
    fields, children = html_fields(model)
    content = dict(content)
    for field in fields:
        value = content.get(field.attname)
        if not value:
            continue
        if isinstance(field, RichTextField):
            content[field.attname] = clean_html(value)
            continue
        data = json.loads(value) if isinstance(value, str) else value
        cleaned = clean_block_data(field.stream_block, data)
        if cleaned != data:
            content[field.attname] = json.dumps(cleaned) if isinstance(value, str) else cleaned
    for relation in children:
        name = relation.get_accessor_name()
        if isinstance(content.get(name), list):
            content[name] = [
                clean_serialized(relation.related_model, child)
                if isinstance(child, dict)
                else child
                for child in content[name]
            ]
    return content


def connect():
    pre_save.connect(clean_instance, dispatch_uid="khaosan_sanitize_html")
