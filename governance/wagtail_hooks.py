"""Wagtail hooks: where the governance app plugs into the admin."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

# imported for the hooks they register
from . import (  # noqa: F401
    audit,
    audit_log_views,
    dashboard,
    gate_hooks,
    override_views,
    request_views,
    urgent_views,
)
from .compliance import admin_views as compliance_admin_views  # noqa: F401
from .currency import admin_views as currency_admin_views  # noqa: F401
from .currency import panels  # noqa: F401
from .screening import admin_views, wagtail_hooks_screening  # noqa: F401
from .viewsets import RejectionReasonViewSet, WorkGroupViewSet

register_snippet(RejectionReasonViewSet)


@hooks.register("register_admin_viewset")
def register_work_group_viewset():
    return WorkGroupViewSet("work_groups")
