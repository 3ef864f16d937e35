"""Every page type, checked the same way: its editor opens, its demo pages serve, and a
category whose rules ask for a source refuses to publish without one, in Thai."""

import pytest
from django.apps import apps
from wagtail.models import Page

from content_types.models import KnowledgePage, LawPage
from content_types.models.governed import GovernedPage

from ..admin_forms import page_form
from ..helpers import add_url

PAGE_TYPES = sorted(
    (
        model
        for model in apps.get_app_config("content_types").get_models()
        if issubclass(model, Page) and not model._meta.abstract
    ),
    key=lambda model: model.__name__,
)


def test_every_category_of_the_seeds_has_a_page_type():
    names = {model.__name__ for model in PAGE_TYPES}
    for required in (
        "AgencyInfoPage", "ExecutivesPage", "ContactPage", "LawPage", "KnowledgePage",
        "LinksPage", "OIACentrePage", "OperatingManualPage", "ServiceManualPage", "NewsPage",
        "AnnouncementPage", "ProcurementPage", "ProcurementSummaryPage", "FeedbackFormPage",
        "EServicePage", "PolicyPage",
    ):  # fmt: skip
        assert required in names


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_the_editor_opens_for_every_page_type(login, demo, model):
    """The edit form of a demo page of the type, and the create form where one more may be
    added (some index pages exist once per site)."""
    client = login("admin")
    existing = model.objects.first()
    if existing is not None:
        assert client.get(f"/admin/pages/{existing.pk}/edit/").status_code == 200
    parents = [page for page in Page.objects.order_by("path") if model.can_create_at(page)]
    if parents:
        assert client.get(add_url(model, parents[0])).status_code == 200
    assert existing or parents


def test_every_demo_page_serves_and_shows_when_it_was_published(client, demo):
    governed = [page for page in Page.objects.live().specific() if isinstance(page, GovernedPage)]
    assert len(governed) >= 30
    for page in governed:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert "วันที่เผยแพร่" in html and "2569" in html, page.url


def test_every_demo_page_of_a_category_that_needs_a_source_shows_it(client, demo):
    pages = [
        page
        for page in Page.objects.live().specific()
        if isinstance(page, GovernedPage) and page.source_required
    ]
    assert pages
    for page in pages:
        html = client.get(page.url).content.decode()
        assert "ที่มา" in html and page.source_name in html, page.url


@pytest.mark.parametrize("model", [LawPage, KnowledgePage], ids=lambda model: model.__name__)
def test_publishing_without_a_source_is_refused_in_thai_and_nothing_is_lost(login, demo, model):
    parent = model.objects.first().get_parent()
    response = login("admin").post(
        add_url(model, parent), page_form("ร่างที่ยังไม่มีที่มา", "no-source", body="<p>ข้อความที่พิมพ์ไว้</p>",
                       action="publish"),
    )  # fmt: skip
    assert response.status_code == 200
    assert "กรุณาระบุที่มาของข้อมูล" in response.content.decode()
    form = response.context["form"]  # re-rendered with what was typed
    assert form["title"].value() == "ร่างที่ยังไม่มีที่มา"
    assert "ข้อความที่พิมพ์ไว้" in str(form["body"].value())
    assert not model.objects.filter(slug="no-source").exists()
