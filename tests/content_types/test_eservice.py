"""The e-Service directory: every service with its channel and status in words."""

import re

import pytest
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset

from content_types.demo import seed_demo
from content_types.models import EService, EServicePage, FeedbackFormPage
from content_types.models.eservice import ONLY_ONE_WAY_IN_MESSAGE, ServiceStatus
from content_types.thai_search import query_text
from governance.models import WorkGroup

from ..admin_forms import page_form
from ..conftest import DEMO_TEST_PASSWORD


@pytest.fixture
def directory(demo):
    return EServicePage.objects.get()


def service_items(html):
    return re.findall(r'<li class="eservice .*?</li>', html, re.DOTALL)


def test_each_service_shows_its_channel_and_status_in_words(client, directory):
    response = client.get(directory.url)
    assert response.status_code == 200
    items = service_items(response.content.decode())
    services = list(directory.services.all())
    assert len(items) == len(services) == 4
    with translation.override("th"):
        for service, item in zip(services, items, strict=True):
            assert service.name in item
            assert str(service.get_channel_display()) in item
            assert str(service.get_status_display()) in item
    statuses = {service.status for service in services}
    assert {ServiceStatus.AVAILABLE, ServiceStatus.MAINTENANCE} <= statuses


def test_services_link_to_their_form_address_or_mailbox(client, directory):
    html = client.get(directory.url).content.decode()
    assert f'href="{FeedbackFormPage.objects.get().url}"' in html
    assert 'href="mailto:oia@example.com"' in html
    assert 'href="https://eservice.example.com/clinic-licence"' in html


def test_a_discontinued_service_keeps_its_status_but_loses_its_link(client, directory):
    service = directory.services.get(link_url="https://eservice.example.com/clinic-licence")
    service.status = ServiceStatus.DISCONTINUED
    service.save()

    html = client.get(directory.url).content.decode()
    [item] = [item for item in service_items(html) if service.name in item]
    with translation.override("th"):
        assert str(ServiceStatus.DISCONTINUED.label) in item
    assert "href=" not in item


def test_the_editor_refuses_a_service_with_two_ways_in(login, directory):
    service = {
        "name": "ระบบนัดหมายออนไลน์",
        "description": "",
        "channel": "web",
        "status": "available",
        "link_url": "https://booking.example.com/",
        "form_page": "",
        "email": "booking@example.com",
    }
    data = page_form(
        directory.title,
        directory.slug,
        owner_work_group=WorkGroup.objects.get(name="กลุ่มงานสุขภาพดิจิทัล").pk,
        services=inline_formset([service]),
    )
    revisions = directory.revisions.count()

    response = login("admin").post(f"/admin/pages/{directory.pk}/edit/", data)

    assert response.status_code == 200
    [form] = response.context["form"].formsets["services"].forms
    assert [str(error) for error in form.non_field_errors()] == [str(ONLY_ONE_WAY_IN_MESSAGE)]
    assert directory.revisions.count() == revisions


def test_thai_search_finds_the_directory_by_a_service_name(directory):
    results = Page.objects.live().search(query_text("ใบอนุญาตสถานพยาบาล"))
    assert directory.pk in [page.pk for page in results]


def test_seed_demo_again_adds_no_second_directory_or_services(demo, directory):
    seed_demo(DEMO_TEST_PASSWORD)
    assert EServicePage.objects.count() == 1
    assert EService.objects.count() == 4
