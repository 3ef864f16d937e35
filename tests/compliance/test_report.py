"""The monthly report: the command's PDF (its text read back), XLSX cells and JSON; entering and
filing it in the admin; the province overview and its ZIP; the evidence and MOIT1 exports."""

import csv
import io
import json
import unicodedata
import zipfile
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader
from wagtail.models import Site

from governance.compliance.models import MonthlyReport, month_start
from governance.compliance.report import build, file_report


class PdfText(str):
    """A PDF's text without line breaks; ``in`` compares NFKC forms, as Sarabun's "ำ" reads back
    as nikhahit + "า"."""

    def __contains__(self, part):
        return unicodedata.normalize("NFKC", part) in unicodedata.normalize("NFKC", str(self))


def pdf_text(data):
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return PdfText(text.replace("\n", ""))


def this_month():
    return month_start(timezone.localdate())


def last_month():
    return month_start(this_month() - timedelta(days=1))


@pytest.fixture
def site(demo):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def entered(site):
    return MonthlyReport.objects.create(
        site=site,
        month=this_month(),
        problems="เจ้าหน้าที่ดูแลเว็บไซต์มีเพียงคนเดียว",
        suggestions="ขอให้จังหวัดจัดอบรมการใช้งานระบบ",
        signer_name="นายสมนึก ตัวอย่าง",
        signer_position="นักวิชาการคอมพิวเตอร์ปฏิบัติการ",
    )


def run_command(tmp_path, file_format, month=None):
    out = tmp_path / f"report.{file_format}"
    month = month or this_month()
    call_command(
        "compliance_report", "--site", "localhost", "--month", f"{month:%Y-%m}",
        "--format", file_format, "-o", str(out), stdout=io.StringIO(),
    )  # fmt: skip
    return out.read_bytes()


@pytest.mark.django_db
def test_the_pdf_holds_the_seeds_form_in_thai_with_links_that_trace_back(tmp_path, site, entered):
    text = pdf_text(run_command(tmp_path, "pdf"))
    assert "แบบรายงานผลการดำเนินการตามแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน" in text
    assert "สำนักงานสาธารณสุขจังหวัดตัวอย่าง" in text
    assert "http://localhost" in text
    assert "๑. มาตรการในการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน" in text
    assert "โครงสร้างการบริหารงานของหน่วยงาน" in text
    # the month in Buddhist era, the webmaster's entries and the signer
    year = this_month().year + 543
    assert str(year) in text
    assert "เจ้าหน้าที่ดูแลเว็บไซต์มีเพียงคนเดียว" in text
    assert "ขอให้จังหวัดจัดอบรมการใช้งานระบบ" in text
    assert "นายสมนึก ตัวอย่าง" in text
    assert "นักวิชาการคอมพิวเตอร์ปฏิบัติการ" in text
    # the demo was published this month: its pages are the activities, with their history
    assert "http://localhost/about/structure/" in text
    assert "http://localhost/admin/pages/" in text


@pytest.mark.django_db
def test_the_xlsx_holds_the_same_content(tmp_path, site, entered):
    book = load_workbook(io.BytesIO(run_command(tmp_path, "xlsx")))
    sheet = book.active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][0].startswith("แบบรายงานผลการดำเนินการ")
    assert rows[1][1] == "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"
    assert rows[2][1] == "http://localhost"
    report = build(site, this_month())
    structure = next(row for row in rows if row[0] == "- โครงสร้างการบริหารงานของหน่วยงาน")
    line = report["sections"][3]["lines"][0]
    assert (structure[1], structure[2]) == (("✓", None) if line["done"] else (None, "✓"))
    assert "http://localhost/about/structure/" in [row[4] for row in rows]
    values = [value for row in rows for value in row]
    assert "เจ้าหน้าที่ดูแลเว็บไซต์มีเพียงคนเดียว" in values
    assert "นายสมนึก ตัวอย่าง" in values


@pytest.mark.django_db
def test_the_json_follows_the_documented_schema(tmp_path, site, entered):
    report = json.loads(run_command(tmp_path, "json"))
    assert report["schema"] == "khaosan.monthly-report/1"
    assert report["agency"] == "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"
    assert report["month"] == f"{this_month():%Y-%m}"
    assert report["due_date"] == f"{this_month():%Y-%m}-25"
    assert [len(section["lines"]) for section in report["sections"]] == [3, 5, 2, 2]
    line = report["sections"][1]["lines"][0]
    assert set(line) >= {"text", "requirement", "done", "activities", "remark"}
    assert report["signer"] == {
        "name": "นายสมนึก ตัวอย่าง",
        "position": "นักวิชาการคอมพิวเตอร์ปฏิบัติการ",
    }
    # no staff order uploaded yet: 2.2 (1) is not done, and the remark says why
    order = report["sections"][2]["lines"][0]
    assert order["done"] is False
    assert order["remark"] == "ยังไม่ได้แนบคำสั่งแต่งตั้งเจ้าหน้าที่ผู้รับผิดชอบเว็บไซต์"


@pytest.mark.django_db
def test_a_filed_report_stays_as_filed(site, entered, demo):
    filed = file_report(site, this_month(), demo["webmaster"])
    entered.refresh_from_db()
    entered.problems = "แก้ไขหลังยื่นแล้ว"
    entered.save()
    report = build(site, this_month())
    assert report["problems"] == "เจ้าหน้าที่ดูแลเว็บไซต์มีเพียงคนเดียว"
    assert report["filed_at"] == filed.filed_at.isoformat()
    assert report["filed_by"] == "สมนึก ตัวอย่าง"


@pytest.mark.django_db
def test_the_webmaster_enters_and_files_the_report_in_the_admin(login, site):
    client = login("webmaster")
    page = client.get("/admin/compliance/report/")
    assert page.status_code == 200
    month = f"{this_month():%Y-%m}"
    response = client.post(
        "/admin/compliance/report/",
        {
            "site": site.pk, "month": month, "problems": "ไม่มีปัญหา", "suggestions": "-",
            "signer_name": "นายสมนึก ตัวอย่าง", "signer_position": "นักวิชาการคอมพิวเตอร์",
            "file": "1",
        },
    )  # fmt: skip
    assert response.status_code == 302
    report = MonthlyReport.objects.get(site=site, month=this_month())
    assert report.filed_at is not None and report.content["problems"] == "ไม่มีปัญหา"
    pdf = client.get(f"/admin/compliance/report/?site={site.pk}&month={month}&format=pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert "ไม่มีปัญหา" in pdf_text(pdf.content)


@pytest.mark.django_db
def test_authors_see_no_compliance_screens(login):
    client = login("author")
    for url in ("/admin/compliance/", "/admin/compliance/province/"):
        response = client.get(url)  # Wagtail answers a refusal by sending them to the admin home
        assert response.status_code == 302 and response["Location"] == "/admin/"


@pytest.mark.django_db
def test_the_dashboard_scores_each_standard_and_links_gaps_to_create_pages(login):
    page = login("webmaster").get("/admin/compliance/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "ITA OIT 2566" in html
    assert "O31 ประกาศเจตนารมณ์นโยบาย No Gift Policy" in html
    assert "/admin/pages/add/content_types/generalpage/" in html
    # the visit keeps this month's snapshot for the chart
    from governance.compliance.models import ComplianceSnapshot

    assert ComplianceSnapshot.objects.filter(month=this_month()).count() == 6


@pytest.mark.django_db
def test_the_province_reviewer_sees_who_filed_who_is_late_and_the_gaps(login, demo_province):
    client = login("province")
    month = f"{last_month():%Y-%m}"
    page = client.get(f"/admin/compliance/province/?province=จังหวัดตัวอย่าง&month={month}")
    assert page.status_code == 200
    rows = {row["site"].hostname: row for row in page.context["rows"]}
    assert set(rows) == {
        "localhost", "thasai.localhost", "khlongnamsai.localhost", "nongbua.localhost",
    }  # fmt: skip
    assert rows["thasai.localhost"]["status"] == "filed"
    assert rows["khlongnamsai.localhost"]["status"] == "late"
    assert rows["nongbua.localhost"]["status"] == "overdue"
    assert any("ทำเนียบผู้บริหาร" in gap.gap or "ผู้บริหาร" in gap.gap
               for gap in rows["khlongnamsai.localhost"]["gaps"])  # fmt: skip
    # reviewers read, they do not file
    refused = client.post("/admin/compliance/report/", {"month": month, "file": "1"})
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert not MonthlyReport.objects.filter(site__hostname="localhost", month=last_month())


@pytest.mark.django_db
def test_the_province_zip_holds_every_agencys_report_of_the_month(login, demo_province):
    client = login("province")
    month = f"{last_month():%Y-%m}"
    response = client.get(f"/admin/compliance/province/reports.zip?month={month}")
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert len(names) == 12
    thasai = f"องค์การบริหารส่วนตำบลท่าทรายตัวอย่าง-{month}"
    assert {f"{thasai}.pdf", f"{thasai}.xlsx", f"{thasai}.json"} <= set(names)
    report = json.loads(archive.read(f"{thasai}.json"))
    assert report["filed_at"] is not None
    assert "องค์การบริหารส่วนตำบลท่าทรายตัวอย่าง" in pdf_text(archive.read(f"{thasai}.pdf"))


@pytest.mark.django_db
def test_the_evidence_export_lists_each_indicator_with_its_urls(login):
    client = login("webmaster")
    response = client.get("/admin/compliance/evidence.csv?standard=ita-oit-2566")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row[1] for row in rows[1:]] == [f"O{n}" for n in range(1, 44)]
    o1 = rows[1]
    assert "http://localhost/about/structure/" in o1[4]
    xlsx = client.get("/admin/compliance/evidence.xlsx?standard=ita-oit-2566")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet["B2"].value == "O1"
    assert "http://localhost/about/structure/" in sheet["E2"].value


@pytest.mark.django_db
def test_the_moit1_bundle_holds_the_framework_and_the_request_forms(login):
    from governance.compliance.checker import fiscal_year_of

    year = fiscal_year_of(timezone.localdate())
    response = login("webmaster").get(f"/admin/compliance/moit1.zip?fiscal_year={year}")
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert "framework.pdf" in names
    assert [n for n in names if n.startswith("request-forms/")]  # the demo's pending requests
    framework = pdf_text(archive.read("framework.pdf"))
    assert "หัวหน้ากลุ่มงานพิจารณาอนุมัติ" in framework
    assert "กลุ่มงานประชาสัมพันธ์" in framework
