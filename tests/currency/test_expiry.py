"""Items come down when their period ends (seed 004 clause 3.2): the approval fills the expiry in,
``governance_tick`` takes them down, tells the people who answer for them once, and leaves them in
the admin to be published again through the normal request."""

from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from content_types.models import AnnouncementPage, GeneralPage, NewsIndexPage, NewsPage
from governance import audit
from governance.currency.policy import PublicationPolicy, expiry_for_approval

from ..admin_forms import page_form
from ..governance.test_workflow import act, draft_of, refused, submit
from ..helpers import approve_request, pr_group, thai


def reloaded(page):
    return Page.objects.get(pk=page.pk).specific


def approve_through_http(login, page, **webmaster_choices):
    submit(login("author"), page, pr_group())
    act(login("head"), page, "approve", comment="ตรวจแล้ว", acknowledge_warnings="on")
    return act(login("webmaster"), page, "approve", comment="เผยแพร่", **webmaster_choices)


# --- The approval fills in the expiry --------------------------------------------------------


def test_the_webmasters_approval_fills_in_the_types_publication_period(login, demo, home):
    page = draft_of(demo["author"], home, pr_group(), slug="period-default")
    before = timezone.now()
    approve_through_http(login, page)
    page = reloaded(page)
    assert page.live
    assert before + timedelta(days=365) <= page.expire_at <= timezone.now() + timedelta(days=365)
    assert page.get_latest_revision().content["expire_at"]  # the next edit keeps it


def test_the_webmaster_may_choose_the_take_down_time_but_not_one_in_the_past(login, demo, home):
    page = draft_of(demo["author"], home, pr_group(), slug="period-chosen")
    when = timezone.localtime() + timedelta(days=45)
    submit(login("author"), page, pr_group())
    act(login("head"), page, "approve", comment="ตรวจแล้ว", acknowledge_warnings="on")
    task_state = reloaded(page).current_workflow_state.current_task_state
    task_state_url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
    refused = login("webmaster").post(
        task_state_url,
        {"expire_at": "2020-01-01 09:00", "acknowledge_warnings": "on"},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert (
        thai("Choose a time after the item goes live, or leave it empty.")
        in (refused.json()["html"])
    )
    assert not reloaded(page).live

    act(login("webmaster"), page, "approve", expire_at=when.strftime("%Y-%m-%d %H:%M"),
        acknowledge_warnings="on")  # fmt: skip
    page = reloaded(page)
    assert page.live
    assert timezone.localtime(page.expire_at).strftime("%Y-%m-%d %H:%M") == when.strftime(
        "%Y-%m-%d %H:%M"
    )


def test_a_job_announcement_is_approved_to_expire_at_the_end_of_its_closing_day(demo):
    closing = timezone.localdate() + timedelta(days=10)
    page = AnnouncementPage(title="รับสมัครพนักงานจ้าง", slug="jobs", owner=demo["author"],
                            owner_work_group=pr_group(), closing_date=closing,
                            how_to_apply="<p>ยื่นใบสมัครที่สำนักปลัด</p>")  # fmt: skip
    NewsIndexPage.objects.first().add_child(instance=page)
    revision = page.save_revision(user=demo["author"])
    expire_at = timezone.localtime(expiry_for_approval(revision))
    assert (expire_at.date(), expire_at.strftime("%H:%M")) == (closing, "23:59")
    revision.refresh_from_db()
    assert revision.content["expire_at"] == expire_at.isoformat()


def test_an_alert_stays_up_thirty_days(demo, home):
    alert = NewsPage(title="แจ้งเตือนน้ำท่วม", slug="alert", kind="alert")
    assert alert.default_expire_at() - timezone.now() < timedelta(days=30, minutes=1)


def test_a_site_administrator_sets_a_types_period_and_the_next_approval_uses_it(
    login, site_admin, demo, home
):
    content_type = ContentType.objects.get_for_model(GeneralPage)
    url = f"/admin/governance/publication-periods/{content_type.pk}/"
    listing = login("siteadmin").get("/admin/governance/publication-periods/")
    assert str(GeneralPage._meta.verbose_name) in listing.content.decode()
    for username in ("author", "head", "webmaster"):
        attempt = login(username).post(url, {"publication_days": "30", "review_days": "90"})
        assert refused(attempt)
        assert not PublicationPolicy.objects.exists()
    invalid = login("siteadmin").post(url, {"publication_days": "0", "review_days": ""})
    assert invalid.status_code == 200  # shown again with the errors
    saved = login("siteadmin").post(url, {"publication_days": "30", "review_days": "90"})
    assert saved.status_code == 302

    page = draft_of(demo["author"], home, pr_group(), slug="period-thirty")
    approve_through_http(login, page)
    page = reloaded(page)
    assert abs(page.expire_at - (timezone.now() + timedelta(days=30))) < timedelta(minutes=5)
    assert page.review.next_review_due == timezone.localdate() + timedelta(days=90)


# --- The job takes expired items down ---------------------------------------------------------


def test_the_job_takes_expired_items_down_once_and_tells_owner_and_webmaster_once(
    live_item, run_tick, demo, client
):
    first = live_item("expire-one", expires_in=timedelta(hours=1))
    second = live_item("expire-two", expires_in=timedelta(hours=2))
    later = live_item("expire-later", expires_in=timedelta(days=30))
    url = first.url
    assert client.get(url).status_code == 200
    mail.outbox.clear()

    report = run_tick(after=timedelta(hours=3))
    assert report.expired == 2
    for page in (first, second):
        page = reloaded(page)
        assert not page.live and page.expired
        assert PageLogEntry.objects.filter(page_id=page.pk, action=audit.EXPIRED).count() == 1
    assert reloaded(later).live
    assert client.get(url).status_code == 404

    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([demo["author"].email, demo["webmaster"].email])
    for message in mail.outbox:  # one email each, listing both items, in Thai
        assert first.title in message.body and second.title in message.body
        assert thai("Taken down: its publication period has ended") in message.body

    mail.outbox.clear()
    again = run_tick(after=timedelta(hours=4))
    assert again.expired == 0
    assert mail.outbox == []
    assert PageLogEntry.objects.filter(action=audit.EXPIRED).count() == 2


def test_expired_items_stay_in_the_admin_and_are_listed_where_their_owner_looks(
    live_item, run_tick, login
):
    page = live_item("expired-listed", expires_in=timedelta(hours=1))
    run_tick(after=timedelta(hours=2))
    author = login("author")
    assert author.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    report = author.get("/admin/reports/expired/").content.decode()
    assert page.title in report
    assert page.title not in login("author2").get("/admin/reports/expired/").content.decode()
    assert page.title in login("webmaster").get("/admin/reports/expired/").content.decode()
    assert thai("Expired this month") in author.get("/admin/").content.decode()


def test_an_expired_item_is_published_again_through_the_normal_request(live_item, run_tick, login):
    page = live_item("expired-again", expires_in=timedelta(hours=1))
    run_tick(after=timedelta(hours=2))
    submit(login("author"), reloaded(page), pr_group())  # the edit form sends no old expiry
    page = approve_request(reloaded(page))
    assert page.live and not page.expired
    assert page.expire_at > timezone.now() + timedelta(days=364)


def test_owners_are_warned_before_expiry_once(live_item, run_tick, demo):
    page = live_item("expire-soon", expires_in=timedelta(days=3))
    mail.outbox.clear()
    run_tick()
    assert [message.to for message in mail.outbox] == [[demo["author"].email]]
    assert page.title in mail.outbox[0].body
    assert thai("Will be taken down soon") in mail.outbox[0].body
    mail.outbox.clear()
    run_tick(after=timedelta(days=1))
    assert mail.outbox == []


def test_the_job_publishes_scheduled_revisions_through_the_gate(run_tick, login, demo, home):
    approved = draft_of(demo["author"], home, pr_group(), slug="scheduled-approved")
    go_live = timezone.localtime() + timedelta(hours=1)
    login("author").post(
        f"/admin/pages/{approved.pk}/edit/",
        page_form(approved.title, approved.slug, action="submit", owner_work_group=pr_group().pk,
                  go_live_at=go_live.strftime("%Y-%m-%d %H:%M")),
    )  # fmt: skip
    approved = approve_request(approved)
    assert not approved.live  # scheduled
    unapproved = draft_of(demo["author"], home, pr_group(), slug="scheduled-unapproved")
    revision = unapproved.get_latest_revision()
    revision.approved_go_live_at = go_live
    revision.save()

    run_tick(after=timedelta(hours=2))
    assert reloaded(approved).live
    assert not reloaded(unapproved).live
    assert PageLogEntry.objects.filter(page_id=unapproved.pk, action=audit.REFUSED).exists()


class PurgeRecorder(BaseHTTPRequestHandler):
    """A caching proxy's purge endpoint (Varnish answers PURGE like this)."""

    purged = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    Thread(target=server.serve_forever, daemon=True).start()
    PurgeRecorder.purged.clear()
    yield f"http://127.0.0.1:{server.server_address[1]}", PurgeRecorder.purged
    server.shutdown()


@pytest.mark.django_db(transaction=False)
def test_an_expired_page_is_purged_from_the_frontend_cache(
    live_item, run_tick, settings, purge_server, django_capture_on_commit_callbacks
):
    location, purged = purge_server
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
    }
    page = live_item("expire-purged", expires_in=timedelta(hours=1))
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        run_tick(after=timedelta(hours=2))
    assert any(path == page.url for _host, path in purged), purged


def test_an_item_wagtails_own_command_takes_down_is_logged_and_notified_too(live_item, demo):
    """Run alone (or in the instant between the tick's steps), Wagtail's publish_scheduled
    expires pages one by one: they get the same log entry and notices as the tick's."""
    from django.core.management import call_command

    from governance.currency.notices import Notice, NoticeKind

    page = live_item("expired-by-wagtail", expires_in=timedelta(hours=-1))
    call_command("publish_scheduled")
    assert reloaded(page).expired
    assert PageLogEntry.objects.filter(page_id=page.pk, action=audit.EXPIRED).count() == 1
    told = set(
        Notice.objects.filter(page_id=page.pk, kind=NoticeKind.EXPIRED).values_list(
            "recipient__username", flat=True
        )
    )
    assert told == {"author", "webmaster"}


def test_a_type_that_ends_at_its_closing_date_has_no_period_to_set(login, site_admin):
    content_type = ContentType.objects.get_for_model(AnnouncementPage)
    url = f"/admin/governance/publication-periods/{content_type.pk}/"
    form = login("siteadmin").get(url).content.decode()
    assert thai("Items of this type end at %(end)s.") % {"end": thai("the closing date")} in form
    login("siteadmin").post(url, {"publication_days": "30", "review_days": "60"})
    policy = PublicationPolicy.objects.get(content_type=content_type)
    assert policy.publication_days is None and policy.review_days == 60
