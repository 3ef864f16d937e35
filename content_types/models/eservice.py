"""The e-Service directory (ระบบบริการอิเล็กทรอนิกส์), seed 004 clause 1.11.

Services run elsewhere (a web system, an app, a LINE account, a mailbox) or as a form on this
site; the page lists them with their channel and whether they can be used today, in words.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from .governed import GovernedPage


class ServiceChannel(models.TextChoices):
    WEB = "web", _("Website")
    MOBILE_APP = "mobile_app", _("Mobile application")
    LINE = "line", _("LINE official account")
    EMAIL = "email", _("Email")


class ServiceStatus(models.TextChoices):
    AVAILABLE = "available", _("Available")
    MAINTENANCE = "maintenance", _("Under maintenance")
    DISCONTINUED = "discontinued", _("Discontinued")


ONE_WAY_IN_MESSAGE = _(
    "Give one way to reach the service: a link, a form on this site or an email."
)
ONLY_ONE_WAY_IN_MESSAGE = _(
    "Give only one way to reach the service: a link, a form on this site or an email."
)


class EServicePage(GovernedPage):
    # A standing directory: it stays up; each service carries its own status.
    default_publication_period = None

    category_panels = [InlinePanel("services", heading=_("Services"), label=_("service"))]

    parent_page_types = ["content_types.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("e-Service page")
        verbose_name_plural = _("e-Service pages")

    def searchable_texts(self):
        yield from super().searchable_texts()
        for service in self.services.all():
            yield service.name
            yield service.description


class EService(Orderable):
    page = ParentalKey(EServicePage, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(_("service name"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    channel = models.CharField(_("channel"), max_length=16, choices=ServiceChannel.choices)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=ServiceStatus.choices,
        default=ServiceStatus.AVAILABLE,
    )
    link_url = models.URLField(_("link"), max_length=500, blank=True)
    form_page = models.ForeignKey(
        "content_types.FeedbackFormPage",
        verbose_name=_("form on this site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("email"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("channel"), FieldPanel("status")]),
        FieldPanel("link_url"),
        FieldPanel("form_page"),
        FieldPanel("email"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("e-Service")
        verbose_name_plural = _("e-Services")

    def clean(self):
        """One way in; a discontinued service may have none left."""
        super().clean()
        ways_in = sum(1 for way in (self.link_url, self.form_page_id, self.email) if way)
        if ways_in > 1:
            raise ValidationError(ONLY_ONE_WAY_IN_MESSAGE)
        if ways_in == 0 and self.status != ServiceStatus.DISCONTINUED:
            raise ValidationError(ONE_WAY_IN_MESSAGE)

    @property
    def href(self):
        """Where a visitor goes to use the service, or "" when it cannot be used from here."""
        if self.status == ServiceStatus.DISCONTINUED:
            return ""
        if self.form_page_id:
            return self.form_page.url if self.form_page.live else ""
        if self.email:
            return f"mailto:{self.email}"
        return self.link_url
