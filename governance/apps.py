from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = _("Publishing governance")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Stand the publish gate's backstop on every page save; clean every rich-text value
        on save (``screening.sanitize``); file the urgent path's forms
        when a written request is approved; wire the workflow's emails. A rejection is emailed
        by ``governance.rejections`` in Thai with its reasons and the publication by
        ``governance.notifications``, so Wagtail's own English rejection and approval emails
        are switched off; approvers of each step are told by ``governance.notifications``."""
        from wagtail.models import WorkflowState
        from wagtail.signals import (
            page_published,
            task_submitted,
            workflow_approved,
            workflow_rejected,
        )

        from . import gate_backstop, urgent
        from .notifications import approver_submission_notifier, tell_requester_of_publication
        from .screening import sanitize

        gate_backstop.connect()
        sanitize.connect()
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
        task_submitted.connect(
            approver_submission_notifier, dispatch_uid="khaosan_approver_submission_email"
        )
