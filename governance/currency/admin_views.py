"""Currency in the admin: "reviewed, still current", the expired-items report, and the site
administrator's publication periods per page type."""

from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports.base import PageReportView
from wagtail.models import Page

from .. import roles
from ..admin_form_page import render_form_page
from ..governed_pages import answerable_pages, governed_models
from .policy import PublicationPolicy, periods_of, policies
from .reviews import mark_still_current, may_mark_reviewed


def mark_reviewed(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.live or not hasattr(page, "review_interval"):
        raise PermissionDenied
    if not may_mark_reviewed(request.user, page):
        raise PermissionDenied
    if request.method == "POST":
        mark_still_current(page, request.user)
        messages.success(
            request,
            _("“%(title)s” is recorded as reviewed and still current.") % {"title": page.title},
        )
        return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
    return render_form_page(
        request,
        page,
        title=_("Reviewed, still current"),
        intro=_(
            "Confirm that this item is still correct and current as published. No new draft "
            "or approval is made; the next review date moves on and the public page shows "
            "today as the date it was last reviewed."
        ),
        form=forms.Form(),
        submit_label=_("Reviewed, still current"),
    )


class MarkReviewedMenuItem(PageMenuItem):
    label = gettext_lazy("Reviewed, still current")
    icon_name = "tick"
    url_name = "governance_mark_reviewed"
    priority = 80

    def is_shown(self, user):
        page = self.page.specific_deferred
        return self.page.live and hasattr(page, "review_interval") and may_mark_reviewed(user, page)


class ExpiredPagesView(PageReportView):
    """Every expired item the user answers for; each can be published again by a request."""

    page_title = gettext_lazy("Expired items")
    header_icon = "time"
    index_url_name = "governance_expired_report"
    index_results_url_name = "governance_expired_report_results"
    permission_required = None
    list_export = [*PageReportView.list_export, "expire_at"]
    export_headings = {**PageReportView.export_headings, "expire_at": gettext_lazy("Expired on")}

    def user_has_permission(self, permission):
        return self.request.user.has_perm("wagtailadmin.access_admin")

    def get_queryset(self):
        pages = Page.objects.filter(expired=True, live=False)
        scope = answerable_pages(self.request.user)
        if scope is not None:
            pages = pages.filter(scope)
        self.queryset = pages.order_by("-expire_at").specific(defer=True)
        return super().get_queryset()


class PeriodsForm(forms.Form):
    publication_days = forms.IntegerField(
        label=gettext_lazy("Publication period (days)"),
        min_value=1,
        required=False,
        help_text=gettext_lazy("Leave empty for items that stay published until replaced."),
    )
    review_days = forms.IntegerField(
        label=gettext_lazy("Review interval (days)"),
        min_value=1,
        help_text=gettext_lazy("How often the owner must confirm an item is still current."),
    )


def _site_admin_only(user):
    if not (user.is_superuser or roles.has_role(user, roles.SITE_ADMIN)):
        raise PermissionDenied


def publication_periods(request):
    _site_admin_only(request.user)
    known = policies()
    rows = sorted(
        (
            (
                model._meta.verbose_name,
                model,
                periods_of(model, known),
                ContentType.objects.get_for_model(model).pk,
            )
            for model in governed_models()
        ),
        key=lambda row: str(row[0]),
    )
    return render(request, "governance/admin/publication_periods.html", {"rows": rows})


def edit_publication_period(request, content_type_id):
    _site_admin_only(request.user)
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model = content_type.model_class()
    if model not in governed_models():
        raise PermissionDenied
    periods = periods_of(model)
    initial = {"publication_days": periods.publication_days, "review_days": periods.review_days}
    form = PeriodsForm(request.POST or None, initial=initial)
    if model.expiry_follows:
        form.fields["publication_days"].disabled = True
        form.fields["publication_days"].help_text = _("Items of this type end at %(end)s.") % {
            "end": model.expiry_follows
        }
    if request.method == "POST" and form.is_valid():
        PublicationPolicy.objects.update_or_create(
            content_type=content_type, defaults=form.cleaned_data
        )
        messages.success(
            request,
            _("Publication period of “%(type)s” saved.") % {"type": model._meta.verbose_name},
        )
        return redirect("governance_publication_periods")
    return render_form_page(
        request,
        None,
        title=_("Publication period"),
        subtitle=str(model._meta.verbose_name),
        cancel_url=reverse("governance_publication_periods"),
        intro=_(
            "Applies to items approved from now on: an approval fills in the expiry date from "
            "the publication period unless the item or the approver gives one."
        ),
        form=form,
        submit_label=_("Save"),
    )


class SiteAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or roles.has_role(request.user, roles.SITE_ADMIN)


@hooks.register("register_admin_urls")
def register_currency_urls():
    return [
        path(
            "governance/pages/<int:page_id>/reviewed/",
            mark_reviewed,
            name="governance_mark_reviewed",
        ),
        path("reports/expired/", ExpiredPagesView.as_view(), name="governance_expired_report"),
        path(
            "reports/expired/results/",
            ExpiredPagesView.as_view(results_only=True),
            name="governance_expired_report_results",
        ),
        path(
            "governance/publication-periods/",
            publication_periods,
            name="governance_publication_periods",
        ),
        path(
            "governance/publication-periods/<int:content_type_id>/",
            edit_publication_period,
            name="governance_edit_publication_period",
        ),
    ]


@hooks.register("register_page_header_buttons")
def mark_reviewed_button(page, user, view_name, next_url=None):
    yield MarkReviewedMenuItem(page=page)


@hooks.register("register_reports_menu_item")
def register_expired_report_menu_item():
    return MenuItem(
        gettext_lazy("Expired items"),
        reverse("governance_expired_report"),
        name="expired-items",
        icon_name="time",
        order=1060,
    )


@hooks.register("register_settings_menu_item")
def register_publication_periods_menu_item():
    return SiteAdminMenuItem(
        gettext_lazy("Publication periods"),
        reverse("governance_publication_periods"),
        name="publication-periods",
        icon_name="time",
        order=610,
    )
