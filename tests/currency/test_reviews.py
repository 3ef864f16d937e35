"""Each item is reviewed on a schedule: its people are reminded before and when overdue, and a
reviewer marks it "reviewed, still current" without a new draft; the public page shows when."""

from datetime import timedelta

from django.core import mail
from django.utils import timezone
from wagtail.models import PageLogEntry

from governance import audit
from governance.currency import tick
from governance.currency.reviews import PageReview
from governance.models import VerbalApproval

from ..helpers import thai


def test_a_publication_starts_the_review_clock_of_its_type(live_item):
    page = live_item("review-clock")
    review = PageReview.objects.get(page=page)
    assert review.next_review_due == timezone.localdate() + page.review_interval


def test_owner_and_webmaster_are_reminded_before_the_review_and_again_when_overdue(
    live_item, run_tick, demo
):
    page = live_item("review-remind")
    due = PageReview.objects.get(page=page).next_review_due
    days_to_due = (due - timezone.localdate()).days

    def about_this_item():
        """Other demo items come due too (some types every 180 days): only this one's mail."""
        found = [m for m in mail.outbox if page.title in m.body]
        mail.outbox.clear()
        return found

    mail.outbox.clear()
    run_tick(after=timedelta(days=days_to_due - 20))  # not yet
    assert about_this_item() == []
    run_tick(after=timedelta(days=days_to_due - 10))
    reminded = about_this_item()
    assert sorted(m.to[0] for m in reminded) == sorted(
        [demo["author"].email, demo["webmaster"].email]
    )
    assert all(thai("Due for review") in m.body for m in reminded)
    run_tick(after=timedelta(days=days_to_due - 9))  # the same reminder is not sent again
    assert about_this_item() == []
    run_tick(after=timedelta(days=days_to_due + 1))
    overdue = about_this_item()
    assert len(overdue) == 2
    assert all(thai("Review overdue") in m.body for m in overdue)


def test_the_owner_marks_an_item_still_current_without_a_new_draft(live_item, login, client):
    page = live_item("review-mark")
    review = PageReview.objects.get(page=page)
    PageReview.objects.filter(page=page).update(
        next_review_due=timezone.localdate() - timedelta(days=3),
        last_reviewed_at=timezone.now() - timedelta(days=400),
    )
    revisions = page.revisions.count()
    author = login("author")
    dashboard = author.get("/admin/").content.decode()
    assert thai("Due for review") in dashboard
    assert f"/admin/governance/pages/{page.pk}/reviewed/" in dashboard

    response = author.post(f"/admin/governance/pages/{page.pk}/reviewed/", {"next": "/admin/"})
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.next_review_due == timezone.localdate() + page.review_interval
    assert timezone.localdate(review.last_reviewed_at) == timezone.localdate()
    assert page.revisions.count() == revisions
    entry = PageLogEntry.objects.get(page_id=page.pk, action=audit.REVIEWED)
    assert entry.user.username == "author"
    assert (
        f"/admin/governance/pages/{page.pk}/reviewed/" not in author.get("/admin/").content.decode()
    )

    public = client.get(page.url).content.decode()
    assert thai("Last reviewed") in public
    assert str(timezone.localdate().year + 543) in public


def test_nobody_else_may_mark_it_reviewed(live_item, login):
    page = live_item("review-others")
    before = PageReview.objects.get(page=page).last_reviewed_at
    for username in ("author2", "head2", "cio"):
        response = login(username).post(f"/admin/governance/pages/{page.pk}/reviewed/")
        assert response.status_code in (302, 403)
        assert PageReview.objects.get(page=page).last_reviewed_at == before
    for username in ("head", "webmaster"):
        assert (
            login(username).post(f"/admin/governance/pages/{page.pk}/reviewed/").status_code == 302
        )
    assert PageLogEntry.objects.filter(page_id=page.pk, action=audit.REVIEWED).count() == 2


def test_panels_show_each_person_only_what_they_answer_for(live_item, login):
    mine = live_item("panel-mine", expires_in=timedelta(days=2))
    theirs = live_item("panel-theirs", expires_in=timedelta(days=2), owner="author2")
    theirs.owner_work_group = None
    theirs.save()
    author = login("author").get("/admin/").content.decode()
    assert thai("Expiring soon") in author
    assert mine.title in author and theirs.title not in author
    webmaster = login("webmaster").get("/admin/").content.decode()
    assert mine.title in webmaster and theirs.title in webmaster


def test_an_overdue_urgent_form_is_reminded_to_its_author_and_head_once(live_item, run_tick, demo):
    page = live_item("urgent-overdue")
    VerbalApproval.objects.create(
        page=page, revision=page.get_latest_revision(), approved_by=demo["head"],
        given_at=timezone.now() - timedelta(days=5), channel="phone", urgency="น้ำท่วมฉับพลัน",
        form_due=timezone.localdate() - timedelta(days=2),
    )  # fmt: skip
    page.get_latest_revision().__class__.objects.filter(pk=page.get_latest_revision().pk).update(
        user=demo["author"]
    )
    mail.outbox.clear()
    run_tick()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [demo["author"].email, demo["head"].email]
    )
    assert all(thai("Urgent item: written request form overdue") in m.body for m in mail.outbox)
    mail.outbox.clear()
    run_tick(after=timedelta(hours=1))
    assert mail.outbox == []


def test_a_second_run_while_one_holds_the_lock_does_nothing(live_item, db):
    from django.db import connection

    if connection.vendor == "postgresql":
        import pytest

        pytest.skip("PostgreSQL's lock is shown between processes: test_tick_processes")
    page = live_item("locked-out", expires_in=timedelta(hours=-1))
    with open(tick._lock_file(), "a") as other:
        import fcntl

        fcntl.flock(other, fcntl.LOCK_EX)
        report = tick.run()
        fcntl.flock(other, fcntl.LOCK_UN)
    assert report.ran is False
    page.refresh_from_db()
    assert page.live


def test_the_editor_offers_the_review_and_asks_to_confirm_it(live_item, login):
    page = live_item("review-confirm")
    url = f"/admin/governance/pages/{page.pk}/reviewed/"
    assert url in login("author").get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert url not in login("author2").get(f"/admin/pages/{page.pk}/edit/").content.decode()
    confirm = login("author").get(url).content.decode()
    assert thai("Reviewed, still current") in confirm
    assert not PageLogEntry.objects.filter(page_id=page.pk, action=audit.REVIEWED).exists()
