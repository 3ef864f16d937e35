"""Unsafe HTML never reaches the public site, whichever way it was written (issue 5)."""

import json

import pytest
from wagtail.models import Page, Revision
from wagtail.test.utils.form_data import inline_formset, rich_text

from content_types.blocks import RICH_TEXT_FEATURES
from content_types.models import NewsIndexPage, NewsPage
from content_types.models.news import NewsKind
from governance.screening.sanitize import clean_html
from tests.helpers import publish_as_setup, publish_child

from ..admin_forms import page_form
from ..helpers import add_url, pr_group

#: What an import, a script or a pasted web page may carry: each part must be gone after save.
DANGEROUS = (
    '<p>ประกาศ<script>alert("xss")</script>'
    '<img src="x" onerror="alert(\'onerror\')">'
    "<a href=\"javascript:alert('link')\" onclick=\"alert('click')\">คลิก</a>"
    '<span style="display: none">สล็อตออนไลน์ แทงบอล</span>'
    '<a href="https://casino.example" style="position:absolute; left:-9999px">บาคาร่า</a>'
    '<span style="font-size:1px">เว็บพนัน</span>'
    '<iframe src="https://evil.example/frame">frame</iframe></p>'
)
DANGEROUS_PARTS = [
    "<script",
    'alert("xss")',
    "onerror",
    "onclick",
    "javascript:",
    "สล็อตออนไลน์",
    "casino.example",
    "บาคาร่า",
    "เว็บพนัน",
    "<iframe",
    "evil.example",
    "style=",
]
#: The markup the editor's features allow, as Wagtail stores it: must come through unchanged.
ALLOWED = (
    '<h2 data-block-key="h1a2b">หัวข้อ</h2>'
    '<p data-block-key="p1a2b">ข้อความ <b>ตัวหนา</b> และ <i>ตัวเอียง</i> '
    '<a href="https://www.moph.go.th/">กระทรวง</a> <a linktype="page" id="%(page)s">หน้าแรก</a>'
    "<br/>บรรทัดใหม่</p>"
    '<ol><li data-block-key="l1a2b">ข้อหนึ่ง</li></ol>'
    '<ul><li data-block-key="l2a2b">ข้อสอง</li></ul>'
)


def news_index():
    return NewsIndexPage.objects.get()


def assert_clean(html):
    for part in DANGEROUS_PARTS:
        assert part not in html, part


def stored_paragraphs(page):
    """The rich text of ``page``'s paragraphs, as the page row and its latest revision hold it."""
    page = Page.objects.get(pk=page.pk).specific
    row = [block.value.source for block in page.body if block.block_type == "paragraph"]
    content = page.get_latest_revision().content
    body = json.loads(content["body"]) if isinstance(content["body"], str) else content["body"]
    revision = [block["value"] for block in body if block["type"] == "paragraph"]
    return row, revision


# --- through the page editor -----------------------------------------------------------------


def editor_contentstate(home):
    """The editor's value for a paragraph with allowed markup, a page link, and what a crafted
    POST can carry: script and event-handler text and a ``javascript:`` link."""
    value = json.loads(rich_text(ALLOWED % {"page": home.pk}, features=RICH_TEXT_FEATURES))
    block = value["blocks"][1]
    tail = ' <script>alert("xss")</script><img src=x onerror=alert(1)> คลิก'
    block["entityRanges"].append(
        {"offset": len(block["text"]) + len(tail) - 4, "length": 4, "key": 99}
    )
    block["text"] += tail
    value["entityMap"]["99"] = {
        "type": "LINK",
        "mutability": "MUTABLE",
        "data": {"url": "javascript:alert('link')"},
    }
    return json.dumps(value)


def test_a_draft_saved_in_the_editor_keeps_its_text_and_allowed_markup_and_nothing_unsafe(
    login, demo, home, client
):
    data = page_form(
        "ข่าวทดสอบ",
        "sanitized-news",
        owner_work_group=pr_group().pk,
        kind=NewsKind.GENERAL,
        information_date="2026-06-01",
        gallery_images=inline_formset([]),
    )
    data["body-0-value"] = editor_contentstate(home)
    response = login("admin").post(add_url(NewsPage, news_index()), data)
    assert response.status_code == 302

    page = NewsPage.objects.get(slug="sanitized-news")
    for stored in stored_paragraphs(page):
        html = "".join(stored)
        assert "<b>ตัวหนา</b>" in html and "<i>ตัวเอียง</i>" in html
        assert f'<a linktype="page" id="{home.pk}">หน้าแรก</a>' in html
        assert '<a href="https://www.moph.go.th/">กระทรวง</a>' in html
        assert "<ol>" in html and "<ul>" in html and "<h2" in html
        assert 'href="javascript' not in html and "<script" not in html and "<img" not in html

    publish_as_setup(page)
    public = client.get(page.url).content.decode()
    assert "<b>ตัวหนา</b>" in public
    assert f'href="{home.url}"' in public
    assert 'href="javascript' not in public
    assert "<script>alert" not in public and "<img src=x" not in public


# --- code, imports and API writes ------------------------------------------------------------


def test_rich_text_written_by_code_is_cleaned_on_the_page_its_revision_and_the_public_page(
    demo, client
):
    page = NewsPage(
        title="ข่าวนำเข้า",
        slug="imported-news",
        kind=NewsKind.GENERAL,
        information_date="2026-06-01",
        owner_work_group=pr_group(),
        body=[{"type": "paragraph", "value": DANGEROUS + "<p><b>ตัวหนา</b> ท้าย</p>"}],
    )
    publish_child(news_index(), page)

    for stored in stored_paragraphs(page):
        assert stored[0].startswith("<p>ประกาศ")
        assert "<a>คลิก</a>" in stored[0] and "<b>ตัวหนา</b> ท้าย" in stored[0]
        assert_clean(stored[0])
    public = client.get(page.url).content.decode()
    assert "ประกาศ" in public and "<b>ตัวหนา</b>" in public
    assert_clean(public.split("ประกาศ", 1)[1])


def test_rich_text_nested_in_a_table_block_is_cleaned(demo):
    table = {
        "caption": "ตาราง",
        "table": {
            "columns": [
                {"type": "text", "heading": "ชื่อ"},
                {"type": "rich_text", "heading": "รายละเอียด"},
            ],
            "rows": [{"values": ["แถวหนึ่ง", DANGEROUS]}],
        },
    }
    page = NewsPage(
        title="ข่าวตาราง",
        slug="table-news",
        kind=NewsKind.GENERAL,
        information_date="2026-06-01",
        body=[{"type": "table", "value": table}],
    )
    publish_child(news_index(), page)

    page = Page.objects.get(pk=page.pk).specific
    row = NewsPage._meta.get_field("body").get_prep_value(page.body)[0]["value"]["table"]["rows"]
    cell = row[0]["values"][1]
    assert cell.startswith("<p>ประกาศ")
    assert_clean(cell)
    revision_body = json.loads(page.live_revision.content["body"])
    assert_clean(json.dumps(revision_body, ensure_ascii=False))
    assert "ประกาศ" in json.dumps(revision_body, ensure_ascii=False)


def test_a_rich_text_field_is_cleaned_on_the_page_and_in_a_draft_revision(demo, client):
    index = news_index()
    index.intro = DANGEROUS
    revision = index.save_revision()

    assert_clean(Revision.objects.get(pk=revision.pk).content["intro"])
    assert "ประกาศ" in Revision.objects.get(pk=revision.pk).content["intro"]
    publish_as_setup(NewsIndexPage.objects.get(pk=index.pk))
    assert_clean(NewsIndexPage.objects.get(pk=index.pk).intro)
    public = client.get(index.url).content.decode()
    assert "ประกาศ" in public
    assert_clean(public.split("ประกาศ", 1)[1])


# --- the allow-list --------------------------------------------------------------------------


def test_wagtail_stored_rich_text_of_the_editor_features_is_kept_unchanged():
    stored = ALLOWED % {"page": 3} + (
        '<p data-block-key="d1a2b"><a id="5" linktype="document">เอกสาร</a></p>'
        '<embed alt="ภาพกิจกรรม" embedtype="image" format="left" id="7"/>'
    )
    assert clean_html(stored) == stored


@pytest.mark.parametrize(
    "hidden",
    [
        '<span style="display:none">สล็อต</span>',
        '<span style="visibility: hidden">สล็อต</span>',
        '<div style="opacity:0">สล็อต</div>',
        '<a href="https://slot.example" style="font-size:0">สล็อต</a>',
        '<span style="font-size: 0.1em">สล็อต</span>',
        '<p style="text-indent:-9999px">สล็อต</p>',
        '<div style="height:0; overflow:hidden">สล็อต</div>',
        "<div hidden>สล็อต</div>",
    ],
)
def test_content_hidden_by_style_is_removed_with_its_text(hidden):
    assert clean_html(f"<p>ข่าว</p>{hidden}<p>ท้าย</p>") == "<p>ข่าว</p><p>ท้าย</p>"


def test_text_that_is_styled_but_visible_is_kept_without_its_style():
    html = '<p><span style="color:red; font-size:14px">สำคัญ</span></p>'
    assert clean_html(html) == "<p>สำคัญ</p>"
