"""Page models, one module per information-category family, and the site settings."""

from ..site_settings import DisplaySettings
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

__all__ = [
    "DisplaySettings",
    "GeneralPage",
    "HomePage",
    "KnowledgeIndexPage",
    "KnowledgePage",
    "LawIndexPage",
    "LawPage",
    "OperatingManualIndexPage",
    "OperatingManualPage",
    "ServiceManualIndexPage",
    "ServiceManualPage",
    "ServiceRequiredDocument",
    "ServiceStep",
]
