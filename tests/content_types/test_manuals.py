"""Operating manuals (downloadable, never live without the document) and citizen service manuals
(steps in order, time, fees, documents, channels, legal basis)."""

import re

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, rich_text

from content_types.demo import files
from content_types.models import (
    OperatingManualIndexPage,
    OperatingManualPage,
    ServiceManualIndexPage,
    ServiceManualPage,
)
from content_types.thai_search import query_text
from governance.models import WorkGroup
from tests.admin_forms import page_form
from tests.helpers import approve_request

from ..helpers import add_url

pytestmark = pytest.mark.django_db

LICENCE_STEPS = [
    "ยื่นคำขอและตรวจสอบเอกสาร",
    "ตรวจแบบแปลนสถานพยาบาล",
    "ตรวจสถานที่",
    "พิจารณาอนุญาต",
    "แจ้งผลและออกใบอนุญาต",
]


def test_the_operating_manual_page_links_its_document(client, demo):
    manual = OperatingManualPage.objects.get(slug="website-publishing")
    html = client.get(manual.url).content.decode()
    assert f'<a href="{manual.document.url}">' in html
    assert "(PDF, " in html  # with its size
    assert "ฉบับที่ 2" in html
    assert "15 มกราคม 2569" in html
    assert "สรุปขั้นตอนการปฏิบัติงาน" in html


def test_the_operating_manuals_index_lists_them_newest_first(client, demo):
    index = OperatingManualIndexPage.objects.get()
    html = client.get(index.url).content.decode()
    assert html.index("การเผยแพร่ข้อมูลต่อสาธารณะ") < html.index("การจัดการเรื่องร้องเรียน")
    assert "kind-filter" not in html


def manual_form(**fields):
    fields.setdefault("information_date", "2026-05-01")
    fields.setdefault("owner_work_group", WorkGroup.objects.first().pk)
    return page_form("คู่มือทดสอบ", "test-manual", version="ฉบับที่ 1", **fields)


def post_manual(login, data):
    index = OperatingManualIndexPage.objects.get()
    return login("admin").post(add_url(OperatingManualPage, index), data)


def test_publishing_an_operating_manual_without_its_document_is_refused(login, demo):
    response = post_manual(login, manual_form(action="publish"))
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["document"]
    assert "ฉบับที่ 1" in response.content.decode()


def test_a_draft_operating_manual_saves_without_its_document(login, demo):
    assert post_manual(login, manual_form()).status_code == 302
    assert not OperatingManualPage.objects.get(slug="test-manual").live


def test_an_operating_manual_with_its_document_publishes(login, demo):
    pdf = files.pdf_document("คู่มือทดสอบ", "test-manual.pdf", "test manual")
    assert post_manual(login, manual_form(action="submit", document=pdf.pk)).status_code == 302
    assert approve_request(OperatingManualPage.objects.get(slug="test-manual")).live


def test_service_steps_render_in_order_as_an_ordered_list(client, demo):
    service = ServiceManualPage.objects.get(slug="health-facility-licence")
    html = client.get(service.url).content.decode()
    steps = re.search(r"<ol>(.*?)</ol>", html, re.S).group(1)
    assert re.findall(r"<h3>(.*?)</h3>", steps) == LICENCE_STEPS
    assert "15 วันทำการ" in steps


def test_the_service_manual_shows_time_fees_documents_channels_and_legal_basis(client, demo):
    service = ServiceManualPage.objects.get(slug="medical-certificate")
    html = client.get(service.url).content.decode()
    assert "<dd>1 ชั่วโมง</dd>" in html
    assert "<dd>ไม่เสียค่าธรรมเนียม</dd>" in html
    assert "<li>บัตรประจำตัวประชาชน (ฉบับจริง)</li>" in html
    assert "โทร 0 3400 0000" in html
    assert "พระราชบัญญัติวิชาชีพเวชกรรม พ.ศ. 2525" in html


STEPS = [
    {"title": "ยื่นคำขอ", "description": "", "duration": "1 วันทำการ"},
    {"title": "พิจารณา", "description": "", "duration": "2 วันทำการ"},
]


def service_form(steps, **fields):
    values = {
        "total_time": "3 วันทำการ",
        "fees": "ไม่เสียค่าธรรมเนียม",
        "steps": inline_formset(steps),
        "required_documents": inline_formset([{"name": "บัตรประจำตัวประชาชน", "note": ""}]),
        "service_channels": rich_text("<p>ศูนย์บริการเบ็ดเสร็จ</p>"),
        "legal_basis": rich_text(""),
        "owner_work_group": WorkGroup.objects.first().pk,
        **fields,
    }
    return page_form("คู่มือสำหรับประชาชน การขอทดสอบ", "test-service", **values)


def post_service(login, data):
    index = ServiceManualIndexPage.objects.get()
    return login("admin").post(add_url(ServiceManualPage, index), data)


def test_a_service_manual_without_steps_is_refused_on_publish(login, demo):
    response = post_service(login, service_form([], action="publish"))
    assert response.status_code == 200
    assert response.context["form"].formsets["steps"].non_form_errors()
    assert "3 วันทำการ" in response.content.decode()


def test_a_service_manual_without_fees_is_refused_on_publish(login, demo):
    response = post_service(login, service_form(STEPS, action="publish", fees=""))
    assert list(response.context["form"].errors) == ["fees"]


def test_a_draft_service_manual_saves_without_steps_or_fees(login, demo):
    assert post_service(login, service_form([], fees="")).status_code == 302
    assert not ServiceManualPage.objects.get(slug="test-service").live


def test_a_complete_service_manual_publishes_with_its_steps_in_order(login, client, demo):
    assert post_service(login, service_form(STEPS, action="submit")).status_code == 302
    service = approve_request(ServiceManualPage.objects.get(slug="test-service"))
    assert [step.title for step in service.steps.all()] == ["ยื่นคำขอ", "พิจารณา"]
    html = client.get(service.url).content.decode()
    assert html.index("<h3>ยื่นคำขอ</h3>") < html.index("<h3>พิจารณา</h3>")


def test_thai_search_finds_a_service_by_a_word_in_its_steps(demo):
    results = Page.objects.live().search(query_text("แบบแปลน"))
    assert "คู่มือสำหรับประชาชน การขออนุญาตจัดตั้งสถานพยาบาล (คลินิก)" in [p.title for p in results]


def test_thai_search_finds_an_operating_manual(demo):
    results = Page.objects.live().search(query_text("ร้องเรียน"))
    assert "คู่มือการปฏิบัติงาน การจัดการเรื่องร้องเรียนร้องทุกข์" in [p.title for p in results]
