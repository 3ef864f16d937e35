"""The publish paths people use in the admin ask the gate before anything is written, and a
refusal is a Thai message on the page they came from. The model-level backstop
(``governance.gate_backstop``) still stands behind every one of them."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.log_actions import log
from wagtail.models import Page

from . import audit, gate
from .overrides import may_override


def refuse(request, page, revision, message):
    """Log the refused attempt, tell the user why (and where the override is, if theirs), and
    send them back to the editor with their draft."""
    log(
        instance=page.specific,
        action=audit.REFUSED,
        user=request.user,
        revision=revision,
        data={"reason": str(message)},
    )
    messages.error(request, message)
    if may_override(request.user, revision):
        messages.info(
            request,
            _("As a site administrator you may publish it with a written reason: %(url)s")
            % {"url": reverse("khaosan_override", args=[page.pk])},
        )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_publish_page")
def ask_gate_before_publishing(request, page):
    """The editor's Publish button, the create view's, and "revert and publish": the revision
    just saved from the form is what would go live."""
    revision = page.get_latest_revision()
    decision = gate.decide(revision)
    if not decision.allowed:
        return refuse(request, page, revision, decision.message)
    return None


@hooks.register("before_bulk_action")
def ask_gate_before_bulk_publication(request, action_type, objects, action_class_instance):
    """Bulk publication publishes each page's current draft; one refusal stops the whole action
    before anything is written. (It saves a fresh revision of each page first, which the
    backstop then asks about again.)"""
    if action_type != "publish" or not issubclass(action_class_instance.model, Page):
        return None
    refused = []
    for page in objects:
        revision = page.get_latest_revision()
        decision = gate.decide(revision)
        if not decision.allowed:
            log(instance=page.specific, action=audit.REFUSED, user=request.user,
                revision=revision, data={"reason": str(decision.message)})  # fmt: skip
            refused.append(page.get_admin_display_title())
    if not refused:
        return None
    messages.error(
        request,
        _(
            "Not published: these pages have no approved publication request: %(titles)s. Each "
            "item is published by a webmaster once its own request is approved."
        )
        % {"titles": ", ".join(refused)},
    )
    return redirect(request.GET.get("next") or "wagtailadmin_explore_root")


@hooks.register("before_copy_page")
def refuse_live_copies(request, page):
    """A copy, or an alias, of a live page would put the same content at a new address without
    a request; copies are made as drafts to be requested like any page."""
    if request.method != "POST":
        return None
    wants_live = request.POST.get("publish_copies") or (request.POST.get("alias") and page.live)
    if not wants_live:
        return None
    message = _(
        "A copy cannot be published directly: make the copy without publishing it (and not as "
        "an alias), then submit it for approval."
    )
    log(
        instance=page.specific,
        action=audit.REFUSED,
        user=request.user,
        data={"reason": str(message)},
    )
    messages.error(request, message)
    return redirect("wagtailadmin_pages:copy", page.pk)
