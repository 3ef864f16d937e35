"""Agency information, executives, contact, related websites and policies, as people see them."""

import re
from datetime import date

import pytest
from django.core.management import call_command
from django.utils.translation import gettext
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset

from content_types.demo.agency import EXECUTIVES, LINKS
from content_types.models import (
    AgencyInfoIndexPage,
    AgencyInfoPage,
    ContactPage,
    ExecutivesPage,
    LinksPage,
    PolicyPage,
)
from content_types.models.agency import (
    AgencyInfoTopic,
    LinkGroup,
    parse_thai_phone,
    phone_uri,
)
from content_types.thai_search import query_text
from governance.governed import REQUIREMENT_MESSAGES
from governance.models import WorkGroup
from tests.admin_forms import page_form
from tests.helpers import add_url, approve_request, publish_child

AGENCY = "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def search(text):
    return {page.specific_class for page in Page.objects.live().search(query_text(text))}


@pytest.fixture
def index(demo):
    return AgencyInfoIndexPage.objects.get()


@pytest.fixture
def admin_editor(demo, login):
    """The demo superuser, who submits requests (the demo's approvers then approve them)."""
    return login("admin")


@pytest.fixture
def work_group(demo):
    return WorkGroup.objects.first()


# --- Agency information ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/about/history/", ["ประวัติความเป็นมา", "โรงพยาบาลส่งเสริมสุขภาพตำบล"]),
        ("/about/vision/", ["วิสัยทัศน์", "ประชาชนจังหวัดตัวอย่างสุขภาพดี"]),
        ("/about/mission/", ["พันธกิจ", "<ol>"]),
        ("/about/powers/", ["อำนาจหน้าที่", "จัดทำแผนยุทธศาสตร์ด้านสุขภาพ"]),
        ("/about/strategy/", ["ยุทธศาสตร์", "บริการเป็นเลิศ"]),
        ("/about/action-plan-2569/", ["2569", "1 ตุลาคม 2568", "action-plan-2569"]),
        ("/about/budget-2569/", ["2569", '<th scope="col">แผนงาน</th>', "<caption>"]),
        ("/about/performance-report-2568/", ["2568", "14 พฤศจิกายน 2568"]),
    ],
)
def test_agency_information_pages_show_their_content_source_and_buddhist_era_dates(
    client, demo, url, expected
):
    html = html_of(client, url)
    assert html.count("<h1>") == 1
    assert AGENCY in html  # the source
    for text in expected:
        assert text in html


def test_the_structure_page_shows_the_org_chart_with_alternative_text(client, demo):
    html = html_of(client, "/about/structure/")
    assert re.search(r'<img alt="แผนภูมิโครงสร้าง[^"]+"', html)


def test_the_index_groups_pages_by_topic_then_fiscal_year_newest_first(client, index, work_group):
    for year in (2568, 2570):
        page = AgencyInfoPage(
            title=f"งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. {year}",
            slug=f"budget-{year}",
            topic=AgencyInfoTopic.BUDGET,
            fiscal_year=year,
            owner_work_group=work_group,
        )
        publish_child(index, page)

    html = html_of(client, "/about/")
    headings = re.findall(r"<h([23])>([^<]+)</h\1>", html)
    topics = [text for level, text in headings if level == "2"]
    history, budget_label = str(AgencyInfoTopic.HISTORY.label), str(AgencyInfoTopic.BUDGET.label)
    executives = gettext("Executives")
    assert topics.index(history) < topics.index(executives) < topics.index(budget_label)
    budget = html[html.index(f"<h2>{budget_label}</h2>") :]
    budget = budget[: budget.index("</section>")]
    years = re.findall(r"<h3>\D+(\d{4})</h3>", budget)
    assert years == ["2570", "2569", "2568"]
    assert budget.index("/about/budget-2570/") < budget.index("/about/budget-2568/")


def agency_info_form(work_group, topic, **fields):
    return page_form(
        "งบประมาณรายจ่ายประจำปี",
        "annual-budget",
        topic=topic,
        org_chart="",
        owner_work_group=work_group.pk,
        source_name=AGENCY,
        **fields,
    )


def test_a_budget_page_without_a_fiscal_year_is_refused_on_publish_keeping_what_was_typed(
    admin_editor, index, work_group
):
    response = admin_editor.post(
        add_url(AgencyInfoPage, index),
        agency_info_form(work_group, AgencyInfoTopic.BUDGET, action="publish"),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["fiscal_year"] == [REQUIREMENT_MESSAGES["fiscal_year"]]
    assert "งบประมาณรายจ่ายประจำปี" in response.content.decode()
    assert not AgencyInfoPage.objects.filter(slug="annual-budget").exists()


def test_a_history_page_needs_no_fiscal_year(admin_editor, index, work_group):
    response = admin_editor.post(
        add_url(AgencyInfoPage, index),
        agency_info_form(work_group, AgencyInfoTopic.HISTORY, action="submit"),
    )
    assert response.status_code == 302
    assert approve_request(AgencyInfoPage.objects.get(slug="annual-budget")).live


def test_a_budget_page_without_a_fiscal_year_can_be_saved_as_a_draft(
    admin_editor, index, work_group
):
    response = admin_editor.post(
        add_url(AgencyInfoPage, index), agency_info_form(work_group, AgencyInfoTopic.BUDGET)
    )
    assert response.status_code == 302
    assert not AgencyInfoPage.objects.get(slug="annual-budget").live


def test_the_fiscal_year_rule_follows_the_topic_submitted_not_the_topic_stored(
    admin_editor, index, work_group
):
    history = index.get_children().get(slug="history")
    url = f"/admin/pages/{history.pk}/edit/"
    to_budget = agency_info_form(work_group, AgencyInfoTopic.BUDGET, action="publish")
    response = admin_editor.post(url, to_budget)
    assert "fiscal_year" in response.context["form"].errors

    response = admin_editor.post(
        url,
        agency_info_form(work_group, AgencyInfoTopic.BUDGET, action="submit", fiscal_year=2569),
    )
    assert response.status_code == 302
    assert approve_request(history).fiscal_year == 2569


def test_agency_information_lives_under_its_index_only(home, index):
    assert not AgencyInfoPage.can_create_at(home)
    assert AgencyInfoPage.can_create_at(index)
    assert not AgencyInfoIndexPage.can_create_at(home)  # one index per site, the demo's


# --- Executives -------------------------------------------------------------------------------


def test_the_executives_page_shows_each_executives_name_position_photo_and_contact(client, demo):
    html = html_of(client, "/about/executives/")
    for name, position, phone, email, _is_cio, _colour in EXECUTIVES:
        assert f"<h2>{name}</h2>" in html
        assert position in html
        assert f'<img alt="{name}"' in html
        assert phone in html
        assert f'href="mailto:{email}"' in html
    assert 'href="tel:+6634000000;ext=101"' in html


def test_the_cio_comes_first_and_is_marked(client, demo):
    html = html_of(client, "/about/executives/")
    cio = next(name for name, _p, _t, _e, is_cio, _c in EXECUTIVES if is_cio)
    first = html.index('<li class="executive')
    assert html.index('<li class="executive executive--cio"') == first
    assert html.index(cio) < min(html.index(name) for name, *_rest in EXECUTIVES if name != cio)


def executives_form(work_group, executives, action=None):
    rows = [
        {
            "id": "",
            "ORDER": str(order),
            "DELETE": "",
            "name": "",
            "position": "",
            "photo": "",
            "phone": "",
            "email": "",
            **row,
        }
        for order, row in enumerate(executives, start=1)
    ]
    return page_form(
        "ทำเนียบผู้บริหาร",
        "executives-2",
        action=action,
        executives=inline_formset(rows),
        owner_work_group=work_group.pk,
    )


def test_an_editor_publishes_executives_and_search_finds_them_by_their_position(
    admin_editor, home, work_group
):
    from wagtail.images import get_image_model

    ExecutivesPage.objects.all().delete()
    photo = get_image_model().objects.first()
    response = admin_editor.post(
        add_url(ExecutivesPage, home),
        executives_form(
            work_group,
            [
                {
                    "name": "นางสาวกานดา ตัวอย่าง",
                    "position": "นักวิชาการคอมพิวเตอร์ชำนาญการ",
                    "photo": photo.pk,
                    "phone": "08 1234 5678",
                    "is_cio": "on",
                }
            ],
            action="submit",
        ),
    )
    assert response.status_code == 302
    page = approve_request(ExecutivesPage.objects.get(slug="executives-2"))
    assert [e.name for e in page.executives.all()] == ["นางสาวกานดา ตัวอย่าง"]
    assert ExecutivesPage in search("คอมพิวเตอร์")

    # an edit is searchable as soon as it is published, inline list included
    response = admin_editor.post(
        f"/admin/pages/{page.pk}/edit/",
        executives_form(
            work_group,
            [
                {
                    "id": page.executives.get().pk,
                    "name": "นางสาวกานดา ตัวอย่าง",
                    "position": "ผู้อำนวยการกลุ่มงานสุขภาพดิจิทัล",
                    "photo": photo.pk,
                    "phone": "08 1234 5678",
                }
            ],
            action="submit",
        )
        | {"executives-INITIAL_FORMS": "1"},
    )
    assert response.status_code == 302
    approve_request(page)
    assert ExecutivesPage in search("ดิจิทัล")


def test_an_executive_without_photo_or_phone_is_refused_on_publish_but_kept_as_a_draft(
    admin_editor, home, work_group
):
    ExecutivesPage.objects.all().delete()
    executive = {"name": "นายสมพร ตัวอย่าง", "position": "รองนายแพทย์สาธารณสุขจังหวัด"}
    url = add_url(ExecutivesPage, home)

    response = admin_editor.post(url, executives_form(work_group, [executive], action="publish"))
    assert response.status_code == 200
    errors = response.context["form"].formsets["executives"].errors[0]
    assert set(errors) == {"photo", "phone"}

    response = admin_editor.post(url, executives_form(work_group, [executive]))
    assert response.status_code == 302
    assert ExecutivesPage.objects.get(slug="executives-2").executives.get().name == "นายสมพร ตัวอย่าง"


# --- Contact ----------------------------------------------------------------------------------


def test_the_contact_page_shows_every_channel(client, demo):
    html = html_of(client, "/contact/")
    assert "<address" in html and "อำเภอเมืองตัวอย่าง" in html
    for number, uri in (("0 3400 0000", "tel:+6634000000"), ("1422", "tel:1422")):
        assert f'<a href="{uri}">{number}</a>' in html
    assert "0 3400 0099" in html  # fax
    assert 'href="mailto:contact@example.com"' in html
    assert "08.30–16.30" in html
    assert 'href="https://www.openstreetmap.org/?mlat=13.756300&amp;mlon=100.501800' in html


def test_the_contact_page_embeds_nothing_from_another_host(client, demo):
    html = html_of(client, "/contact/").lower()
    assert "<iframe" not in html
    for src in re.findall(r"<script[^>]*\ssrc=[\"']?([^\"' >]+)", html):
        assert not re.match(r"(https?:)?//", src), src


@pytest.mark.parametrize(
    "number",
    [
        "0 3400 0000",
        "034000000",
        "02-123-4567",
        "08 1234 5678",
        "+66 81 234 5678",
        "1422",
        "๐ ๓๔๐๐ ๐๐๐๐",
        "0 3400 0000 ต่อ 12",
    ],
)
def test_thai_phone_numbers_as_people_write_them_are_accepted(number):
    assert parse_thai_phone(number) is not None


@pytest.mark.parametrize("number", ["12345", "0 3400 000", "08 1234 56789", "01 234 5678", "call"])
def test_other_text_is_not_a_thai_phone_number(number):
    assert parse_thai_phone(number) is None


def test_phone_links_dial_in_international_form():
    assert phone_uri("08 1234 5678") == "tel:+66812345678"
    assert phone_uri("0 3400 0000 ต่อ 12") == "tel:+6634000000;ext=12"


def test_the_contact_form_refuses_a_wrong_fax_and_half_a_position(admin_editor, home, work_group):
    ContactPage.objects.all().delete()
    data = page_form(
        "ติดต่อเรา",
        "contact",
        action="publish",
        agency_name=AGENCY,
        address="เลขที่ 1",
        email="contact@example.com",
        fax="0 3400",
        latitude="13.75",
        longitude="",
        owner_work_group=work_group.pk,
        phones=inline_formset(
            [{"id": "", "ORDER": "1", "DELETE": "", "label": "", "phone": "0 3400 0000"}]
        ),
    )
    response = admin_editor.post(add_url(ContactPage, home), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "fax" in errors and "longitude" in errors
    assert "ติดต่อเรา" in response.content.decode()


# --- Related websites -------------------------------------------------------------------------


def test_related_websites_are_grouped_under_headings_in_order(client, demo):
    html = html_of(client, "/links/")
    sections = re.findall(r"<h2>([^<]+)</h2>\s*<ul>(.*?)</ul>", html, re.S)
    assert [heading for heading, _links in sections] == [label for _v, label in LinkGroup.choices]
    groups = dict(sections)
    labels = dict(LinkGroup.choices)
    for group, title, url in LINKS:
        assert f'<a href="{url}" rel="noopener">{title}</a>' in groups[str(labels[group])]


# --- Policies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/website-policy/", "มาตรฐานเว็บไซต์ภาครัฐ"),
        ("/privacy-policy/", "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"),
        ("/security-policy/", "HTTPS"),
    ],
)
def test_the_three_policies_show_their_text_and_effective_date(client, demo, url, text):
    html = html_of(client, url)
    assert text in html
    assert "1 ตุลาคม 2568" in html  # effective from the start of fiscal year 2569
    assert AGENCY in html


def test_a_policy_without_an_effective_date_is_refused_on_publish(admin_editor, home, work_group):
    data = page_form(
        "นโยบายเว็บไซต์",
        "website-policy-2",
        action="publish",
        kind="website",
        effective_date="",
        owner_work_group=work_group.pk,
    )
    response = admin_editor.post(add_url(PolicyPage, home), data)
    assert "effective_date" in response.context["form"].errors
    data.pop("action-publish")
    data["effective_date"] = date(2026, 1, 1).isoformat()
    assert admin_editor.post(add_url(PolicyPage, home), data).status_code == 302


# --- Search and demo --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "model"),
    [
        ("เภสัชกร", ExecutivesPage),
        ("เวชกรรมป้องกัน", ExecutivesPage),
        ("ถนนสุขาภิบาล", ContactPage),
        ("กรมอนามัย", LinksPage),
        ("เจ้าของข้อมูล", PolicyPage),
        ("แผนยุทธศาสตร์", AgencyInfoPage),
    ],
)
def test_thai_search_finds_agency_pages_by_a_word_inside_them(demo, query, model):
    assert model in search(query)


def test_seed_demo_builds_the_agency_pages_once(db):
    models = (AgencyInfoIndexPage, AgencyInfoPage, ExecutivesPage, ContactPage, LinksPage)
    call_command("seed_demo")
    home = Site.objects.get(is_default_site=True).root_page  # the province's others have theirs

    def counts():
        return {m: m.objects.descendant_of(home).count() for m in (*models, PolicyPage)}

    first = counts()
    first_executives = ExecutivesPage.objects.descendant_of(home).get().executives.count()
    call_command("seed_demo")
    assert counts() == first
    executives = ExecutivesPage.objects.descendant_of(home).get().executives.count()
    assert executives == first_executives == 4
    assert first[AgencyInfoPage] == 9
    assert first[PolicyPage] == 3


@pytest.mark.parametrize(
    "model", [AgencyInfoPage, ExecutivesPage, ContactPage, LinksPage, PolicyPage]
)
def test_the_editor_opens_each_demo_page(admin_editor, model):
    page = model.objects.first()
    assert admin_editor.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
