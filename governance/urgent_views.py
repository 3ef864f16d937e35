"""Admin screens of the urgent path: a head records a verbal approval, a webmaster publishes the
item at once. (The forms still to be filed are listed by ``governance.dashboard``.)"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pythainlp.util import thai_strftime
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.models import Page

from . import urgent
from .admin_form_page import render_form_page
from .urgent import VerbalApproval, VerbalApprovalChannel


class VerbalApprovalForm(forms.Form):
    given_at = forms.DateTimeField(
        label=gettext_lazy("When you gave the approval"), widget=AdminDateTimeInput
    )
    channel = forms.ChoiceField(
        label=gettext_lazy("How you gave it"), choices=VerbalApprovalChannel.choices
    )
    urgency = forms.CharField(
        label=gettext_lazy("Why it cannot wait for the written request"),
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": gettext_lazy("Say why the item is urgent.")},
    )

    def clean_given_at(self):
        given_at = self.cleaned_data["given_at"]
        if given_at > timezone.now():
            raise forms.ValidationError(_("The approval cannot have been given in the future."))
        return given_at


def record(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not urgent.may_record(request.user, page):
        raise PermissionDenied
    form = VerbalApprovalForm(request.POST or None, initial={"given_at": timezone.localtime()})
    if request.method == "POST" and form.is_valid():
        urgent.record_verbal_approval(page, request.user, **form.cleaned_data)
        messages.success(
            request,
            _(
                "Verbal approval recorded. The webmasters were told; the written request form is "
                "due within %(days)s days."
            )
            % {"days": urgent.form_due_days()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return render_form_page(
        request,
        page,
        title=_("Record a verbal approval (urgent item)"),
        intro=_(
            "Seed 004 clause 2.2.1: in an urgent case a group head may approve by word of "
            "mouth. Recording it lets a webmaster publish the latest revision at once; the "
            "requester must then file the written request form through the normal process."
        ),
        form=form,
        submit_label=_("Record verbal approval"),
    )


def publish(request, approval_id):
    approval = get_object_or_404(VerbalApproval, pk=approval_id)
    page = approval.page.specific
    if not urgent.may_publish(request.user, approval):
        raise PermissionDenied
    if request.method == "POST":
        urgent.publish_urgently(approval, request.user)
        messages.success(request, _("“%(title)s” was published.") % {"title": page.title})
        return redirect("wagtailadmin_pages:edit", page.pk)
    return render_form_page(
        request,
        page,
        title=_("Publish an urgent item"),
        intro=_(
            "%(head)s approved this revision verbally on %(when)s (%(channel)s). Reason: "
            "%(urgency)s"
        )
        % {
            "head": approval.approved_by.get_full_name() or approval.approved_by.get_username(),
            "when": thai_strftime(timezone.localtime(approval.given_at), "%-d %B %Y %H:%M น."),
            "channel": approval.get_channel_display(),
            "urgency": approval.urgency,
        },
        form=forms.Form(),
        submit_label=_("Publish now"),
    )


class RecordVerbalApprovalItem(PageMenuItem):
    label = gettext_lazy("Record verbal approval (urgent)")
    icon_name = "time"
    url_name = "khaosan_verbal_approval"
    priority = 80

    def is_shown(self, user):
        return self.page.has_unpublished_changes and urgent.may_record(user, self.page)


class PublishUrgentItem(PageMenuItem):
    label = gettext_lazy("Publish urgent item")
    icon_name = "upload"
    priority = 81

    def __init__(self, approval, **kwargs):
        super().__init__(**kwargs)
        self.approval = approval
        self.url = reverse("khaosan_urgent_publish", args=[approval.pk])

    def is_shown(self, user):
        return urgent.may_publish(user, self.approval)


@hooks.register("register_admin_urls")
def register_urgent_urls():
    return [
        path(
            "governance/pages/<int:page_id>/verbal-approval/",
            record,
            name="khaosan_verbal_approval",
        ),
        path(
            "governance/verbal-approvals/<int:approval_id>/publish/",
            publish,
            name="khaosan_urgent_publish",
        ),
    ]


@hooks.register("register_page_header_buttons")
def urgent_buttons(page, user, view_name, next_url=None):
    yield RecordVerbalApprovalItem(page=page)
    latest = page.get_latest_revision()
    approval = VerbalApproval.objects.filter(page=page, revision=latest).first() if latest else None
    if approval and not approval.is_published:
        yield PublishUrgentItem(approval, page=page)
