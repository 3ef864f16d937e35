"""Admin forms of the governance app."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .roles import GROUP_HEAD


class WorkGroupForm(WagtailAdminModelForm):
    """A work group must have a head, and every head must hold the group-head role,
    otherwise nobody could approve the group's requests."""

    def clean_heads(self):
        heads = self.cleaned_data["heads"]
        without_role = [
            user
            for user in heads
            if not user.groups.filter(name=GROUP_HEAD.group_name).exists() and not user.is_superuser
        ]
        if without_role:
            raise forms.ValidationError(
                _(
                    "These users do not have the group head role: %(users)s. "
                    "Give them the role first, then make them heads."
                ),
                params={
                    "users": ", ".join(u.get_full_name() or u.get_username() for u in without_role)
                },
            )
        return heads
