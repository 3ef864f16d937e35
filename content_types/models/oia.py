"""The Official Information Act centre (ศูนย์ข้อมูลข่าวสารของราชการ), seed 004 clause 1.6.

OIA B.E. 2540 s.7 lists what an agency must publish in the Government Gazette and s.9 (1)-(8)
what it must keep open for inspection. The centre is one page indexing that information by
section; each item points at a page of this site, a document or an outside address, so the
information itself stays in the page type that publishes it.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from .governed import GovernedPage


class OIASection(models.TextChoices):
    """The sections of the Act whose information the centre indexes."""

    S7 = "s7", _("Section 7")
    S9_1 = "s9_1", _("Section 9 (1)")
    S9_2 = "s9_2", _("Section 9 (2)")
    S9_3 = "s9_3", _("Section 9 (3)")
    S9_4 = "s9_4", _("Section 9 (4)")
    S9_5 = "s9_5", _("Section 9 (5)")
    S9_6 = "s9_6", _("Section 9 (6)")
    S9_7 = "s9_7", _("Section 9 (7)")
    S9_8 = "s9_8", _("Section 9 (8)")


SECTION_TITLES = {
    OIASection.S7: _("Information published in the Government Gazette"),
    OIASection.S9_1: _(
        "Decisions that directly affect private persons, with dissenting opinions and the "
        "related orders"
    ),
    OIASection.S9_2: _(
        "Policies and interpretations not required to be published in the Government Gazette"
    ),
    OIASection.S9_3: _("Work plans, projects and the annual budget of the current year"),
    OIASection.S9_4: _(
        "Manuals and orders on the working procedures of state officials that affect the "
        "rights and duties of private persons"
    ),
    OIASection.S9_5: _("Publications referred to under section 7, paragraph two"),
    OIASection.S9_6: _(
        "Concession contracts, monopoly contracts and joint-venture contracts with private "
        "persons for public services"
    ),
    OIASection.S9_7: _(
        "Resolutions of the Council of Ministers and of boards appointed by law or by the "
        "Council of Ministers, with the reports and information relied on"
    ),
    OIASection.S9_8: _("Other information as prescribed by the Official Information Board"),
}

ONE_TARGET_MESSAGE = _("Give exactly one of: a page on this site, a document or an external link.")


class OIACentrePage(GovernedPage):
    """The index of official information, one heading per section, gaps shown as gaps."""

    # A standing index: it stays up; its items come and go with the pages they point at.
    default_publication_period = None

    category_panels = [InlinePanel("oia_items", heading=_("Items by section"), label=_("item"))]

    parent_page_types = ["content_types.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("official information centre")
        verbose_name_plural = _("official information centres")

    def searchable_texts(self):
        yield from super().searchable_texts()
        for item in self.oia_items.all():
            yield item.title

    def public_items(self):
        """Items a visitor may follow: pages that are live, documents, outside links."""
        items = self.oia_items.select_related("link_page", "link_document")
        return [item for item in items if item.is_public]

    def sections(self):
        """Every section of the Act in order, with its description and its public items."""
        items = self.public_items()
        return [
            {
                "key": section.value,
                "label": section.label,
                "title": SECTION_TITLES[section],
                "items": [item for item in items if item.section == section.value],
            }
            for section in OIASection
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = self.sections()
        context["section_7"] = sections[0]
        context["section_9"] = sections[1:]
        return context


class OIAItem(Orderable):
    """One piece of official information, filed under its section, pointing at one target."""

    page = ParentalKey(OIACentrePage, on_delete=models.CASCADE, related_name="oia_items")
    section = models.CharField(_("section"), max_length=8, choices=OIASection.choices)
    title = models.CharField(_("title"), max_length=255)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page on this site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_url = models.URLField(_("external link"), max_length=500, blank=True)

    panels = [
        FieldPanel("section"),
        FieldPanel("title"),
        FieldPanel("link_page"),
        FieldPanel("link_document"),
        FieldPanel("link_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("official information item")
        verbose_name_plural = _("official information items")

    def clean(self):
        super().clean()
        targets = (self.link_page_id, self.link_document_id, self.link_url)
        if sum(1 for target in targets if target) != 1:
            raise ValidationError(ONE_TARGET_MESSAGE)

    @property
    def is_public(self):
        if self.link_page_id:
            return self.link_page.live
        return bool(self.link_document_id or self.link_url)
