"""The screener inside the process, over HTTP: the author sees findings in the editor, approvers
cannot approve block findings without an override, warnings need an acknowledgement, and the
gate refuses on every path until then."""

import pytest
from wagtail.models import Page, PageLogEntry

from content_types.demo.files import pdf_document
from governance import audit
from governance.screening.reviews import ScreeningOverride, ScreeningRecord

from ..admin_forms import page_form
from ..governance.test_workflow import act, draft_of
from ..helpers import pr_group, thai


def national_id(first12="110170020703"):
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


ID = national_id()
DASHED = f"{ID[0]}-{ID[1:5]}-{ID[5:10]}-{ID[10:12]}-{ID[12]}"


def draft_with(demo, home, body, slug="screened"):
    page = draft_of(demo["author"], home, pr_group(), slug=slug)
    page.body = [("paragraph", f"<p>{body}</p>")]
    page.save_revision(user=demo["author"])
    return page


def submit_body(client, page, body):
    """Submit ``page`` for approval from the editor with ``body`` as its text."""
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        page_form(page.title, page.slug, action="submit", owner_work_group=pr_group().pk,
                  body=f"<p>{body}</p>"),
    )  # fmt: skip
    assert response.status_code == 302


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def test_an_author_checks_a_draft_and_sees_the_id_masked_by_field(login, demo, home):
    page = draft_with(demo, home, f"รายชื่อผู้มีสิทธิ์ นายสมชาย ใจดี เลขประจำตัวประชาชน {DASHED}")
    client = login("author")
    response = client.get(f"/admin/governance/screening/{page.pk}/check/", follow=True)
    html = response.content.decode()
    panel = html[html.index('class="khaosan-screening"') :]
    panel = panel[: panel.index("</table>")]
    assert thai("must be removed") in panel
    assert "1-1017-xxxxx-xx-" in panel
    assert ID not in panel and DASHED not in panel
    record = ScreeningRecord.objects.get(revision=page.get_latest_revision())
    assert record.decision == "block"
    assert ID not in str(record.fields) and DASHED not in str(record.fields)


def test_the_editor_says_which_findings_the_model_recognised(login, demo, home):
    """A listed word is certain; a classifier's finding is a judgement the approver checks."""
    listed = "นายทองใบ ใจดี ป่วยเป็นวัณโรค"
    learned = "นางบุญมี ศรีสุข ต้องใส่สายยางให้อาหารทางจมูกมาปีกว่าแล้ว"
    page = draft_with(demo, home, f"{listed}</p><p>{learned}")
    client = login("author")
    html = client.get(f"/admin/governance/screening/{page.pk}/check/", follow=True).content.decode()
    panel = html[html.index('class="khaosan-screening"') :]
    rows = panel[: panel.index("</table>")].split("<tr>")[2:]
    note = thai(
        "Recognised by the screener's model, not by a listed word: judge whether it is right."
    )
    health = thai("health data of a person")
    assert [health in row for row in rows].count(True) == 2
    assert [note in row for row in rows if health in row] == [False, True]


def test_block_findings_stop_the_head_until_overridden_then_the_chain_publishes(login, demo, home):
    body = f"ผู้ได้รับเงินช่วยเหลือ เลขบัตรประชาชน {ID}"
    page = draft_with(demo, home, body)
    submit_body(login("author"), page, body)
    head = login("head")
    act(head, page, "approve")
    assert page.current_workflow_state.current_task_state.task.specific.__class__.__name__ == (
        "GroupHeadApprovalTask"
    )

    url = f"/admin/governance/screening/{page.pk}/override/"
    assert login("author").post(url, {"justification": "x" * 30}).status_code in (302, 403)
    assert not ScreeningOverride.objects.exists()
    assert head.post(url, {"justification": "สั้น"}).status_code == 200
    reason = "เป็นเลขทะเบียนนิติบุคคลที่ตรวจผิด ไม่ใช่ข้อมูลบุคคล"
    assert head.post(url, {"justification": reason}).status_code == 302
    assert PageLogEntry.objects.filter(page_id=page.pk, action=audit.SCREENING_OVERRIDE).exists()

    act(head, page, "approve")
    act(login("webmaster"), page, "approve")
    assert is_live(page)


def test_warnings_need_an_approvers_acknowledgement(login, demo, home):
    body = "ติดต่อ นางสาวมาลี ศรีสุข โทร 081 234 5678"
    page = draft_with(demo, home, body)
    submit_body(login("author"), page, body)
    head = login("head")
    state = page.current_workflow_state
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/"
    response = head.post(url, {"comment": ""}, follow=True)
    assert any("ticked" in str(m) or "ติ๊ก" in str(m) or "ทำเครื่องหมาย" in str(m)
               for m in response.context["messages"])  # fmt: skip
    state.refresh_from_db()
    assert state.current_task_state.task.specific.__class__.__name__ == "GroupHeadApprovalTask"

    head.post(url, {"comment": "", "acknowledge_warnings": "on"})
    act(login("webmaster"), page, "approve")
    assert is_live(page)


def test_the_gate_refuses_blocked_content_on_the_urgent_path_too(login, demo, home):
    page = draft_with(demo, home, f"เลขประจำตัวประชาชน {ID}")
    login("head").post(
        f"/admin/governance/pages/{page.pk}/verbal-approval/",
        {"given_at": "2026-11-22 08:00", "channel": "phone", "urgency": "ด่วนมาก"},
    )
    from governance.models import VerbalApproval

    approval = VerbalApproval.objects.get(page=page)
    login("webmaster").post(f"/admin/governance/verbal-approvals/{approval.pk}/publish/")
    assert not is_live(page)


@pytest.mark.parametrize("username", ["head2", "webmaster", "author2"])
def test_only_the_groups_head_or_the_cio_may_override(login, demo, home, username):
    page = draft_with(demo, home, f"เลขประจำตัวประชาชน {ID}")
    login(username).post(
        f"/admin/governance/screening/{page.pk}/override/", {"justification": "x" * 40}
    )
    assert not ScreeningOverride.objects.exists()


def test_an_attached_pdf_is_screened_and_a_scan_is_never_passed_silently(login, demo, home):
    page = draft_of(demo["author"], home, pr_group(), slug="with-file")
    listing = pdf_document("รายชื่อ", "list.pdf", f"National ID {ID}")
    page.attachments = [("document", {"document": listing, "title": "รายชื่อ"})]
    page.save_revision(user=demo["author"])
    login("author").get(f"/admin/governance/screening/{page.pk}/check/")
    record = ScreeningRecord.objects.get(revision=page.get_latest_revision())
    assert record.decision == "block"


def test_a_clean_page_passes_and_publishes_without_extra_steps(login, demo, home):
    body = "ขอเชิญร่วมกิจกรรมวันสุขภาพ งบประมาณ 250,000 บาท"
    page = draft_with(demo, home, body)
    submit_body(login("author"), page, body)
    act(login("head"), page, "approve")
    act(login("webmaster"), page, "approve")
    assert is_live(page)
