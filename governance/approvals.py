"""Whether a revision has been approved for publication, and how.

A revision is approved when the publication workflow finished with every step's latest decision
given to *that* revision (approved, or skipped when the step does not apply), or when a group head
recorded a verbal approval of it (the urgent path, ``governance.urgent``). An approval given to
an earlier revision never carries over to an edit.
"""

from wagtail.models import TaskState, WorkflowState

from .urgent import VerbalApproval

WORKFLOW = "workflow"
VERBAL = "verbal"


def approval_of(revision):
    """``"workflow"``, ``"verbal"`` or ``""`` (not approved)."""
    if approved_by_workflow(revision):
        return WORKFLOW
    if VerbalApproval.objects.filter(revision=revision).exists():
        return VERBAL
    return ""


def approved_by_workflow(revision):
    states = WorkflowState.objects.filter(
        base_content_type_id=revision.base_content_type_id,
        object_id=revision.object_id,
        status=WorkflowState.STATUS_APPROVED,
        task_states__revision=revision,
    ).distinct()
    return any(_chain_complete(state, revision) for state in states)


def _chain_complete(workflow_state, revision):
    latest = {}
    for task_state in workflow_state.task_states.order_by("started_at", "pk"):
        latest[task_state.task_id] = task_state
    required = set(workflow_state.workflow.tasks.filter(active=True).values_list("pk", flat=True))
    if not required <= latest.keys():
        return False
    decided = [latest[task_id] for task_id in required]
    approved = [s for s in decided if s.status == TaskState.STATUS_APPROVED]
    return bool(approved) and all(
        s.status == TaskState.STATUS_SKIPPED
        or (s.status == TaskState.STATUS_APPROVED and s.revision_id == revision.pk)
        for s in decided
    )
