"""MOPH ITA MOIT1's evidence bundle, produced from Khaosan's own records (REFERENCE.md, MOIT):

- ``framework.pdf``: the publishing framework generated from the configured process: the content
  types with their publication periods and review intervals, the workflow's steps in order, who
  is responsible (work groups and their heads, webmasters, the CIO), and how it is monitored;
- the order naming the responsible staff, the signed memo and last year's monitoring report, as
  the site administrator uploaded them (compliance settings);
- ``request-forms/``: every publication request of the period as its printed form (PDF).
"""

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime, time

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.models import Page, WorkflowPage, WorkflowState
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from .. import roles
from ..currency.policy import periods_of, policies
from ..governed_pages import governed_models
from ..models import WorkGroup
from ..request_pdf import FONT_DIR, font_urls, render_request_pdf
from .exports import safe_name
from .models import ComplianceSettings

TEMPLATE = "governance/compliance/framework_pdf.html"


def fiscal_year_bounds(year):
    """1 October (year - 544) to 30 September (year - 543), as aware datetimes."""
    zone = timezone.get_current_timezone()
    start = datetime(year - 544, 10, 1, tzinfo=zone)
    end = datetime.combine(datetime(year - 543, 9, 30), time.max, tzinfo=zone)
    return start, end


@dataclass
class Framework:
    agency: str
    workflow: str
    steps: list
    content_types: list
    work_groups: list
    webmasters: list
    cios: list


def people(role):
    users = get_user_model().objects.filter(groups__name=role.group_name, is_active=True)
    return [user.get_full_name() or user.get_username() for user in users.order_by("username")]


def framework(site):
    governing = (
        WorkflowPage.objects.filter(workflow__active=True)
        .select_related("workflow", "page")
        .order_by("-page__depth")
    )
    workflow = next(
        (wp.workflow for wp in governing if site.root_page.path.startswith(wp.page.path)), None
    )
    steps = []
    if workflow is not None:
        for task in workflow.tasks.filter(active=True).order_by("workflow_tasks__sort_order"):
            steps.append(task.name)
    known = policies()
    content_types = []
    for model in sorted(governed_models(), key=lambda m: str(m._meta.verbose_name_plural)):
        periods = periods_of(model, known)
        content_types.append(
            {
                "name": str(model._meta.verbose_name_plural),
                "publication_days": periods.publication_days,
                "review_days": periods.review_days,
            }
        )
    groups = WorkGroup.objects.filter(site=site).prefetch_related("heads", "members")
    work_groups = [
        {
            "name": group.name,
            "heads": [u.get_full_name() or u.get_username() for u in group.heads.all()],
            "members": [u.get_full_name() or u.get_username() for u in group.members.all()],
        }
        for group in groups
    ]
    return Framework(
        agency=site.site_name or site.hostname,
        workflow=workflow.name if workflow else "",
        steps=steps,
        content_types=content_types,
        work_groups=work_groups,
        webmasters=people(roles.WEBMASTER),
        cios=people(roles.CIO),
    )


def render_framework_pdf(site):
    with translation.override(django_settings.LANGUAGE_CODE):
        html = render_to_string(TEMPLATE, {"framework": framework(site), "fonts": font_urls()})
    fetcher = URLFetcher(allowed_protocols=("file",))
    return HTML(string=html, base_url=FONT_DIR.as_uri(), url_fetcher=fetcher).write_pdf()


def requests_of(site, start, end):
    """The publication requests (workflow states) of pages on ``site`` made in [start, end]."""
    page_ids = Page.objects.filter(path__startswith=site.root_page.path).values_list("pk")
    return (
        WorkflowState.objects.filter(
            created_at__range=(start, end),
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(pk) for (pk,) in page_ids],
        )
        .order_by("created_at", "pk")
        .prefetch_related("content_object")
    )


def moit1_bundle(site, fiscal_year):
    """The ZIP's bytes: framework, uploaded documents and the period's request forms."""
    start, end = fiscal_year_bounds(fiscal_year)
    settings = ComplianceSettings.objects.filter(site=site).first()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("framework.pdf", render_framework_pdf(site))
        for slot in ("staff_order", "publishing_memo", "monitoring_report"):
            document = getattr(settings, slot, None) if settings else None
            if document is not None:
                with document.file.open("rb") as handle:
                    archive.writestr(f"{slot}-{safe_name(document.filename)}", handle.read())
        for number, state in enumerate(requests_of(site, start, end), start=1):
            page = state.content_object
            name = slugify(page.slug, allow_unicode=True) or str(page.pk)
            archive.writestr(f"request-forms/{number:04d}-{name}.pdf", render_request_pdf(state))
    return out.getvalue()
