"""When each item was last confirmed current, and when it is due again (seed 004 clause 3.2).

A publication through the process counts as a review: the item was checked and approved as it
now reads. Between publications, its owner, a head of its work group or a webmaster may mark it
"reviewed, still current": that moves the due date on without a new draft or another approval,
is audit-logged, and shows on the public page as "ตรวจสอบล่าสุด".

Kept apart from the page's own fields, so marking a review never touches the page's revisions.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .. import audit, roles
from ..models import WorkGroup
from .policy import periods_of


class PageReviewQuerySet(models.QuerySet):
    def due_by(self, day):
        return self.filter(next_review_due__lte=day, page__live=True)


class PageReview(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="review", primary_key=True
    )
    last_reviewed_at = models.DateTimeField(_("last reviewed"))
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    next_review_due = models.DateField(_("next review due"))

    objects = PageReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("page review")
        verbose_name_plural = _("page reviews")

    def __str__(self):
        return str(self.page)


def next_due(page, reviewed_at):
    """The date the next review of ``page`` is due after one at ``reviewed_at``."""
    interval = periods_of(type(page)).review_interval or timedelta(days=365)
    return timezone.localdate(reviewed_at) + interval


def record_review(page, user, at=None):
    """Note that ``page`` was confirmed current at ``at`` (now) by ``user``."""
    at = at or timezone.now()
    PageReview.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "last_reviewed_at": at,
            "last_reviewed_by": user,
            "next_review_due": next_due(page, at),
        },
    )


def on_published(sender, instance, revision, **kwargs):
    """``page_published`` receiver: a publication of a governed page is its latest review."""
    if hasattr(instance, "review_interval"):
        record_review(instance, revision.user if revision else None)


def start_missing_clocks():
    """Give every live governed page without a review record one, counted from its last
    publication (pages published before this existed, or loaded as data). One query per
    page type; returns how many were started."""
    from ..governed_pages import governed_models
    from .policy import policies

    known, started = policies(), []
    for model in governed_models():
        interval = periods_of(model, known).review_interval or timedelta(days=365)
        pages = model.objects.filter(live=True, review__isnull=True).values_list(
            "pk", "last_published_at"
        )
        for pk, published_at in pages:
            at = published_at or timezone.now()
            started.append(
                PageReview(
                    page_id=pk,
                    last_reviewed_at=at,
                    next_review_due=timezone.localdate(at) + interval,
                )
            )
    PageReview.objects.bulk_create(started, batch_size=500, ignore_conflicts=True)
    return len(started)


def may_mark_reviewed(user, page):
    """The item's owner, a head of its owner work group, a webmaster or a site administrator."""
    if user.is_superuser or roles.has_role(user, roles.WEBMASTER, roles.SITE_ADMIN):
        return True
    if page.owner_id == user.pk:
        return True
    group_id = getattr(page, "owner_work_group_id", None)
    return bool(group_id) and WorkGroup.objects.headed_by(user).filter(pk=group_id).exists()


@transaction.atomic
def mark_still_current(page, user):
    """ "Reviewed, still current": the due date moves on; no draft, no new approval."""
    record_review(page, user)
    log(instance=page, action=audit.REVIEWED, user=user)
