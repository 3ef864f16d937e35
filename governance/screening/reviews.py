"""What the screener found in each revision, and what people decided about it.

A revision is screened once (its content never changes) and the result kept, with every match
masked: the record itself must not become a second copy of the personal data it found. Block
findings stop the gate until an edit removes them or a group head or the CIO overrides them
with a written justification; warn findings need an approver's acknowledgement.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..models import PageRevisionRecord
from .findings import BLOCK, PASS, WARN


class ScreeningRecord(models.Model):
    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="screening"
    )
    decision = models.CharField(
        _("decision"),
        max_length=5,
        choices=[(PASS, _("pass")), (WARN, _("warn")), (BLOCK, _("block"))],
    )
    #: [{"label": field label, "findings": [{"category", "label", "severity", "masked",
    #: "learned"}]}]
    fields = models.JSONField(default=list)
    screened_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("screening result")
        verbose_name_plural = _("screening results")

    def __str__(self):
        return self.get_decision_display()


class ScreeningOverride(PageRevisionRecord):
    """A group head or the CIO let block findings through, with a justification."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    justification = models.TextField(_("justification"))
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("screening override")
        verbose_name_plural = _("screening overrides")


class ScreeningAcknowledgement(PageRevisionRecord):
    """An approver confirmed they reviewed the warn findings of a revision."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("screening acknowledgement")
        verbose_name_plural = _("screening acknowledgements")
