"""A news item's whole life, as its people live it in the browser: the author drafts it with an
attachment and fills the request form; the screener flags a national ID in the attachment; the
author takes the file out and submits again; the group head sends it back for want of a source,
then approves it; the webmaster publishes it with a take-down date; the public reads it with its
source and Buddhist-era dates; the take-down date passes and it leaves the site for the expired
items report. Screenshots of every step: ``var/e2e-artifacts/<test>/``."""

import unicodedata

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader
from weasyprint import HTML

from ..helpers import thai
from ..screening.test_screening_in_the_process import DASHED
from .admin import (
    JS_LABELS,
    add_block,
    click_and_load,
    editor_action,
    messages,
    workflow_action,
)

TITLE = "สสจ.ตัวอย่าง รณรงค์ป้องกันโรคไข้เลือดออกช่วงฤดูฝน"
BODY = "เจ้าหน้าที่ออกพื้นที่ให้ความรู้การกำจัดแหล่งเพาะพันธุ์ยุงลายในชุมชน"
SOURCE = "กลุ่มงานควบคุมโรค สำนักงานสาธารณสุขจังหวัดตัวอย่าง"
ATTACHMENT = "รายชื่อผู้เข้าร่วมกิจกรรม"
#: The information date typed in the editor, and as the public reads it (Buddhist era).
INFORMATION_DATE = "2026-11-20"
INFORMATION_DATE_THAI = "20 พฤศจิกายน 2569"
SENT_BACK_REASON = "ไม่ระบุแหล่งที่มาหรือวันที่ของข้อมูล"  # a rejection reason seed_demo lists
EXPLANATION = "กรุณาระบุที่มาของข่าว (กลุ่มงานที่จัดกิจกรรม)"


@pytest.fixture
def attendance_pdf(tmp_path):
    """A real PDF with a valid national ID in its text, as authors attach by mistake."""
    path = tmp_path / "attendance.pdf"
    HTML(string=f"<p>Attendance list: Somchai Jaidee, national ID {DASHED}</p>").write_pdf(path)
    return path


def one_line(text):
    """Text as extracted from a PDF compares: spaces and line breaks as one space, and sara am
    in one form (a PDF's text layer may hold it as nikhahit + sara aa)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def screening(page):
    panel = page.locator(".khaosan-screening")
    panel.scroll_into_view_if_needed()
    return panel


def test_a_news_item_from_draft_to_expiry(server, signed_in, visitor, shot, attendance_pdf):
    news_index = server.query(
        "from content_types.models import NewsIndexPage; from wagtail.models import Site; "
        "home = Site.objects.get(is_default_site=True).root_page; "
        "result = NewsIndexPage.objects.descendant_of(home).get().pk"
    )

    # The author drafts the item: title, a paragraph, the attachment, the request form.
    author = signed_in("author")
    author.goto(f"/admin/pages/add/content_types/newspage/{news_index}/")
    author.locator("#id_title").fill(TITLE)
    body = add_block(author, "body", thai("Paragraph"))
    body.locator("[contenteditable=true]").last.fill(BODY)
    attachments = add_block(author, "attachments")
    attachments.get_by_role("button", name=thai("Choose a document")).click()
    chooser = author.locator(".modal-content")
    chooser.get_by_role("tab", name=thai("Upload")).click()
    chooser.locator("#id_document-chooser-upload-title").fill(ATTACHMENT)
    chooser.locator("#id_document-chooser-upload-file").set_input_files(attendance_pdf)
    chooser.locator("form button[type=submit]").last.click()
    chooser.wait_for(state="hidden")
    expect(attachments).to_contain_text(ATTACHMENT)
    author.locator("#id_information_date").fill(INFORMATION_DATE)
    author.locator("#id_title").click()  # closes the date picker
    # The request form starts as the author's own name and position.
    assert author.locator("#id_information_owner_name").input_value() == "สมหญิง ตัวอย่าง"
    assert author.locator("#id_information_owner_position").input_value() == ("นักประชาสัมพันธ์ปฏิบัติการ")
    shot(author, "author-drafts-with-attachment")
    editor_action(author, "submit")
    assert TITLE in messages(author)
    shot(author, "author-submitted")

    page_id = server.query(
        "from content_types.models import NewsPage; "
        f"result = NewsPage.objects.get(title={TITLE!r}).pk"
    )
    edit_url = f"/admin/pages/{page_id}/edit/"

    # The screener found the national ID in the attachment: a block, the number masked.
    author.goto(edit_url)
    panel = screening(author)
    assert panel.get_attribute("data-screening-decision") == "block"
    assert "1-1017-xxxxx-xx-" in panel.inner_text()
    assert thai("must be removed") in panel.inner_text()
    assert DASHED not in author.content() and DASHED.replace("-", "") not in author.content()
    shot(author, "screener-flags-national-id")

    # The author withdraws the request, takes the file out and submits again: clean.
    editor_action(author, "cancel-workflow")
    attachments = author.locator("[data-contentpath=attachments]").first
    attachments.get_by_role("button", name=JS_LABELS["Delete"]).click()
    expect(attachments).not_to_contain_text(ATTACHMENT, use_inner_text=True)
    shot(author, "author-removes-attachment")
    editor_action(author, "submit")
    author.goto(edit_url)
    assert screening(author).get_attribute("data-screening-decision") == "pass"
    shot(author, "author-resubmitted-clean")

    # The group head sends it back: no source. A listed reason and an explanation.
    head = signed_in("head")
    head.goto(edit_url)
    modal = workflow_action(head, "reject", with_modal=True)
    modal.get_by_label(SENT_BACK_REASON).check()
    modal.locator("#id_comment").fill(EXPLANATION)
    shot(head, "head-sends-back-with-reason")
    click_and_load(head, modal.locator("form button[type=submit]"))
    shot(head, "head-sent-back")

    # The author reads why in the page's history, adds the source and submits once more.
    author.goto(f"/admin/pages/{page_id}/history/")
    history = author.locator("main").inner_text()
    assert SENT_BACK_REASON in history and EXPLANATION in history
    shot(author, "author-reads-why-in-history")
    author.goto(edit_url)
    author.locator("#id_source_name").fill(SOURCE)
    shot(author, "author-adds-source")
    editor_action(author, "submit")

    # The head approves; the webmaster publishes with a take-down date.
    head.goto(edit_url)
    shot(head, "head-approves")
    workflow_action(head, "approve")
    assert TITLE in messages(head)

    webmaster = signed_in("webmaster")
    webmaster.goto(edit_url)
    take_down = server.query(
        "import datetime; from django.utils import timezone; "
        "result = (timezone.localtime() + datetime.timedelta(days=1)).strftime('%Y-%m-%d 17:00')"
    )
    modal = workflow_action(webmaster, "approve", with_modal=True)
    modal.locator("#id_expire_at").fill(take_down)
    modal.locator("#id_comment").click()  # closes the date picker (Escape would close the modal)
    modal.locator("#id_comment").fill("ตรวจแล้ว เผยแพร่ได้")
    shot(webmaster, "webmaster-publishes")
    click_and_load(webmaster, modal.locator("form button[type=submit]"))
    shot(webmaster, "webmaster-published")

    # The public reads it, with its source and dates in the Buddhist era.
    public_url = server.query(
        "from content_types.models import NewsPage; "
        "from wagtail.models import Site; site = Site.objects.get(is_default_site=True); "
        f"result = NewsPage.objects.get(pk={page_id}).relative_url(site)"
    )
    reader = visitor()
    response = reader.goto(public_url)
    assert response.status == 200
    article = reader.locator("main").inner_text()
    assert TITLE in article and BODY in article
    assert thai("Source") in article and SOURCE in article
    assert INFORMATION_DATE_THAI in article
    assert ATTACHMENT not in article
    shot(reader, "public-page")

    # The take-down date passes: the periodic job takes it down.
    server.query(
        "import datetime, time_machine; from django.utils import timezone; "
        "from django.core.management import call_command\n"
        "with time_machine.travel(timezone.now() + datetime.timedelta(days=2), tick=False):\n"
        "    call_command('governance_tick')\n"
        "result = None"
    )
    response = reader.goto(public_url)
    assert response.status == 404
    shot(reader, "public-page-gone")
    webmaster.goto("/admin/reports/expired/")
    assert TITLE in webmaster.locator("main").inner_text()
    shot(webmaster, "expired-items-report")


def test_the_monthly_report_is_downloaded_and_lists_the_months_items(
    server, signed_in, shot, tmp_path
):
    """The webmaster writes the month's problems and suggestions, downloads the report (seed
    000's form) as PDF and finds in it the agency, the entries, and the month's publications
    with the links that trace back to them."""
    published = server.query(
        "from django.utils import timezone; from wagtail.models import Site; "
        "from governance.compliance.report import build; "
        "site = Site.objects.get(is_default_site=True); "
        "report = build(site, timezone.localdate().replace(day=1)); "
        "result = [a['title'] for section in report['sections'] for line in section['lines'] "
        "for a in line['activities']]"
    )
    assert published, "the demo publishes its content this month"
    webmaster = signed_in("webmaster")
    webmaster.goto("/admin/compliance/report/")
    webmaster.locator("#id_problems").fill("ผู้ขอเผยแพร่บางกลุ่มงานส่งแบบฟอร์มล่าช้า")
    webmaster.locator("#id_suggestions").fill("จัดอบรมการใช้ระบบให้ผู้ขอเผยแพร่ทุกกลุ่มงาน")
    shot(webmaster, "monthly-report-entries")
    click_and_load(webmaster, webmaster.locator("button[name=save]"))
    assert thai("The report's entries are saved.") in messages(webmaster)

    with webmaster.expect_download() as download:
        webmaster.get_by_role("link", name="PDF", exact=True).click()
    path = tmp_path / "report.pdf"
    download.value.save_as(path)
    shot(webmaster, "monthly-report-downloaded")
    text = one_line("".join(page.extract_text() for page in PdfReader(path).pages))
    for expected in ("ผู้ขอเผยแพร่บางกลุ่มงานส่งแบบฟอร์มล่าช้า", published[0]):
        assert one_line(expected) in text, expected
    assert str(server.query("import datetime; result = datetime.date.today().year + 543")) in text
