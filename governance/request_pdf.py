"""Seed 004's request form (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์), printed from the records of one
request, so that the agency can file it signed as the seed asks.

Everything on it comes from what the process recorded: the fields the requester filled in are
read from the revision the request is about (page fields, so each revision keeps its own); the
group head's and the webmaster's blocks from who approved those steps, and when. A step not
done yet prints blank dotted lines to sign by hand.

Rendered by WeasyPrint with the Sarabun font the project ships (npm ``@fontsource/sarabun``),
read from disk: the renderer may open local files only, never the network.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Site, TaskState
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from .staff import position_of
from .workflow import GroupHeadApprovalTask, WebmasterPublishTask

TEMPLATE = "governance/request_form_pdf.html"
FONT_DIR = settings.BASE_DIR / "node_modules" / "@fontsource" / "sarabun" / "files"


@dataclass(frozen=True)
class Signature:
    """One signature block: who signs, their position, and the date they signed."""

    name: str = ""
    position: str = ""
    signed_at: datetime | None = None


@dataclass(frozen=True)
class RequestForm:
    agency: str
    title: str
    requested_at: datetime
    external_link: str
    note: str
    owner: Signature
    group_head: Signature
    webmaster: Signature


def request_form(workflow_state):
    """The form's contents for ``workflow_state`` (one publication request)."""
    revision = printed_revision(workflow_state)
    page = revision.as_object()
    return RequestForm(
        agency=agency_name(page),
        title=page.title,
        requested_at=workflow_state.created_at,
        external_link=page.request_external_link,
        note=page.request_note,
        owner=Signature(
            page.information_owner_name,
            page.information_owner_position,
            workflow_state.created_at,
        ),
        group_head=approval_signature(workflow_state, GroupHeadApprovalTask),
        webmaster=approval_signature(workflow_state, WebmasterPublishTask),
    )


def printed_revision(workflow_state):
    """The revision the request stands at now: the one its latest step was given."""
    latest = workflow_state.task_states.order_by("-started_at", "-pk").first()
    if latest is not None:
        return latest.revision
    return workflow_state.content_object.get_latest_revision()


def approval_signature(workflow_state, task_class):
    """Who approved the step of ``task_class`` in this request, and when (the latest approval,
    if an edit sent the request through the step again)."""
    approved = (
        TaskState.objects.filter(workflow_state=workflow_state, status=TaskState.STATUS_APPROVED)
        .select_related("finished_by")
        .order_by("-finished_at")
    )
    for task_state in approved:
        if isinstance(task_state.task.specific, task_class):
            signer = task_state.finished_by
            if signer is None:  # the approver's account was deleted since
                return Signature(signed_at=task_state.finished_at)
            name = signer.get_full_name() or signer.get_username()
            return Signature(name, position_of(signer), task_state.finished_at)
    return Signature()


def agency_name(page):
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    return site.site_name if site else ""


def render_request_pdf(workflow_state, request=None):
    """The form as PDF bytes, in Thai whatever language the admin is shown in: it is an
    official document the agency files. ``request`` lets the dates follow the site's
    Thai-digit setting."""
    with translation.override(settings.LANGUAGE_CODE):
        html = render_to_string(
            TEMPLATE,
            {"form": request_form(workflow_state), "fonts": font_urls()},
            request=request,
        )
    fetcher = URLFetcher(allowed_protocols=("file",))
    return HTML(string=html, base_url=FONT_DIR.as_uri(), url_fetcher=fetcher).write_pdf()


def font_urls():
    """file:// URLs of the Sarabun faces the template uses, by "script_weight"."""
    return {
        f"{script}_{weight}": (FONT_DIR / f"sarabun-{script}-{weight}-normal.woff2").as_uri()
        for script in ("thai", "latin")
        for weight in (400, 700)
    }
