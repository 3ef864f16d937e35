"""A general page, for information that fits no more specific category."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class GeneralPage(Page):
    body = RichTextField(_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]

    parent_page_types = ["content_types.HomePage", "content_types.GeneralPage"]

    class Meta:
        verbose_name = _("general page")
        verbose_name_plural = _("general pages")
