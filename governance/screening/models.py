"""The screener's managed data: lexicon terms and the category -> severity mapping, edited by
site administrators (registered in wagtail_hooks_screening)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .findings import BLOCK, WARN

PROHIBITED = "prohibited"
SENSITIVE = "sensitive"
PROHIBITION_CUE = "prohibition_cue"
PERSON_REFERENCE = "person_reference"

KIND_CHOICES = [
    (PROHIBITED, _("Prohibited content")),
    (SENSITIVE, _("Sensitive personal data cue")),
    (PROHIBITION_CUE, _("Word that forbids (not prohibited content)")),
    (PERSON_REFERENCE, _("Word that points at one person (for sensitive data)")),
]
CATEGORY_CHOICES = [
    ("gambling", _("Gambling")),
    ("obscene", _("Obscene")),
    ("monarchy", _("Against the monarchy")),
    ("security", _("National security")),
    ("public_order", _("Public order")),
    ("health", _("Health")),
    ("criminal", _("Criminal record")),
    ("religion", _("Religion")),
    ("ethnicity", _("Race or ethnicity")),
    ("political", _("Political opinion")),
    ("sexual", _("Sexual behaviour")),
    ("disability", _("Disability")),
    ("union", _("Trade union")),
    ("genetic", _("Genetic data")),
    ("biometric", _("Biometric data")),
    ("forbidding", _("Forbidding")),
    ("reporting", _("Reporting on it (enforcement news)")),
    ("person", _("Person")),
]
SEVERITY_CHOICES = [(BLOCK, _("Block")), (WARN, _("Warn"))]


class LexiconTerm(models.Model):
    """A term added to the shipped lexicon, or (inactive) one of its terms switched off."""

    kind = models.CharField(_("list"), max_length=20, choices=KIND_CHOICES)
    category = models.CharField(_("category"), max_length=20, choices=CATEGORY_CHOICES)
    term = models.CharField(_("term"), max_length=100)
    active = models.BooleanField(
        _("in use"),
        default=True,
        help_text=_("Untick to stop matching this term, also when it is one of the defaults."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "category", "term"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "category", "term"], name="unique_lexicon_term")
        ]
        verbose_name = _("screening term")
        verbose_name_plural = _("screening terms")

    def __str__(self):
        return self.term


class SeverityRule(models.Model):
    """Overrides the default severity of a category, or of every category under a prefix
    ("pii.sensitive" covers "pii.sensitive.health")."""

    category = models.CharField(
        _("finding category"),
        max_length=50,
        unique=True,
        help_text=_('For example "pii.phone", or "pii.sensitive" for all sensitive data.'),
    )
    severity = models.CharField(_("severity"), max_length=5, choices=SEVERITY_CHOICES)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["category"]
        verbose_name = _("screening severity")
        verbose_name_plural = _("screening severities")

    def __str__(self):
        return f"{self.category}: {self.get_severity_display()}"
