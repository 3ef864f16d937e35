"""Admin screens of the screener: check the saved draft now, and override block findings."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.models import Page

from ..admin_form_page import render_form_page, written_reason
from ..workflow import KhaosanTask
from .findings import BLOCK, WARN
from .revision import may_override, override, screen_revision


def _may_check(user, page):
    """Whoever may edit the page, or act on its current approval step."""
    if page.permissions_for_user(user).can_edit():
        return True
    state = page.current_workflow_state
    task = state.current_task_state.task.specific if state and state.current_task_state else None
    return isinstance(task, KhaosanTask) and task.user_can_access_editor(page, user)


def check(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not _may_check(request.user, page):
        raise PermissionDenied
    revision = page.get_latest_revision()
    if revision is None:
        messages.warning(request, _("Save a draft first, then check it."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    decision = screen_revision(revision).decision
    if decision == BLOCK:
        messages.error(
            request,
            _("The screener found data that may not be published: see the Screening panel."),
        )
    elif decision == WARN:
        messages.warning(
            request,
            _("The screener has warnings for an approver to check: see the Screening panel."),
        )
    else:
        messages.success(request, _("Checked: no personal data or prohibited content found."))
    return redirect("wagtailadmin_pages:edit", page.pk)


class OverrideForm(forms.Form):
    justification = written_reason(gettext_lazy("Why these findings may be published"))


def override_view(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    revision = page.get_latest_revision()
    if not may_override(request.user, page, revision):
        raise PermissionDenied
    record = screen_revision(revision)
    if record.decision != BLOCK:
        return redirect("wagtailadmin_pages:edit", page.pk)
    form = OverrideForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        override(page, revision, request.user, form.cleaned_data["justification"])
        messages.success(request, _("The screener's findings were overridden for this revision."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return render_form_page(
        request,
        page,
        title=_("Override the screener's findings"),
        intro=_(
            "Only when the findings are wrong or publishing them is lawful (e.g. a legal duty "
            "to publish). Your name, the time and your justification are recorded."
        ),
        listed_heading=_("What the screener found:"),
        listed=[
            f"{field['label']}: {finding['label']} {finding['masked']}"
            for field in record.fields
            for finding in field["findings"]
            if finding["severity"] == BLOCK
        ],
        form=form,
        submit_label=_("Override"),
    )


@hooks.register("register_admin_urls")
def register_screening_urls():
    return [
        path("governance/screening/<int:page_id>/check/", check, name="khaosan_screening_check"),
        path("governance/screening/<int:page_id>/override/", override_view,
             name="khaosan_screening_override"),
    ]  # fmt: skip
