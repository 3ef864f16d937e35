"""The agency's knowledge and statistics (คลังความรู้; seed 004 clause 1.4, seed 000 clause 2 (4)).

Both seeds want every item to name its source, date and time, so that people can use the
information and cite it. Each kind needs its own content before it goes live: an infographic its
image, a multimedia item its video or audio link, statistics their figures (a table in the body or
a CSV/XLSX data file, whose first rows the page shows as a table).
"""

from functools import cached_property

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string

from ..data_files import DATA_FILE_EXTENSIONS, preview
from ..forms import GovernedPageForm
from .governed import GovernedPage
from .listing import ListingPage


class KnowledgeKind(models.TextChoices):
    """The kinds seed 004 clause 1.4 names."""

    INFOGRAPHIC = "infographic", _("Infographic")
    MULTIMEDIA = "multimedia", _("Multimedia")
    ARTICLE = "article", _("Article")
    RESEARCH = "research", _("Research")
    STATISTICS = "statistics", _("Statistics")


class KnowledgePageForm(GovernedPageForm):
    """Refuses to publish an item without what its kind is made of; a draft may lack it."""

    def clean(self):
        cleaned_data = super().clean()
        data_file = cleaned_data.get("data_file")
        if data_file and data_file.file_extension.lower() not in DATA_FILE_EXTENSIONS:
            self.add_error("data_file", _("Attach the data as a CSV or XLSX file."))
        if self.is_deferred_validation:
            return cleaned_data
        kind = cleaned_data.get("kind")
        body_blocks = {block.block_type for block in cleaned_data.get("body") or []}
        if kind == KnowledgeKind.INFOGRAPHIC and not cleaned_data.get("image"):
            self.add_error("image", _("An infographic needs its image."))
        elif kind == KnowledgeKind.MULTIMEDIA and "media" not in body_blocks:
            self.add_error(
                "kind",
                _("A multimedia item needs a video or audio link: add one to the body."),
            )
        elif kind == KnowledgeKind.STATISTICS and not (data_file or "table" in body_blocks):
            self.add_error(
                "data_file",
                _("Statistics need their figures: a table in the body or an attached data file."),
            )
        return cleaned_data


class KnowledgePage(GovernedPage):
    kind = models.CharField(_("kind of item"), max_length=32, choices=KnowledgeKind.choices)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        help_text=_("Required for an infographic."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image says, for people who cannot see it. "
            "Leave empty to use the image's description."
        ),
    )
    data_file = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("data file"),
        help_text=_("Statistics: a CSV or XLSX file. The page shows its first rows as a table."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    source_required = True
    information_date_required = True

    category_panels = [
        FieldPanel("kind"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("data_file"),
    ]
    base_form_class = KnowledgePageForm

    parent_page_types = ["content_types.KnowledgeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("knowledge item")
        verbose_name_plural = _("knowledge items")

    def listing_label(self):
        return self.get_kind_display()

    @cached_property
    def data_preview(self):
        """The data file's first rows, or None without a data file."""
        return preview(self.data_file) if self.data_file else None

    def searchable_texts(self):
        yield from super().searchable_texts()
        yield self.get_kind_display()
        yield self.image_alt
        if self.data_file:
            yield self.data_file.title


class KnowledgeIndexPage(ListingPage):
    listed_types = (KnowledgePage,)
    kind_filter = (KnowledgePage, "kind")

    subpage_types = ["content_types.KnowledgePage"]

    class Meta:
        verbose_name = _("knowledge index")
        verbose_name_plural = _("knowledge indexes")
