"""The one-form admin screen the governance views share (override, verbal approval, urgent
publish): a title, what the user should know, optionally a list, the form, one button."""

from django.shortcuts import render


def render_form_page(
    request, page, *, title, intro, form, submit_label, listed=(), listed_heading=""
):
    return render(
        request,
        "governance/admin/form_page.html",
        {
            "title": title,
            "page": page,
            "intro": intro,
            "listed_heading": listed_heading,
            "listed": listed,
            "form": form,
            "submit_label": submit_label,
        },
    )
