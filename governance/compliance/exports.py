"""Files compliance writes: the monthly report as XLSX and JSON (the PDF is ``report_pdf``), the
ITA/MOIT evidence as XLSX and CSV, and a month's reports of many agencies as one ZIP."""

import csv
import io
import json
import re
import zipfile

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .checker import status_label
from .report_pdf import printable, render_report_pdf

MARK = "✓"


def report_json(report):
    return json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8")


def report_xlsx(report, digits=False):
    """The same content as the PDF, one measure line a row, then one row per further activity."""
    report = printable(report, digits)
    book = Workbook()
    sheet = book.active
    sheet.title = _("Monthly report")
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    sheet.append([report["form"]])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([_("Agency"), report["agency"]])
    sheet.append([_("Agency website"), report["website"]])
    sheet.append([_("Report for"), report["month_text"]])
    sheet.append([_("Filed on"), report["filed_text"] or "-"])
    sheet.append([])
    header = [
        _("Measure"),
        _("Done"),
        _("Not done"),
        _("Activity"),
        _("Link"),
        _("Audit log"),
        _("Remarks"),
    ]
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for section in report["sections"]:
        sheet.append([section["measure"]])
        sheet.cell(sheet.max_row, 1).font = bold
        for line in section["lines"]:
            activities = line["activities"] or [None]
            for number, activity in enumerate(activities):
                first = number == 0
                row = [
                    f"- {line['text']}" if first else "",
                    (MARK if line["done"] else "") if first else "",
                    ("" if line["done"] else MARK) if first else "",
                    f"{activity['date_text']} {activity['title']}" if activity else "",
                    activity["url"] if activity else "",
                    activity["audit_url"] if activity else "",
                    line["remark"] if first else "",
                ]
                sheet.append(row)
            if line["more_activities"]:
                sheet.append(
                    ["", "", "", _("and %(count)s more in the audit log") % {
                        "count": line["more_activities"]}]
                )  # fmt: skip
    sheet.append([])
    sheet.append([_("Problems and obstacles in carrying out the announcement"), report["problems"]])
    sheet.append([_("Suggestions"), report["suggestions"]])
    sheet.append([_("Signed by"), report["signer"]["name"]])
    sheet.append([_("Position"), report["signer"]["position"]])
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = wrap
    for column, width in zip("ABCDEFG", (60, 10, 10, 50, 45, 45, 40), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_report(report, file_format, digits=False):
    """Bytes of ``report`` as "pdf", "xlsx" or "json"."""
    if file_format == "pdf":
        return render_report_pdf(report, digits)
    if file_format == "xlsx":
        return report_xlsx(report, digits)
    if file_format == "json":
        return report_json(report)
    raise ValueError(file_format)


CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "zip": "application/zip",
}


def safe_name(text):
    """A file name part from a site name or hostname: letters (Thai too), digits, dashes."""
    return re.sub(r"[^\w\u0e00-\u0e7f.-]+", "-", text).strip("-") or "site"


def reports_zip(reports, formats=("pdf", "xlsx", "json")):
    """One ZIP of many agencies' reports: ``reports`` is [(file stem, report dict)]."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for stem, report in reports:
            for file_format in formats:
                archive.writestr(f"{stem}.{file_format}", write_report(report, file_format))
    return out.getvalue()


# --- ITA / MOIT evidence -------------------------------------------------------------------------


def evidence_rows(results):
    """One row per indicator: standard, code, title, status, evidence URLs, what is missing."""
    for standard_result in results:
        for result in standard_result.results:
            yield [
                standard_result.standard.short_title,
                result.requirement.code,
                result.requirement.title,
                status_label(result.status),
                "\n".join(result.evidence),
                "; ".join(result.missing),
            ]


def evidence_header():
    return [
        _("Standard"),
        _("Indicator"),
        _("Item"),
        _("Result"),
        _("Evidence URLs"),
        _("Missing"),
    ]


def evidence_csv(results):
    """UTF-8 with a byte-order mark, so that Excel opens the Thai text as Thai."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(evidence_header())
    writer.writerows(evidence_rows(results))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def evidence_xlsx(results):
    book = Workbook()
    sheet = book.active
    sheet.title = _("Evidence")
    sheet.append(evidence_header())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in evidence_rows(results):
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDEF", (24, 10, 50, 14, 70, 50), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
