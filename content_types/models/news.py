"""News (seed 004 clause 1.9; seed 000 clause 2 (3); ITA O7): PR news, general news, photo news,
alerts and job recruitment announcements, listed newest first on a news index.
"""

from datetime import timedelta

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable

from ..forms import GovernedPageForm
from .governed import GovernedPage, end_of_day
from .listing import ListingPage


class NewsKind(models.TextChoices):
    PR = "pr", _("PR news")
    GENERAL = "general", _("General news")
    PHOTO = "photo", _("Photo news")
    ALERT = "alert", _("Alert")


#: The news index also lists job recruitment announcements under this filter value.
RECRUITMENT = "recruitment"

ALERT_PUBLICATION_PERIOD = timedelta(days=30)
GALLERY_REQUIRED = _("Photo news needs at least one image in its gallery, each with alt text.")
POSITIONS_REQUIRED = _("List at least one position to recruit.")


class NewsFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind of news"),
        required=False,
        choices=[("", _("All news")), *NewsKind.choices, (RECRUITMENT, _("Job recruitment"))],
    )


class NewsPageForm(GovernedPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if (
            not self.is_deferred_validation
            and cleaned_data.get("kind") == NewsKind.PHOTO
            and not self._gallery_size()
        ):
            self.add_error("kind", GALLERY_REQUIRED)
        return cleaned_data

    def _gallery_size(self):
        """How many images the submitted gallery keeps (filled in and not marked deleted)."""
        formset = self.formsets["gallery_images"]
        formset.is_valid()  # cleans every image form; its own errors are shown by the panel
        return sum(
            1
            for form in formset.forms
            if getattr(form, "cleaned_data", None)
            and form.cleaned_data.get("image")
            and not form.cleaned_data.get("DELETE")
        )


class NewsPage(GovernedPage):
    """A news item: its kind, the news date, an optional source, and a gallery for photo news."""

    information_date_required = True
    #: Alerts stay up for ``ALERT_PUBLICATION_PERIOD``; see ``publication_period``.
    default_publication_period = timedelta(days=365)

    kind = models.CharField(
        _("kind of news"), max_length=16, choices=NewsKind.choices, default=NewsKind.GENERAL
    )

    category_panels = [
        FieldPanel("kind"),
        InlinePanel("gallery_images", heading=_("Photo gallery"), label=_("image")),
    ]
    base_form_class = NewsPageForm
    parent_page_types = ["content_types.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def is_alert(self):
        return self.kind == NewsKind.ALERT

    def listing_label(self):
        return self.get_kind_display()

    def publication_period(self):
        """An alert stays up for ``ALERT_PUBLICATION_PERIOD``; other news for the type's period."""
        return ALERT_PUBLICATION_PERIOD if self.is_alert else super().publication_period()

    def missing_requirements(self):
        unmet = super().missing_requirements()
        if self.kind == NewsKind.PHOTO and not self.gallery_images.all():
            unmet["gallery_images"] = GALLERY_REQUIRED
        return unmet

    def searchable_texts(self):
        yield from super().searchable_texts()
        for item in self.gallery_images.all():
            yield item.caption
            yield item.alt_text


class NewsGalleryImage(Orderable):
    """One photo of a photo news item; alt text is required because the photos are the news."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    alt_text = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")


class AnnouncementPage(GovernedPage):
    """ประกาศรับสมัครงาน: a job recruitment announcement, taken down after its closing date."""

    information_date_required = True
    #: No fixed period: the announcement ends with its application period (``default_expire_at``).
    default_publication_period = None
    expiry_follows = _("the closing date")

    application_start = models.DateField(_("applications open"), null=True, blank=True)
    closing_date = models.DateField(_("closing date for applications"), null=True)
    how_to_apply = RichTextField(
        _("how to apply"), features=["bold", "italic", "ol", "ul", "link", "document-link"]
    )

    category_panels = [
        InlinePanel("positions", heading=_("Positions"), label=_("position"), min_num=1),
        FieldRowPanel([FieldPanel("application_start"), FieldPanel("closing_date")]),
        FieldPanel("how_to_apply"),
    ]
    parent_page_types = ["content_types.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("job recruitment announcement")
        verbose_name_plural = _("job recruitment announcements")

    def listing_label(self):
        return _("Job recruitment")

    def default_expire_at(self):
        """The end of the closing date (23:59:59.999999 in Asia/Bangkok, an aware datetime),
        so applicants can read the announcement all through its last day; None without one.

        An approval fills ``expire_at`` from this (``governance.currency.policy``)."""
        return end_of_day(self.closing_date) if self.closing_date else None

    @property
    def is_closed(self):
        expire_at = self.default_expire_at()
        return expire_at is not None and timezone.now() > expire_at

    @property
    def total_posts(self):
        return sum(position.number_of_posts or 0 for position in self.positions.all())

    def missing_requirements(self):
        unmet = super().missing_requirements()
        if not self.positions.all():
            unmet["positions"] = POSITIONS_REQUIRED
        return unmet

    def searchable_texts(self):
        yield from super().searchable_texts()
        yield strip_tags(self.how_to_apply)
        for position in self.positions.all():
            yield position.title
            yield position.qualifications


class RecruitmentPosition(Orderable):
    page = ParentalKey(AnnouncementPage, on_delete=models.CASCADE, related_name="positions")
    title = models.CharField(_("position"), max_length=255)
    number_of_posts = models.PositiveSmallIntegerField(_("number of posts"), default=1)
    qualifications = models.TextField(_("qualifications"))

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("number_of_posts")]),
        FieldPanel("qualifications"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("position")
        verbose_name_plural = _("positions")


class NewsIndexPage(ListingPage):
    """ข่าวสาร: every news item and announcement of the agency, newest first."""

    subpage_types = ["content_types.NewsPage", "content_types.AnnouncementPage"]
    listed_types = (NewsPage, AnnouncementPage)
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def get_filter_form(self, request):
        return NewsFilterForm(request.GET)

    def filter_listing(self, pages, filters):
        kind = filters.get("kind")
        if kind == RECRUITMENT:
            return pages.type(AnnouncementPage)
        if kind:
            return pages.filter(newspage__kind=kind)
        return pages
