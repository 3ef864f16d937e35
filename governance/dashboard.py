"""Panels on the admin home page for what the governance process is waiting on: urgent items
whose written request form is still to be filed, and scheduled publications the gate refused.
Each lists only what the user answers for."""

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import PageLogEntry

from . import audit, roles
from .urgent import VerbalApproval


class ListPanel(Component):
    """A dashboard panel listing ``items`` with its own template."""

    def __init__(self, name, order, template_name, items):
        self.name, self.order, self.template_name, self.items = name, order, template_name, items

    def get_context_data(self, parent_context=None):
        return {"items": self.items, "panel_id": self.name}


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
        panels.append(
            ListPanel("khaosan_urgent_forms", 90, "governance/admin/urgent_forms_panel.html",
                      list(approvals))
        )  # fmt: skip
    if user.is_superuser or roles.has_role(user, roles.WEBMASTER, roles.SITE_ADMIN):
        refused = list(refused_schedules()[:20])
        if refused:
            panels.append(
                ListPanel("khaosan_refused_schedules", 91,
                          "governance/admin/refused_schedules_panel.html", refused)
            )  # fmt: skip
