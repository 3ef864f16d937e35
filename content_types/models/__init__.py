"""Page models, one module per information-category family, and the site settings."""

from ..site_settings import DisplaySettings
from .agency import (
    AgencyInfoIndexPage,
    AgencyInfoPage,
    ContactPage,
    ContactPhone,
    Executive,
    ExecutivesPage,
    LinksPage,
    PolicyPage,
    RelatedLink,
)
from .eservice import EService, EServicePage
from .feedback import FeedbackFormField, FeedbackFormPage
from .general import GeneralPage
from .home import HomePage
from .knowledge import KnowledgeIndexPage, KnowledgePage
from .laws import LawIndexPage, LawPage
from .manuals import (
    OperatingManualIndexPage,
    OperatingManualPage,
    ServiceManualIndexPage,
    ServiceManualPage,
    ServiceRequiredDocument,
    ServiceStep,
)
from .news import AnnouncementPage, NewsGalleryImage, NewsIndexPage, NewsPage, RecruitmentPosition
from .oia import OIACentrePage, OIAItem
from .procurement import (
    ProcurementIndexPage,
    ProcurementPage,
    ProcurementSummaryItem,
    ProcurementSummaryPage,
)

__all__ = [
    "AgencyInfoIndexPage",
    "AgencyInfoPage",
    "AnnouncementPage",
    "ContactPage",
    "ContactPhone",
    "DisplaySettings",
    "EService",
    "EServicePage",
    "Executive",
    "ExecutivesPage",
    "FeedbackFormField",
    "FeedbackFormPage",
    "GeneralPage",
    "HomePage",
    "KnowledgeIndexPage",
    "KnowledgePage",
    "LawIndexPage",
    "LawPage",
    "LinksPage",
    "NewsGalleryImage",
    "NewsIndexPage",
    "NewsPage",
    "OIACentrePage",
    "OIAItem",
    "OperatingManualIndexPage",
    "OperatingManualPage",
    "PolicyPage",
    "ProcurementIndexPage",
    "ProcurementPage",
    "ProcurementSummaryItem",
    "ProcurementSummaryPage",
    "RecruitmentPosition",
    "RelatedLink",
    "ServiceManualIndexPage",
    "ServiceManualPage",
    "ServiceRequiredDocument",
    "ServiceStep",
]
