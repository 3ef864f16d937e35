"""The workflow dialogs of the page editor, over HTTP as its script drives them: the dialog's form
is checked (``collect_action_data``), its cleaned data comes back as JSON, and the editor posts
that JSON with the page. Found by the end-to-end journey: the "send back" dialog answered 500 and
the webmaster's dated publication failed on this path."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from governance.gate import GovernanceRefusal
from governance.models import Rejection, RejectionReason
from governance.workflow import PublishForm

from ..admin_forms import page_form
from ..helpers import pr_group as the_pr_group
from ..helpers import thai
from .test_workflow import act, draft_of, submit


@pytest.fixture
def pr_group(demo):
    return the_pr_group()


def dialog(client, page, action, data):
    """POST ``data`` to the editor's dialog for ``action``; returns its JSON answer."""
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = f"/admin/pages/workflow/collect_action_data/{page.pk}/{action}/{task_state.pk}/"
    response = client.post(url, data, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200, response.content.decode()[:2000]
    return response.json()


def from_editor(client, page, action, extra_data, pr_group):
    """The editor's POST of the page with the dialog's data, as its script sends it."""
    data = page_form(page.title, page.slug, owner_work_group=pr_group.pk)
    data["action-workflow-action"] = "workflow-action"
    data["workflow-action-name"] = action
    data["workflow-action-extra-data"] = json.dumps(extra_data)
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_a_head_sends_back_from_the_editor_with_listed_reasons(login, demo, home, pr_group):
    page = draft_of(demo["author"], home, pr_group)
    submit(login("author"), page, pr_group)
    head = login("head")
    reason = RejectionReason.objects.get(text="ไม่ระบุแหล่งที่มาหรือวันที่ของข้อมูล")

    answer = dialog(head, page, "reject", {"reasons": [reason.pk], "comment": "ระบุที่มา"})
    assert answer["step"] == "success"
    response = from_editor(head, page, "reject", answer["cleaned_data"], pr_group)

    assert response.status_code == 302
    rejection = Rejection.objects.get()
    assert list(rejection.reasons.all()) == [reason]
    assert "ระบุที่มา" in rejection.task_state.comment


def test_the_dialog_refuses_a_send_back_without_a_reason(login, demo, home, pr_group):
    page = draft_of(demo["author"], home, pr_group)
    submit(login("author"), page, pr_group)
    answer = dialog(login("head"), page, "reject", {"comment": "ระบุที่มา"})
    assert answer["step"] == "action"  # the form again, with its error
    assert not Rejection.objects.exists()


def approve_as_the_editor_does(page, user, extra_data):
    """What Wagtail's edit view does with the dialog's JSON when the page itself is unchanged:
    hands it, decoded, to the step's ``on_action``. (Posting the whole editor form here would
    save a new revision, which restarts the chain.)"""
    page = Page.objects.get(pk=page.pk)
    task = page.current_workflow_task.specific
    task.on_action(page.current_workflow_task_state, user, "approve", **json.loads(extra_data))


def webmaster_step(login, demo, home, pr_group):
    page = draft_of(demo["author"], home, pr_group)
    submit(login("author"), page, pr_group)
    assert act(login("head"), page, "approve").status_code == 302
    return page


def test_a_webmaster_publishes_from_the_editor_with_a_take_down_time(login, demo, home, pr_group):
    page = webmaster_step(login, demo, home, pr_group)
    take_down = timezone.localtime() + timedelta(days=3)

    answer = dialog(
        login("webmaster"),
        page,
        "approve",
        {"comment": "", "expire_at": take_down.strftime("%Y-%m-%d %H:%M")},
    )
    assert answer["step"] == "success"
    approve_as_the_editor_does(page, demo["webmaster"], json.dumps(answer["cleaned_data"]))

    page = Page.objects.get(pk=page.pk)
    assert page.live
    assert page.expire_at == take_down.replace(second=0, microsecond=0)


def test_data_sent_around_the_dialog_is_checked_again(login, demo, home, pr_group):
    """The JSON is the browser's to change: a take-down time in the past is refused with the
    dialog's own message, and nothing is published."""
    page = webmaster_step(login, demo, home, pr_group)
    past = (timezone.now() - timedelta(days=1)).isoformat()

    with pytest.raises(GovernanceRefusal, match=thai(PublishForm.EXPIRES_BEFORE_LIVE)):
        approve_as_the_editor_does(page, demo["webmaster"], json.dumps({"expire_at": past}))

    assert not Page.objects.get(pk=page.pk).live
