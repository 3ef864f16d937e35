"""Forms of the compliance screens: the settings' choice of standards, the monthly report's
entries by the webmaster."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import registry
from .models import MonthlyReport


class ComplianceSettingsForm(WagtailAdminModelForm):
    standards = forms.MultipleChoiceField(
        label=_("standards that apply"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The standards this agency is assessed on."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["standards"].choices = registry.choices()
        if self.instance.standards is None:
            self.initial["standards"] = registry.default_keys()


class MonthlyReportForm(forms.ModelForm):
    class Meta:
        model = MonthlyReport
        fields = ["problems", "suggestions", "signer_name", "signer_position"]
        widgets = {
            "problems": forms.Textarea(attrs={"rows": 4}),
            "suggestions": forms.Textarea(attrs={"rows": 4}),
        }
