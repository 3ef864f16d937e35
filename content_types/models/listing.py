"""``ListingPage``: an index page that lists its live child pages, newest first, 20 a page.

Children are ordered by their information date, read from each listed page type's own table
(``listed_types``), so that items of different types (news and job announcements, procurements
and monthly summaries) sort together in SQL.

A visitor narrows the list with a plain GET form, so the filter works without JavaScript and every
filtered list has its own link. ``kind_filter`` names a choice field of one listed type to filter
by (laws by act, decree...; knowledge by infographic, statistics...); for any other filter a page
type overrides ``get_filter_form`` and ``filter_listing``.
"""

from django import forms
from django.core.paginator import Paginator
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from governance.gate_backstop import GatedPublishMixin

#: Newest information date first (undated last), then newest published.
NEWEST_FIRST = (F("listing_date").desc(nulls_last=True), F("first_published_at").desc(), "-pk")


class KindFilterForm(forms.Form):
    """Narrows a listing to one value of the choice field ``ListingPage.kind_filter`` names."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)

    def __init__(self, data, choices):
        super().__init__(data, auto_id="%s-filter")
        self.fields["kind"].choices = [("", _("All kinds")), *choices]


class ListingPage(GatedPublishMixin, Page):
    """Subclasses set ``listed_types`` and, to let visitors filter by kind, ``kind_filter``."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content_types.HomePage"]

    #: The page types listed, in the order their information dates are looked up.
    listed_types = ()
    #: ``(page type, field name)``: a choice field of a listed type visitors can filter by.
    kind_filter = None
    listing_order = NEWEST_FIRST
    per_page = 20

    class Meta:
        abstract = True

    def listed_pages(self):
        """Live public children, annotated with ``listing_date``, in ``listing_order``."""
        dates = [F(f"{model._meta.model_name}__information_date") for model in self.listed_types]
        return (
            Page.objects.child_of(self)
            .live()
            .public()
            .type(*self.listed_types)
            .annotate(listing_date=Coalesce(*dates) if len(dates) > 1 else dates[0])
            .order_by(*self.listing_order)
        )

    def get_filter_form(self, request):
        """The form a visitor narrows the list with, built from ``request.GET``; None for none."""
        if self.kind_filter is None:
            return None
        model, field_name = self.kind_filter
        return KindFilterForm(request.GET, choices=model._meta.get_field(field_name).choices)

    def filter_listing(self, pages, filters):
        """Narrow ``pages`` by the filter form's cleaned data."""
        if self.kind_filter is not None and filters.get("kind"):
            model, field_name = self.kind_filter
            return pages.filter(**{f"{model._meta.model_name}__{field_name}": filters["kind"]})
        return pages

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.get_filter_form(request)
        pages = self.listed_pages()
        # An unknown value lists everything rather than failing; the form says what was wrong.
        if form is not None and form.is_valid():
            pages = self.filter_listing(pages, form.cleaned_data)
        paginator = Paginator(pages.specific(), self.per_page)
        context["filter_form"] = form
        # get_page() turns a missing or broken page number into the first or last page.
        context["listing"] = paginator.get_page(request.GET.get("page"))
        return context
