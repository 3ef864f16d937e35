"""Laws, regulations and rules the agency works under (seed 004 clause 1.3, seed 000 clause 2 (2)).

Both seeds insist a law is published *with its source*: who issued it and where the official
text is, a link or a Royal Gazette reference. A law stays in force until it is repealed, so it
does not expire on its own; the owner still confirms every year that it is current.
"""

from datetime import timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .governed import GovernedPage
from .listing import ListingPage


class LawKind(models.TextChoices):
    """The kinds seed 000 clause 2 (2) names."""

    ACT = "act", _("Act")
    ROYAL_DECREE = "royal_decree", _("Royal decree")
    MINISTERIAL_REGULATION = "ministerial_regulation", _("Ministerial regulation")
    ANNOUNCEMENT = "announcement", _("Announcement")
    REGULATION = "regulation", _("Regulation")
    STANDARD = "standard", _("Standard")
    MANUAL = "manual", _("Manual")
    GUIDELINE = "guideline", _("Guideline")
    CABINET_RESOLUTION = "cabinet_resolution", _("Cabinet resolution")


class LawPage(GovernedPage):
    kind = models.CharField(_("kind of law"), max_length=32, choices=LawKind.choices)

    source_required = True
    source_link_required = True
    information_date_required = True
    default_publication_period = None
    review_interval = timedelta(days=365)

    category_panels = [FieldPanel("kind")]

    parent_page_types = ["content_types.LawIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("law or regulation")
        verbose_name_plural = _("laws and regulations")

    def listing_label(self):
        return self.get_kind_display()

    def searchable_texts(self):
        yield from super().searchable_texts()
        yield self.get_kind_display()
        yield self.source_reference


class LawIndexPage(ListingPage):
    listed_types = (LawPage,)
    kind_filter = (LawPage, "kind")

    subpage_types = ["content_types.LawPage"]

    class Meta:
        verbose_name = _("laws and regulations index")
        verbose_name_plural = _("laws and regulations indexes")
