"""Which findings block publication and which only warn (issue #5), changeable by site
administrators with SeverityRule rows: the most specific rule for a category wins, an
administrator's over the default at the same level."""

from functools import cache

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .findings import BLOCK, UNREADABLE, WARN
from .models import SeverityRule

DEFAULTS = {
    "pii.national_id": BLOCK,
    "pii.bank_account": BLOCK,
    "pii.passport": BLOCK,
    "pii.sensitive": BLOCK,
    "prohibited": BLOCK,
    "pii.person_name": WARN,
    "pii.phone": WARN,
    "pii.email": WARN,
    "pii.address": WARN,
    "pii.birth_date": WARN,
    UNREADABLE: WARN,
}


@cache
def rules():
    """The defaults with the administrators' rules over them."""
    return {**DEFAULTS, **dict(SeverityRule.objects.values_list("category", "severity"))}


def severity_for(category):
    """The severity of ``category``: its own rule, else its nearest prefix's, else block
    (an unknown kind of finding is not let through unseen)."""
    mapping = rules()
    parts = category.split(".")
    for length in range(len(parts), 0, -1):
        prefix = ".".join(parts[:length])
        if prefix in mapping:
            return mapping[prefix]
    return BLOCK


@receiver(post_save, sender=SeverityRule)
@receiver(post_delete, sender=SeverityRule)
def _forget(**kwargs):
    rules.cache_clear()
