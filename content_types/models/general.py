"""A general page, for information that fits no more specific category."""

from django.utils.translation import gettext_lazy as _

from .governed import GovernedPage


class GeneralPage(GovernedPage):
    parent_page_types = ["content_types.HomePage", "content_types.GeneralPage"]

    class Meta:
        verbose_name = _("general page")
        verbose_name_plural = _("general pages")
