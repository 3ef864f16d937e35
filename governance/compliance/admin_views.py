"""The compliance screens in the admin: the agency's dashboard (score per standard, the chart
over time, the gaps as a to-do list), the monthly report (enter, download, file), the evidence
exports, and the province overview with all of a month's reports as one ZIP."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Site

from .. import roles
from . import registry, snapshots
from .checker import applicable_standards, check_site, check_sites, create_url, fiscal_year_of
from .exports import CONTENT_TYPES, evidence_csv, evidence_xlsx, reports_zip, safe_name
from .forms import MonthlyReportForm
from .models import ComplianceSettings, MonthlyReport, month_start
from .report import build, done_count, file_report, month_of, status_label, status_of, thai_month

# --- who may see what ----------------------------------------------------------------------------


def may_view(user):
    """The agency's dashboard, report and exports: the agency-wide roles and province reviewers."""
    return user.is_superuser or roles.has_role(
        user, roles.WEBMASTER, roles.SITE_ADMIN, roles.CIO, roles.PROVINCE_REVIEWER
    )


def may_edit_report(user):
    """Entering and filing the monthly report: the webmaster's job, and the site administrator's."""
    return user.is_superuser or roles.has_role(user, roles.WEBMASTER, roles.SITE_ADMIN)


def may_view_province(user):
    return user.is_superuser or roles.has_role(user, roles.PROVINCE_REVIEWER, roles.SITE_ADMIN)


def require(check, request):
    if not check(request.user):
        raise PermissionDenied


def chosen_site(request):
    """The site in ``?site=``, else the one the admin is served on, else the default."""
    site_id = request.GET.get("site") or request.POST.get("site")
    if site_id:
        try:
            return Site.objects.select_related("root_page").get(pk=int(site_id))
        except (ValueError, Site.DoesNotExist) as error:
            raise Http404 from error
    return Site.find_for_request(request) or Site.objects.get(is_default_site=True)


def chosen_month(request, default=None):
    value = request.GET.get("month") or request.POST.get("month")
    if not value:
        return default or month_start(timezone.localdate())
    try:
        return month_of(value)
    except ValueError as error:
        raise Http404 from error


def download(data, file_format, name):
    response = HttpResponse(data, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    return response


# --- the dashboard -------------------------------------------------------------------------------


def chart(series, width=360, height=90):
    """Bars of a standard's monthly scores (oldest first) as SVG coordinates."""
    if not series:
        return None
    step = width / max(len(series), 1)
    bars = []
    for number, snapshot in enumerate(series):
        bar_height = max(1, snapshot.score / 100 * (height - 20))
        bars.append(
            {
                "x": round(number * step + 2, 1),
                "y": round(height - 14 - bar_height, 1),
                "width": round(step - 4, 1),
                "height": round(bar_height, 1),
                "label": f"{snapshot.month:%m/%y}",
                "label_x": round(number * step + step / 2, 1),
                "score": snapshot.score,
            }
        )
    return {"bars": bars, "width": width, "height": height}


def dashboard(request):
    require(may_view, request)
    site = chosen_site(request)
    results = check_site(site)
    if may_edit_report(request.user):
        snapshots.record(site, results)
    history = snapshots.history(site)
    cache = {}
    todo = []
    for result in results:
        for gap in result.gaps:
            url = create_url(site, gap.requirement.create, cache) if gap.requirement.create else ""
            todo.append((result.standard, gap, url))
    today = timezone.localdate()
    month = month_start(today)
    report = MonthlyReport.objects.filter(site=site, month=month).first()
    return render(
        request,
        "governance/compliance/dashboard.html",
        {
            "site": site,
            "sites": Site.objects.order_by("site_name", "hostname"),
            "results": [(r, chart(history.get(r.standard.key, []))) for r in results],
            "todo": todo,
            "month": month,
            "month_text": thai_month(month),
            "report_status": status_label(status_of(report, month, today)),
            "fiscal_year": fiscal_year_of(today),
            "may_edit_report": may_edit_report(request.user),
            "may_view_province": may_view_province(request.user),
        },
    )


def evidence(request, file_format):
    """ITA/MOIT evidence: each indicator with its evidence URLs, as XLSX or CSV."""
    require(may_view, request)
    if file_format not in ("xlsx", "csv"):
        raise Http404
    site = chosen_site(request)
    keys = request.GET.getlist("standard")
    standards = [registry.get(key) for key in keys if key in registry.standards()]
    results = check_site(site, standards or applicable_standards(site))
    writer = evidence_xlsx if file_format == "xlsx" else evidence_csv
    name = f"evidence-{safe_name(site.hostname)}-{timezone.localdate():%Y%m%d}"
    return download(writer(results), file_format, name)


def moit1(request):
    from .moit import moit1_bundle

    require(may_view, request)
    site = chosen_site(request)
    try:
        year = int(request.GET.get("fiscal_year") or fiscal_year_of(timezone.localdate()))
    except ValueError as error:
        raise Http404 from error
    return download(moit1_bundle(site, year), "zip", f"moit1-{safe_name(site.hostname)}-{year}")


# --- the monthly report --------------------------------------------------------------------------


def monthly_report(request):
    require(may_view, request)
    site = chosen_site(request)
    month = chosen_month(request)
    file_format = request.GET.get("format")
    if file_format in ("pdf", "xlsx", "json"):
        from .exports import write_report

        name = f"report-{safe_name(site.hostname)}-{month:%Y-%m}"
        return download(write_report(build(site, month), file_format), file_format, name)
    entered = MonthlyReport.objects.filter(site=site, month=month).first()
    editable = may_edit_report(request.user) and not (entered and entered.filed_at)
    form = MonthlyReportForm(instance=entered or default_entries(site, month))
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        instance = entered or MonthlyReport(site=site, month=month)
        form = MonthlyReportForm(request.POST, instance=instance)
        if form.is_valid():
            form.save()
            if "file" in request.POST:
                file_report(site, month, request.user)
                messages.success(request, _("The report for %(month)s is filed.") % {
                    "month": thai_month(month)})  # fmt: skip
            else:
                messages.success(request, _("The report's entries are saved."))
            return redirect(f"{reverse('governance_compliance_report')}?site={site.pk}"
                            f"&month={month:%Y-%m}")  # fmt: skip
    report = build(site, month)
    done, total = done_count(report)
    return render(
        request,
        "governance/compliance/report.html",
        {
            "site": site,
            "sites": Site.objects.order_by("site_name", "hostname"),
            "month": month,
            "month_text": thai_month(month),
            "report": report,
            "entered": entered,
            "form": form,
            "editable": editable,
            "done": done,
            "total": total,
            "status": status_label(status_of(entered, month, timezone.localdate())),
        },
    )


def default_entries(site, month):
    settings = ComplianceSettings.objects.filter(site=site).first()
    return MonthlyReport(
        site=site,
        month=month,
        signer_name=settings.report_signer_name if settings else "",
        signer_position=settings.report_signer_position if settings else "",
    )


# --- the province --------------------------------------------------------------------------------


def province_sites(province):
    sites = Site.objects.select_related("root_page").order_by("site_name", "hostname")
    settings = {s.site_id: s for s in ComplianceSettings.objects.all()}
    if province:
        sites = [s for s in sites if getattr(settings.get(s.pk), "province", "") == province]
    return list(sites), settings


def province(request):
    """Every agency of a province on one page: completeness per standard, whether the month's
    report is filed (or late after the 25th), and each agency's gaps."""
    require(may_view_province, request)
    today = timezone.localdate()
    month = chosen_month(request)
    chosen = request.GET.get("province", "")
    provinces = sorted(
        {p for p in ComplianceSettings.objects.values_list("province", flat=True) if p}
    )
    sites, settings = province_sites(chosen)
    results = check_sites(sites, today=today)
    reports = {
        report.site_id: report
        for report in MonthlyReport.objects.filter(site__in=sites, month=month)
    }
    rows = []
    for site in sites:
        status = status_of(reports.get(site.pk), month, today)
        site_results = results[site.pk]
        rows.append(
            {
                "site": site,
                "province": getattr(settings.get(site.pk), "province", ""),
                "results": site_results,
                "status": status,
                "status_label": status_label(status),
                "filed_at": getattr(reports.get(site.pk), "filed_at", None),
                "gaps": [gap for result in site_results for gap in result.gaps],
            }
        )
    counts = {key: sum(1 for row in rows if row["status"] == key) for key in
              ("filed", "late", "overdue", "pending")}  # fmt: skip
    return render(
        request,
        "governance/compliance/province.html",
        {
            "rows": rows,
            "month": month,
            "month_text": thai_month(month),
            "provinces": provinces,
            "province": chosen,
            "counts": counts,
            "due_day": 25,
        },
    )


def province_zip(request):
    """All reports of a month (filed ones as filed) as one ZIP: PDF, XLSX and JSON each."""
    require(may_view_province, request)
    month = chosen_month(request)
    chosen = request.GET.get("province", "")
    sites, _settings = province_sites(chosen)
    reports = [
        (f"{safe_name(site.site_name or site.hostname)}-{month:%Y-%m}", build(site, month))
        for site in sites
    ]
    name = f"reports-{safe_name(chosen) + '-' if chosen else ''}{month:%Y-%m}"
    return download(reports_zip(reports), "zip", name)


# --- wiring --------------------------------------------------------------------------------------


class RoleMenuItem(MenuItem):
    def __init__(self, *args, allowed, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed = allowed

    def is_shown(self, request):
        return self.allowed(request.user)


@hooks.register("register_admin_urls")
def register_compliance_urls():
    return [
        path("compliance/", dashboard, name="governance_compliance"),
        path("compliance/report/", monthly_report, name="governance_compliance_report"),
        path(
            "compliance/evidence.<str:file_format>",
            evidence,
            name="governance_compliance_evidence",
        ),
        path("compliance/moit1.zip", moit1, name="governance_compliance_moit1"),
        path("compliance/province/", province, name="governance_compliance_province"),
        path("compliance/province/reports.zip", province_zip, name="governance_province_zip"),
    ]


@hooks.register("register_admin_menu_item")
def register_compliance_menu_item():
    return RoleMenuItem(
        gettext_lazy("Compliance"),
        reverse("governance_compliance"),
        name="compliance",
        icon_name="tasks",
        order=450,
        allowed=may_view,
    )


@hooks.register("register_admin_menu_item")
def register_province_menu_item():
    return RoleMenuItem(
        gettext_lazy("Province overview"),
        reverse("governance_compliance_province"),
        name="province-overview",
        icon_name="globe",
        order=451,
        allowed=may_view_province,
    )
