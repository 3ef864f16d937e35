"""The approval chain, driven over HTTP as each person would: requester -> head of the owner
work group -> CIO for important items -> webmaster, who publishes. Separation of duties holds
whoever tries, superusers included."""

import pytest
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from content_types.models import GeneralPage
from governance.models import (
    CIOApprovalTask,
    GroupHeadApprovalTask,
    RejectionReason,
    WebmasterPublishTask,
    WorkGroup,
)

from ..admin_forms import page_form
from ..helpers import thai

PR_GROUP = "กลุ่มงานประชาสัมพันธ์"


@pytest.fixture
def pr_group(demo):
    return WorkGroup.objects.get(name=PR_GROUP)


def draft_of(owner, home, pr_group, slug="request", is_important=False):
    page = GeneralPage(
        title="ข่าวรอเผยแพร่", slug=slug, live=False, owner=owner,
        owner_work_group=pr_group, is_important=is_important,
    )  # fmt: skip
    home.add_child(instance=page)
    page.save_revision(user=owner)
    return page


def submit(client, page, pr_group):
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        page_form(page.title, page.slug, action="submit", owner_work_group=pr_group.pk,
                  is_important="on" if page.is_important else ""),
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    return WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )


def act(client, page, action, **data):
    """POST the workflow action as the moderation buttons do; returns the response."""
    state = WorkflowState.objects.filter(object_id=str(page.pk)).latest("created_at")
    task_state = state.current_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
    return client.post(url, data or {"comment": "ตรวจแล้ว"})


def reject(client, page, *reason_texts, comment="กรุณาแก้ไขตามเหตุผล"):
    reasons = RejectionReason.objects.filter(text__in=reason_texts)
    return act(client, page, "reject", reasons=[r.pk for r in reasons], comment=comment)


def refused(response):
    """Wagtail answers a forbidden workflow action with 403, or a redirect to the dashboard
    with an error message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def current_task(page):
    state = WorkflowState.objects.filter(object_id=str(page.pk)).latest("created_at")
    return state, state.current_task_state.task.specific


@pytest.fixture
def submitted(login, demo, home, pr_group):
    """``author``'s news item, submitted for approval."""
    page = draft_of(demo["author"], home, pr_group)
    submit(login("author"), page, pr_group)
    return page


def test_submitting_starts_the_chain_at_the_head_of_the_owner_work_group(submitted):
    state, task = current_task(submitted)
    assert isinstance(task, GroupHeadApprovalTask)
    assert state.requested_by.username == "author"
    assert not GeneralPage.objects.get(pk=submitted.pk).live


@pytest.mark.parametrize("username", ["head2", "webmaster", "cio", "author2", "admin"])
def test_only_a_head_of_the_owner_group_may_approve_the_first_step(login, submitted, username):
    assert refused(act(login(username), submitted, "approve"))
    _state, task = current_task(submitted)
    assert isinstance(task, GroupHeadApprovalTask)


def test_a_head_never_approves_their_own_request(login, demo, home, pr_group):
    page = draft_of(demo["head"], home, pr_group, slug="heads-own")
    submit(login("head"), page, pr_group)
    assert refused(act(login("head"), page, "approve"))
    _state, task = current_task(page)
    assert isinstance(task, GroupHeadApprovalTask)


def test_the_whole_chain_publishes_as_the_webmaster(login, submitted):
    assert act(login("head"), submitted, "approve").status_code == 302
    state, task = current_task(submitted)
    assert isinstance(task, WebmasterPublishTask)  # not important: the CIO step was skipped
    skipped = TaskState.objects.get(workflow_state=state, status=TaskState.STATUS_SKIPPED)
    assert isinstance(skipped.task.specific, CIOApprovalTask)
    assert not GeneralPage.objects.get(pk=submitted.pk).live

    assert refused(act(login("author"), submitted, "approve"))
    assert act(login("webmaster"), submitted, "approve").status_code == 302

    page = GeneralPage.objects.get(pk=submitted.pk)
    assert page.live
    published = PageLogEntry.objects.filter(page=page, action="wagtail.publish").latest("timestamp")
    assert published.user.username == "webmaster"


def test_an_important_item_also_needs_the_cio(login, demo, home, pr_group):
    page = draft_of(demo["author"], home, pr_group, slug="urgent", is_important=True)
    submit(login("author"), page, pr_group)
    act(login("head"), page, "approve")
    _state, task = current_task(page)
    assert isinstance(task, CIOApprovalTask)
    assert refused(act(login("webmaster"), page, "approve"))
    assert act(login("cio"), page, "approve").status_code == 302
    _state, task = current_task(page)
    assert isinstance(task, WebmasterPublishTask)


def test_a_rejection_goes_back_with_its_reasons_by_email_and_nothing_is_lost(
    login, submitted, mailoutbox
):
    reasons = ("ไม่ระบุแหล่งที่มาหรือวันที่ของข้อมูล", "ข้อมูลไม่เป็นปัจจุบัน")
    response = reject(login("head"), submitted, *reasons, comment="โปรดระบุที่มาของสถิติ")
    assert response.status_code == 302
    state = WorkflowState.objects.filter(object_id=str(submitted.pk)).latest("created_at")
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    rejected = TaskState.objects.get(workflow_state=state, status=TaskState.STATUS_REJECTED)
    assert {r.text for r in rejected.rejection.reasons.all()} == set(reasons)
    assert "โปรดระบุที่มาของสถิติ" in rejected.comment and reasons[0] in rejected.comment

    page = GeneralPage.objects.get(pk=submitted.pk)
    assert not page.live
    assert page.get_latest_revision().content["title"] == "ข่าวรอเผยแพร่"

    to_author = [
        m for m in mailoutbox if m.to == ["author@example.com"] and "ข่าวรอเผยแพร่" in m.subject
    ]
    assert len(to_author) == 1
    assert "ส่งกลับให้แก้ไข" in to_author[0].subject
    assert reasons[0] in to_author[0].body and "โปรดระบุที่มาของสถิติ" in to_author[0].body


@pytest.mark.parametrize(
    ("reason_texts", "comment"),
    [((), "ไม่ได้เลือกเหตุผลจากรายการ"), (("ข้อมูลไม่เป็นปัจจุบัน",), "")],
    ids=["no-listed-reason", "no-explanation"],
)
def test_a_rejection_needs_a_listed_reason_and_an_explanation(
    login, submitted, mailoutbox, reason_texts, comment
):
    reasons = RejectionReason.objects.filter(text__in=reason_texts)
    state = WorkflowState.objects.filter(object_id=str(submitted.pk)).latest("created_at")
    response = login("head").post(
        f"/admin/pages/workflow/action/{submitted.pk}/reject/{state.current_task_state.pk}/",
        {"reasons": [r.pk for r in reasons], "comment": comment},
        headers={"x-requested-with": "XMLHttpRequest"},  # the modal form, as the browser sends it
    )
    assert response.json()["step"] == "action"  # the form is shown again with its errors
    _state, task = current_task(submitted)
    assert isinstance(task, GroupHeadApprovalTask)
    assert not [m for m in mailoutbox if m.to == ["author@example.com"]]


def test_site_administrators_keep_the_list_of_reasons(login, site_admin, demo):
    assert (
        login(site_admin.username).get("/admin/snippets/governance/rejectionreason/").status_code
        == 200
    )
    assert refused(login("webmaster").get("/admin/snippets/governance/rejectionreason/"))


def test_heads_see_only_their_own_groups_requests_awaiting_review(submitted, demo):
    pages = [int(s.workflow_state.object_id) for s in TaskState.objects.reviewable_by(demo["head"])]
    assert submitted.pk in pages
    pages = [
        int(s.workflow_state.object_id) for s in TaskState.objects.reviewable_by(demo["head2"])
    ]
    assert submitted.pk not in pages
    assert not TaskState.objects.reviewable_by(demo["author"]).exists()


def test_the_demo_shows_requests_in_progress(demo):
    """``head`` has author's news item to review; the CIO has author2's important alert."""
    head_queue = TaskState.objects.reviewable_by(demo["head"])
    cio_queue = TaskState.objects.reviewable_by(demo["cio"])
    assert [s.workflow_state.requested_by.username for s in head_queue] == ["author"]
    assert [s.workflow_state.requested_by.username for s in cio_queue] == ["author2"]
    assert not TaskState.objects.reviewable_by(demo["webmaster"]).exists()


def _sent_to(mailoutbox, username):
    return [m for m in mailoutbox if m.to == [f"{username}@example.com"]]


def test_each_step_emails_the_people_it_now_waits_for(login, demo, home, pr_group, mailoutbox):
    page = draft_of(demo["author"], home, pr_group, slug="notify")
    submit(login("author"), page, pr_group)
    assert len(_sent_to(mailoutbox, "head")) == 1
    assert not _sent_to(mailoutbox, "head2") and not _sent_to(mailoutbox, "webmaster")

    act(login("head"), page, "approve")
    assert len(_sent_to(mailoutbox, "webmaster")) == 1
    assert not _sent_to(mailoutbox, "cio")  # not important: the CIO step was skipped


def test_the_requester_is_told_in_thai_when_the_webmaster_publishes(login, submitted, mailoutbox):
    act(login("head"), submitted, "approve")
    mailoutbox.clear()
    act(login("webmaster"), submitted, "approve")
    [email] = _sent_to(mailoutbox, "author")
    assert email.subject == thai("Published: %(title)s") % {"title": submitted.title}
    assert "http://localhost/request/" in email.body
    assert "การขออนุญาตเผยแพร่ข้อมูล" not in email.body  # not Wagtail's "approved in workflow"


def test_an_important_item_is_announced_to_the_cio(login, demo, home, pr_group, mailoutbox):
    page = draft_of(demo["author"], home, pr_group, slug="notify-cio", is_important=True)
    submit(login("author"), page, pr_group)
    act(login("head"), page, "approve")
    assert len(_sent_to(mailoutbox, "cio")) == 1
    assert not _sent_to(mailoutbox, "webmaster")


def test_an_edit_after_approval_needs_the_approvals_again(login, demo, submitted, pr_group):
    act(login("head"), submitted, "approve")
    _state, task = current_task(submitted)
    assert isinstance(task, WebmasterPublishTask)

    response = login("webmaster").post(
        f"/admin/pages/{submitted.pk}/edit/",
        page_form("ข่าวรอเผยแพร่ (แก้ไขหลังอนุมัติ)", submitted.slug, owner_work_group=pr_group.pk),
    )
    assert response.status_code == 302
    # The webmaster's approval of the edited revision does not publish it: the head's approval
    # was of the earlier revision, so the chain asks the head again.
    act(login("webmaster"), submitted, "approve")
    _state, task = current_task(submitted)
    assert isinstance(task, GroupHeadApprovalTask)
    assert not GeneralPage.objects.get(pk=submitted.pk).live
