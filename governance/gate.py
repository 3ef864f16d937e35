"""The publish gate: the one place that decides whether a revision may go live.

Wagtail publishes through many doors (the editor's button, the create view, bulk actions, the
workflow's last approval, scheduled go-live, the admin API, copies kept live, reverts). Each of
them ends in a page being saved live with a new live revision, so the gate stands there: the
backstop in ``governance.gate_backstop`` refuses that save unless :func:`decide` allows it. The
user-facing doors ask first (``governance.gate_hooks``) so that people get a Thai message, not an
error, and nothing is written before the answer.

A revision may go live when every check passes:

- **approval**: the publication workflow approved this very revision, or a group head recorded
  a verbal approval of it (the urgent path, ``governance.urgent``);
- **category rules**: the metadata its page type requires (source, date, fiscal year);
- **request form**: the fields of seed 004's form, unless a verbal approval stands in for it
  until the form is filed;
- any check registered with :func:`register_check` (the screener plugs in here).

The only way past a failed check is an override recorded by a site administrator with a written
reason (``governance.overrides``), or a system publication (:func:`system_publication`), which
only code can open: the demo builder and test set-up use it, and it is audit-logged.
"""

from __future__ import annotations

import contextvars
from contextlib import contextmanager
from dataclasses import dataclass

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


class GovernanceRefusal(Exception):
    """A governance rule said no. The admin shows ``message`` and sends the user back, the
    admin API answers 403 with it; see ``governance.middleware``.

    Deliberately not a ``PermissionDenied``: Wagtail's admin turns those into a generic "you do
    not have permission" redirect, which would hide the reason."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class PublicationRefused(GovernanceRefusal):
    def __init__(self, decision):
        super().__init__(decision.message)
        self.decision = decision


@dataclass(frozen=True)
class Decision:
    allowed: bool
    #: Thai messages: why it was refused, or, for an override, what the override passed over.
    reasons: tuple = ()
    #: How it was allowed: "workflow", "verbal", "override" or "system".
    via: str = ""

    @property
    def message(self):
        if self.allowed:
            return ""
        return format_lazy(
            "{} {}", _("This revision cannot be published:"), " ".join(map(str, self.reasons))
        )


NO_REVISION = _("there is no approved revision to publish (a copy or alias is made as a draft).")
NOT_APPROVED = _(
    "it has not been approved through the publication request process (group head, CIO for "
    "important items, then webmaster), and no verbal approval of an urgent item is recorded."
)

_checks = []
_system_reason = contextvars.ContextVar("khaosan_system_publication", default="")


def register_check(check):
    """Add a check: ``check(revision, page) -> list of Thai messages`` (empty when it passes)."""
    if check not in _checks:
        _checks.append(check)
    return check


@contextmanager
def system_publication(reason):
    """Let code publish without the process, e.g. the demo builder. Every publication made
    inside is audit-logged with ``reason``; no request can open this."""
    token = _system_reason.set(reason)
    try:
        yield
    finally:
        _system_reason.reset(token)


def system_publication_reason():
    return _system_reason.get()


def decide(revision) -> Decision:
    """Whether ``revision`` may go live, and why not."""
    from .approvals import approval_of
    from .overrides import PublicationOverride

    if _system_reason.get():
        return Decision(True, via="system")
    if revision is None:
        return Decision(False, (NO_REVISION,))
    page = revision.as_object()
    approval = approval_of(revision)
    reasons = [] if approval else [NOT_APPROVED]
    reasons += _category_rules(page)
    if approval != "verbal":
        reasons += _request_form(page)
    for check in _checks:
        reasons += check(revision, page)
    if not reasons:
        return Decision(True, via=approval)
    if PublicationOverride.objects.filter(revision=revision).exists():
        return Decision(True, tuple(reasons), via="override")
    return Decision(False, tuple(reasons))


def require(revision) -> Decision:
    """:func:`decide`, raising :class:`PublicationRefused` when the answer is no."""
    decision = decide(revision)
    if not decision.allowed:
        raise PublicationRefused(decision)
    return decision


def _category_rules(page):
    missing = getattr(page, "missing_requirements", None)
    return list(missing().values()) if missing else []


def _request_form(page):
    missing = getattr(page, "missing_request_fields", None)
    return list(missing().values()) if missing else []
