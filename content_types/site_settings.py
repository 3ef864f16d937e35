"""Per-site display settings, edited by site administrators under Settings.

Every public page reads them (dates), so they are kept in Django's cache between requests and
forgotten when saved, instead of costing each page view a query.
"""

from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

CACHE_KEY = "khaosan:display-settings:{site_id}"


@register_setting(icon="site")
class DisplaySettings(BaseSiteSetting):
    thai_digits = models.BooleanField(
        _("Thai digits"),
        default=False,
        help_text=_("Show numbers in dates on the public site as Thai digits (๑๒๓)."),
    )

    class Meta:
        verbose_name = _("display settings")


def thai_digits_for(site):
    """Whether ``site`` shows Thai digits, from the cache when it can."""
    return cache.get_or_set(
        CACHE_KEY.format(site_id=site.pk),
        lambda: DisplaySettings.for_site(site).thai_digits,
        timeout=None,
    )


@receiver(post_save, sender=DisplaySettings)
def forget_cached_display_settings(sender, instance, **kwargs):
    cache.delete(CACHE_KEY.format(site_id=instance.site_id))
