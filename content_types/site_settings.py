"""Per-site display settings, edited by site administrators under Settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class DisplaySettings(BaseSiteSetting):
    thai_digits = models.BooleanField(
        _("Thai digits"),
        default=False,
        help_text=_("Show numbers in dates on the public site as Thai digits (๑๒๓)."),
    )

    class Meta:
        verbose_name = _("display settings")
