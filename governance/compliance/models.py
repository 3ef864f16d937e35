"""What compliance keeps: each site's settings (which standards apply, its province, MOIT1's
uploaded documents, the report's signer), the monthly completeness snapshots, and the monthly
reports with what the webmaster entered and, once filed, the report as filed."""

import calendar
from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from . import registry

#: Seed 000: "รายงานผลการดำเนินการให้จังหวัดทราบเป็นประจำทุกวันที่ ๒๕ ของเดือน".
REPORT_DUE_DAY = 25


def document_slot(verbose_name, help_text):
    return models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=verbose_name,
        help_text=help_text,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="tasks")
class ComplianceSettings(BaseSiteSetting):
    standards = models.JSONField(
        _("standards that apply"),
        null=True,
        blank=True,
        help_text=_("The standards this agency is assessed on. None chosen yet: the defaults."),
    )
    province = models.CharField(
        _("province"),
        max_length=100,
        blank=True,
        help_text=_("The province whose reviewers read this agency's reports, e.g. สมุทรสาคร."),
    )
    report_signer_name = models.CharField(
        _("report signed by"),
        max_length=255,
        blank=True,
        help_text=_("Who signs the monthly report, unless the report names someone else."),
    )
    report_signer_position = models.CharField(_("signer's position"), max_length=255, blank=True)
    staff_order = document_slot(
        _("order naming the responsible staff"),
        _("The signed order naming the website's responsible staff (MOIT1, seed 000 2.2 (1))."),
    )
    publishing_memo = document_slot(
        _("signed memo and permission to publish"),
        _("The memo with the head's signature approving the publishing guidelines (MOIT1)."),
    )
    monitoring_report = document_slot(
        _("last year's monitoring report"), _("The previous fiscal year's monitoring report.")
    )

    panels = [
        FieldPanel("standards"),
        FieldPanel("province"),
        FieldRowPanel([FieldPanel("report_signer_name"), FieldPanel("report_signer_position")]),
        MultiFieldPanel(
            [
                FieldPanel("staff_order"),
                FieldPanel("publishing_memo"),
                FieldPanel("monitoring_report"),
            ],
            heading=_("Evidence documents"),
        ),
    ]

    class Meta:
        verbose_name = _("compliance settings")

    @classproperty
    def base_form_class(cls):  # noqa: N805 - a class property, read by Wagtail's panels
        from .forms import ComplianceSettingsForm

        return ComplianceSettingsForm

    def standard_keys(self):
        if self.standards is None:
            return registry.default_keys()
        return list(self.standards)


def month_start(day):
    return day.replace(day=1)


def parse_month(text):
    """ "2026-05" -> date(2026, 5, 1)."""
    year, month = text.split("-")
    return date(int(year), int(month), 1)


def month_end(first):
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


class ComplianceSnapshot(models.Model):
    """A site's completeness against one standard in one month (the latest check that month)."""

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    standard = models.CharField(_("standard"), max_length=64)
    month = models.DateField(_("month"))
    score = models.FloatField(_("completeness (%)"))
    met = models.PositiveIntegerField(default=0)
    partial = models.PositiveIntegerField(default=0)
    not_met = models.PositiveIntegerField(default=0)
    results = models.JSONField(default=dict)
    taken_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("compliance snapshot")
        verbose_name_plural = _("compliance snapshots")
        ordering = ["site", "standard", "month"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "standard", "month"], name="unique_compliance_snapshot"
            )
        ]

    def __str__(self):
        return f"{self.site} {self.standard} {self.month:%Y-%m}: {self.score}%"


class MonthlyReport(models.Model):
    """Seed 000's monthly report of one agency: what the webmaster adds to what the site's
    records say (problems, suggestions, the signer), and the report as filed."""

    site = models.ForeignKey(
        "wagtailcore.Site", on_delete=models.CASCADE, related_name="+", verbose_name=_("agency")
    )
    month = models.DateField(_("month"))
    problems = models.TextField(_("problems and obstacles"), blank=True)
    suggestions = models.TextField(_("suggestions"), blank=True)
    signer_name = models.CharField(_("signed by"), max_length=255, blank=True)
    signer_position = models.CharField(_("signer's position"), max_length=255, blank=True)
    filed_at = models.DateTimeField(_("filed at"), null=True, blank=True)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("filed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    #: The report as filed (``report.build(...).as_dict()``): what the province received.
    content = models.JSONField(null=True, blank=True)

    class Meta:
        verbose_name = _("monthly report")
        verbose_name_plural = _("monthly reports")
        ordering = ["-month", "site"]
        constraints = [
            models.UniqueConstraint(fields=["site", "month"], name="unique_monthly_report")
        ]

    def __str__(self):
        return f"{self.site} {self.month:%Y-%m}"

    @property
    def due_date(self):
        return due_date(self.month)


def due_date(month):
    return month.replace(day=REPORT_DUE_DAY)
