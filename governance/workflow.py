"""The approval chain of seed 004 clause 2, as Wagtail workflow tasks.

1. ``GroupHeadApprovalTask``: a head of the page's owner work group approves or rejects.
2. ``CIOApprovalTask``: the CIO also approves items flagged important or emergency (seed 000
   clause 2 (2)-(3)); for other items the task is skipped, and the history says so.
3. ``WebmasterPublishTask``: a webmaster approves the approved revision, which publishes it.

Separation of duties: nobody acts on a task of their own request, whatever roles they hold, and
superusers act only where their roles let them. Approval is scoped through work groups, which
Wagtail's own group task cannot express.
"""

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.models import Task, TaskState

from . import roles
from .finish_workflow import chosen_dates
from .gate import GovernanceRefusal
from .models import WorkGroup
from .rejections import RejectForm, reject_with_reasons


def _specific(obj):
    """The page as its own type (workflows hand over the base ``Page``)."""
    return getattr(obj, "specific_deferred", obj)


def _owner_work_group_id(obj):
    return getattr(_specific(obj), "owner_work_group_id", None)


def _requester(obj):
    state = getattr(obj, "current_workflow_state", None)
    return state.requested_by if state else None


def _form_value(value):
    """A cleaned value as a form would receive it again: objects as ids, times as ISO text."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, list | tuple | models.QuerySet):
        return [_form_value(item) for item in value]
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


class KhaosanTask(Task):
    """A step only some people may act on; subclasses say who with ``may_act``."""

    class Meta:
        abstract = True

    def may_act(self, obj, user):
        raise NotImplementedError

    def may_moderate(self, user):
        """Whether ``user`` could act on this step for some page (for their dashboard)."""
        raise NotImplementedError

    def approvers(self, obj):
        """The users who may act on this step for ``obj`` (the requester is left out later)."""
        raise NotImplementedError

    def applies_to(self, obj):
        """Whether ``obj`` needs this step at all; a step that does not apply is skipped."""
        return True

    def _allowed(self, obj, user):
        return user.is_active and user != _requester(obj) and self.may_act(obj, user)

    def user_can_access_editor(self, obj, user):
        return self._allowed(obj, user)

    def locked_for_user(self, obj, user):
        return not self._allowed(obj, user)

    def user_can_lock(self, obj, user):
        return self._allowed(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    #: The labels of the two approve buttons (at once; in a dialog with the approve form).
    approve_label = _("Approve")
    approve_with_form_label = _("Approve with comment")

    def get_actions(self, obj, user):
        if not self._allowed(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", self.approve_label, False),
            ("approve", self.approve_with_form_label, True),
        ]

    def approve_form(self):
        return ApproveForm

    def get_form_for_action(self, action):
        if action == "reject":
            return RejectForm
        return self.approve_form() if action == "approve" else super().get_form_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        """Refuse an action from someone the step does not allow, whatever path it came by;
        a rejection always carries its reasons.

        The step is locked first, so of two approvers acting at the same moment one decides
        and the other is told the step is already decided (PostgreSQL row lock; SQLite
        serialises writers anyway). Everything the action writes, up to the publication by
        the last step, commits or rolls back together.
        """
        kwargs = self.validated_action_data(action_name, kwargs)
        task_state = TaskState.objects.select_for_update().get(pk=task_state.pk).specific
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            raise GovernanceRefusal(_("This step has already been decided by someone else."))
        obj = task_state.workflow_state.content_object
        if not self._allowed(obj, user):
            raise PermissionDenied(_("You may not act on this step of this request."))
        if action_name == "reject":
            return reject_with_reasons(task_state, user, kwargs["reasons"], kwargs["comment"])
        if action_name == "approve":
            from .screening.revision import require_for_approval

            acknowledged = kwargs.pop("acknowledge_warnings", False)
            require_for_approval(obj, task_state.revision, user, acknowledged)
        return super().on_action(task_state, user, action_name, **kwargs)

    def validated_action_data(self, action_name, data):
        """``data`` checked by the action's form, on every path. The editor's dialogs send the
        form's cleaned data back as JSON (reasons as ids, times as ISO text), and Wagtail's edit
        view hands that to ``on_action`` without checking it again."""
        form_class = self.get_form_for_action(action_name)
        if form_class is None:
            return data
        form = form_class(data={name: _form_value(value) for name, value in data.items()})
        if not form.is_valid():
            raise GovernanceRefusal(
                " ".join(str(error) for errors in form.errors.values() for error in errors)
            )
        return {name: value for name, value in form.cleaned_data.items() if name in data}

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not self.may_moderate(user):
            return TaskState.objects.none()
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(
            workflow_state__requested_by=user
        )
        allowed = [s.pk for s in states if self.may_act(s.workflow_state.content_object, user)]
        return self.task_states.filter(pk__in=allowed)


class GroupHeadApprovalTask(KhaosanTask):
    class Meta:
        verbose_name = _("group head approval")
        verbose_name_plural = _("group head approvals")

    @classmethod
    def get_description(cls):
        return _("A head of the page's owner work group approves or rejects the request.")

    def may_act(self, obj, user):
        group_id = _owner_work_group_id(obj)
        return bool(group_id) and WorkGroup.objects.filter(pk=group_id, heads=user).exists()

    def may_moderate(self, user):
        return WorkGroup.objects.filter(heads=user).exists()

    def approvers(self, obj):
        group_id = _owner_work_group_id(obj)
        return get_user_model().objects.filter(headed_work_groups=group_id, is_active=True)


class RoleApprovalTask(KhaosanTask):
    """A step for the holders of one role (``role`` names it)."""

    role = None

    class Meta:
        abstract = True

    def may_act(self, obj, user):
        return roles.has_role(user, self.role)

    def may_moderate(self, user):
        return roles.has_role(user, self.role)

    def approvers(self, obj):
        return roles.role_group(self.role).user_set.filter(is_active=True)


class CIOApprovalTask(RoleApprovalTask):
    role = roles.CIO

    class Meta:
        verbose_name = _("CIO approval of important items")
        verbose_name_plural = _("CIO approvals of important items")

    @classmethod
    def get_description(cls):
        return _("The CIO approves items flagged important or emergency; others skip this step.")

    def applies_to(self, obj):
        return getattr(_specific(obj), "is_important", False)

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        if not self.applies_to(workflow_state.content_object):
            task_state.status = TaskState.STATUS_SKIPPED
            task_state.save(update_fields=["status"])
        return task_state


class ApproveForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea({"rows": 2})
    )
    acknowledge_warnings = forms.BooleanField(
        label=_("I have checked the screener's warnings and they may be published"),
        help_text=_("Needed when the Screening panel lists warnings, e.g. names or phone numbers."),
        required=False,
    )


class PublishForm(ApproveForm):
    """The webmaster's approval: publish now or at a time they choose, until the item's default
    expiry or one they choose."""

    go_live_at = forms.DateTimeField(
        label=_("Publish at"),
        help_text=_("Leave empty to publish now."),
        required=False,
        widget=AdminDateTimeInput,
    )

    expire_at = forms.DateTimeField(
        label=_("Take down at"),
        help_text=_(
            "Leave empty to keep the item's own expiry date or, without one, the publication "
            "period of its type."
        ),
        required=False,
        widget=AdminDateTimeInput,
    )

    EXPIRES_BEFORE_LIVE = _("Choose a time after the item goes live, or leave it empty.")

    def clean_go_live_at(self):
        go_live_at = self.cleaned_data["go_live_at"]
        if go_live_at and go_live_at <= timezone.now():
            raise forms.ValidationError(_("Choose a time in the future, or leave it empty."))
        return go_live_at

    def clean(self):
        cleaned_data = super().clean()
        expire_at = cleaned_data.get("expire_at")
        if expire_at and expire_at <= (cleaned_data.get("go_live_at") or timezone.now()):
            self.add_error("expire_at", self.EXPIRES_BEFORE_LIVE)
        return cleaned_data


class WebmasterPublishTask(RoleApprovalTask):
    role = roles.WEBMASTER

    class Meta:
        verbose_name = _("webmaster publication")
        verbose_name_plural = _("webmaster publications")

    @classmethod
    def get_description(cls):
        return _("A webmaster publishes the approved revision, now or at its scheduled time.")

    approve_label = _("Publish now")
    approve_with_form_label = _("Publish at a set time or with a comment")

    def approve_form(self):
        return PublishForm

    def on_action(self, task_state, user, action_name, **kwargs):
        """An approval with a time schedules the publication instead of publishing now; one
        with a take-down time sets the item's expiry."""
        kwargs = dict(self.validated_action_data(action_name, kwargs))
        with chosen_dates(kwargs.pop("go_live_at", None), kwargs.pop("expire_at", None)):
            return super().on_action(task_state, user, action_name, **kwargs)
