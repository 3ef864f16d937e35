"""The feedback channel (ช่องทางรับฟังความคิดเห็น), seed 004 clause 1.10, on Wagtail's form builder.

The page is a ``GovernedPage`` like every other (owner work group, source, the publishing
process) and a Wagtail email form: both are abstract ``Page`` subclasses, so they combine into one
page table without a clash; only their admin forms need joining (``FeedbackFormPageForm``).

Submissions are personal data: only webmasters and site administrators read them (see
``content_types.wagtail_hooks``), and the editor's submissions panel follows the same rule.
"""

from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.fields import RichTextField

from ..forms import GovernedPageForm
from ..public_forms import CONSENT_FIELD, FeedbackFormBuilder
from ..rate_limit import over_limit
from .governed import GovernedPage

#: Posts one client may send within the window (seconds) before it is refused with HTTP 429.
RATE_LIMIT = 5
RATE_WINDOW = 10 * 60

RATE_LIMITED_MESSAGE = _(
    "You have sent too many messages in a short time. Please wait a few minutes and try again."
)


class FeedbackFormPageForm(GovernedPageForm, WagtailAdminFormPageForm):
    """The governed page's rules and the form builder's checks on its fields, together."""


class PrivateSubmissionsPanel(FormSubmissionsPanel):
    """The count of submissions, shown only to those allowed to read them."""

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            user = getattr(self.request, "user", None)
            return (
                user is not None
                and get_forms_for_user(user).filter(pk=self.instance.pk).exists()
                and super().is_shown()
            )


class FeedbackFormPage(AbstractEmailForm, GovernedPage):
    privacy_notice = RichTextField(
        _("privacy notice"),
        features=["bold", "italic", "ul", "ol", "link"],
        help_text=_(
            "What personal data this form collects, why, how long it is kept and who to ask "
            "(PDPA B.E. 2562 s.23). Shown above the consent box."
        ),
    )
    privacy_policy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    thank_you_text = RichTextField(
        _("thank-you message"), blank=True, features=["bold", "italic", "link"]
    )

    # A standing channel: it stays up until the agency replaces it.
    default_publication_period = None

    form_builder = FeedbackFormBuilder
    base_form_class = FeedbackFormPageForm

    category_panels = [
        PrivateSubmissionsPanel(),
        InlinePanel("form_fields", heading=_("Form fields"), label=_("field")),
        FieldPanel("privacy_notice"),
        FieldPanel("privacy_policy_page"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Notification email"),
        ),
    ]

    parent_page_types = ["content_types.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("feedback form")
        verbose_name_plural = _("feedback forms")

    def searchable_texts(self):
        yield from super().searchable_texts()
        for field in self.get_form_fields():
            yield field.label

    def serve(self, request, *args, **kwargs):
        """Refuse a client that posts too often before anything is checked, stored or mailed;
        the form comes back with what they typed, so nothing is lost."""
        if request.method == "POST" and over_limit(request, "feedback", RATE_LIMIT, RATE_WINDOW):
            context = self.get_context(request)
            context["form"] = self.get_form(request.POST, page=self, user=request.user)
            context["refusal"] = RATE_LIMITED_MESSAGE
            return TemplateResponse(request, self.get_template(request), context, status=429)
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        """Store and mail a submission, unless a robot filled in the honeypot: then neither,
        and the robot is thanked like anyone else so it learns nothing."""
        if form.is_spam:
            return None
        return super().process_form_submission(form)

    def get_data_fields(self):
        return [*super().get_data_fields(), (CONSENT_FIELD, _("PDPA consent"))]


class FeedbackFormField(AbstractFormField):
    page = ParentalKey(FeedbackFormPage, on_delete=models.CASCADE, related_name="form_fields")
