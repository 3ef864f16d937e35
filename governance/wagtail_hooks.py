"""Wagtail hooks: where the governance app plugs into the admin."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import audit  # noqa: F401  (registers the governance audit-log actions)
from .request_views import request_form_pdf  # noqa: F401  (registers its URL and button)
from .viewsets import RejectionReasonViewSet, WorkGroupViewSet

register_snippet(RejectionReasonViewSet)


@hooks.register("register_admin_viewset")
def register_work_group_viewset():
    return WorkGroupViewSet("work_groups")
