from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = _("Publishing governance")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Stand the publish gate's backstop on every page save, with the screener as one of its
        checks (run at submit too); clean every rich-text value on save (``screening.sanitize``);
        file the urgent path's forms when a written request is approved; start each published
        item's review clock, and note expiries Wagtail's own command makes; wire the workflow's
        emails. A rejection is emailed by ``governance.rejections`` in Thai with its reasons and
        the publication by ``governance.notifications``, so Wagtail's own English rejection and
        approval emails are switched off; approvers of each step are told by
        ``governance.notifications``."""
        from wagtail.models import WorkflowState
        from wagtail.signals import (
            page_published,
            page_unpublished,
            task_submitted,
            workflow_approved,
            workflow_rejected,
            workflow_submitted,
        )

        from . import gate, gate_backstop, urgent
        from .currency import reviews, tick
        from .notifications import approver_submission_notifier, tell_requester_of_publication
        from .screening import sanitize
        from .screening.revision import screen_on_submit, screening_check

        gate_backstop.connect()
        sanitize.connect()
        gate.register_check(screening_check)
        workflow_submitted.connect(screen_on_submit, dispatch_uid="khaosan_screen_on_submit")
        workflow_approved.connect(urgent.on_workflow_approved, dispatch_uid="khaosan_file_forms")

        workflow_rejected.disconnect(
            sender=WorkflowState, dispatch_uid="workflow_state_rejected_email_notification"
        )
        workflow_approved.disconnect(
            sender=WorkflowState, dispatch_uid="workflow_state_approved_email_notification"
        )
        page_published.connect(
            tell_requester_of_publication, dispatch_uid="khaosan_published_email"
        )
        page_published.connect(reviews.on_published, dispatch_uid="khaosan_review_on_publish")
        page_unpublished.connect(
            tick.note_expired_by_wagtail, dispatch_uid="khaosan_expired_by_wagtail"
        )
        task_submitted.connect(
            approver_submission_notifier, dispatch_uid="khaosan_approver_submission_email"
        )
