"""The publication workflow's finish action (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

Kept apart from ``governance.workflow``: Wagtail imports it while its own models load, so this
module must not import any model at import time.
"""

import contextvars
from contextlib import contextmanager

_go_live_at = contextvars.ContextVar("khaosan_webmaster_go_live_at", default=None)


@contextmanager
def scheduled_for(go_live_at):
    """While the webmaster's approval runs, the time they chose to publish at (or ``None``)."""
    token = _go_live_at.set(go_live_at)
    try:
        yield
    finally:
        _go_live_at.reset(token)


def publish_approved_revision(workflow_state, user=None):
    """Publish the revision the chain approved, as the webmaster who gave the last approval, now
    or at the time they chose.

    No role holds Wagtail's publish permission, so Wagtail's permission check is skipped here;
    the publish gate (``governance.gate``) checks that the chain approved this very revision.
    A chosen time is written into the revision as its go-live time, which makes Wagtail schedule
    it (``publish_scheduled`` then publishes it, asking the gate again).
    """
    revision = workflow_state.task_states.order_by("-started_at", "-pk").first().revision
    go_live_at = _go_live_at.get()
    if go_live_at is not None:
        revision.content["go_live_at"] = go_live_at.isoformat()
        revision.save(update_fields=["content"])
    revision.publish(user=user, skip_permission_checks=True)
