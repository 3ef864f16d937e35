"""Admin home panels: items expiring soon, expired this month, due for review. Each lists only
the items the user answers for (``governed_pages.answerable_pages``); the urgent items whose
written form is due have their own panel (``governance.dashboard``)."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Page

from ..dashboard import ListPanel
from ..governed_pages import answerable_pages
from .reviews import PageReview

ROWS = 20


def scoped(queryset, user, field="pk"):
    scope = answerable_pages(user)
    if scope is None:
        return queryset
    return queryset.filter(**{f"{field}__in": Page.objects.filter(scope).values("pk")})


def expiring_soon(user, now=None):
    now = now or timezone.now()
    horizon = now + timedelta(days=settings.KHAOSAN_EXPIRY_WARNING_DAYS)
    pages = Page.objects.filter(live=True, expire_at__gt=now, expire_at__lte=horizon)
    return scoped(pages, user).order_by("expire_at")


def expired_this_month(user, now=None):
    start = timezone.localtime(now or timezone.now()).replace(
        day=1, hour=0, minute=0, second=0, microsecond=0
    )
    pages = Page.objects.filter(live=False, expired=True, expire_at__gte=start)
    return scoped(pages, user).order_by("-expire_at")


def due_for_review(user, today=None):
    horizon = (today or timezone.localdate()) + timedelta(
        days=settings.KHAOSAN_REVIEW_REMINDER_DAYS
    )
    reviews = PageReview.objects.due_by(horizon).select_related("page")
    return scoped(reviews, user, field="page").order_by("next_review_due")


@hooks.register("construct_homepage_panels")
def currency_panels(request, panels):
    user = request.user
    for name, order, queryset in (
        ("khaosan_due_for_review", 92, due_for_review(user)),
        ("khaosan_expiring_soon", 93, expiring_soon(user)),
        ("khaosan_expired_this_month", 94, expired_this_month(user)),
    ):
        items = list(queryset[:ROWS])
        if items:
            template = f"governance/admin/{name.removeprefix('khaosan_')}_panel.html"
            panels.append(ListPanel(name, order, template, items))
