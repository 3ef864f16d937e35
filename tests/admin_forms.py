"""POST bodies for Wagtail's page editor, built with Wagtail's own form-data helpers."""

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

#: The publication request form as an author fills it in (prefilled for ``author``).
REQUEST_FORM = {
    "information_owner_name": "สมหญิง ตัวอย่าง",
    "information_owner_position": "นักประชาสัมพันธ์ปฏิบัติการ",
}


def page_form(title, slug, body="<p>ข้อความ</p>", action=None, **fields):
    """A governed page's editor form, request form filled in; ``fields`` adds or overrides
    fields (e.g. source_name)."""
    data = {
        "title": title,
        "slug": slug,
        "body": streamfield([("paragraph", rich_text(body))]),
        "attachments": streamfield([]),
        "comments": inline_formset([]),
        **REQUEST_FORM,
    }
    data.update(fields)
    data = nested_form_data(data)
    if action:
        data[f"action-{action}"] = action
    return data


def submitted(data):
    """``data`` sent with the editor's "Submit for approval" button instead of "Publish"."""
    data = {key: value for key, value in data.items() if key != "action-publish"}
    data["action-submit"] = "submit"
    return data
