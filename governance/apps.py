from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = _("Publishing governance")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """A rejection is emailed by ``governance.rejections`` in Thai with its reasons, so
        Wagtail's own, reason-less rejection email is switched off."""
        from wagtail.models import WorkflowState
        from wagtail.signals import workflow_rejected

        workflow_rejected.disconnect(
            sender=WorkflowState, dispatch_uid="workflow_state_rejected_email_notification"
        )
