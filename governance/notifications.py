"""Email to the people a request now waits for, through Wagtail's notification machinery (its
templates and each user's notification preferences); and to the requester once it is published.

Wagtail's own notifier only knows its group task; the steps of ``governance.workflow`` decide
their approvers per page (the heads of the owner work group) or per role.
"""

from django.template.loader import render_to_string
from django.utils import timezone
from pythainlp.util import thai_strftime
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.log_actions import get_active_log_context
from wagtail.models import TaskState, WorkflowState

from cms.operations.tasks import send_mail

from .gate import system_publication_reason
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


def tell_requester_of_publication(sender, instance, revision, **kwargs):
    """``page_published`` receiver (seed 004 clause 2.2.2): the webmaster's publication is made
    known to the person who asked for it, in Thai, with the public address. Replaces Wagtail's
    "approved" email, which is in English and says nothing about publication."""
    if system_publication_reason():
        return  # the demo builder or data loading, not anybody's request
    requester = _requester_of(instance, revision)
    if requester is None or not requester.email or not requester.is_active:
        return
    publisher = get_active_log_context().user  # the person whose request this is, if any
    context = {
        "page": instance,
        "requester": requester,
        "publisher": publisher.get_full_name() or publisher.get_username() if publisher else "",
        "published_at": thai_strftime(timezone.localtime(), "%-d %B %Y %H:%M น."),
        "url": instance.full_url or "",
    }
    send_mail(
        subject=render_to_string("governance/email/published_subject.txt", context).strip(),
        message=render_to_string("governance/email/published.txt", context),
        from_email=None,
        recipient_list=[requester.email],
    )


def _requester_of(page, revision):
    """Who asked for ``revision`` to be published: the requester of the approved request that
    covers it, else whoever saved the revision (the urgent path)."""
    state = (
        WorkflowState.objects.filter(
            base_content_type_id=revision.base_content_type_id,
            object_id=revision.object_id,
            status=WorkflowState.STATUS_APPROVED,
            task_states__revision=revision,
        )
        .select_related("requested_by")
        .order_by("-created_at")
        .first()
    )
    return state.requested_by if state else revision.user
