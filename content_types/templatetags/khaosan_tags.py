"""Template filters for the public site: Buddhist-era dates, with Thai digits if the site wants."""

import datetime

from django import template
from django.utils import timezone
from pythainlp.util import arabic_digit_to_thai_digit, thai_strftime
from wagtail.models import Site

from content_types.site_settings import thai_digits_for

register = template.Library()

DATE_FORMAT = "%-d %B %Y"
DATETIME_FORMAT = "%-d %B %Y %H:%M น."


def _thai_digits_wanted(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return site is not None and thai_digits_for(site)


@register.simple_tag(takes_context=True)
def thai_date(context, value, with_time=False):
    """A date or datetime in Thai with the Buddhist-era year: "21 พฤศจิกายน 2569"."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    else:
        value = datetime.datetime.combine(value, datetime.time())
    text = thai_strftime(value, DATETIME_FORMAT if with_time else DATE_FORMAT)
    return arabic_digit_to_thai_digit(text) if _thai_digits_wanted(context) else text


def _home_children(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site.root_page.get_children().live().public()


@register.simple_tag(takes_context=True)
def site_menu(context):
    """The main navigation: the live pages directly under home marked "show in menus"."""
    pages = _home_children(context)
    return pages.in_menu() if pages is not None else []


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Pages directly under home kept out of the menu, such as the policies: in the footer."""
    pages = _home_children(context)
    return pages.not_in_menu() if pages is not None else []
