"""The one-form admin screen the governance views share (overrides, verbal approval, urgent
publish): a title, what the user should know, optionally a list, the form, one button; and the
written reason an override asks for."""

from django import forms
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def written_reason(label):
    """A reason an override must give: required, at least 20 characters, kept in the audit log."""
    return forms.CharField(
        label=label,
        widget=forms.Textarea({"rows": 4}),
        min_length=20,
        error_messages={
            "required": _("Write the reason; it is kept in the audit log."),
            "min_length": _("Explain the reason in at least 20 characters."),
        },
    )


def render_form_page(
    request,
    page,
    *,
    title,
    intro,
    form,
    submit_label,
    listed=(),
    listed_heading="",
    subtitle=None,
    cancel_url=None,
):
    """The screen for ``page`` (its title as subtitle, Cancel back to its editor), or for
    something else when ``subtitle`` and ``cancel_url`` are given."""
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
            "subtitle": page.title if subtitle is None else subtitle,
            "cancel_url": cancel_url or reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )
