"""Procurement announcements and monthly summaries (ITA O20-O21, OIA s.9(8)), over HTTP."""

from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils.translation import gettext_lazy
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset

from content_types.demo.files import document
from content_types.models import (
    ProcurementIndexPage,
    ProcurementPage,
    ProcurementSummaryItem,
    ProcurementSummaryPage,
)
from content_types.models.procurement import (
    STATUS_REQUIREMENT_MESSAGES,
    ProcurementMethod,
    ProcurementStatus,
)
from content_types.thai_search import query_text
from governance.governed import REQUIREMENT_MESSAGES
from tests.helpers import approve_request, publish_child

from ..admin_forms import page_form
from ..helpers import add_url, pr_group, thai


def procurement_index():
    return ProcurementIndexPage.objects.get()


def procurement_form(title, slug, action="publish", **fields):
    values = {
        "project_name": "ซื้อรถพยาบาล จำนวน 1 คัน",
        "egp_number": "69059011111",
        "method": ProcurementMethod.E_BIDDING,
        "budget": "2500000.00",
        "reference_price": "",
        "status": ProcurementStatus.ANNOUNCED,
        "closing_date": "2026-12-05",
        "winner_name": "",
        "contract_amount": "",
        "information_date": "2026-11-20",
        "fiscal_year": "2570",
    }
    values.update(fields)
    return page_form(title, slug, action=action, owner_work_group=pr_group().pk, **values)


def post_procurement(client, slug, **fields):
    return client.post(
        add_url(ProcurementPage, procurement_index()),
        procurement_form("ประกาศจัดซื้อรถพยาบาล", slug, **fields),
    )


# --- the public site -------------------------------------------------------------------------


def test_a_procurement_shows_its_budget_in_baht_and_in_words(client, demo):
    response = client.get("/procurement/ebidding-ultrasound/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "1,250,000.00" in html
    # "1,250,000.00 บาท" once the integrator has compiled th.json into the catalogue
    assert thai(gettext_lazy("%(amount)s baht")) % {"amount": "1,250,000.00"} in html
    assert "(หนึ่งล้านสองแสนห้าหมื่นบาทถ้วน)" in html
    assert "(หนึ่งล้านหนึ่งแสนเก้าหมื่นแปดพันบาทถ้วน)" in html  # the agreed price
    assert "69049012345" in html
    assert "บริษัท ตัวอย่างการแพทย์ จำกัด" in html
    assert thai(ProcurementStatus.WINNER_ANNOUNCED.label) in html
    assert thai(ProcurementMethod.E_BIDDING.label) in html
    assert "24 เมษายน 2569" in html


def test_the_monthly_summary_is_an_accessible_table(client, demo):
    response = client.get("/procurement/summary-2569-12/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<table>") == 1
    caption = html[html.index("<caption>") : html.index("</caption>")]
    assert "ธันวาคม 2568" in caption
    assert html.count('<th scope="col">') == 8
    assert html.count('<th scope="row">') == 3
    assert '<th scope="row">ซื้อวัสดุวิทยาศาสตร์การแพทย์</th>' in html
    assert "<li>บริษัท ทดลองครุภัณฑ์ จำกัด 234,000.00 บาท</li>" in html
    assert "22 ธันวาคม 2568" in html  # a contract date, Buddhist era
    assert 'href="/documents/' in html and ".pdf" in html


def test_the_procurement_index_lists_announcements_and_summaries_by_fiscal_year(client, demo):
    older = ProcurementPage(
        title="ประกาศผู้ชนะ จ้างเหมาทำความสะอาด",
        slug="cleaning-2568",
        project_name="จ้างเหมาทำความสะอาด",
        method=ProcurementMethod.SPECIFIC,
        budget=Decimal("120000"),
        status=ProcurementStatus.CANCELLED,
        information_date=date(2025, 3, 1),
        fiscal_year=2568,
    )
    publish_child(procurement_index(), older)

    everything = client.get("/procurement/").content.decode()
    assert '<label for="id_fiscal_year">' in everything
    for slug in ("ebidding-ultrasound", "open-vaccine-fridge", "summary-2569-12", "cleaning-2568"):
        assert f"/procurement/{slug}/" in everything

    fy2568 = client.get("/procurement/", {"fiscal_year": 2568})
    assert [page.slug for page in fy2568.context["listing"]] == ["cleaning-2568"]
    fy2569 = client.get("/procurement/", {"fiscal_year": 2569}).content.decode()
    assert "/procurement/summary-2569-12/" in fy2569
    assert "/procurement/ebidding-ultrasound/" in fy2569
    assert "/procurement/cleaning-2568/" not in fy2569


def test_thai_search_finds_a_procurement_by_a_word_of_its_project_and_its_winner(demo):
    found = Page.objects.live().search(query_text("คลื่นเสียง"))
    assert "ebidding-ultrasound" in [page.slug for page in found]
    winners = Page.objects.live().search(query_text("ตัวอย่างการแพทย์"))
    assert {"ebidding-ultrasound", "summary-2569-12"} <= {page.slug for page in winners}


# --- expiry ----------------------------------------------------------------------------------


def test_an_open_invitation_expires_at_the_end_of_its_closing_day_in_bangkok():
    page = ProcurementPage(status=ProcurementStatus.ANNOUNCED, closing_date=date(2026, 12, 5))
    expire_at = page.default_expire_at()
    assert expire_at == datetime.combine(date(2026, 12, 5), time.max, ZoneInfo("Asia/Bangkok"))
    assert expire_at.astimezone(ZoneInfo("UTC")).isoformat() == "2026-12-05T16:59:59.999999+00:00"


def test_a_winner_announcement_stays_published():
    for status in (ProcurementStatus.WINNER_ANNOUNCED, ProcurementStatus.CONTRACT_SIGNED):
        page = ProcurementPage(status=status, closing_date=date(2026, 12, 5))
        assert page.default_expire_at() is None


# --- the editor ------------------------------------------------------------------------------


def test_an_open_invitation_is_published_from_the_editor(login, demo):
    response = post_procurement(login("admin"), "ambulance", action="submit")
    assert response.status_code == 302
    page = approve_request(ProcurementPage.objects.get(slug="ambulance"))
    assert page.live and page.budget == Decimal("2500000.00")


def test_winner_announced_without_a_winner_is_refused_with_the_field_error(login, demo):
    response = post_procurement(
        login("admin"),
        "no-winner",
        status=ProcurementStatus.WINNER_ANNOUNCED,
        contract_amount="2400000.00",
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["winner_name"] == [STATUS_REQUIREMENT_MESSAGES["winner_name"]]
    assert form["contract_amount"].value() == "2400000.00"  # nothing typed is lost
    assert not ProcurementPage.objects.filter(slug="no-winner").exists()


def test_winner_announced_without_a_winner_can_be_saved_as_a_draft(login, demo):
    response = post_procurement(
        login("admin"), "winner-draft", action=None, status=ProcurementStatus.WINNER_ANNOUNCED
    )
    assert response.status_code == 302
    page = ProcurementPage.objects.get(slug="winner-draft")
    assert not page.live
    assert set(page.missing_requirements()) == {"winner_name", "contract_amount"}


def test_an_open_invitation_needs_its_closing_date(login, demo):
    response = post_procurement(login("admin"), "no-closing", closing_date="")
    assert response.context["form"].errors["closing_date"] == [
        STATUS_REQUIREMENT_MESSAGES["closing_date"]
    ]


def test_the_egp_number_must_be_eleven_or_twelve_digits(login, demo):
    client = login("admin")
    for wrong in ("12345", "6905901111A", "6905901111123"):
        response = post_procurement(client, "wrong-egp", egp_number=wrong)
        assert response.status_code == 200
        assert "egp_number" in response.context["form"].errors, wrong
    assert not ProcurementPage.objects.filter(slug="wrong-egp").exists()


def test_an_egp_number_typed_in_thai_digits_or_with_hyphens_is_stored_as_digits(login, demo):
    client = login("admin")
    assert post_procurement(client, "thai-digits", egp_number="๖๙๐๕๙๐๑๑๑๑๑").status_code == 302
    assert post_procurement(client, "hyphens", egp_number="6905-9011-1112").status_code == 302
    assert ProcurementPage.objects.get(slug="thai-digits").egp_number == "69059011111"
    assert ProcurementPage.objects.get(slug="hyphens").egp_number == "690590111112"


def summary_form(slug, action="publish", rows=(), **fields):
    values = {"fiscal_year": "2570", "month": "10", "information_date": "2026-11-10"}
    values.update(fields)
    return page_form(
        "สรุปผลการจัดซื้อจัดจ้าง ตุลาคม 2569",
        slug,
        action=action,
        owner_work_group=pr_group().pk,
        items=inline_formset(list(rows)),
        **values,
    )


ROW = {
    "item": "ซื้อหน้ากากอนามัย",
    "budget": "5000.00",
    "method": ProcurementMethod.SPECIFIC,
    "bidders": "บริษัท ตัวอย่างการแพทย์ จำกัด 4,900.00 บาท",
    "winner_name": "บริษัท ตัวอย่างการแพทย์ จำกัด",
    "winning_price": "4900.00",
    "reason": "เสนอราคาไม่เกินวงเงินงบประมาณ",
    "contract_number": "",
    "contract_date": "",
}


def test_a_summary_is_published_with_its_rows(login, demo, client):
    response = login("admin").post(
        add_url(ProcurementSummaryPage, procurement_index()),
        summary_form("fy70-10", action="submit", rows=[ROW]),
    )
    assert response.status_code == 302
    page = approve_request(ProcurementSummaryPage.objects.get(slug="fy70-10"))
    assert page.live and page.period_label.endswith("2569")  # October falls before FY 2570
    assert '<th scope="row">ซื้อหน้ากากอนามัย</th>' in client.get(page.url).content.decode()


def test_a_summary_without_its_fiscal_year_is_refused_on_publish(login, demo):
    response = login("admin").post(
        add_url(ProcurementSummaryPage, procurement_index()),
        summary_form("no-year", fiscal_year=""),
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["fiscal_year"] == [REQUIREMENT_MESSAGES["fiscal_year"]]
    assert form["month"].value() == "10"
    assert not ProcurementSummaryPage.objects.filter(slug="no-year").exists()


def test_the_signed_summary_form_must_be_a_pdf(login, demo):
    spreadsheet = document("สรุป สขร.1 (ตาราง)", "summary.csv", b"item,budget\n")
    response = login("admin").post(
        add_url(ProcurementSummaryPage, procurement_index()),
        summary_form("csv-summary", summary_document=spreadsheet.pk),
    )
    assert "summary_document" in response.context["form"].errors


def test_seed_demo_builds_the_procurement_pages_once(demo):
    call_command("seed_demo")
    call_command("seed_demo")
    assert ProcurementIndexPage.objects.count() == 1
    assert ProcurementPage.objects.count() == 2
    assert ProcurementSummaryPage.objects.count() == 1
    assert ProcurementSummaryItem.objects.count() == 3


@pytest.mark.parametrize("model", [ProcurementPage, ProcurementSummaryPage])
def test_the_editor_opens_the_form_of_each_procurement_page_type(login, demo, model):
    response = login("admin").get(add_url(model, procurement_index()))
    assert response.status_code == 200
    assert isinstance(response.context["form"], model.base_form_class)
