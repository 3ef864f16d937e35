"""Reminders about items' currency, queued once each and emailed in one batch per person.

A notice is one fact for one person: this item expired, will expire on a date, is due or overdue
for review, or is an urgent item whose written form is overdue. Its key (kind, person, item, date)
is unique, so queuing the same notice again — a second run, two runs at once, a restarted run —
adds nothing. ``send_pending`` then sends each person one Thai email listing all their unsent
notices and marks them sent in the same transaction: if the email cannot be sent, they stay queued
for the next run.
"""

from itertools import groupby

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from .. import roles


class NoticeKind(models.TextChoices):
    EXPIRED = "expired", _("Taken down: its publication period has ended")
    EXPIRING = "expiring", _("Will be taken down soon")
    REVIEW_DUE = "review_due", _("Due for review")
    REVIEW_OVERDUE = "review_overdue", _("Review overdue")
    URGENT_FORM_OVERDUE = "urgent_form_overdue", _("Urgent item: written request form overdue")


class Notice(models.Model):
    kind = models.CharField(_("kind"), max_length=24, choices=NoticeKind.choices)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    #: The date the notice is about: the expiry, the review due date, the form's due date.
    due = models.DateField(_("date"))
    created_at = models.DateTimeField(_("queued at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("currency notice")
        verbose_name_plural = _("currency notices")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "recipient", "page", "due"], name="one_notice_per_fact"
            )
        ]
        indexes = [models.Index(fields=["sent_at", "recipient"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page_id}"


def webmaster_ids():
    """The active webmasters, who hear of every item's expiry and review."""
    return list(
        get_user_model()
        .objects.filter(is_active=True, groups=roles.role_group(roles.WEBMASTER))
        .values_list("pk", flat=True)
    )


def queue(kind, facts):
    """Queue a notice for each (recipient id, page id, date) in ``facts``; the ones queued
    before are left as they are. One insert per 500 notices."""
    Notice.objects.bulk_create(
        [
            Notice(kind=kind, recipient_id=recipient, page_id=page, due=due)
            for recipient, page, due in facts
            if recipient
        ],
        batch_size=500,
        ignore_conflicts=True,
    )


def send_pending():
    """Email each person their unsent notices in one message; returns how many emails went."""
    pending = (
        Notice.objects.filter(sent_at__isnull=True)
        .select_related("recipient", "page")
        .order_by("recipient_id", "kind", "due", "page_id")
    )
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        for _recipient_id, notices in groupby(pending, key=lambda notice: notice.recipient_id):
            sent += _send_batch(list(notices))
    return sent


@transaction.atomic
def _send_batch(notices):
    recipient = notices[0].recipient
    locked = set(
        Notice.objects.select_for_update(skip_locked=True)
        .filter(pk__in=[notice.pk for notice in notices], sent_at__isnull=True)
        .values_list("pk", flat=True)
    )
    notices = [notice for notice in notices if notice.pk in locked]
    if not notices:
        return 0
    emailed = 0
    if recipient.is_active and recipient.email:
        context = {"recipient": recipient, "sections": _sections(notices), "count": len(notices)}
        send_mail(
            subject=render_to_string("governance/email/currency_subject.txt", context).strip(),
            message=render_to_string("governance/email/currency.txt", context),
            from_email=None,
            recipient_list=[recipient.email],
        )
        emailed = 1
    Notice.objects.filter(pk__in=locked).update(sent_at=timezone.now())
    return emailed


def _sections(notices):
    """[(kind label, [(title, date, admin link)])] in the order of ``NoticeKind``."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    sections = []
    for kind in NoticeKind:
        items = [
            (
                notice.page.title,
                notice.due,
                base + reverse("wagtailadmin_pages:edit", args=[notice.page_id]),
            )
            for notice in notices
            if notice.kind == kind
        ]
        if items:
            sections.append((kind.label, items))
    return sections
