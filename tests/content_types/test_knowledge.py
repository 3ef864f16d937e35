"""Knowledge and statistics: source and date required, each kind with its content, and data files
shown as an accessible table (or a message, never an error page, when the file is broken)."""

import csv
import datetime
import io

import pytest
from openpyxl import Workbook
from wagtail.models import Page

from content_types import data_files
from content_types.demo import files
from content_types.demo.files import document
from content_types.models import KnowledgeIndexPage, KnowledgePage
from content_types.models.knowledge import KnowledgeKind
from content_types.thai_search import query_text
from governance.models import WorkGroup
from tests.admin_forms import page_form, submitted

from ..helpers import add_url, approve_request, publish_child, thai

pytestmark = pytest.mark.django_db

DEMO_CAPTION = "จำนวนผู้ป่วยโรคไข้เลือดออก รายอำเภอ ปี 2568"


@pytest.fixture
def knowledge_index(demo):
    return KnowledgeIndexPage.objects.get()


def statistics_page(parent, data_file, slug="test-statistics"):
    return publish_child(
        parent,
        KnowledgePage(
            title="สถิติทดสอบ",
            slug=slug,
            kind=KnowledgeKind.STATISTICS,
            data_file=data_file,
            source_name="กลุ่มงานทดสอบ",
            information_date=datetime.date(2026, 2, 1),
        ),
    )


def csv_bytes(rows, encoding="utf-8"):
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


@pytest.mark.parametrize(
    ("slug", "shown"),
    [
        ("dengue-prevention-infographic", '<img alt="3 เก็บ ป้องกัน 3 โรค: เก็บบ้าน'),
        ("handwashing-video", 'href="https://video.example.com/handwashing-7-steps"'),
        ("heat-and-older-people", "โรคลมร้อน"),
        ("vaccination-research", ".pdf"),
        ("dengue-cases-by-district-2568", f"<caption>{DEMO_CAPTION}</caption>"),
    ],
)
def test_each_kind_renders_with_its_content_source_and_buddhist_era_date(client, demo, slug, shown):
    page = KnowledgePage.objects.get(slug=slug)
    html = client.get(page.url).content.decode()
    assert shown in html
    assert "กลุ่มงานควบคุมโรคติดต่อ สำนักงานสาธารณสุขจังหวัดตัวอย่าง" in html
    assert str(page.information_date.year + 543) in html


def test_the_time_is_shown_when_given(client, demo):
    page = KnowledgePage.objects.get(slug="dengue-cases-by-district-2568")
    assert "10 มกราคม 2569 09:00 น." in client.get(page.url).content.decode()


def test_the_index_filters_by_kind(client, knowledge_index):
    html = client.get(knowledge_index.url, {"kind": KnowledgeKind.STATISTICS}).content.decode()
    assert "ข้อมูลสถิติ จำนวนผู้ป่วยโรคไข้เลือดออก" in html
    assert "อินโฟกราฟิก 3 เก็บ" not in html


def test_the_statistics_page_shows_the_csv_as_a_table_with_caption_and_header_cells(client, demo):
    page = KnowledgePage.objects.get(slug="dengue-cases-by-district-2568")
    html = client.get(page.url).content.decode()
    assert f"<caption>{DEMO_CAPTION}</caption>" in html
    assert '<th scope="col">จำนวนผู้ป่วย (ราย)</th>' in html
    assert (
        '<tr><th scope="row">อำเภอเมืองตัวอย่าง</th><td>412</td><td>98.6</td><td>1</td></tr>' in html
    )
    assert page.data_file.url in html


def test_a_broken_csv_shows_a_message_and_the_page_still_works(client, knowledge_index):
    broken = document("ไฟล์เสีย", "broken.csv", b"\x00\xff\xfe\xfd garbage \x81")
    page = statistics_page(knowledge_index, broken)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert thai(data_files.UNREADABLE) in html
    assert "<table>" not in html
    assert broken.url in html  # still downloadable


def test_a_missing_data_file_shows_the_message_too(client, knowledge_index):
    gone = document("ไฟล์หาย", "gone.csv", b"a,b\n1,2\n")
    gone.file.storage.delete(gone.file.name)
    response = client.get(statistics_page(knowledge_index, gone).url)
    assert response.status_code == 200
    assert thai(data_files.UNREADABLE) in response.content.decode()


def test_a_data_file_is_read_once_then_served_from_the_cache(client, knowledge_index):
    rows = [["อำเภอ", "จำนวน"], ["อำเภอเมือง", "12"]]
    data = document("อ่านครั้งเดียว", "once.csv", csv_bytes(rows))
    page = statistics_page(knowledge_index, data)
    assert "อำเภอเมือง" in client.get(page.url).content.decode()
    data.file.storage.delete(data.file.name)  # a second view does not read the file again
    assert "อำเภอเมือง" in client.get(page.url).content.decode()


def test_an_empty_csv_says_it_has_no_data(client, knowledge_index):
    page = statistics_page(knowledge_index, document("ไฟล์ว่าง", "empty.csv", b"\r\n\r\n"))
    assert thai(data_files.EMPTY) in client.get(page.url).content.decode()


def test_a_long_csv_shows_its_first_50_rows_and_says_so(client, knowledge_index):
    rows = [["ตำบล", "จำนวน"], *([f"ตำบลที่ {n}", n] for n in range(1, 61))]
    page = statistics_page(knowledge_index, document("ยาว", "long.csv", csv_bytes(rows)))
    html = client.get(page.url).content.decode()
    assert '<th scope="row">ตำบลที่ 50</th>' in html
    assert "ตำบลที่ 51" not in html
    assert 'class="data-truncated"' in html


def test_a_windows_874_csv_from_thai_excel_is_read(client, knowledge_index):
    rows = [["อำเภอ", "จำนวน"], ["อำเภอเมือง", "12"]]
    data = document("ภาษาไทย cp874", "thai.csv", csv_bytes(rows, "cp874"))
    html = client.get(statistics_page(knowledge_index, data).url).content.decode()
    assert '<th scope="row">อำเภอเมือง</th><td>12</td>' in html


def test_an_xlsx_data_file_shows_its_first_sheet(client, knowledge_index):
    workbook = Workbook()
    workbook.active.append(["อำเภอ", "จำนวนผู้ป่วย"])
    workbook.active.append(["อำเภอเมือง", 12.0])
    workbook.create_sheet("อื่น").append(["ไม่แสดง"])
    out = io.BytesIO()
    workbook.save(out)
    data = document("สถิติ xlsx", "stats.xlsx", out.getvalue())
    html = client.get(statistics_page(knowledge_index, data).url).content.decode()
    assert '<th scope="col">จำนวนผู้ป่วย</th>' in html
    assert '<th scope="row">อำเภอเมือง</th><td>12</td>' in html
    assert "ไม่แสดง" not in html


def test_a_broken_xlsx_shows_the_message(client, knowledge_index):
    page = statistics_page(knowledge_index, document("เสีย", "broken.xlsx", b"PK\x03\x04 nope"))
    response = client.get(page.url)
    assert response.status_code == 200
    assert thai(data_files.UNREADABLE) in response.content.decode()


def knowledge_form(kind=KnowledgeKind.ARTICLE, **fields):
    fields.setdefault("source_name", "กลุ่มงานทดสอบ")
    fields.setdefault("information_date", "2026-05-01")
    fields.setdefault("owner_work_group", WorkGroup.objects.first().pk)
    return page_form("ความรู้ทดสอบ", "test-knowledge", kind=kind, action="publish", **fields)


def publish(login, knowledge_index, data):
    return login("admin").post(add_url(KnowledgePage, knowledge_index), data)


def test_publishing_a_knowledge_item_without_its_date_is_refused(login, knowledge_index):
    response = publish(login, knowledge_index, knowledge_form(information_date=""))
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["information_date"]
    assert "กลุ่มงานทดสอบ" in response.content.decode()
    assert not KnowledgePage.objects.filter(slug="test-knowledge").exists()


def test_publishing_a_knowledge_item_without_its_source_is_refused(login, knowledge_index):
    response = publish(login, knowledge_index, knowledge_form(source_name=""))
    assert list(response.context["form"].errors) == ["source_name"]


def test_a_draft_without_source_or_date_saves(login, knowledge_index):
    data = knowledge_form(source_name="", information_date="")
    del data["action-publish"]
    response = publish(login, knowledge_index, data)
    assert response.status_code == 302
    assert not KnowledgePage.objects.get(slug="test-knowledge").live


def test_an_article_with_source_and_date_publishes(login, knowledge_index):
    response = publish(login, knowledge_index, submitted(knowledge_form()))
    assert response.status_code == 302
    assert approve_request(KnowledgePage.objects.get(slug="test-knowledge")).live


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        (KnowledgeKind.INFOGRAPHIC, "image"),
        (KnowledgeKind.MULTIMEDIA, "kind"),
        (KnowledgeKind.STATISTICS, "data_file"),
    ],
)
def test_a_kind_without_its_content_is_refused_on_publish(login, knowledge_index, kind, field):
    response = publish(login, knowledge_index, knowledge_form(kind))
    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]


def test_an_infographic_with_its_image_publishes(login, knowledge_index):
    image = files.image("ภาพทดสอบ")
    data = knowledge_form(KnowledgeKind.INFOGRAPHIC, image=image.pk, image_alt="ข้อความแทนภาพ")
    assert publish(login, knowledge_index, data).status_code == 302


def test_statistics_with_a_csv_data_file_publish(login, knowledge_index):
    data_file = document("ข้อมูล", "data.csv", b"a,b\n1,2\n")
    data = knowledge_form(KnowledgeKind.STATISTICS, data_file=data_file.pk)
    assert publish(login, knowledge_index, data).status_code == 302


def test_a_data_file_that_is_not_csv_or_xlsx_is_refused(login, knowledge_index):
    pdf = files.pdf_document("ไม่ใช่ข้อมูล", "not-data.pdf", "not data")
    data = knowledge_form(KnowledgeKind.STATISTICS, data_file=pdf.pk)
    response = publish(login, knowledge_index, data)
    assert list(response.context["form"].errors) == ["data_file"]


def test_thai_search_finds_knowledge_by_a_word_in_its_body(demo):
    results = Page.objects.live().search(query_text("ยุงลาย"))
    assert "อินโฟกราฟิก 3 เก็บ ป้องกัน 3 โรค" in [page.title for page in results]
