"""The agency-wide governance log: every submit, approval, rejection, verbal approval, override,
publish and unpublish of the agency's pages, filterable by work group, action, user and date, and
exportable to CSV or XLSX.

It is Wagtail's own site-history report (``LogEntriesView``) narrowed to page entries of the
governance actions, with a work-group filter and column. Site administrators, webmasters, the CIO
and superusers see every entry; a group head sees the entries of the pages owned by the work
groups they head (``WorkGroup.heads``); nobody else may open it.
"""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import IntegerField, Q, Value
from django.forms import CheckboxSelectMultiple
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from pythainlp.util import thai_strftime
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.history import LogEntryUserColumn, get_actions_for_filter
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, PageLogEntry

from . import roles
from .governed import GovernedMixin
from .governed_pages import governed_models
from .models import WorkGroup

#: Wagtail's workflow steps: submit (start), approve, reject, cancel, resubmit (resume).
WORKFLOW_ACTIONS = (
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.cancel",
    "wagtail.workflow.resume",
)
#: Publish, unpublish and their scheduled forms are every action with these prefixes.
ACTION_PREFIXES = ("wagtail.publish", "wagtail.unpublish", "khaosan.")
#: Cancelling a scheduled publication.
SCHEDULE_CANCEL = "wagtail.schedule.cancel"

#: Roles that see the whole agency's log.
AGENCY_WIDE_ROLES = (roles.SITE_ADMIN, roles.WEBMASTER, roles.CIO)


def governance_actions():
    """The log entries of governance steps, as a filter on ``PageLogEntry``."""
    q = Q(action__in=(*WORKFLOW_ACTIONS, SCHEDULE_CANCEL))
    for prefix in ACTION_PREFIXES:
        q |= Q(action__startswith=prefix)
    return q


def of_work_groups(work_groups):
    """The log entries of pages owned by one of ``work_groups``: one subquery per governed
    model, run inside the log's own query."""
    q = Q(pk__in=[])
    for model in governed_models():
        pages = model._base_manager.filter(owner_work_group__in=work_groups).values("pk")
        q |= Q(page_id__in=pages)
    return q


def work_group_names(page_ids):
    """{page id: its owner work group's name}: one query for the pages' types, then one per
    governed type among them."""
    ids_by_model = {}
    for page_id, content_type_id in Page.objects.filter(pk__in=page_ids).values_list(
        "pk", "content_type"
    ):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        ids_by_model.setdefault(model, []).append(page_id)
    names = {}
    for model, ids in ids_by_model.items():
        if model is not None and issubclass(model, GovernedMixin):
            names.update(
                model._base_manager.filter(pk__in=ids).values_list("pk", "owner_work_group__name")
            )
    return names


def sees_every_work_group(user):
    return user.is_superuser or any(roles.has_role(user, role) for role in AGENCY_WIDE_ROLES)


def may_view_log(user):
    return sees_every_work_group(user) or roles.has_role(user, roles.GROUP_HEAD)


def visible_work_groups(user):
    if sees_every_work_group(user):
        return WorkGroup.objects.all()
    return WorkGroup.objects.headed_by(user)


def buddhist_era(timestamp):
    """The Buddhist-era date and time in the site's time zone: "21 พ.ย. 2569 14:05"."""
    return thai_strftime(timezone.localtime(timestamp), "%-d %b %Y %H:%M")


def local_iso(timestamp):
    """ISO 8601 (Gregorian) in the site's time zone with its offset: 2026-11-21T14:05:09+07:00."""
    return timezone.localtime(timestamp).isoformat(timespec="seconds")


def action_label(entry):
    return log_action_registry.get_action_label(entry.action)


class GovernanceLogFilterSet(SiteHistoryReportFilterSet):
    """Wagtail's site-history filters (page title, action, user, date) plus the work group;
    the action and user choices are those found in the entries the viewer may see."""

    work_group = django_filters.ModelMultipleChoiceFilter(
        label=_("Work group"),
        queryset=lambda request: visible_work_groups(request.user),
        method="filter_work_group",
        widget=CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.filters["object_type"]  # every entry here is a page's

    def get_action_choices(self):
        return get_actions_for_filter(self.queryset)

    def filter_work_group(self, queryset, name, value):
        return queryset.filter(of_work_groups(value)) if value else queryset


class GovernanceLogView(LogEntriesView):
    page_title = _("Agency publishing log")
    filterset_class = GovernanceLogFilterSet
    index_url_name = "governance_log"
    index_results_url_name = "governance_log_results"
    results_template_name = "wagtailadmin/reports/base_report_results.html"

    columns = [
        Column(
            "timestamp", label=_("Date/time (B.E.)"), accessor=lambda e: buddhist_era(e.timestamp)
        ),
        LogEntryUserColumn("user", label=_("User")),
        Column("action", label=_("Action"), accessor=action_label),
        TitleColumn("label", label=_("Page"), get_url=lambda e: e.edit_url),
        Column("work_group", label=_("Work group")),
        Column("message", label=_("Details")),
        Column("comment", label=_("Comment or reason")),
    ]
    list_export = [
        "timestamp",
        "user_display_name",
        "action",
        "label",
        "work_group",
        "message",
        "comment",
    ]
    export_headings = {
        "timestamp": _("Date/time (Gregorian calendar, local time)"),
        "user_display_name": _("User"),
        "action": _("Action"),
        "label": _("Page"),
        "work_group": _("Work group"),
        "message": _("Details"),
        "comment": _("Comment or reason"),
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess["timestamp"] = {
            self.FORMAT_CSV: local_iso,
            self.FORMAT_XLSX: lambda value: timezone.localtime(value).replace(tzinfo=None),
        }

    def dispatch(self, request, *args, **kwargs):
        if not may_view_log(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"governance-log-{timezone.localdate():%Y-%m-%d}"

    @cached_property
    def entries(self):
        """The governance entries this user may see."""
        entries = PageLogEntry.objects.filter(governance_actions())
        if not sees_every_work_group(self.request.user):
            entries = entries.filter(of_work_groups(WorkGroup.objects.headed_by(self.request.user)))
        return entries

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": self.entries}

    def get_filtered_queryset(self):
        """Only page entries: the shape ``LogEntriesView.decorate_paginated_queryset`` reads."""
        self.log_models = [PageLogEntry]
        rows = self.entries.values("pk", "timestamp").annotate(
            log_model_index=Value(0, output_field=IntegerField())
        )
        return self.filter_queryset(rows).order_by("-timestamp")

    def decorate_paginated_queryset(self, queryset):
        entries = super().decorate_paginated_queryset(queryset)
        names = work_group_names({entry.page_id for entry in entries})
        for entry in entries:
            entry.work_group = names.get(entry.page_id) or ""
        return entries

    def render_to_response(self, context, **response_kwargs):
        """Wagtail's site-history template lists the entries itself; this report's table is built
        before they are looked up, so it is built again from them."""
        context["table"] = self.get_table(context["object_list"])
        return super().render_to_response(context, **response_kwargs)

    def stream_csv(self, queryset):
        """Excel reads a CSV as UTF-8 (Thai) only when it starts with a byte-order mark."""
        yield "\ufeff"
        yield from super().stream_csv(queryset)


class GovernanceLogMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view_log(request.user)


@hooks.register("register_admin_urls")
def register_governance_log_urls():
    return [
        path("reports/governance-log/", GovernanceLogView.as_view(), name="governance_log"),
        path(
            "reports/governance-log/results/",
            GovernanceLogView.as_view(results_only=True),
            name="governance_log_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_governance_log_menu_item():
    return GovernanceLogMenuItem(
        _("Agency publishing log"),
        reverse("governance_log"),
        name="governance-log",
        icon_name="history",
        order=1050,
    )
