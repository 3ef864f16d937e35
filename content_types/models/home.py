"""The agency's front page."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

LATEST_PER_SECTION = 3


class HomePage(Page):
    """The root of an agency site: a welcome, then a section per information category."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def sections(self):
        """Each live category page under home with its latest live items, newest first."""
        sections = []
        for category in self.get_children().live().public().in_menu():
            latest = (
                category.get_children()
                .live()
                .public()
                .order_by("-first_published_at")[:LATEST_PER_SECTION]
            )
            sections.append((category, list(latest)))
        return sections
