"""Admin screens for the governance models, registered in wagtail_hooks."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import WorkGroupForm
from .models import RejectionReason, WorkGroup


class WorkGroupViewSet(ModelViewSet):
    model = WorkGroup
    icon = "group"
    menu_label = _("Work groups")
    add_to_settings_menu = True
    list_display = ["name", "site"]
    list_filter = ["site"]
    search_fields = ["name"]
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldPanel("name"),
            FieldPanel("heads", widget=forms.CheckboxSelectMultiple),
            FieldPanel("members", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=WorkGroupForm,
    )


class RejectionReasonViewSet(SnippetViewSet):
    """The managed list a group head picks from when sending a request back."""

    model = RejectionReason
    icon = "list-ul"
    menu_label = _("Rejection reasons")
    add_to_settings_menu = True
    list_display = ["text", "active", "sort_order"]
