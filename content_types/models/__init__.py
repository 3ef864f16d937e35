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
from .general import GeneralPage
from .home import HomePage

__all__ = [
    "AgencyInfoIndexPage",
    "AgencyInfoPage",
    "ContactPage",
    "ContactPhone",
    "DisplaySettings",
    "Executive",
    "ExecutivesPage",
    "GeneralPage",
    "HomePage",
    "LinksPage",
    "PolicyPage",
    "RelatedLink",
]
