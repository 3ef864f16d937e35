"""Seed 000's monthly report (แบบรายงานผลการดำเนินการตามแนวทางการเผยแพร่ข้อมูลต่อสาธารณะ), built
from the site's own records.

Each measure line of the form is a requirement of the seed 000 standard: done when the checker
finds it met at the end of the month (or today, for the current month). Its activities are the
pages of the line's types published during the month, each with its live link and the link to
its history in the admin (the audit log), so that every line can be traced back as the form asks.
What the records cannot say, the webmaster enters before export: problems, suggestions and the
signer (``MonthlyReport``). A filed report is kept as filed (``MonthlyReport.content``).

The report is a plain dict (``SCHEMA``, documented in docs/compliance.md); the PDF, the XLSX and
the JSON are all written from it.
"""

from datetime import date, datetime, time

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from pythainlp.util import arabic_digit_to_thai_digit, thai_strftime
from wagtail.models import Page, PageLogEntry

from . import registry
from .checker import MET, Checker, applicable_standards
from .content import SiteRoots
from .models import ComplianceSettings, MonthlyReport, due_date, month_end

SCHEMA = "khaosan.monthly-report/1"
#: The standard whose report form this is: seed 000, Samut Sakhon 2561.
REPORT_STANDARD = "samut-sakhon-2561"
#: Activities listed per line; the rest are counted ("and N more"), all in the audit log.
MAX_ACTIVITIES = 10
PUBLISH_ACTION = "wagtail.publish"


def thai_month(month, digits=False):
    """date(2026, 5, 1) -> "พฤษภาคม 2569"."""
    text = thai_strftime(datetime.combine(month, time()), "%B %Y")
    return arabic_digit_to_thai_digit(text) if digits else text


def thai_day(value, digits=False):
    if not value:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    else:
        value = datetime.combine(value, time())
    text = thai_strftime(value, "%-d %B %Y")
    return arabic_digit_to_thai_digit(text) if digits else text


def month_bounds(month):
    zone = timezone.get_current_timezone()
    start = datetime.combine(month, time.min, tzinfo=zone)
    end = datetime.combine(month_end(month), time.max, tzinfo=zone)
    return start, end


def report_standard():
    return registry.get(REPORT_STANDARD)


class ActivityFinder:
    """Pages of one site published during one month, by the audit log's publish entries."""

    def __init__(self, site, month, roots):
        self.site, self.roots = site, roots
        start, end = month_bounds(month)
        entries = (
            PageLogEntry.objects.filter(
                action=PUBLISH_ACTION,
                timestamp__range=(start, end),
                page__path__startswith=site.root_page.path,
                page__live=True,
            )
            .order_by("timestamp")
            .values_list("page_id", "timestamp")
        )
        self.published = {}
        for page_id, timestamp in entries:
            self.published[page_id] = timestamp  # the month's last publication of each page
        self.pages = {
            row["pk"]: row
            for row in Page.objects.filter(pk__in=list(self.published)).values(
                "pk", "title", "url_path", "content_type__app_label", "content_type__model"
            )
        }
        self._by_source = {}

    def ids_of(self, source):
        if source.key + source.filter not in self._by_source:
            model = source.model_class
            columns = source.filter_fields()
            rows = model.objects.filter(pk__in=list(self.pages)).values("pk", "title", *columns)
            self._by_source[source.key + source.filter] = {
                row["pk"] for row in rows if source.matches(row)
            }
        return self._by_source[source.key + source.filter]

    def important_ids(self):
        from ..governed_pages import governed_page_ids

        return governed_page_ids(pk__in=list(self.pages), is_important=True)

    def activities(self, spec, requirement):
        if spec == "all":
            ids = set(self.pages)
        elif spec == "important":
            ids = self.important_ids()
        else:
            sources = spec or [s for check in requirement.checks for s in check.sources]
            ids = set()
            for source in sources:
                ids |= self.ids_of(source)
        ordered = sorted(ids, key=lambda pk: self.published[pk])
        return [self.activity(pk) for pk in ordered]

    def activity(self, pk):
        page = self.pages[pk]
        audit = reverse("wagtailadmin_pages:history", args=(pk,))
        return {
            "title": page["title"],
            "url": self.roots.url_of(self.site, page["url_path"]),
            "published_at": self.published[pk].isoformat(),
            "audit_url": self.site.root_url + audit,
        }


def _sources(data):
    if not isinstance(data, list):
        return data
    return [registry._source(item, "report activities") for item in data]


def build(site, month, today=None):
    """The report of ``site`` for ``month`` (a date on its first day) as a dict (``SCHEMA``),
    with what the webmaster entered so far; a filed report is returned as it was filed."""
    entered = MonthlyReport.objects.filter(site=site, month=month).first()
    if entered is not None and entered.filed_at and entered.content:
        return entered.content
    today = today or timezone.localdate()
    settings = ComplianceSettings.objects.filter(site=site).first()
    standard = report_standard()
    roots = SiteRoots([site])
    site = roots.sites[site.pk]
    as_of = min(today, month_end(month))
    checker = Checker([standard], sites=[site], today=as_of)
    finder = ActivityFinder(site, month, roots)
    sections = []
    for section in standard.report["sections"]:
        lines = []
        for line in section["lines"]:
            requirement = standard.requirement(line["requirement"])
            result = checker.requirement(site, requirement)
            activities = finder.activities(_sources(line.get("activities")), requirement)
            lines.append(
                {
                    "text": line["text"],
                    "requirement": requirement.code,
                    "done": result.status == MET,
                    "activities": activities[:MAX_ACTIVITIES],
                    "more_activities": max(0, len(activities) - MAX_ACTIVITIES),
                    "evidence": result.evidence[:5],
                    "remark": "; ".join(result.missing),
                }
            )
        sections.append({"measure": section["measure"], "lines": lines})
    applicable = applicable_standards(site)
    overall = Checker(applicable, sites=[site], today=as_of)
    completeness = []
    for each in applicable:
        result = overall.check(site, each)
        completeness.append(
            {"standard": each.key, "title": each.short_title, "score": result.score}
        )
    return {
        "schema": SCHEMA,
        "form": standard.report["title"],
        "agency": site.site_name or site.hostname,
        "website": site.root_url,
        "province": settings.province if settings else "",
        "month": f"{month:%Y-%m}",
        "month_label": thai_month(month),
        "due_date": due_date(month).isoformat(),
        "generated_at": timezone.now().isoformat(),
        "filed_at": None,
        "filed_by": None,
        "sections": sections,
        "problems": entered.problems if entered else "",
        "suggestions": entered.suggestions if entered else "",
        "signer": {
            "name": (entered and entered.signer_name)
            or (settings.report_signer_name if settings else ""),
            "position": (entered and entered.signer_position)
            or (settings.report_signer_position if settings else ""),
        },
        "completeness": completeness,
    }


def file_report(site, month, user, today=None):
    """File the month's report: keep it as it stands now, with who filed it and when."""
    report, _created = MonthlyReport.objects.get_or_create(site=site, month=month)
    if report.filed_at:
        return report
    content = build(site, month, today=today)
    report.filed_at = timezone.now()
    report.filed_by = user
    content["filed_at"] = report.filed_at.isoformat()
    content["filed_by"] = (user.get_full_name() or user.get_username()) if user else None
    report.content = content
    report.save()
    return report


def status_of(report, month, today):
    """ "filed", "late" (filed after the 25th), "overdue" (not filed, past the 25th) or
    "pending" (not filed, not due yet)."""
    due = due_date(month)
    if report is not None and report.filed_at:
        return "late" if timezone.localdate(report.filed_at) > due else "filed"
    return "overdue" if today > due else "pending"


def status_label(status):
    return {
        "filed": _("Filed"),
        "late": _("Filed late"),
        "overdue": _("Not filed, overdue"),
        "pending": _("Not filed yet"),
    }[status]


def done_count(report):
    lines = [line for section in report["sections"] for line in section["lines"]]
    return sum(1 for line in lines if line["done"]), len(lines)


def month_of(value):
    """ "2026-05" or a date -> the first day of that month."""
    if isinstance(value, date):
        return value.replace(day=1)
    year, month = str(value).split("-")[:2]
    return date(int(year), int(month), 1)
