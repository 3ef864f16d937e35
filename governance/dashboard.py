"""Panels on the admin home page for what the governance process is waiting on: urgent items
whose written request form is still to be filed, and scheduled publications the gate refused.
Each lists only what the user answers for."""

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import PageLogEntry

from . import audit, roles
from .urgent import VerbalApproval


class UrgentFormsPanel(Component):
    """Urgent items whose written request form is still to be filed, overdue ones first."""

    name = "khaosan_urgent_forms"
    order = 90
    template_name = "governance/admin/urgent_forms_panel.html"

    def __init__(self, approvals):
        self.approvals = approvals

    def get_context_data(self, parent_context=None):
        return {"approvals": self.approvals, "today": timezone.localdate()}


class RefusedSchedulesPanel(Component):
    """Revisions still scheduled to go live that the gate refused at their time."""

    name = "khaosan_refused_schedules"
    order = 91
    template_name = "governance/admin/refused_schedules_panel.html"

    def __init__(self, entries):
        self.entries = entries

    def get_context_data(self, parent_context=None):
        return {"entries": self.entries}


def refused_schedules():
    return (
        PageLogEntry.objects.filter(
            action=audit.REFUSED,
            data__scheduled=True,
            revision__approved_go_live_at__isnull=False,
        )
        .select_related("page", "revision")
        .order_by("-timestamp")
    )


@hooks.register("construct_homepage_panels")
def governance_panels(request, panels):
    user = request.user
    approvals = (
        VerbalApproval.objects.awaiting_form()
        .visible_to(user)
        .select_related("page", "approved_by", "revision__user")
    )
    if approvals.exists():
        panels.append(UrgentFormsPanel(list(approvals)))
    if user.is_superuser or roles.has_role(user, roles.WEBMASTER, roles.SITE_ADMIN):
        refused = list(refused_schedules()[:20])
        if refused:
            panels.append(RefusedSchedulesPanel(refused))
