"""Work groups (กลุ่มงาน): who requests publication and who approves it.

An agency's site has work groups; staff belong to one or more, and each group has one or more
heads. Approval is scoped by work group: a head acts only on requests of the groups they head.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkGroupQuerySet(models.QuerySet):
    def headed_by(self, user):
        return self.filter(heads=user)

    def with_member(self, user):
        return self.filter(members=user)


class WorkGroup(models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site",
        on_delete=models.CASCADE,
        related_name="work_groups",
        verbose_name=_("agency site"),
    )
    name = models.CharField(_("name"), max_length=255)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="work_groups",
        blank=True,
        verbose_name=_("members"),
        help_text=_("Staff who request publication for this work group."),
    )
    heads = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="headed_work_groups",
        verbose_name=_("heads"),
        help_text=_("Group heads who approve this work group's requests."),
    )

    objects = WorkGroupQuerySet.as_manager()

    class Meta:
        verbose_name = _("work group")
        verbose_name_plural = _("work groups")
        ordering = ["site", "name"]
        constraints = [
            models.UniqueConstraint(fields=["site", "name"], name="unique_work_group_per_site"),
        ]

    def __str__(self):
        return self.name


class PageRevisionRecord(models.Model):
    """Something recorded about one revision of one page (a verbal approval, an override)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("revision"),
    )

    class Meta:
        abstract = True

    def __str__(self):
        return str(self.page)


# The other models live beside their rules: workflow, rejections, the urgent path, overrides,
# staff positions, currency (expiry, reviews, reminders).
from .compliance.models import ComplianceSettings, ComplianceSnapshot, MonthlyReport  # noqa: E402
from .currency.notices import Notice  # noqa: E402
from .currency.policy import PublicationPolicy  # noqa: E402
from .currency.reviews import PageReview  # noqa: E402
from .overrides import PublicationOverride  # noqa: E402
from .rejections import Rejection, RejectionReason  # noqa: E402
from .screening.reviews import (  # noqa: E402
    ScreeningAcknowledgement,
    ScreeningOverride,
    ScreeningRecord,
)
from .staff import StaffProfile  # noqa: E402
from .urgent import VerbalApproval  # noqa: E402
from .workflow import CIOApprovalTask, GroupHeadApprovalTask, WebmasterPublishTask  # noqa: E402

__all__ = [
    "CIOApprovalTask",
    "ComplianceSettings",
    "ComplianceSnapshot",
    "MonthlyReport",
    "GroupHeadApprovalTask",
    "Notice",
    "PageReview",
    "PublicationPolicy",
    "PublicationOverride",
    "Rejection",
    "RejectionReason",
    "ScreeningAcknowledgement",
    "ScreeningOverride",
    "ScreeningRecord",
    "StaffProfile",
    "VerbalApproval",
    "WebmasterPublishTask",
    "WorkGroup",
]
from .screening.models import LexiconTerm, SeverityRule  # noqa: E402, F401
