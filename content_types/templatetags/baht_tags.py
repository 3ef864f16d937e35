"""Template filters for amounts of money in Thai baht, in figures and in words."""

from decimal import Decimal

from django import template
from django.utils.translation import gettext as _
from pythainlp.util import bahttext

register = template.Library()


@register.filter
def amount(value):
    """A number with thousands separators and satang: "1,250,000.00"."""
    if value is None or value == "":
        return ""
    return f"{Decimal(value):,.2f}"


@register.filter
def baht(value):
    """An amount followed by the currency: "1,250,000.00 บาท"."""
    if value is None or value == "":
        return ""
    return _("%(amount)s baht") % {"amount": amount(value)}


@register.filter
def baht_words(value):
    """An amount in Thai words, as official documents write it: "หนึ่งล้านบาทถ้วน"."""
    if value is None or value == "":
        return ""
    return bahttext(float(value))
