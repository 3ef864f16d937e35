"""The site administrator's override screen: see why the gate refuses, give a reason, publish."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page

from . import gate
from .admin_form_page import render_form_page, written_reason
from .overrides import may_override, publish_with_override


class OverrideForm(forms.Form):
    reason = written_reason(gettext_lazy("Why this must be published without the normal process"))


def override(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    revision = page.get_latest_revision()
    if not may_override(request.user, revision):
        raise PermissionDenied
    decision = gate.decide(revision)
    if decision.allowed and decision.via != "override":
        messages.info(request, _("This revision may be published normally; no override is needed."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    form = OverrideForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        publish_with_override(
            page, revision, request.user, form.cleaned_data["reason"], decision.reasons
        )
        messages.success(
            request, _("“%(title)s” was published by override.") % {"title": page.title}
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return render_form_page(
        request,
        page,
        title=_("Publish by override"),
        intro=_(
            "The publish gate refuses this revision. Publishing it anyway is recorded with "
            "your name, the time and your reason, and shown in the page history and the "
            "agency log."
        ),
        listed_heading=_("What the gate found:"),
        listed=decision.reasons,
        form=form,
        submit_label=_("Publish by override"),
    )


class OverrideMenuItem(PageMenuItem):
    label = gettext_lazy("Publish by override")
    icon_name = "warning"
    url_name = "khaosan_override"
    priority = 90

    def is_shown(self, user):
        revision = self.page.get_latest_revision()
        return (
            revision is not None
            and self.page.has_unpublished_changes
            and may_override(user, revision)
        )


@hooks.register("register_admin_urls")
def register_override_url():
    return [path("governance/override/<int:page_id>/", override, name="khaosan_override")]


@hooks.register("register_page_header_buttons")
def override_button(page, user, view_name, next_url=None):
    yield OverrideMenuItem(page=page)
