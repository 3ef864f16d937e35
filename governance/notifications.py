"""Email to the people a request now waits for, through Wagtail's notification machinery (its
templates and each user's notification preferences).

Wagtail's own notifier only knows its group task; the steps of ``governance.workflow`` decide
their approvers per page (the heads of the owner work group) or per role.
"""

from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import TaskState

from .workflow import KhaosanTask


class ApproverSubmissionEmailNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState) and isinstance(instance.task.specific, KhaosanTask)

    def get_recipient_users(self, task_state, **kwargs):
        task = task_state.task.specific
        obj = task_state.workflow_state.content_object
        if not task.applies_to(obj):
            return set()
        requester = task_state.workflow_state.requested_by
        return {user for user in task.approvers(obj) if user != requester}


approver_submission_notifier = ApproverSubmissionEmailNotifier()
