"""The agency's front page."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from governance.gate_backstop import GatedPublishMixin

LATEST_PER_SECTION = 3


class HomePage(GatedPublishMixin, Page):
    """The root of an agency site: a welcome, then a section per information category."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def categories(self):
        """The live pages in the menu: those that hold items get a section with their latest
        items, newest first; single pages (contact, e-Service...) are listed together."""
        sections, single_pages = [], []
        for category in self.get_children().live().public().in_menu():
            latest = list(
                category.get_children()
                .live()
                .public()
                .order_by("-first_published_at")[:LATEST_PER_SECTION]
            )
            if latest:
                sections.append((category, latest))
            else:
                single_pages.append(category)
        return {"sections": sections, "single_pages": single_pages}
