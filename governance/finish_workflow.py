"""The publication workflow's finish action (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

Kept apart from ``governance.workflow``: Wagtail imports it while its own models load, so this
module must not import any model at import time.
"""

import contextvars
from contextlib import contextmanager

_chosen = contextvars.ContextVar("khaosan_webmaster_chosen_dates", default=(None, None))


@contextmanager
def chosen_dates(go_live_at=None, expire_at=None):
    """While the webmaster's approval runs, the times they chose to publish at and to take the
    item down at (``None``: now, and the item's own or its type's default)."""
    token = _chosen.set((go_live_at, expire_at))
    try:
        yield
    finally:
        _chosen.reset(token)


def publish_approved_revision(workflow_state, user=None):
    """Publish the revision the chain approved, as the webmaster who gave the last approval, now
    or at the time they chose, with the expiry they chose or the default one.

    No role holds Wagtail's publish permission, so Wagtail's permission check is skipped here;
    the publish gate (``governance.gate``) checks that the chain approved this very revision.
    A chosen time is written into the revision as its go-live time, which makes Wagtail schedule
    it (``publish_scheduled`` then publishes it, asking the gate again).
    """
    from .currency.policy import expiry_for_approval

    revision = workflow_state.task_states.order_by("-started_at", "-pk").first().revision
    go_live_at, expire_at = _chosen.get()
    if go_live_at is not None:
        revision.content["go_live_at"] = go_live_at.isoformat()
        revision.save(update_fields=["content"])
    expiry_for_approval(revision, chosen=expire_at)
    revision.publish(user=user, skip_permission_checks=True)
