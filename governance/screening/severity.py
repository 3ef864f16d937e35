"""Which findings block publication and which only warn (issue #5), changeable by site
administrators with SeverityRule rows: the most specific rule for a category wins, an
administrator's over the default at the same level."""

from .findings import BLOCK, UNREADABLE, WARN
from .managed import Managed
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


def _with_administrators_rules(rules):
    return {**DEFAULTS, **dict(rules.values_list("category", "severity"))}


_rules = Managed(SeverityRule, _with_administrators_rules)


def current_rules():
    """The category -> severity mapping in use."""
    return _rules.get()


def severity_for(category, rules=None):
    """The severity of ``category``: its own rule, else its nearest prefix's, else block
    (an unknown kind of finding is not let through unseen)."""
    mapping = rules or current_rules()
    parts = category.split(".")
    for length in range(len(parts), 0, -1):
        prefix = ".".join(parts[:length])
        if prefix in mapping:
            return mapping[prefix]
    return BLOCK
