"""The urgent path of seed 004 clause 2.2.1: a group head approves by word of mouth, the webmaster
publishes at once, and the written request form follows within a set number of days.

A verbal approval covers exactly the revision it was recorded for. It is "filed" when that page's
written request later completes the publication workflow (the form and the approvals on record,
as GOV.UK's publisher does with retrospective approval); until then it is listed on the
dashboards, as overdue once its due date has passed.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from pythainlp.util import thai_strftime
from wagtail.log_actions import log

from cms.operations.tasks import send_mail

from . import audit, roles
from .models import PageRevisionRecord, WorkGroup


class VerbalApprovalChannel(models.TextChoices):
    PHONE = "phone", _("Telephone")
    IN_PERSON = "in_person", _("In person")
    MESSAGE = "message", _("Messaging app (e.g. LINE)")
    OTHER = "other", _("Other")


class VerbalApprovalQuerySet(models.QuerySet):
    def awaiting_form(self):
        return self.filter(form_filed_at__isnull=True)

    def overdue(self, today=None):
        return self.awaiting_form().filter(form_due__lt=today or timezone.localdate())

    def visible_to(self, user):
        """What ``user`` answers for: webmasters and site administrators see all; a head the
        groups they head; an author their own items."""
        if user.is_superuser or roles.has_role(user, roles.WEBMASTER, roles.SITE_ADMIN):
            return self
        headed = WorkGroup.objects.headed_by(user).values("pk")
        return self.filter(
            models.Q(revision__user=user)
            | models.Q(approved_by=user)
            | models.Q(page__in=_pages_of_groups(headed))
        )


def _pages_of_groups(work_groups):
    from .governed_pages import governed_page_ids

    return governed_page_ids(owner_work_group__in=work_groups)


class VerbalApproval(PageRevisionRecord):
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("approved by"),
    )
    given_at = models.DateTimeField(_("approval given at"))
    channel = models.CharField(
        _("how it was given"), max_length=20, choices=VerbalApprovalChannel.choices
    )
    urgency = models.TextField(_("why it is urgent"))
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    form_due = models.DateField(_("written request form due"))
    form_filed_at = models.DateTimeField(_("written request form filed"), null=True, blank=True)

    objects = VerbalApprovalQuerySet.as_manager()

    class Meta:
        verbose_name = _("verbal approval")
        verbose_name_plural = _("verbal approvals")
        ordering = ["form_due", "pk"]

    @property
    def is_overdue(self):
        return self.form_filed_at is None and self.form_due < timezone.localdate()

    @property
    def is_published(self):
        return self.page.live_revision_id == self.revision_id


def form_due_days():
    return settings.KHAOSAN_URGENT_FORM_DUE_DAYS


def may_record(user, page):
    """A head of the page's owner work group, who did not write the revision themselves."""
    revision = page.get_latest_revision()
    group_id = getattr(page.specific_deferred, "owner_work_group_id", None)
    return bool(
        revision
        and group_id
        and user.is_active
        and revision.user_id != user.pk
        and WorkGroup.objects.filter(pk=group_id, heads=user).exists()
    )


def may_publish(user, approval):
    """A webmaster who neither wrote the revision nor gave the approval."""
    return (
        user.is_active
        and roles.has_role(user, roles.WEBMASTER)
        and user.pk not in (approval.revision.user_id, approval.approved_by_id)
    )


def record_verbal_approval(page, user, *, given_at, channel, urgency):
    """Record ``user``'s verbal approval of the page's latest revision and tell the webmasters."""
    approval = VerbalApproval.objects.create(
        page=page,
        revision=page.get_latest_revision(),
        approved_by=user,
        given_at=given_at,
        channel=channel,
        urgency=urgency,
        form_due=timezone.localdate() + timedelta(days=form_due_days()),
    )
    log(
        instance=page.specific,
        action=audit.VERBAL_APPROVAL,
        user=user,
        revision=approval.revision,
        data={
            "reason": urgency,
            "channel": channel,
            "given_at": given_at.isoformat(),
            "form_due": approval.form_due.isoformat(),
        },
    )
    _tell_webmasters(approval)
    return approval


def publish_urgently(approval, user):
    """Publish the verbally approved revision (the gate checks it like any other), until its own
    expiry or its type's default one."""
    from .currency.policy import expiry_for_approval

    expiry_for_approval(approval.revision)
    return approval.revision.publish(user=user, skip_permission_checks=True)


def file_forms_of(page, user=None):
    """The written request for ``page`` completed the workflow: its verbal approvals are filed."""
    now = timezone.now()
    for approval in VerbalApproval.objects.awaiting_form().filter(page=page):
        approval.form_filed_at = now
        approval.save(update_fields=["form_filed_at"])
        log(
            instance=page.specific,
            action=audit.REQUEST_FILED,
            user=user,
            data={"verbal_approval": approval.pk},
        )


def _tell_webmasters(approval):
    webmasters = roles.role_group(roles.WEBMASTER).user_set.filter(is_active=True)
    recipients = [u.email for u in webmasters if u.email and u.pk != approval.revision.user_id]
    if not recipients:
        return
    context = {
        "approval": approval,
        "form_due": thai_strftime(
            datetime.combine(approval.form_due, datetime.min.time()), "%-d %B %Y"
        ),
        "page": approval.page,
        "publish_url": settings.WAGTAILADMIN_BASE_URL
        + reverse("khaosan_urgent_publish", args=[approval.pk]),
    }
    send_mail(
        subject=render_to_string("governance/email/verbal_approval_subject.txt", context).strip(),
        message=render_to_string("governance/email/verbal_approval.txt", context),
        from_email=None,
        recipient_list=recipients,
    )


def on_workflow_approved(sender, instance, user=None, **kwargs):
    """``workflow_approved`` receiver: an approved request files the page's pending forms."""
    file_forms_of(instance.content_object, user=user)
