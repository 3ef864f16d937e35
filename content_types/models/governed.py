"""``GovernedPage``: the base of every page type that publishes agency information.

It carries ``governance.governed.GovernedMixin`` (owner work group, source, dates, fiscal year,
important flag, review date), a body from the shared block library, attachments, and a Thai
search text. Each category sets the mixin's class attributes to say which rules apply to it.
"""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from governance.gate_backstop import GatedPublishMixin
from governance.governed import GovernedMixin
from governance.screening.panel import ScreeningPanel

from ..blocks import AttachmentsBlock, BodyBlock
from ..forms import GovernedPageForm
from ..thai_search import index_text

#: Closing dates are Thai official dates: a day ends at midnight Bangkok time (UTC+7).
BANGKOK = ZoneInfo("Asia/Bangkok")


def end_of_day(day):
    """The last instant of ``day`` in Bangkok, as an aware datetime: when a page whose period
    ends on ``day`` (an application or offer closing date) goes out of date."""
    return datetime.combine(day, time.max, tzinfo=BANGKOK)


GOVERNANCE_PANEL = MultiFieldPanel(
    [
        FieldPanel("owner_work_group"),
        FieldPanel("source_name"),
        FieldRowPanel([FieldPanel("source_url"), FieldPanel("source_reference")]),
        FieldRowPanel([FieldPanel("information_date"), FieldPanel("information_time")]),
        FieldPanel("fiscal_year"),
        FieldPanel("is_important"),
    ],
    heading=_("Source, owner and dates"),
)

#: Seed 004's request form, last on the content tab: what the author fills in just before
#: pressing "Submit for moderation", and where the refusal's message points if it is missing.
REQUEST_FORM_PANEL = MultiFieldPanel(
    [
        FieldRowPanel(
            [FieldPanel("information_owner_name"), FieldPanel("information_owner_position")]
        ),
        FieldPanel("request_external_link"),
        FieldPanel("request_note"),
    ],
    heading=_("Publication request form"),
    help_text=_(
        "Sent with your request and printed for signature: who is responsible for this "
        "information, and anything the approvers should know."
    ),
)


class GovernedPage(GatedPublishMixin, GovernedMixin, Page):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    attachments = StreamField(AttachmentsBlock(), blank=True, verbose_name=_("attachments"))

    #: Fields a page type adds, shown between the title and the body.
    category_panels = []

    base_form_class = GovernedPageForm
    search_fields = [*Page.search_fields, index.SearchField("search_text")]

    class Meta:
        abstract = True

    def __init_subclass__(cls, **kwargs):
        """Lay out a page type's editor: title, its own fields, body, attachments, governance,
        the publication request form, and what the screener found."""
        super().__init_subclass__(**kwargs)
        if "content_panels" not in cls.__dict__:
            cls.content_panels = [
                *Page.content_panels,
                *cls.category_panels,
                FieldPanel("body"),
                FieldPanel("attachments"),
                GOVERNANCE_PANEL,
                REQUEST_FORM_PANEL,
                ScreeningPanel(heading=_("Screening for personal data and prohibited content")),
            ]

    def save(self, *args, **kwargs):
        """Index the page again once its inline lists are written: Wagtail indexes a page on
        post_save, before ``ClusterableModel.save`` writes them, so an edited list would be
        searched as it was before the edit."""
        result = super().save(*args, **kwargs)
        if kwargs.get("update_fields") is None and self.has_inline_lists():
            index.insert_or_update_object(self)
        return result

    @classmethod
    def has_inline_lists(cls):
        return any(issubclass(rel.related_model, Orderable) for rel in get_all_child_relations(cls))

    def searchable_texts(self):
        """Every text a visitor may search this page by; page types add their own fields."""
        yield self.title
        yield self.search_description
        yield self.source_name
        for field in (self.body, self.attachments):
            for block in field:
                yield from block.block.get_searchable_content(block.value)

    def search_text(self):
        return index_text(" ".join(text for text in self.searchable_texts() if text))
