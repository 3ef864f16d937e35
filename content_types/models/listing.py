"""``ListingPage``: an index page that lists its live child pages, newest first, 20 a page.

A visitor can narrow the list by the children's ``kind`` field (laws by act, decree...; knowledge
by infographic, statistics...) with a plain GET form, so the filter works without JavaScript and
every filtered list has its own link.
"""

from django.core.paginator import Paginator
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

NEWEST_FIRST = (F("information_date").desc(nulls_last=True), F("first_published_at").desc())


class ListingPage(Page):
    """Subclasses set ``listed_model`` (the child page type) and, to filter, ``kind_field``."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    #: The child page type listed.
    listed_model = None
    #: The child field a visitor can filter by, or None for no filter.
    kind_field = None
    listing_order = NEWEST_FIRST
    per_page = 20

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content_types.HomePage"]

    class Meta:
        abstract = True

    def kind_choices(self):
        if self.kind_field is None:
            return []
        return self.listed_model._meta.get_field(self.kind_field).choices

    def listed_pages(self, kind=""):
        pages = self.listed_model.objects.child_of(self).live().public()
        if kind:
            pages = pages.filter(**{self.kind_field: kind})
        return pages.order_by(*self.listing_order)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kind_choices = self.kind_choices()
        kind = request.GET.get("kind", "")
        if kind not in dict(kind_choices):
            kind = ""
        paginator = Paginator(self.listed_pages(kind), self.per_page)
        context.update(
            kind=kind,
            kind_choices=kind_choices,
            # get_page() turns a missing or broken page number into the first or last page.
            page_obj=paginator.get_page(request.GET.get("page")),
        )
        return context
