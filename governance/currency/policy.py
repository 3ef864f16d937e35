"""How long each page type stays published and how often it is reviewed.

A type's defaults are its class attributes (``GovernedMixin.default_publication_period`` and
``review_interval``); a site administrator may set others per type, stored here. A type whose
items end at a date of their own (a closing date) says so with ``expiry_follows``, and its
publication period is not used.
"""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicationPolicy(models.Model):
    content_type = models.OneToOneField(
        ContentType, on_delete=models.CASCADE, related_name="+", verbose_name=_("page type")
    )
    publication_days = models.PositiveIntegerField(
        _("publication period (days)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for items that stay published until replaced."),
    )
    review_days = models.PositiveIntegerField(
        _("review interval (days)"),
        help_text=_("How often the owner must confirm an item is still current."),
    )

    class Meta:
        verbose_name = _("publication period")
        verbose_name_plural = _("publication periods")

    def __str__(self):
        return str(self.content_type)


def _days(period):
    return None if period is None else period.days


def policies():
    """{content type id: PublicationPolicy} for every type a site administrator has set."""
    return {policy.content_type_id: policy for policy in PublicationPolicy.objects.all()}


class Periods:
    """A page type's periods: what a site administrator set, else the type's defaults."""

    def __init__(self, model, policy=None):
        self.model = model
        self.policy = policy

    @property
    def publication_period(self):
        if getattr(self.model, "expiry_follows", None):
            return None
        if self.policy is not None:
            days = self.policy.publication_days
            return None if days is None else timedelta(days=days)
        return self.model.default_publication_period

    @property
    def review_interval(self):
        if self.policy is not None:
            return timedelta(days=self.policy.review_days)
        return self.model.review_interval

    @property
    def publication_days(self):
        return _days(self.publication_period)

    @property
    def review_days(self):
        return _days(self.review_interval)


def periods_of(model, known=None):
    """The periods of ``model`` (a page class); ``known`` is ``policies()`` when the caller
    looks up many types at once."""
    content_type = ContentType.objects.get_for_model(model)
    if known is None:
        policy = PublicationPolicy.objects.filter(content_type=content_type).first()
    else:
        policy = known.get(content_type.pk)
    return Periods(model, policy)


def expiry_for_approval(revision, chosen=None):
    """The expiry a publication of ``revision`` gets: ``chosen`` by the approver, else the one
    the item already carries, else its type's default (``None``: it stays until replaced). The
    revision is updated to carry it, as Wagtail reads ``expire_at`` from the revision it
    publishes."""
    page = revision.as_object()
    expire_at = chosen or page.expire_at or getattr(page, "default_expire_at", lambda: None)()
    if expire_at and expire_at != page.expire_at:
        revision.content["expire_at"] = expire_at.isoformat()
        revision.save(update_fields=["content"])
    return expire_at
