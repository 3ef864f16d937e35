"""The governance steps as registered Wagtail audit-log actions.

Wagtail already logs submit (``wagtail.workflow.start``), approve and reject
(``wagtail.workflow.approve`` / ``.reject``), publish and unpublish. The steps below are ours; each
is registered so the page history and the audit-log report show it with a Thai label.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

#: A group head recorded a verbal approval of an urgent item (seed 004 clause 2.2.1).
VERBAL_APPROVAL = "khaosan.verbal_approval"
#: The written request form of an urgent item was filed after its verbal approval.
REQUEST_FILED = "khaosan.request_filed"
#: A site administrator published past the gate with a written reason.
OVERRIDE = "khaosan.publish.override"
#: The gate refused a publication (a scheduled go-live, or a refused attempt on another path).
REFUSED = "khaosan.publish.refused"
#: Published by the system itself (the demo, data loading), never by a person.
SYSTEM_PUBLISH = "khaosan.publish.system"
#: A group head or the CIO let the screener's block findings through, with a justification.
SCREENING_OVERRIDE = "khaosan.screening.override"
#: The reasons a request was sent back with (beside Wagtail's own reject entry).
REJECTION_REASONS = "khaosan.workflow.reject_reasons"
#: Taken down by ``governance_tick`` because its publication period ended (seed 004 clause 3.2).
EXPIRED = "khaosan.expired"
#: Its owner, a head or a webmaster confirmed the item is still current, without a new draft.
REVIEWED = "khaosan.reviewed"

LABELS = {
    VERBAL_APPROVAL: (_("Verbal approval"), _("Verbal approval of an urgent item recorded")),
    REQUEST_FILED: (_("Request form filed"), _("Written request form filed after verbal approval")),
    OVERRIDE: (_("Publish by override"), _("Published past the gate by a site administrator")),
    REFUSED: (_("Publication refused"), _("Publication refused by the publish gate")),
    SYSTEM_PUBLISH: (_("Published by the system"), _("Published by the system")),
    SCREENING_OVERRIDE: (
        _("Screening override"),
        _("Screener's findings let through by an approver"),
    ),
    REJECTION_REASONS: (_("Rejection reasons"), _("Request sent back with reasons")),
    EXPIRED: (_("Expired"), _("Taken down: its publication period ended")),
    REVIEWED: (_("Reviewed, still current"), _("Confirmed still current")),
}


class GovernanceLogFormatter(LogFormatter):
    """Our steps' entries: a fixed message, and the written reason (``data["reason"]``) as the
    comment the page history and the agency log show beside it."""

    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("reason", "")


class RejectionReasonsFormatter(GovernanceLogFormatter):
    """Names the step and the listed reasons, so the history says why without opening it."""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        reasons = "; ".join(data.get("reasons", ()))
        if not reasons:
            return self.message
        if data.get("task"):
            return _("Sent back at '%(task)s' with reasons: %(reasons)s") % {
                "task": data["task"],
                "reasons": reasons,
            }
        return _("Sent back with reasons: %(reasons)s") % {"reasons": reasons}


FORMATTERS = {REJECTION_REASONS: RejectionReasonsFormatter}


@hooks.register("register_log_actions")
def register_governance_log_actions(actions):
    for action, (label, message) in LABELS.items():
        base = FORMATTERS.get(action, GovernanceLogFormatter)
        actions.register_action(action)(
            type(base.__name__, (base,), {"label": label, "message": message})
        )
