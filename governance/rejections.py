"""Sending a request back (seed 004 clause 2.2.3): always with at least one reason from a managed
list plus an explanation, recorded with the step, shown in the page's history, and emailed to
the requester in Thai."""

from django import forms
from django.conf import settings
from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import TaskState

from cms.operations.tasks import send_mail

from . import audit

# Seed 004 clause 2.2.3 names the first two; the rest follow from the seeds' rules.
DEFAULT_REASONS = (
    "รูปแบบไฟล์ไม่ถูกต้องตามที่อนุญาต",
    "ไม่เกี่ยวข้องกับภารกิจของหน่วยงาน",
    "ไม่ระบุแหล่งที่มาหรือวันที่ของข้อมูล",
    "มีข้อมูลส่วนบุคคลที่ไม่ควรเผยแพร่",
    "มีเนื้อหาต้องห้าม",
    "ข้อมูลไม่เป็นปัจจุบัน",
    "ข้อมูลไม่ถูกต้องหรือไม่ครบถ้วน",
)


class RejectionReason(models.Model):
    """One entry of the managed list of reasons; site administrators edit it under Snippets."""

    text = models.CharField(_("reason"), max_length=255, unique=True)
    active = models.BooleanField(_("in use"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "text"]
        verbose_name = _("rejection reason")
        verbose_name_plural = _("rejection reasons")

    def __str__(self):
        return self.text


class Rejection(models.Model):
    """The reasons a step was sent back with (its explanation is the step's comment)."""

    task_state = models.OneToOneField(
        TaskState, on_delete=models.CASCADE, related_name="rejection", verbose_name=_("step")
    )
    reasons = models.ManyToManyField(RejectionReason, verbose_name=_("reasons"))

    class Meta:
        verbose_name = _("rejection")
        verbose_name_plural = _("rejections")

    def __str__(self):
        return ", ".join(str(reason) for reason in self.reasons.all())


class RejectForm(forms.Form):
    reasons = forms.ModelMultipleChoiceField(
        label=_("Reasons"),
        queryset=RejectionReason.objects.filter(active=True),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one reason.")},
    )
    comment = forms.CharField(
        label=_("Explanation for the requester"),
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": _("Explain what should be changed.")},
    )

    def clean_reasons(self):
        """The reasons' ids: the editor's dialog sends the cleaned data back as JSON."""
        return [reason.pk for reason in self.cleaned_data["reasons"]]


def reject_with_reasons(task_state, user, reasons, comment):
    """Send the step back, record why (in the page's history too), and tell the requester."""
    reasons = list(RejectionReason.objects.filter(pk__in=[getattr(r, "pk", r) for r in reasons]))
    summary = "; ".join(reason.text for reason in reasons)
    task_state.reject(user=user, comment=f"{summary} — {comment}")
    Rejection.objects.create(task_state=task_state).reasons.set(reasons)
    page = task_state.workflow_state.content_object
    log(
        instance=page,
        action=audit.REJECTION_REASONS,
        user=user,
        revision=task_state.revision,
        data={
            "reasons": [reason.text for reason in reasons],
            "reason": comment,
            "task": task_state.task.name,
        },
    )
    requester = task_state.workflow_state.requested_by
    if requester and requester.email:
        context = {
            "page": page,
            "reasons": reasons,
            "comment": comment,
            "approver": user,
            "requester": requester,
            "edit_url": f"{settings.WAGTAILADMIN_BASE_URL}/admin/pages/{page.pk}/edit/",
        }
        send_mail(
            subject=render_to_string("governance/email/rejected_subject.txt", context).strip(),
            message=render_to_string("governance/email/rejected.txt", context),
            from_email=None,
            recipient_list=[requester.email],
        )
