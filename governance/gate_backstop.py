"""The model-level backstop of the publish gate: no page goes live without ``gate.decide``.

Every Wagtail publish path ends in saving a page with ``live`` set and a new ``live_revision``;
the ``pre_save`` receiver here refuses that save unless the gate allows the revision, inside the
transaction of the path that asked. A page created live with no revision at all (Wagtail's create
view and copies kept live do that for a moment) is saved as a draft instead: with no revision
there is nothing anyone approved.

``GatedPublishMixin`` goes on every page model so the gate is asked before Wagtail's publish
action writes anything (it clears other revisions' schedules before it saves the page), and so a
scheduled go-live the gate refuses is logged and stays on the schedule, instead of stopping the
``publish_scheduled`` run or vanishing from it.
"""

from django.db import transaction
from django.db.models.signals import post_save, pre_save
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry

from . import audit, gate

SCHEDULED = "wagtail.publish.scheduled"


class GatedPublishMixin:
    def publish(self, revision, *args, log_action=True, **kwargs):
        decision = gate.decide(revision)
        if not decision.allowed:
            if log_action == SCHEDULED:
                log_refused_schedule(self, revision, decision)
                return None
            raise gate.PublicationRefused(decision)
        with transaction.atomic():
            return super().publish(revision, *args, log_action=log_action, **kwargs)


def log_refused_schedule(page, revision, decision):
    """Log a refused scheduled go-live once per revision; the revision stays scheduled and goes
    live on a later run once the gate allows it."""
    already = PageLogEntry.objects.filter(
        page=page, revision=revision, action=audit.REFUSED
    ).exists()
    if not already:
        log(
            instance=page,
            action=audit.REFUSED,
            revision=revision,
            data={"reason": str(decision.message), "scheduled": True},
        )


def refuse_unapproved_go_live(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or not instance.live or instance.depth == 1:
        return
    if update_fields is not None and not {"live", "live_revision"} & set(update_fields):
        return
    if instance.pk is None and instance.live_revision_id is None:
        if not gate.system_publication_reason():
            instance.live = False
        return
    if instance.pk is not None:
        before = Page.objects.filter(pk=instance.pk).values("live", "live_revision_id").first()
        if before and before["live"] and before["live_revision_id"] == instance.live_revision_id:
            return
    decision = gate.require(instance.live_revision)
    instance._khaosan_gate_via = decision.via


def log_system_publication(sender, instance, created=False, **kwargs):
    if getattr(instance, "_khaosan_gate_via", "") == "system":
        del instance._khaosan_gate_via
        log(
            instance=instance,
            action=audit.SYSTEM_PUBLISH,
            revision=instance.live_revision,
            data={"reason": str(gate.system_publication_reason())},
        )


def connect():
    pre_save.connect(refuse_unapproved_go_live, dispatch_uid="khaosan_publish_gate_backstop")
    post_save.connect(log_system_publication, dispatch_uid="khaosan_system_publication_log")
