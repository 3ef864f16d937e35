"""Where the printed request form is had: an admin URL per request, and a button on the page.

``GET /admin/governance/requests/<workflow_state_id>/form.pdf`` answers with the form of
``governance.request_pdf``. It may be downloaded by the people the request concerns: the
requester, the heads of the page's owner work group, the CIO, webmasters and site
administrators (roles), and superusers; anyone else is refused.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.models import WorkflowState

from . import roles
from .governed import GovernedMixin
from .models import WorkGroup
from .request_pdf import render_request_pdf

PRINT_LABEL = _("Print the publication request form (PDF)")

#: The roles that see every request's form, whichever work group it comes from.
AGENCY_WIDE_ROLES = (roles.CIO, roles.WEBMASTER, roles.SITE_ADMIN)


def governed_object(workflow_state):
    """The governed page the request is about; ``None`` for anything else (no form to print)."""
    obj = workflow_state.content_object
    obj = getattr(obj, "specific", obj)
    return obj if isinstance(obj, GovernedMixin) else None


def may_download(user, workflow_state):
    if not user.is_active:
        return False
    if user.is_superuser or user.pk == workflow_state.requested_by_id:
        return True
    if any(roles.has_role(user, role) for role in AGENCY_WIDE_ROLES):
        return True
    group_id = governed_object(workflow_state).owner_work_group_id
    return bool(group_id) and WorkGroup.objects.filter(pk=group_id, heads=user).exists()


def request_form_pdf(request, workflow_state_id):
    workflow_state = get_object_or_404(WorkflowState, pk=workflow_state_id)
    if governed_object(workflow_state) is None:
        raise Http404
    if not may_download(request.user, workflow_state):
        raise PermissionDenied
    response = HttpResponse(
        render_request_pdf(workflow_state, request), content_type="application/pdf"
    )
    filename = f"publication-request-{workflow_state.pk}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@hooks.register("register_admin_urls")
def register_request_form_url():
    return [
        path(
            "governance/requests/<int:workflow_state_id>/form.pdf",
            request_form_pdf,
            name="governance_request_form_pdf",
        )
    ]


def latest_request(page):
    """The page's latest publication request that was not cancelled, if any."""
    return (
        WorkflowState.objects.for_instance(page)
        .exclude(status=WorkflowState.STATUS_CANCELLED)
        .order_by("-created_at", "-pk")
        .first()
    )


@hooks.register("register_page_header_buttons")
def request_form_button(page, user, view_name, next_url=None):
    """In the page's "more" menu, once it has a request the user may print."""
    if not issubclass(page.specific_class or type(page), GovernedMixin):
        return
    workflow_state = latest_request(page)
    if workflow_state is not None and may_download(user, workflow_state):
        yield Button(
            PRINT_LABEL,
            reverse("governance_request_form_pdf", args=[workflow_state.pk]),
            icon_name="doc-full",
            attrs={"target": "_blank", "rel": "noopener"},
            priority=66,
        )
