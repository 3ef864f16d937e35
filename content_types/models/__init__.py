"""Page models, one module per information-category family, and the site settings."""

from ..site_settings import DisplaySettings
from .eservice import EService, EServicePage
from .feedback import FeedbackFormField, FeedbackFormPage
from .general import GeneralPage
from .home import HomePage
from .news import AnnouncementPage, NewsGalleryImage, NewsIndexPage, NewsPage, RecruitmentPosition
from .oia import OIACentrePage, OIAItem
from .procurement import (
    ProcurementIndexPage,
    ProcurementPage,
    ProcurementSummaryItem,
    ProcurementSummaryPage,
)

__all__ = [
    "AnnouncementPage",
    "DisplaySettings",
    "EService",
    "EServicePage",
    "FeedbackFormField",
    "FeedbackFormPage",
    "GeneralPage",
    "HomePage",
    "NewsGalleryImage",
    "NewsIndexPage",
    "NewsPage",
    "OIACentrePage",
    "OIAItem",
    "ProcurementIndexPage",
    "ProcurementPage",
    "ProcurementSummaryItem",
    "ProcurementSummaryPage",
    "RecruitmentPosition",
]
