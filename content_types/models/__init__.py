"""Page models, one module per information-category family, and the site settings."""

from ..site_settings import DisplaySettings
from .general import GeneralPage
from .home import HomePage
from .news import AnnouncementPage, NewsGalleryImage, NewsIndexPage, NewsPage, RecruitmentPosition
from .procurement import (
    ProcurementIndexPage,
    ProcurementPage,
    ProcurementSummaryItem,
    ProcurementSummaryPage,
)

__all__ = [
    "AnnouncementPage",
    "DisplaySettings",
    "GeneralPage",
    "HomePage",
    "NewsGalleryImage",
    "NewsIndexPage",
    "NewsPage",
    "ProcurementIndexPage",
    "ProcurementPage",
    "ProcurementSummaryItem",
    "ProcurementSummaryPage",
    "RecruitmentPosition",
]
