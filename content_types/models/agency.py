"""Agency information: who the agency is, who runs it, how to reach it, its links and policies.

Seed 004 clauses 1.1 (agency information, executives and the CIO), 1.2 (contact channels) and
1.5 (related websites); seed 000 clause 2 (1) and (5); the DGA government website standard's
website, privacy and website-security policies; ITA O1-O5, O10, O11 and O13 look for these pages.
"""

import re
from datetime import timedelta
from itertools import groupby
from operator import attrgetter

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page

from governance.gate_backstop import GatedPublishMixin

from .governed import GovernedPage

ITEMS_PER_PAGE = 20

# --- Thai phone numbers -------------------------------------------------------------------------

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
PHONE_EXTENSION = re.compile(r"\s*(?:ต่อ|ext\.?|#)\s*(\d{1,5})\s*$", re.IGNORECASE)
PHONE_SEPARATORS = re.compile(r"[\s\-()]")
# Landlines 02 (Bangkok) and 03x-05x, 07x: 9 digits; mobiles 06, 08, 09: 10 digits; hotlines 1xxx.
THAI_PHONE = re.compile(r"0[2-57]\d{7}|0[689]\d{8}|1\d{3}")


def parse_thai_phone(value):
    """``(number, extension)`` of a Thai phone number as people write it (spaces, dashes,
    +66, Thai digits, "ต่อ 12"), the number as dialled in Thailand; ``None`` if it is not one."""
    text = (value or "").translate(THAI_DIGITS).strip()
    extension = ""
    if match := PHONE_EXTENSION.search(text):
        extension, text = match[1], text[: match.start()]
    number = PHONE_SEPARATORS.sub("", text)
    if number.startswith("+66"):
        number = "0" + number[3:]
    if not THAI_PHONE.fullmatch(number):
        return None
    return number, extension


def validate_thai_phone(value):
    if parse_thai_phone(value) is None:
        raise ValidationError(
            _("Enter a Thai phone number, e.g. 0 3400 0000, 08 1234 5678 or 1422."),
            code="invalid_phone",
        )


def phone_uri(value):
    """A ``tel:`` link for a valid Thai phone number, so phones can dial it with one tap."""
    number, extension = parse_thai_phone(value)
    uri = "tel:" + (number if number.startswith("1") else "+66" + number[1:])
    return f"{uri};ext={extension}" if extension else uri


class PhoneNumberMixin:
    """For inline items with a ``phone`` field."""

    @property
    def phone_uri(self):
        return phone_uri(self.phone) if self.phone else ""


# --- Agency information -------------------------------------------------------------------------


class AgencyInfoTopic(models.TextChoices):
    HISTORY = "history", pgettext_lazy("agency information topic", "History")
    VISION = "vision", _("Vision")
    MISSION = "mission", _("Mission")
    STRUCTURE = "structure", _("Organisation structure")
    POWERS = "powers", _("Powers and duties")
    STRATEGY = "strategy", _("Strategy")
    ACTION_PLAN = "action_plan", _("Government action plan")
    PLANS_PROJECTS = "plans_projects", _("Plans and projects")
    BUDGET = "budget", _("Annual budget")
    PERFORMANCE_AGREEMENT = "performance_agreement", _("Performance agreement")
    PERFORMANCE_REPORT = "performance_report", _("Performance report")


#: Topics whose items belong to a fiscal year, which they must then state.
FISCAL_YEAR_TOPICS = frozenset(
    {
        AgencyInfoTopic.ACTION_PLAN,
        AgencyInfoTopic.PLANS_PROJECTS,
        AgencyInfoTopic.BUDGET,
        AgencyInfoTopic.PERFORMANCE_AGREEMENT,
        AgencyInfoTopic.PERFORMANCE_REPORT,
    }
)

EXECUTIVES_SECTION = "executives"
#: The agency-information index's sections in the DGA standard's order: executives follow the
#: structure.
SECTIONS = [
    *AgencyInfoTopic.choices[:4],
    (EXECUTIVES_SECTION, _("Executives")),
    *AgencyInfoTopic.choices[4:],
]
SECTION_ORDER = {key: position for position, (key, _label) in enumerate(SECTIONS)}


class AgencyInfoIndexPage(GatedPublishMixin, Page):
    """ข้อมูลหน่วยงาน: the agency's information, grouped by topic, the latest fiscal year first."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["content_types.HomePage"]
    subpage_types = ["content_types.AgencyInfoPage", "content_types.ExecutivesPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("agency information index")
        verbose_name_plural = _("agency information indexes")

    def listed_pages(self):
        """Live children by section, then fiscal year (newest first), then newest first."""
        pages = sorted(
            self.get_children().live().specific(),
            key=attrgetter("first_published_at"),
            reverse=True,
        )
        return sorted(
            pages, key=lambda page: (SECTION_ORDER[page.section], -(page.fiscal_year or 0))
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listed = Paginator(self.listed_pages(), ITEMS_PER_PAGE).get_page(request.GET.get("page"))
        context["listed"] = listed
        context["sections"] = group_by_section(listed.object_list)
        return context


def group_by_section(pages):
    """``[(section label, [(fiscal year or None, [pages])])]`` of pages in listing order."""
    labels = dict(SECTIONS)
    return [
        (
            labels[section],
            [(year, list(items)) for year, items in groupby(in_section, attrgetter("fiscal_year"))],
        )
        for section, in_section in groupby(pages, attrgetter("section"))
    ]


class AgencyInfoPage(GovernedPage):
    """One topic of the agency's information; plans, budgets and reports for a fiscal year."""

    topic = models.CharField(
        _("topic"),
        max_length=32,
        choices=AgencyInfoTopic.choices,
        help_text=_(
            "Plans, projects, budgets, performance agreements and reports need the fiscal year."
        ),
    )
    org_chart = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("organisation chart"),
        help_text=_(
            "For the structure: the chart as an image. Describe it in the body too, for people "
            "who cannot see it, or attach it as a document."
        ),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    default_publication_period = None
    review_interval = timedelta(days=365)

    category_panels = [FieldPanel("topic"), FieldPanel("org_chart")]

    parent_page_types = ["content_types.AgencyInfoIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("agency information page")
        verbose_name_plural = _("agency information pages")

    @property
    def fiscal_year_applies(self):
        return self.topic in FISCAL_YEAR_TOPICS

    @property
    def section(self):
        return self.topic


# --- Executives ---------------------------------------------------------------------------------


class ExecutivesPage(GovernedPage):
    """ทำเนียบผู้บริหาร: each executive's name, position, photo and contact (ITA O2), the CIO
    (seed 004 clause 1.1) first."""

    section = EXECUTIVES_SECTION
    default_publication_period = None
    review_interval = timedelta(days=365)

    category_panels = [InlinePanel("executives", label=_("executives"), min_num=1)]

    parent_page_types = ["content_types.HomePage", "content_types.AgencyInfoIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("executives directory")
        verbose_name_plural = _("executives directories")

    def listed_executives(self):
        """The CIO first, then everyone in the editor's order."""
        return sorted(self.executives.all(), key=lambda executive: not executive.is_cio)

    def searchable_texts(self):
        yield from super().searchable_texts()
        for executive in self.executives.all():
            yield executive.name
            yield executive.position


class Executive(PhoneNumberMixin, Orderable):
    page = ParentalKey(ExecutivesPage, on_delete=models.CASCADE, related_name="executives")
    name = models.CharField(_("name"), max_length=255)
    position = models.CharField(_("position"), max_length=255)
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        help_text=_("Its alternative text is the executive's name."),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phone = models.CharField(_("phone"), max_length=40, validators=[validate_thai_phone])
    email = models.EmailField(_("email"), blank=True)
    is_cio = models.BooleanField(
        _("chief information officer (CIO)"),
        default=False,
        help_text=_("The agency's CIO is shown first."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("position")]),
        FieldPanel("photo"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("is_cio"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("executive")
        verbose_name_plural = _("executives")


# --- Contact ------------------------------------------------------------------------------------


class ContactPage(GovernedPage):
    """ช่องทางการติดต่อ (seed 004 clause 1.2): address, phones, fax, email and a map link.

    The map is a plain link to a map service: no embedded third-party map or script.
    """

    agency_name = models.CharField(_("agency name"), max_length=255)
    address = models.TextField(_("address"))
    fax = models.CharField(_("fax"), max_length=40, blank=True, validators=[validate_thai_phone])
    email = models.EmailField(_("email"))
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    map_url = models.URLField(
        _("map link"),
        max_length=500,
        blank=True,
        help_text=_("A link to the office on a map service. Leave empty to link to OpenStreetMap."),
    )
    office_hours = models.TextField(
        _("office hours"), blank=True, help_text=_("e.g. Monday to Friday, 08.30-16.30.")
    )

    default_publication_period = None
    review_interval = timedelta(days=180)

    category_panels = [
        FieldPanel("agency_name"),
        FieldPanel("address"),
        InlinePanel("phones", label=_("phones"), min_num=1),
        FieldRowPanel([FieldPanel("fax"), FieldPanel("email")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("map_url"),
        FieldPanel("office_hours"),
    ]

    parent_page_types = ["content_types.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            raise ValidationError({missing: _("Give both the latitude and the longitude.")})

    @property
    def map_link(self):
        """The editor's map link, or OpenStreetMap at the office's coordinates."""
        if self.map_url or self.latitude is None:
            return self.map_url
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=17/{self.latitude}/{self.longitude}"
        )

    @property
    def fax_uri(self):
        return phone_uri(self.fax) if self.fax else ""

    def searchable_texts(self):
        yield from super().searchable_texts()
        yield self.agency_name
        yield self.address
        yield self.office_hours


class ContactPhone(PhoneNumberMixin, Orderable):
    page = ParentalKey(ContactPage, on_delete=models.CASCADE, related_name="phones")
    label = models.CharField(
        _("label"), max_length=100, blank=True, help_text=_("e.g. Switchboard, Hotline.")
    )
    phone = models.CharField(_("phone"), max_length=40, validators=[validate_thai_phone])

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("phone")])]

    class Meta(Orderable.Meta):
        verbose_name = _("phone")
        verbose_name_plural = _("phones")


# --- Related websites ---------------------------------------------------------------------------


class LinkGroup(models.TextChoices):
    UNITS = "units", _("Units under the agency")
    MINISTRY = "ministry", _("Agencies in the same ministry")
    EXTERNAL = "external", _("External agencies")
    INTEREST = "interest", _("Websites of interest")


class LinksPage(GovernedPage):
    """เว็บไซต์ที่เกี่ยวข้อง (seed 004 clause 1.5, seed 000 clause 2 (5)), under group headings."""

    default_publication_period = None
    review_interval = timedelta(days=180)

    category_panels = [InlinePanel("links", label=_("links"), min_num=1)]

    parent_page_types = ["content_types.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("related websites page")
        verbose_name_plural = _("related websites pages")

    def grouped_links(self):
        """``[(group label, [links])]`` in the groups' order, leaving out empty groups."""
        labels = dict(LinkGroup.choices)
        order = list(labels)
        links = sorted(self.links.all(), key=lambda link: order.index(link.group))
        return [
            (labels[group], list(items)) for group, items in groupby(links, attrgetter("group"))
        ]

    def searchable_texts(self):
        yield from super().searchable_texts()
        for link in self.links.all():
            yield link.title


class RelatedLink(Orderable):
    page = ParentalKey(LinksPage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("title"), max_length=255)
    url = models.URLField(_("URL"), max_length=500)
    group = models.CharField(
        _("group"), max_length=16, choices=LinkGroup.choices, default=LinkGroup.EXTERNAL
    )

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("url")]), FieldPanel("group")]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")


# --- Policies -----------------------------------------------------------------------------------


class PolicyKind(models.TextChoices):
    WEBSITE = "website", _("Website policy")
    PRIVACY = "privacy", _("Privacy policy")
    SECURITY = "security", _("Website security policy")


class PolicyPage(GovernedPage):
    """The website, privacy (PDPA, ITA O10) and website-security policies the DGA standard asks
    every government website to publish."""

    kind = models.CharField(_("kind of policy"), max_length=16, choices=PolicyKind.choices)
    effective_date = models.DateField(_("effective date"), null=True)

    default_publication_period = None
    review_interval = timedelta(days=365)

    category_panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("effective_date")])]

    parent_page_types = ["content_types.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("policy page")
        verbose_name_plural = _("policy pages")
