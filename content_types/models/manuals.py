"""Manuals: the staff's operating manuals (seed 004 clause 1.7) and the citizen service manuals
(seed 004 clause 1.8).

An operating manual must be downloadable, so it cannot go live without its document. A service
manual explains a service step by step (what happens, how long it takes), with the fee, the
documents to bring, where to apply and the law it rests on: what the public needs before they
come, and what an ITA assessor looks for.
"""

from datetime import timedelta

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from .governed import GovernedPage
from .listing import ListingPage

SERVICE_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class OperatingManualPage(GovernedPage):
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("manual document"),
        help_text=_("The manual people download, e.g. a PDF file."),
        # null so that a draft can be saved before the file is ready; publishing needs it.
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    version = models.CharField(
        _("version"),
        max_length=100,
        blank=True,
        help_text=_('Written out in full, e.g. "2nd edition, 2569"'),
    )

    information_date_required = True
    default_publication_period = None
    review_interval = timedelta(days=365)

    category_panels = [FieldPanel("document"), FieldPanel("version")]

    parent_page_types = ["content_types.OperatingManualIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("operating manual")
        verbose_name_plural = _("operating manuals")

    def listing_label(self):
        return self.version

    def searchable_texts(self):
        yield from super().searchable_texts()
        yield self.version
        if self.document:
            yield self.document.title


class OperatingManualIndexPage(ListingPage):
    listed_types = (OperatingManualPage,)

    subpage_types = ["content_types.OperatingManualPage"]

    class Meta:
        verbose_name = _("operating manuals index")
        verbose_name_plural = _("operating manuals indexes")


class ServiceManualPage(GovernedPage):
    total_time = models.CharField(
        _("total time taken"), max_length=100, help_text=_('e.g. "30 working days"')
    )
    fees = models.CharField(
        _("fees"),
        max_length=255,
        help_text=_('The fee and how to pay it, or "No fee".'),
    )
    service_channels = RichTextField(
        _("where and how to apply"),
        features=SERVICE_TEXT_FEATURES,
        help_text=_("The offices, opening hours, phone numbers or e-Service links."),
    )
    legal_basis = RichTextField(_("legal basis"), features=SERVICE_TEXT_FEATURES, blank=True)

    default_publication_period = None
    review_interval = timedelta(days=365)

    category_panels = [
        FieldPanel("total_time"),
        FieldPanel("fees"),
        InlinePanel("steps", min_num=1, label=_("Service steps")),
        InlinePanel("required_documents", label=_("Documents required")),
        FieldPanel("service_channels"),
        FieldPanel("legal_basis"),
    ]

    parent_page_types = ["content_types.ServiceManualIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("citizen service manual")
        verbose_name_plural = _("citizen service manuals")

    def searchable_texts(self):
        yield from super().searchable_texts()
        yield self.fees
        for step in self.steps.all():
            yield step.title
            yield step.description
        for document in self.required_documents.all():
            yield document.name
        yield strip_tags(self.service_channels)
        yield strip_tags(self.legal_basis)


class ServiceStep(Orderable):
    page = ParentalKey(ServiceManualPage, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("step"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    duration = models.CharField(
        _("time taken"), max_length=100, blank=True, help_text=_('e.g. "1 working day"')
    )

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("duration")]

    class Meta(Orderable.Meta):
        verbose_name = _("service step")
        verbose_name_plural = _("service steps")


class ServiceRequiredDocument(Orderable):
    page = ParentalKey(
        ServiceManualPage, on_delete=models.CASCADE, related_name="required_documents"
    )
    name = models.CharField(_("document"), max_length=255)
    note = models.CharField(
        _("copies and remarks"),
        max_length=255,
        blank=True,
        help_text=_('e.g. "original and 1 copy"'),
    )

    panels = [FieldPanel("name"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("document required")
        verbose_name_plural = _("documents required")


class ServiceManualIndexPage(ListingPage):
    listed_types = (ServiceManualPage,)
    listing_order = ("-first_published_at",)

    subpage_types = ["content_types.ServiceManualPage"]

    class Meta:
        verbose_name = _("citizen service manuals index")
        verbose_name_plural = _("citizen service manuals indexes")
