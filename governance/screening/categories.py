"""The screener's finding categories as people read them."""

from django.utils.translation import gettext_lazy as _

from .findings import UNREADABLE

LABELS = {
    "pii.national_id": _("national ID number"),
    "pii.phone": _("phone number"),
    "pii.email": _("email address"),
    "pii.bank_account": _("bank account number"),
    "pii.passport": _("passport number"),
    "pii.address": _("home address"),
    "pii.birth_date": _("date of birth"),
    "pii.person_name": _("person's name"),
    "pii.sensitive.health": _("health data of a person"),
    "pii.sensitive.criminal": _("criminal record of a person"),
    "pii.sensitive.religion": _("religion of a person"),
    "pii.sensitive.ethnicity": _("ethnicity of a person"),
    "pii.sensitive.political": _("political opinion of a person"),
    "pii.sensitive.sexual": _("sexual behaviour of a person"),
    "pii.sensitive.disability": _("disability of a person"),
    "pii.sensitive.union": _("trade-union membership of a person"),
    "pii.sensitive.genetic": _("genetic data of a person"),
    "pii.sensitive.biometric": _("biometric data of a person"),
    "prohibited.monarchy": _("content against the monarchy"),
    "prohibited.security": _("content against national security"),
    "prohibited.public_order": _("content against public order"),
    "prohibited.obscene": _("obscene content"),
    "prohibited.gambling": _("gambling content"),
    UNREADABLE: _("file that cannot be checked automatically"),
}


def label(category):
    return LABELS.get(category, category)
