"""The official information centre (OIA s.7, s.9), as a visitor and an editor meet it."""

import re

import pytest
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset

from content_types.demo import seed_demo
from content_types.demo.core import AGENCY_NAME
from content_types.models import GeneralPage, OIACentrePage, OIAItem
from content_types.models.oia import ONE_TARGET_MESSAGE, SECTION_TITLES, OIASection
from content_types.thai_search import query_text
from governance.models import WorkGroup
from tests.helpers import publish_child

from ..admin_forms import page_form
from ..conftest import DEMO_TEST_PASSWORD


@pytest.fixture
def centre(demo):
    return OIACentrePage.objects.get()


def in_thai(text):
    """A translatable string as the Thai site shows it (English until the catalogue has it)."""
    with translation.override("th"):
        return translation.gettext(str(text))


def section_html(html, key):
    """The HTML of one section of the centre, from its opening tag to its end."""
    match = re.search(rf'<section[^>]*id="oia-{key}".*?</section>', html, re.DOTALL)
    assert match, f"section {key} is missing"
    return match.group(0)


def published_general_page(home, slug, title):
    page = GeneralPage(title=title, slug=slug)
    publish_child(home, page)
    return page


def test_the_centre_shows_every_section_with_its_items_under_the_right_heading(client, centre):
    response = client.get(centre.url)
    assert response.status_code == 200
    html = response.content.decode()
    for section in OIASection:
        part = section_html(html, section.value)
        assert in_thai(section.label) in part
        assert in_thai(SECTION_TITLES[section]) in part
    assert "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569" in section_html(html, "s9_3")
    assert "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2568" in section_html(html, "s9_8")
    assert "https://www.gprocurement.go.th/" in section_html(html, "s9_8")
    assert "โครงสร้างและอำนาจหน้าที่" in section_html(html, "s7")
    assert "แผนปฏิบัติราชการ" not in section_html(html, "s7")


def test_empty_sections_say_so_and_filled_ones_do_not(client, centre):
    html = client.get(centre.url).content.decode()
    no_information = in_thai("No information yet")
    for key in ("s9_2", "s9_4", "s9_5", "s9_6", "s9_7"):
        assert no_information in section_html(html, key)
    for key in ("s7", "s9_1", "s9_3", "s9_8"):
        assert no_information not in section_html(html, key)


def test_the_centre_shows_its_source_and_a_buddhist_era_date(client, centre):
    html = client.get(centre.url).content.decode()
    assert AGENCY_NAME in html
    assert str(timezone.localdate().year + 543) in html


def test_items_pointing_at_unpublished_pages_are_hidden(client, home, centre):
    decision = published_general_page(home, "licence-decision", "ผลการพิจารณาคำขอ")
    draft = GeneralPage(title="ร่างคำสั่ง", slug="draft-order", live=False)
    home.add_child(instance=draft)
    draft.save_revision()
    OIAItem.objects.create(
        page=centre, section=OIASection.S9_1, title="คำวินิจฉัยที่เผยแพร่แล้ว", link_page=decision
    )
    OIAItem.objects.create(
        page=centre, section=OIASection.S9_1, title="คำสั่งที่ยังเป็นร่าง", link_page=draft
    )

    part = section_html(client.get(centre.url).content.decode(), "s9_1")
    assert "คำวินิจฉัยที่เผยแพร่แล้ว" in part and decision.url in part
    assert "คำสั่งที่ยังเป็นร่าง" not in part

    decision.unpublish()
    assert "คำวินิจฉัยที่เผยแพร่แล้ว" not in client.get(centre.url).content.decode()


def edit(client, centre, items, action=None):
    data = page_form(
        centre.title,
        centre.slug,
        action=action,
        owner_work_group=WorkGroup.objects.get(name="กลุ่มงานประชาสัมพันธ์").pk,
        oia_items=inline_formset(items),
    )
    return client.post(f"/admin/pages/{centre.pk}/edit/", data)


def item_errors(response):
    return [
        [str(error) for error in form.non_field_errors()]
        for form in response.context["form"].formsets["oia_items"].forms
    ]


@pytest.mark.parametrize(
    "targets",
    [
        {"link_url": "https://example.com/a", "link_document": "document"},
        {"link_url": "https://example.com/a", "link_page": "home"},
        {},
    ],
    ids=["url and document", "url and page", "nothing"],
)
def test_the_editor_refuses_an_item_without_exactly_one_target(login, centre, home, targets):
    document = centre.oia_items.exclude(link_document=None).first().link_document
    values = {"document": document.pk, "home": home.pk}
    item = {"section": "s9_2", "title": "นโยบายการให้บริการ", "link_page": "", "link_document": ""}
    item |= {"link_url": ""} | {name: values.get(v, v) for name, v in targets.items()}
    revisions = centre.revisions.count()

    response = edit(login("admin"), centre, [item])

    assert response.status_code == 200
    assert item_errors(response) == [[str(ONE_TARGET_MESSAGE)]]
    assert "นโยบายการให้บริการ" in response.content.decode()  # nothing typed is lost
    assert centre.revisions.count() == revisions


def test_the_editor_saves_an_item_with_one_target(login, centre):
    item = {
        "section": "s9_2",
        "title": "นโยบายการให้บริการ",
        "link_page": "",
        "link_document": "",
        "link_url": "https://example.com/policy",
    }
    response = edit(login("admin"), centre, [item])
    assert response.status_code == 302
    centre.refresh_from_db()
    draft = centre.get_latest_revision_as_object()
    assert ("s9_2", "https://example.com/policy") in [
        (i.section, i.link_url) for i in draft.oia_items.all()
    ]


def test_thai_search_finds_the_centre_by_an_item_title(centre):
    results = Page.objects.live().search(query_text("จัดซื้อจัดจ้าง"))
    assert centre.pk in [page.pk for page in results]


def test_seed_demo_again_adds_no_second_centre_items_or_documents(demo, centre):
    before = (OIAItem.objects.count(), get_document_model().objects.count())
    seed_demo(DEMO_TEST_PASSWORD)
    assert OIACentrePage.objects.count() == 1
    assert (OIAItem.objects.count(), get_document_model().objects.count()) == before
