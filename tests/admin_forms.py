"""POST bodies for Wagtail's page editor, built with Wagtail's own form-data helpers."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text


def page_form(title, slug, body="<p>ข้อความ</p>", action=None):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "body": rich_text(body),
            "comments": inline_formset([]),
        }
    )
    if action:
        data[f"action-{action}"] = action
    return data
