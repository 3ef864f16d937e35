"""The periodic job (``manage.py governance_tick``): take expired items down, publish what is
scheduled, queue the reminders, send them.

Safe to run every few minutes, twice, or two at once:

- One run at a time: a PostgreSQL advisory lock (a file lock on SQLite); a second copy finds it
  held and stops at once. The lock dies with its process, so a killed run never blocks the next.
- Expiry goes in batches, each one transaction: the pages of a batch are unpublished, logged
  "expired" and their notices queued together, or not at all. A run killed mid-way leaves
  finished batches finished and the rest still live and due; the next run does the rest.
- Reminders are notices with a unique key (``notices``), so queuing one again adds nothing; a
  notice is marked sent in the transaction that emails it.

Expiry is done a batch at a time with bulk statements rather than Wagtail's per-page
``unpublish`` (eight queries a page), so a run's queries grow with batches, not pages
(``benchmarks/expiry.py``). It does what that action does: ``live`` off, ``expired`` on, the
live revision cleared, pending schedules cancelled, the frontend and page caches purged.
"""

import fcntl
import io
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry, Revision

from cms.operations import page_cache

from .. import audit
from ..urgent import VerbalApproval
from . import notices
from .notices import NoticeKind
from .reviews import PageReview, start_missing_clocks

#: The advisory lock's key: "khaosan governance_tick".
LOCK_KEY = 0x6B68_7469


@dataclass
class TickReport:
    ran: bool = True
    expired: int = 0
    queued: dict = field(default_factory=dict)
    emails: int = 0


def run(now=None):
    """One run of the job, as of ``now``; returns what it did."""
    now = now or timezone.now()
    with tick_lock() as acquired:
        if not acquired:
            return TickReport(ran=False)
        report = TickReport(expired=expire_due_pages(now))
        # Wagtail's own command, after ours has taken down what is due: it publishes scheduled
        # revisions, each through the gate (``gate_backstop.GatedPublishMixin``).
        call_command("publish_scheduled", stdout=io.StringIO())
        today = timezone.localdate(now)
        start_missing_clocks()
        report.queued = {
            NoticeKind.EXPIRING: queue_expiry_warnings(now),
            NoticeKind.REVIEW_DUE: queue_review_reminders(today),
            NoticeKind.URGENT_FORM_OVERDUE: queue_urgent_form_reminders(today),
        }
        report.emails = notices.send_pending()
        return report


@contextmanager
def tick_lock():
    """Yield whether this process holds the job's lock (it is released on exit)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY])
            acquired = cursor.fetchone()[0]
            try:
                yield acquired
            finally:
                if acquired:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
        return
    with open(_lock_file(), "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _lock_file():
    name = str(connection.settings_dict["NAME"])
    if "memory" in name:
        path = Path(settings.BASE_DIR) / "var" / "governance-tick.lock"
    else:
        path = Path(name).with_name(Path(name).name + ".tick-lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def expire_due_pages(now):
    """Take down every live page whose ``expire_at`` has passed; returns how many."""
    webmasters = notices.webmaster_ids()
    total = 0
    while done := expire_batch(now, webmasters):
        total += done
    return total


@transaction.atomic
def expire_batch(now, webmasters):
    """Expire up to ``KHAOSAN_TICK_BATCH_SIZE`` due pages in one transaction; returns how many.
    Rows another run holds are skipped (PostgreSQL), so two runs never expire the same page."""
    due = list(
        Page.objects.select_for_update(skip_locked=True)
        .filter(live=True, expire_at__lte=now)
        .order_by("expire_at", "pk")
        .only("pk", "title", "owner_id", "content_type_id", "expire_at", "url_path")[
            : settings.KHAOSAN_TICK_BATCH_SIZE
        ]
    )
    if not due:
        return 0
    ids = [page.pk for page in due]
    purge_urls = [page.full_url for page in due]
    Page.objects.filter(pk__in=ids).update(
        live=False, expired=True, has_unpublished_changes=True, live_revision=None
    )
    Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in ids],
    ).update(approved_go_live_at=None)
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                page_id=page.pk,
                content_type_id=page.content_type_id,
                label=page.title,
                action=audit.EXPIRED,
                timestamp=now,
                data={"expire_at": page.expire_at.isoformat()},
            )
            for page in due
        ],
        batch_size=500,
    )
    notices.queue(NoticeKind.EXPIRED, _owner_and_webmasters(due, webmasters))
    transaction.on_commit(lambda: _purge_caches(purge_urls))
    return len(due)


def _purge_caches(urls):
    """What Wagtail's unpublish would have triggered: the CDN's copies of the pages, and the
    site's own page cache (production)."""
    PurgeBatch([url for url in urls if url]).purge()
    page_cache.clear()


def _owner_and_webmasters(pages, webmasters):
    for page in pages:
        day = timezone.localdate(page.expire_at)
        for recipient in {page.owner_id, *webmasters}:
            yield recipient, page.pk, day


def queue_expiry_warnings(now):
    """Owners hear ``KHAOSAN_EXPIRY_WARNING_DAYS`` before their item comes down."""
    horizon = now + timedelta(days=settings.KHAOSAN_EXPIRY_WARNING_DAYS)
    rows = Page.objects.filter(live=True, expire_at__gt=now, expire_at__lte=horizon).values_list(
        "owner_id", "pk", "expire_at"
    )
    facts = [(owner, pk, timezone.localdate(expire_at)) for owner, pk, expire_at in rows]
    notices.queue(NoticeKind.EXPIRING, facts)
    return len(facts)


def queue_review_reminders(today):
    """Owner and webmasters hear ``KHAOSAN_REVIEW_REMINDER_DAYS`` before a review is due, and
    again once it is overdue."""
    webmasters = notices.webmaster_ids()
    horizon = today + timedelta(days=settings.KHAOSAN_REVIEW_REMINDER_DAYS)
    rows = PageReview.objects.due_by(horizon).values_list(
        "page_id", "page__owner_id", "next_review_due"
    )
    due, overdue = [], []
    for page_id, owner, day in rows:
        facts = overdue if day < today else due
        facts.extend((recipient, page_id, day) for recipient in {owner, *webmasters})
    notices.queue(NoticeKind.REVIEW_DUE, due)
    notices.queue(NoticeKind.REVIEW_OVERDUE, overdue)
    return len(due) + len(overdue)


def queue_urgent_form_reminders(today):
    """The author and the approving head of an urgent item hear when its form is overdue."""
    rows = VerbalApproval.objects.overdue(today).values_list(
        "page_id", "revision__user_id", "approved_by_id", "form_due"
    )
    facts = [
        (recipient, page_id, due)
        for page_id, author, head, due in rows
        for recipient in {author, head}
    ]
    notices.queue(NoticeKind.URGENT_FORM_OVERDUE, facts)
    return len(facts)


def note_expired_by_wagtail(sender, instance, **kwargs):
    """``page_unpublished`` receiver for a page Wagtail's own ``publish_scheduled`` took down
    (run alone, or when an expiry fell in the instant between this job's step and Wagtail's):
    it is logged and notified like the job's own."""
    if instance.expired and hasattr(instance, "review_interval"):
        log(instance=instance, action=audit.EXPIRED, data={"expire_at": str(instance.expire_at)})
        notices.queue(
            NoticeKind.EXPIRED, _owner_and_webmasters([instance], notices.webmaster_ids())
        )
