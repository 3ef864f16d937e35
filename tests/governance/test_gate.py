"""The publish gate, tried on every publish path over HTTP as the superuser (the one account
Wagtail itself would let through everywhere), with a control showing each request does publish
when the gate allows it; then the ways the gate does allow: the completed chain, the urgent path
and the audited override."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from content_types.models import GeneralPage
from governance import audit, gate
from governance.gate import PublicationRefused, system_publication
from governance.models import PublicationOverride, VerbalApproval

from ..admin_forms import page_form
from ..helpers import add_url, approve_request, pr_group, thai
from .test_workflow import act, draft_of, submit

REFUSAL = "This revision cannot be published:"


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def refusals(page):
    return PageLogEntry.objects.filter(page_id=page.pk, action=audit.REFUSED)


@pytest.fixture
def draft(demo, home):
    """``author``'s draft in the public-relations work group, never submitted."""
    return draft_of(demo["author"], home, pr_group(), slug="gate-draft")


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


def edit_and_publish(client, page, title="ข่าวแก้ไขแล้ว"):
    return client.post(
        f"/admin/pages/{page.pk}/edit/",
        page_form(title, page.slug, action="publish", owner_work_group=pr_group().pk),
        follow=True,
    )


# --- Every path refuses the superuser, and keeps the draft --------------------------------


def test_the_editor_publish_button_is_refused_with_a_thai_message_and_the_draft_is_kept(
    login, draft
):
    response = edit_and_publish(login("admin"), draft)
    assert response.status_code == 200
    assert any(thai(REFUSAL) in m for m in messages_of(response))
    assert not is_live(draft)
    assert Page.objects.get(pk=draft.pk).get_latest_revision_as_object().title == "ข่าวแก้ไขแล้ว"
    assert refusals(draft).get().user.username == "admin"


def test_the_create_view_publish_button_is_refused_and_the_new_page_is_kept_as_a_draft(login, home):
    response = login("admin").post(
        add_url(GeneralPage, home),
        page_form("ข่าวใหม่", "gate-new", action="publish", owner_work_group=pr_group().pk),
        follow=True,
    )
    page = GeneralPage.objects.get(slug="gate-new")
    assert not page.live and page.get_latest_revision() is not None
    assert any(thai(REFUSAL) in m for m in messages_of(response))


def test_bulk_publish_is_refused(login, draft):
    response = login("admin").post(
        f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}", {}, follow=True
    )
    assert not is_live(draft)
    assert response.status_code == 200
    assert refusals(draft).exists()


def test_the_admin_api_publish_action_is_refused_with_the_reason(login, draft):
    response = login("admin").post(f"/admin/api/main/pages/{draft.pk}/action/publish/")
    assert response.status_code == 403
    assert thai(REFUSAL) in response.json()["detail"]
    assert not is_live(draft)


def test_a_copy_cannot_be_published_or_made_a_live_alias(login, demo):
    live = Page.objects.live().filter(depth=4, numchild=0).first()
    parent = live.get_parent()
    client = login("admin")
    for extra in ({"publish_copies": "on"}, {"alias": "on"}):
        response = client.post(
            f"/admin/pages/{live.pk}/copy/",
            {"new_title": "สำเนา", "new_slug": "gate-copy", "new_parent_page": parent.pk, **extra},
            follow=True,
        )
        assert not Page.objects.filter(slug="gate-copy").exists()
        assert any("copy" in m.lower() or "สำเนา" in m for m in messages_of(response))
    # a plain copy is made, as a draft
    client.post(
        f"/admin/pages/{live.pk}/copy/",
        {"new_title": "สำเนา", "new_slug": "gate-copy", "new_parent_page": parent.pk},
    )
    assert not Page.objects.get(slug="gate-copy").live


def test_reverting_to_an_earlier_revision_and_publishing_is_refused(login, demo, draft):
    first = draft.get_latest_revision()
    draft.title = "ฉบับที่สอง"
    draft.save_revision(user=demo["author"])
    response = login("admin").post(
        f"/admin/pages/{draft.pk}/edit/",
        {**page_form(draft.title, draft.slug, action="publish", owner_work_group=pr_group().pk),
         "revision": first.pk},
        follow=True,
    )  # fmt: skip
    assert not is_live(draft)
    assert any(thai(REFUSAL) in m for m in messages_of(response))


def test_the_same_requests_publish_when_the_gate_allows(login, draft, home):
    """Control: inside a system publication (which only code can open) the editor, bulk and
    API requests above do publish, so their refusals come from the gate."""
    client = login("admin")
    with system_publication("control"):
        edit_and_publish(client, draft)
        assert is_live(draft)
        second = draft_of(draft.owner, home, pr_group(), slug="gate-second")
        client.post(f"/admin/bulk/wagtailcore/page/publish/?id={second.pk}", {})
        assert is_live(second)
        third = draft_of(draft.owner, home, pr_group(), slug="gate-third")
        assert client.post(f"/admin/api/main/pages/{third.pk}/action/publish/").status_code == 200
        assert is_live(third)
    assert PageLogEntry.objects.filter(page_id=draft.pk, action=audit.SYSTEM_PUBLISH).exists()


def test_a_system_publication_emails_nobody(draft, mailoutbox):
    """The demo builder publishes dozens of pages; nobody asked for them."""
    with system_publication("test"):
        draft.get_latest_revision().publish()
    assert is_live(draft) and not mailoutbox


def test_code_cannot_publish_an_unapproved_revision_by_any_model_path(draft):
    revision = draft.get_latest_revision()
    with pytest.raises(PublicationRefused):
        revision.publish()
    page = Page.objects.get(pk=draft.pk)
    page.live, page.live_revision = True, revision
    with pytest.raises(PublicationRefused):
        page.save()
    assert not is_live(draft)


# --- Scheduled go-live --------------------------------------------------------------------


def test_a_refused_scheduled_go_live_is_logged_once_stays_scheduled_and_is_shown(login, draft):
    revision = draft.get_latest_revision()
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled")
    call_command("publish_scheduled")
    assert not is_live(draft)
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None
    assert refusals(draft).count() == 1
    assert refusals(draft).get().data["scheduled"] is True
    dashboard = login("webmaster").get("/admin/").content.decode()
    assert thai("Scheduled publications the gate refused") in dashboard
    assert draft.title in dashboard


def test_an_approved_revision_scheduled_by_the_webmaster_goes_live_at_its_time(login, demo, home):
    page = draft_of(demo["author"], home, pr_group(), slug="gate-scheduled")
    go_live = timezone.localtime() + timedelta(hours=1)
    login("author").post(
        f"/admin/pages/{page.pk}/edit/",
        page_form(page.title, page.slug, action="submit", owner_work_group=pr_group().pk,
                  go_live_at=go_live.strftime("%Y-%m-%d %H:%M")),
    )  # fmt: skip
    page = approve_request(page)
    assert not page.live  # scheduled, not yet live
    revision = page.get_latest_revision()
    assert revision.approved_go_live_at is not None
    # an hour passes
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert is_live(page)
    assert not refusals(page).exists()


def test_the_webmaster_schedules_the_approved_revision_for_a_time_they_choose(login, draft):
    submit(login("author"), draft, pr_group())
    act(login("head"), draft, "approve")
    when = timezone.localtime() + timedelta(days=1)
    task_state = draft.current_workflow_state.current_task_state
    past = login("webmaster").post(
        f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/",
        {"go_live_at": "2020-01-01 09:00"},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert thai("Choose a time in the future, or leave it empty.") in past.json()["html"]
    assert not is_live(draft)

    response = act(login("webmaster"), draft, "approve", go_live_at=when.strftime("%Y-%m-%d %H:%M"))
    assert response.status_code == 302
    revision = Page.objects.get(pk=draft.pk).get_latest_revision()
    assert not is_live(draft)
    assert timezone.localtime(revision.approved_go_live_at).strftime("%d %H:%M") == when.strftime(
        "%d %H:%M"
    )
    # the day comes
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = revision.approved_go_live_at.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert is_live(draft)


def test_a_final_approval_the_gate_refuses_is_a_message_and_the_step_stays_open(
    login, draft, monkeypatch
):
    """E.g. the screener blocking at publication: the webmaster sees why, nothing is written."""
    submit(login("author"), draft, pr_group())
    act(login("head"), draft, "approve")
    monkeypatch.setattr(gate, "_checks", [lambda revision, page: ["พบข้อมูลส่วนบุคคล"]])
    client = login("webmaster")
    client.get(f"/admin/pages/{draft.pk}/edit/")
    response = client.post(
        f"/admin/pages/workflow/action/{draft.pk}/approve/"
        f"{draft.current_workflow_state.current_task_state.pk}/",
        {"comment": ""},
        HTTP_REFERER=f"http://testserver/admin/pages/{draft.pk}/edit/",
        follow=True,
    )
    assert response.status_code == 200
    assert any("พบข้อมูลส่วนบุคคล" in m for m in messages_of(response))
    assert not is_live(draft)
    state = Page.objects.get(pk=draft.pk).specific.current_workflow_state
    assert state.current_task_state.status == "in_progress"


# --- The completed chain ------------------------------------------------------------------


def test_the_completed_chain_publishes_and_an_edit_after_it_needs_approval_again(login, draft):
    submit(login("author"), draft, pr_group())
    assert act(login("head"), draft, "approve").status_code == 302
    assert act(login("webmaster"), draft, "approve").status_code == 302
    assert is_live(draft)
    # the superuser's own edit of the live page is not approved
    edit_and_publish(login("admin"), draft, title="แก้หลังเผยแพร่")
    assert Page.objects.get(pk=draft.pk).title != "แก้หลังเผยแพร่"


# --- Override by a site administrator -----------------------------------------------------


def test_a_site_administrator_overrides_with_a_written_reason(login, draft, site_admin):
    client = login(site_admin.username)
    url = f"/admin/governance/override/{draft.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    assert thai("What the gate found:") in page.content.decode()

    response = client.post(url, {"reason": "สั้นไป"})
    assert response.status_code == 200 and response.context["form"].errors
    assert not is_live(draft)

    reason = "ผู้อนุมัติทุกคนลาป่วย ต้องประกาศแจ้งเตือนโรคระบาดภายในวันนี้"
    assert client.post(url, {"reason": reason}).status_code == 302
    assert is_live(draft)
    override = PublicationOverride.objects.get(page=draft)
    assert override.user == site_admin and override.reason == reason and override.passed_over
    entry = PageLogEntry.objects.get(page_id=draft.pk, action=audit.OVERRIDE)
    assert entry.data["reason"] == reason


@pytest.mark.parametrize("username", ["author", "head", "webmaster", "cio"])
def test_no_other_role_may_override(login, draft, username):
    response = login(username).post(f"/admin/governance/override/{draft.pk}/", {"reason": "x" * 40})
    assert response.status_code in (302, 403)
    assert not is_live(draft)
    assert not PublicationOverride.objects.exists()


def test_nobody_overrides_for_a_revision_they_wrote(login, demo, home):
    page = draft_of(demo["admin"], home, pr_group(), slug="admins-own")
    login("admin").post(f"/admin/governance/override/{page.pk}/", {"reason": "x" * 40})
    assert not is_live(page)


# --- The urgent path -----------------------------------------------------------------------


def record_verbal(client, page, urgency="แจ้งเตือนภัยน้ำท่วมเร่งด่วน"):
    return client.post(
        f"/admin/governance/pages/{page.pk}/verbal-approval/",
        {"given_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"), "channel": "phone",
         "urgency": urgency},
    )  # fmt: skip


def test_a_verbal_approval_lets_a_webmaster_publish_at_once_and_the_form_falls_due(
    login, draft, settings
):
    settings.KHAOSAN_URGENT_FORM_DUE_DAYS = 3
    assert record_verbal(login("head"), draft).status_code == 302
    approval = VerbalApproval.objects.get(page=draft)
    assert approval.form_due == timezone.localdate() + timedelta(days=3)
    assert approval.revision == draft.get_latest_revision()
    assert any("webmaster" in m.to[0] for m in mail.outbox)
    assert PageLogEntry.objects.filter(page_id=draft.pk, action=audit.VERBAL_APPROVAL).exists()

    url = f"/admin/governance/verbal-approvals/{approval.pk}/publish/"
    assert login("webmaster").post(url).status_code == 302
    assert is_live(draft)

    dashboard = login("webmaster").get("/admin/").content.decode()
    assert thai("Urgent items: written request forms to file") in dashboard
    assert draft.title in dashboard


@pytest.mark.parametrize("username", ["author", "head2", "webmaster", "cio"])
def test_only_a_head_of_the_owner_group_records_a_verbal_approval(login, draft, username):
    record_verbal(login(username), draft)
    assert not VerbalApproval.objects.exists()


@pytest.mark.parametrize("username", ["author", "head", "cio"])
def test_only_a_webmaster_publishes_an_urgent_item(login, draft, username):
    record_verbal(login("head"), draft)
    approval = VerbalApproval.objects.get()
    login(username).post(f"/admin/governance/verbal-approvals/{approval.pk}/publish/")
    assert not is_live(draft)


def test_a_verbal_approval_does_not_cover_a_later_edit(login, demo, draft):
    record_verbal(login("head"), draft)
    approval = VerbalApproval.objects.get()
    draft.title = "แก้ไขหลังอนุมัติด้วยวาจา"
    draft.save_revision(user=demo["author"])
    with pytest.raises(PublicationRefused):
        draft.get_latest_revision().publish()
    # the approved revision itself may still go up
    login("webmaster").post(f"/admin/governance/verbal-approvals/{approval.pk}/publish/")
    assert Page.objects.get(pk=draft.pk).title == "ข่าวรอเผยแพร่"


def test_an_unfiled_form_shows_overdue_until_the_written_request_is_approved(login, draft):
    record_verbal(login("head"), draft)
    approval = VerbalApproval.objects.get()
    login("webmaster").post(f"/admin/governance/verbal-approvals/{approval.pk}/publish/")
    VerbalApproval.objects.update(form_due=timezone.localdate() - timedelta(days=1))
    assert thai("Overdue") in login("head").get("/admin/").content.decode()

    submit(login("author"), draft, pr_group())
    approve_request(draft)
    approval.refresh_from_db()
    assert approval.form_filed_at is not None
    assert PageLogEntry.objects.filter(page_id=draft.pk, action=audit.REQUEST_FILED).exists()
    assert thai("Urgent items: written request forms to file") not in (
        login("head").get("/admin/").content.decode()
    )
