"""Procurement (seed 004 clause 1.9; ITA O20-O21; OIA s.9(8)): announcements from invitation to
contract, and the monthly procurement summary (form สขร.1), under their own index.
"""

import re

from django import forms
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from pythainlp.util import thai_digit_to_arabic_digit
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable

from ..forms import GovernedPageForm
from .governed import GovernedPage, end_of_day
from .listing import ListingPage

#: Fiscal years run October to September: the summary's month choices follow that order.
FISCAL_MONTHS = [(month, MONTHS[month]) for month in (10, 11, 12, *range(1, 10))]


class ProcurementMethod(models.TextChoices):
    E_BIDDING = "e_bidding", _("e-bidding")
    SELECTION = "selection", _("Selection method")
    SPECIFIC = "specific", _("Specific method")
    E_MARKET = "e_market", _("e-market")
    PRICE_COMPETITION = "price_competition", _("Price competition")


class ProcurementStatus(models.TextChoices):
    ANNOUNCED = "announced", _("Invitation announced")
    UNDER_CONSIDERATION = "under_consideration", _("Under consideration")
    WINNER_ANNOUNCED = "winner_announced", _("Winner announced")
    CONTRACT_SIGNED = "contract_signed", _("Contract signed")
    CANCELLED = "cancelled", _("Cancelled")


#: What each status needs before it may be published, beyond the category's usual rules.
FIELDS_REQUIRED_BY_STATUS = {
    ProcurementStatus.ANNOUNCED: ("closing_date",),
    ProcurementStatus.WINNER_ANNOUNCED: ("winner_name", "contract_amount"),
    ProcurementStatus.CONTRACT_SIGNED: ("winner_name", "contract_amount"),
}
STATUS_REQUIREMENT_MESSAGES = {
    "closing_date": _("Give the closing date for offers while the invitation is open."),
    "winner_name": _("Name the winner: a winner announcement or a signed contract needs one."),
    "contract_amount": _("Give the price agreed with the winner."),
}


def unmet_status_requirements(status, value_of):
    """{field name: message} for the fields ``status`` needs that are empty; ``value_of(name)``
    reads a field from the page or from a form's cleaned data."""
    return {
        name: STATUS_REQUIREMENT_MESSAGES[name]
        for name in FIELDS_REQUIRED_BY_STATUS.get(status, ())
        if value_of(name) in (None, "")
    }


egp_number_validator = RegexValidator(
    r"^\d{11,12}$",
    _("An e-GP project number is 11 or 12 digits, e.g. 69019012345."),
)


def amount_field(verbose_name, **kwargs):
    """An amount in baht, satang included."""
    return models.DecimalField(
        verbose_name,
        max_digits=15,
        decimal_places=2,
        validators=[MinValueValidator(0)],
        **kwargs,
    )


class ProcurementPageForm(GovernedPageForm):
    def clean_egp_number(self):
        """Accept the number as people copy it: Thai digits, spaces or hyphens."""
        value = thai_digit_to_arabic_digit(self.cleaned_data.get("egp_number") or "")
        return re.sub(r"[\s-]", "", value)

    def clean(self):
        cleaned_data = super().clean()
        if not self.is_deferred_validation:
            unmet = unmet_status_requirements(cleaned_data.get("status"), cleaned_data.get)
            for name, message in unmet.items():
                if name not in self.errors:
                    self.add_error(name, message)
        return cleaned_data


class ProcurementPage(GovernedPage):
    """ประกาศจัดซื้อจัดจ้าง: one procurement, from the invitation to the signed contract."""

    information_date_required = True
    fiscal_year_applies = True
    #: No fixed period: an open invitation ends at its closing date (``default_expire_at``).
    default_publication_period = None
    expiry_follows = _("the closing date")

    project_name = models.CharField(_("project name"), max_length=500)
    egp_number = models.CharField(
        _("e-GP project number"),
        # room for the spaces and hyphens people paste; the form strips them before validation
        max_length=20,
        blank=True,
        validators=[egp_number_validator],
        help_text=_("The project number in the e-GP system: 11 or 12 digits."),
    )
    method = models.CharField(
        _("procurement method"), max_length=24, choices=ProcurementMethod.choices
    )
    budget = amount_field(_("budget (baht)"), null=True)
    reference_price = amount_field(_("reference price (baht)"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=24,
        choices=ProcurementStatus.choices,
        default=ProcurementStatus.ANNOUNCED,
    )
    closing_date = models.DateField(_("closing date for offers"), null=True, blank=True)
    winner_name = models.CharField(_("winner"), max_length=255, blank=True)
    contract_amount = amount_field(_("agreed price (baht)"), null=True, blank=True)

    category_panels = [
        FieldPanel("project_name"),
        FieldRowPanel([FieldPanel("egp_number"), FieldPanel("method")]),
        FieldRowPanel([FieldPanel("budget"), FieldPanel("reference_price")]),
        FieldRowPanel([FieldPanel("status"), FieldPanel("closing_date")]),
        FieldRowPanel([FieldPanel("winner_name"), FieldPanel("contract_amount")]),
    ]
    base_form_class = ProcurementPageForm
    parent_page_types = ["content_types.ProcurementIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("procurement announcement")
        verbose_name_plural = _("procurement announcements")

    def listing_label(self):
        return self.get_status_display()

    def default_expire_at(self):
        """The end of the closing date (Asia/Bangkok, an aware datetime) while the invitation is
        open; otherwise None, so the page stays published.

        The rule: only an open invitation ("announced") goes out of date at its closing date.
        Once the procurement moves on — under consideration, winner announced, contract signed
        or cancelled — the page records an outcome the public and ITA O20 need for the fiscal
        year, so it stays up until replaced or taken down by hand."""
        if self.status == ProcurementStatus.ANNOUNCED and self.closing_date:
            return end_of_day(self.closing_date)
        return None

    def missing_requirements(self):
        unmet = super().missing_requirements()
        unmet.update(unmet_status_requirements(self.status, lambda name: getattr(self, name)))
        return unmet

    def searchable_texts(self):
        yield from super().searchable_texts()
        yield self.project_name
        yield self.egp_number
        yield self.winner_name


class ProcurementSummaryPageForm(GovernedPageForm):
    def clean_summary_document(self):
        document = self.cleaned_data.get("summary_document")
        if document is not None and document.file_extension.lower() != "pdf":
            raise forms.ValidationError(_("Attach the signed summary form as a PDF file."))
        return document


class ProcurementSummaryPage(GovernedPage):
    """สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1): a month's procurements, as OIA s.9(8) asks."""

    information_date_required = True
    fiscal_year_applies = True
    #: A record open for inspection: it stays up until replaced.
    default_publication_period = None

    month = models.PositiveSmallIntegerField(_("month"), choices=FISCAL_MONTHS, null=True)
    summary_document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("signed summary form (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    category_panels = [
        FieldPanel("month"),
        InlinePanel("items", heading=_("Procurements this month"), label=_("procurement")),
        FieldPanel("summary_document"),
    ]
    base_form_class = ProcurementSummaryPageForm
    parent_page_types = ["content_types.ProcurementIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("monthly procurement summary")
        verbose_name_plural = _("monthly procurement summaries")

    @property
    def period_label(self):
        """The month with its Buddhist-era calendar year: October-December fall in the year
        before the fiscal year they belong to."""
        if not (self.month and self.fiscal_year):
            return ""
        year = self.fiscal_year - 1 if self.month >= 10 else self.fiscal_year
        return f"{MONTHS[self.month]} {year}"

    def listing_label(self):
        return self._meta.verbose_name

    def searchable_texts(self):
        yield from super().searchable_texts()
        for item in self.items.all():
            yield item.item
            yield item.winner_name


class ProcurementSummaryItem(Orderable):
    """One row of form สขร.1."""

    page = ParentalKey(ProcurementSummaryPage, on_delete=models.CASCADE, related_name="items")
    item = models.CharField(_("work procured"), max_length=500)
    budget = amount_field(_("budget (baht)"), null=True)
    method = models.CharField(
        _("procurement method"), max_length=24, choices=ProcurementMethod.choices
    )
    bidders = models.TextField(
        _("bidders and their prices"), help_text=_("One bidder a line, with the price offered.")
    )
    winner_name = models.CharField(_("selected bidder"), max_length=255)
    winning_price = amount_field(_("agreed price (baht)"), null=True)
    reason = models.CharField(_("reason for the selection"), max_length=500)
    contract_number = models.CharField(_("contract number"), max_length=100, blank=True)
    contract_date = models.DateField(_("contract date"), null=True, blank=True)

    panels = [
        FieldPanel("item"),
        FieldRowPanel([FieldPanel("budget"), FieldPanel("method")]),
        FieldPanel("bidders"),
        FieldRowPanel([FieldPanel("winner_name"), FieldPanel("winning_price")]),
        FieldPanel("reason"),
        FieldRowPanel([FieldPanel("contract_number"), FieldPanel("contract_date")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("procurement")
        verbose_name_plural = _("procurements")

    @property
    def bidder_lines(self):
        return [line.strip() for line in self.bidders.splitlines() if line.strip()]


class FiscalYearFilterForm(forms.Form):
    fiscal_year = forms.TypedChoiceField(
        label=_("Fiscal year"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, data, years):
        super().__init__(data)
        self.fields["fiscal_year"].choices = [
            ("", _("All fiscal years")),
            *((year, year) for year in years),
        ]


class ProcurementIndexPage(ListingPage):
    """จัดซื้อจัดจ้าง: procurement announcements and monthly summaries, by fiscal year."""

    subpage_types = ["content_types.ProcurementPage", "content_types.ProcurementSummaryPage"]
    listed_types = (ProcurementPage, ProcurementSummaryPage)
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("procurement index")
        verbose_name_plural = _("procurement indexes")

    @staticmethod
    def fiscal_year_of_child():
        return Coalesce(F("procurementpage__fiscal_year"), F("procurementsummarypage__fiscal_year"))

    def get_filter_form(self, request):
        years = (
            self.listed_pages()
            .annotate(year=self.fiscal_year_of_child())
            .exclude(year=None)
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        return FiscalYearFilterForm(request.GET, years=years)

    def filter_listing(self, pages, filters):
        if filters.get("fiscal_year"):
            return pages.annotate(year=self.fiscal_year_of_child()).filter(
                year=filters["fiscal_year"]
            )
        return pages
