"""The publication workflow's finish action (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

Kept apart from ``governance.workflow``: Wagtail imports it while its own models load, so this
module must not import any model at import time.
"""


def publish_approved_revision(workflow_state, user=None):
    """Publish the revision the chain approved, as the webmaster who gave the last approval.

    No role holds Wagtail's publish permission, so Wagtail's permission check is skipped here;
    the publish gate (``governance.gate``) checks that the chain approved this very revision.
    """
    last_step = workflow_state.task_states.order_by("-started_at", "-pk").first()
    last_step.revision.publish(user=user, skip_permission_checks=True)
