"""What makes a page *governed*: the fields the publishing rules read, and what those rules ask.

Seed 004 clause 2.2 wants every item current, correct and complete, naming its source and its
date; seed 000 clause 2 (2) and (4) want laws to show their source and knowledge items their source,
date and time; important or emergency items also go to the CIO (seed 000 clause 2 (2)-(3)).

Page types in ``content_types`` inherit ``GovernedMixin`` and set the class attributes below to
say which rules apply to them; a rule that depends on the item (a fiscal year needed only for some
topics) may be a property instead. ``governance`` works on anything that is a ``GovernedMixin``; it
never imports a concrete page type.
"""

from datetime import datetime, timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import WorkGroup


class GovernedMixin(models.Model):
    """Fields every governed page carries. Add to a ``Page`` subclass; see ``content_types``."""

    #: The category requires a stated source (laws, knowledge and statistics).
    source_required = False
    #: The category requires a source link or a reference (a law's gazette reference).
    source_link_required = False
    #: The category requires the information's date (and shows its time when given).
    information_date_required = False
    #: The item belongs to a fiscal year (plans, budgets, reports), which is then required.
    fiscal_year_applies = False
    #: How long an item stays published by default; ``None`` = until replaced. A site
    #: administrator may set another per type (``governance.currency.policy``).
    default_publication_period = timedelta(days=365)
    #: How often the owner must confirm the item is still current (also settable per type).
    review_interval = timedelta(days=365)
    #: What ends an item of this type instead of a period, e.g. ``_("the closing date")``; the
    #: type then defines ``default_expire_at`` itself.
    expiry_follows = None

    owner_work_group = models.ForeignKey(
        WorkGroup,
        verbose_name=_("owner work group"),
        help_text=_("The work group that owns this information; its head approves it."),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    source_name = models.CharField(
        _("information source"),
        max_length=255,
        blank=True,
        help_text=_("Who issued or produced this information, e.g. the agency or the ministry."),
    )
    source_url = models.URLField(_("source link"), max_length=500, blank=True)
    source_reference = models.CharField(
        _("source reference"),
        max_length=255,
        blank=True,
        help_text=_("e.g. Royal Gazette volume, section and page, or a document number."),
    )
    information_date = models.DateField(_("information date"), null=True, blank=True)
    information_time = models.TimeField(_("information time"), null=True, blank=True)
    fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year (B.E.)"),
        null=True,
        blank=True,
        help_text=_("Buddhist-era fiscal year, e.g. 2569."),
    )
    is_important = models.BooleanField(
        _("important or emergency"),
        default=False,
        help_text=_("Important or emergency items also need the CIO's approval."),
    )

    # The publication request form of seed 004 (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์). Page
    # fields, so every revision keeps the form it was submitted with; see governance.request_pdf.
    information_owner_name = models.CharField(
        _("information owner"),
        max_length=255,
        blank=True,
        help_text=_("The person responsible for this information, who signs the request."),
    )
    information_owner_position = models.CharField(
        _("information owner's position"), max_length=255, blank=True
    )
    request_external_link = models.URLField(
        _("external link"),
        max_length=500,
        blank=True,
        help_text=_("A page elsewhere that this item links to or repeats, if any."),
    )
    request_note = models.TextField(_("note to the approvers"), blank=True)

    class Meta:
        abstract = True

    @property
    def information_datetime(self):
        """The information date with its time, when a time is given."""
        if self.information_date and self.information_time:
            return datetime.combine(self.information_date, self.information_time)
        return self.information_date

    def publication_period(self):
        """How long this item stays published: its type's period (``None``: until replaced)."""
        from .currency.policy import periods_of

        return periods_of(type(self)).publication_period

    def default_expire_at(self):
        """When this item leaves the site unless the approver says otherwise: its publication
        period counted from its scheduled go-live time, else its first publication, else now.
        An aware datetime, or ``None`` for an item that stays until replaced."""
        period = self.publication_period()
        if period is None:
            return None
        return (self.go_live_at or self.first_published_at or timezone.now()) + period

    def missing_requirements(self):
        """The category's rules this item does not meet yet, as {field name: Thai message}."""
        unmet = {
            "source_name": self.source_required and not self.source_name.strip(),
            "source_reference": self.source_link_required
            and not (self.source_url or self.source_reference.strip()),
            "information_date": self.information_date_required and not self.information_date,
            "fiscal_year": self.fiscal_year_applies and not self.fiscal_year,
        }
        return {name: REQUIREMENT_MESSAGES[name] for name, is_unmet in unmet.items() if is_unmet}

    def missing_request_fields(self):
        """The request form's fields still empty, as {field name: Thai message}: the form names
        who is responsible for the information before anyone may approve it."""
        return {
            name: message
            for name, message in REQUEST_FIELD_MESSAGES.items()
            if not getattr(self, name).strip()
        }


REQUIREMENT_MESSAGES = {
    "source_name": _("State the source of this information."),
    "source_reference": _("Give a link to the source or a reference such as the Royal Gazette."),
    "information_date": _("Give the date of this information."),
    "fiscal_year": _("Give the fiscal year (B.E.) this item belongs to."),
}

REQUEST_FIELD_MESSAGES = {
    "information_owner_name": _("Name the person responsible for this information."),
    "information_owner_position": _("Give the position of the person responsible for it."),
}
