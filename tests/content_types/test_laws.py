"""Laws and regulations: published with their source, listed and filtered by kind, found in Thai."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from content_types.models import (
    KnowledgePage,
    LawIndexPage,
    LawPage,
    OperatingManualPage,
    ServiceManualPage,
)
from content_types.models.laws import LawKind
from content_types.thai_search import query_text
from governance.models import WorkGroup
from tests.admin_forms import page_form, submitted

from ..helpers import add_url, approve_request

pytestmark = pytest.mark.django_db

OIA = "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540"


@pytest.fixture
def law_index(demo):
    return LawIndexPage.objects.get()


def test_a_law_shows_its_kind_source_gazette_reference_and_buddhist_era_date(client, demo):
    law = LawPage.objects.get(slug="official-information-act")
    html = client.get(law.url).content.decode()
    assert html.count("<h1>") == 1
    assert f"<h1>{OIA}</h1>" in html
    assert f'<p class="page-kind">{law.get_kind_display()}</p>' in html
    assert '<a href="https://www.ratchakitcha.soc.go.th/" rel="noopener">' in html
    assert "ราชกิจจานุเบกษา เล่ม 114 ตอนที่ 46 ก หน้า 1" in html
    assert "10 กันยายน 2540" in html
    assert ".pdf" in html  # the full text, attached


def test_the_index_lists_every_law_with_a_labelled_kind_filter(client, law_index):
    html = client.get(law_index.url).content.decode()
    assert '<label for="kind-filter">' in html
    assert '<select id="kind-filter" name="kind">' in html
    for law in LawPage.objects.all():
        assert law.title in html


def test_filtering_by_kind_lists_only_that_kind(client, law_index):
    response = client.get(law_index.url, {"kind": LawKind.ROYAL_DECREE})
    html = response.content.decode()
    assert "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี" in html
    assert OIA not in html
    assert f'<option value="{LawKind.ROYAL_DECREE}" selected>' in html


def test_an_unknown_kind_or_page_number_lists_everything_instead_of_failing(client, law_index):
    response = client.get(law_index.url, {"kind": "no-such-kind", "page": "x"})
    assert response.status_code == 200
    assert OIA in response.content.decode()


def test_the_index_pages_keep_the_kind_filter(client, law_index, monkeypatch):
    monkeypatch.setattr(LawIndexPage, "per_page", 1)
    response = client.get(law_index.url, {"kind": LawKind.ACT})
    html = response.content.decode()
    assert response.context["listing"].paginator.num_pages == 2
    assert f'href="?kind={LawKind.ACT}&amp;page=2" rel="next"' in html


def law_form(**fields):
    return page_form("ระเบียบทดสอบการเผยแพร่", "test-regulation", kind=LawKind.REGULATION, **fields)


def test_publishing_a_law_without_its_source_is_refused_and_keeps_what_was_typed(
    login, law_index, demo
):
    data = law_form(
        action="publish",
        source_reference="ราชกิจจานุเบกษา เล่ม 999 ตอนที่ 1 ก",
        information_date="2026-05-01",
    )
    response = login("admin").post(add_url(LawPage, law_index), data)
    assert response.status_code == 200
    assert "source_name" in response.context["form"].errors
    html = response.content.decode()
    assert "ระเบียบทดสอบการเผยแพร่" in html
    assert "ราชกิจจานุเบกษา เล่ม 999 ตอนที่ 1 ก" in html
    assert not LawPage.objects.filter(slug="test-regulation").exists()


def test_publishing_a_law_with_a_source_but_no_link_or_reference_is_refused(login, law_index, demo):
    data = law_form(
        action="publish",
        source_name="กระทรวงสาธารณสุข",
        information_date="2026-05-01",
        owner_work_group=WorkGroup.objects.first().pk,
    )
    response = login("admin").post(add_url(LawPage, law_index), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["source_reference"]
    assert "กระทรวงสาธารณสุข" in response.content.decode()


def test_a_law_with_its_source_and_a_gazette_reference_publishes(login, law_index, demo):
    data = law_form(
        action="publish",
        source_name="กระทรวงสาธารณสุข",
        source_reference="ราชกิจจานุเบกษา เล่ม 143 ตอนพิเศษ 10 ง หน้า 5",
        information_date="2026-05-01",
        owner_work_group=WorkGroup.objects.first().pk,
    )
    response = login("admin").post(add_url(LawPage, law_index), submitted(data))
    assert response.status_code == 302
    assert approve_request(LawPage.objects.get(slug="test-regulation")).live


def test_a_draft_law_saves_without_its_source_and_keeps_everything_typed(login, law_index):
    data = law_form(source_url="", information_date="2026-05-01")
    response = login("admin").post(add_url(LawPage, law_index), data)
    assert response.status_code == 302
    page = LawPage.objects.get(slug="test-regulation")
    assert not page.live
    draft = page.get_latest_revision_as_object()
    assert draft.kind == LawKind.REGULATION
    assert str(draft.information_date) == "2026-05-01"


def test_laws_do_not_expire_on_their_own_but_are_reviewed_yearly():
    assert LawPage.default_publication_period is None
    assert LawPage.review_interval.days == 365


def test_thai_search_finds_a_law_by_a_word_inside_its_unspaced_title(demo):
    results = Page.objects.live().search(query_text("ข้อมูลข่าวสาร"))
    assert OIA in [page.title for page in results]


def test_thai_search_finds_a_law_by_its_gazette_reference(demo):
    results = Page.objects.live().search(query_text("ราชกิจจานุเบกษา เล่ม 136"))
    assert "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562" in [page.title for page in results]


def test_seed_demo_twice_builds_the_laws_knowledge_and_manuals_once():
    models = (LawPage, KnowledgePage, OperatingManualPage, ServiceManualPage)
    call_command("seed_demo")
    home = Site.objects.get(is_default_site=True).root_page  # the province's others have theirs
    first = {model: model.objects.descendant_of(home).count() for model in models}
    call_command("seed_demo")
    assert {model: model.objects.descendant_of(home).count() for model in models} == first
    assert first == {LawPage: 5, KnowledgePage: 5, OperatingManualPage: 2, ServiceManualPage: 2}


@pytest.mark.parametrize(
    "model",
    [
        LawIndexPage,
        LawPage,
        KnowledgePage,
        OperatingManualPage,
        ServiceManualPage,
    ],
)
def test_the_editor_opens_every_demo_page_of_the_family(login, demo, model):
    page = model.objects.first()
    response = login("admin").get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
