"""The publication workflow's finish action (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

Kept apart from ``governance.workflow``: Wagtail imports it while its own models load, so this
module must not import any model at import time.
"""


def publish_approved_revision(workflow_state, user=None):
    """Publish the revision the chain approved, as the webmaster who gave the last approval.

    No role holds Wagtail's publish permission, so the permission check is skipped here: the
    completed approval chain is the permission.
    """
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=True
    )
