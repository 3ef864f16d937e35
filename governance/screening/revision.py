"""Screening a page revision: every text it carries and the files it attaches, once, and the
gate's screening check (issue 5: "plugs into the gate as one check")."""

from django.db import transaction
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .. import audit, roles
from ..gate import GovernanceRefusal
from ..models import WorkGroup
from . import categories
from .engine import screen_text
from .extract import extract_text
from .findings import BLOCK, PASS, UNREADABLE, WARN, Finding
from .page_texts import page_texts
from .reviews import ScreeningAcknowledgement, ScreeningOverride, ScreeningRecord

BLOCKED = _(
    "the screener found personal data or prohibited content that may not be published (see "
    "the Screening panel); fix it, or a group head or the CIO may override with a justification."
)
UNACKNOWLEDGED = _(
    "the screener's warnings (e.g. names, phone numbers) have not been acknowledged by an approver."
)


def screen_revision(revision):
    """The screening of ``revision``, computed the first time it is asked for."""
    record = ScreeningRecord.objects.filter(revision=revision).first()
    if record is not None:
        return record
    fields = []
    for item in page_texts(revision.as_object()):
        findings = _findings_of(item)
        if findings:
            fields.append({"label": str(item.label), "findings": [_stored(f) for f in findings]})
    severities = {f["severity"] for field in fields for f in field["findings"]}
    decision = BLOCK if BLOCK in severities else WARN if WARN in severities else PASS
    record, _created = ScreeningRecord.objects.get_or_create(
        revision=revision, defaults={"decision": decision, "fields": fields}
    )
    return record


def _findings_of(item):
    if item.document is None:
        return screen_text(item.text, html=item.html).findings
    with item.document.open_file() as file:
        extraction = extract_text(file, filename=item.document.filename)
    if not extraction.readable:
        return [Finding(UNREADABLE, WARN, 0, 0, str(extraction.reason))]
    return screen_text(extraction.text).findings


def _stored(finding):
    shown = finding.text if finding.category == UNREADABLE else finding.masked
    return {
        "category": finding.category,
        "label": str(categories.label(finding.category)),
        "severity": finding.severity,
        "masked": shown,
        "learned": finding.learned,
    }


def screening_check(revision, page):
    """The gate's check: block findings need an override, warnings an acknowledgement."""
    decision = screen_revision(revision).decision
    if decision == BLOCK and not ScreeningOverride.objects.filter(revision=revision).exists():
        return [BLOCKED]
    if decision == WARN and not ScreeningAcknowledgement.objects.filter(revision=revision).exists():
        return [UNACKNOWLEDGED]
    return []


def may_override(user, page, revision):
    """A head of the page's owner work group, or the CIO; never for their own revision."""
    if not user.is_active or revision is None or revision.user_id == user.pk:
        return False
    group_id = getattr(page.specific_deferred, "owner_work_group_id", None)
    is_head = bool(group_id) and WorkGroup.objects.filter(pk=group_id, heads=user).exists()
    return is_head or roles.has_role(user, roles.CIO)


@transaction.atomic
def override(page, revision, user, justification):
    ScreeningOverride.objects.create(
        page=page, revision=revision, user=user, justification=justification
    )
    log(
        instance=page.specific,
        action=audit.SCREENING_OVERRIDE,
        user=user,
        revision=revision,
        data={"reason": justification},
    )


def acknowledge(page, revision, user):
    ScreeningAcknowledgement.objects.get_or_create(
        page=page, revision=revision, defaults={"user": user}
    )


def require_for_approval(page, revision, user, acknowledged):
    """An approval of ``revision``: refused while block findings stand; warnings are
    acknowledged by ticking the box, which is recorded."""
    decision = screen_revision(revision).decision
    if decision == BLOCK and not ScreeningOverride.objects.filter(revision=revision).exists():
        raise GovernanceRefusal(
            format_lazy("{} {}", _("This revision cannot be approved:"), BLOCKED)
        )
    if decision != WARN:
        return
    if acknowledged:
        acknowledge(page, revision, user)
    elif not ScreeningAcknowledgement.objects.filter(revision=revision).exists():
        raise GovernanceRefusal(
            _(
                "This revision has screener warnings: approve with “I have checked the "
                "screener's warnings” ticked (Approve with comment)."
            )
        )


def screen_on_submit(sender, instance, user=None, **kwargs):
    """``workflow_submitted`` receiver: screen the submitted revision at once, so the author and
    the approvers see the findings in the editor."""
    task_state = instance.current_task_state
    if task_state is not None and task_state.revision_id:
        screen_revision(task_state.revision)
