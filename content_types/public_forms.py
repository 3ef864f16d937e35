"""The public side of a feedback form: the editor's fields, then what the page always adds.

Every feedback form asks for PDPA consent (B.E. 2562 s.19: personal data is collected with the
owner's consent) and carries a honeypot, a field people never see that spam robots fill in.
Both names contain a hyphen, which Wagtail's clean names never do, so no editor field clashes.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

CONSENT_FIELD = "pdpa-consent"
HONEYPOT_FIELD = "website-url"

CONSENT_LABEL = _(
    "I have read the privacy notice above and consent to the agency collecting and using the "
    "personal data I give in this form to consider and answer my feedback."
)
CONSENT_REQUIRED = _("Please tick the consent box before sending your feedback.")


class FeedbackForm(BaseForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[CONSENT_FIELD] = forms.BooleanField(
            label=CONSENT_LABEL, error_messages={"required": CONSENT_REQUIRED}
        )
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        self.is_spam = False

    def clean(self):
        """A filled honeypot marks the post as spam; its value is never stored or mailed."""
        cleaned_data = super().clean()
        self.is_spam = bool(cleaned_data.pop(HONEYPOT_FIELD, ""))
        return cleaned_data

    def editor_fields(self):
        return [self[name] for name in self.fields if name not in (CONSENT_FIELD, HONEYPOT_FIELD)]

    @property
    def consent_field(self):
        return self[CONSENT_FIELD]

    @property
    def honeypot_field(self):
        return self[HONEYPOT_FIELD]


class FeedbackFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("FeedbackPageForm", (FeedbackForm,), self.formfields)
