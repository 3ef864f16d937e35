"""The monthly report as PDF: WeasyPrint with the Sarabun font the project ships (the same
approach as ``governance.request_pdf``), in Thai whatever the admin's language, Buddhist-era
dates, and seed 000's table layout."""

import copy

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from ..request_pdf import FONT_DIR, font_urls
from .report import month_of, thai_day, thai_month

TEMPLATE = "governance/compliance/monthly_report_pdf.html"


def printable(report, digits=False):
    """The report with its dates written out in Thai for printing."""
    report = copy.deepcopy(report)
    report["month_text"] = thai_month(month_of(report["month"]), digits)
    report["filed_text"] = thai_day(report.get("filed_at"), digits)
    for section in report["sections"]:
        for line in section["lines"]:
            for activity in line["activities"]:
                activity["date_text"] = thai_day(activity["published_at"], digits)
    return report


def render_report_pdf(report, digits=False):
    """PDF bytes of a report dict (``report.build``). ``digits``: Thai digits in the dates."""
    with translation.override(settings.LANGUAGE_CODE):
        html = render_to_string(
            TEMPLATE, {"report": printable(report, digits), "fonts": font_urls()}
        )
    fetcher = URLFetcher(allowed_protocols=("file",))
    return HTML(string=html, base_url=FONT_DIR.as_uri(), url_fetcher=fetcher).write_pdf()
