"""Page models, one module per information-category family, and the site settings."""

from ..site_settings import DisplaySettings
from .eservice import EService, EServicePage
from .feedback import FeedbackFormField, FeedbackFormPage
from .general import GeneralPage
from .home import HomePage
from .oia import OIACentrePage, OIAItem

__all__ = [
    "DisplaySettings",
    "EService",
    "EServicePage",
    "FeedbackFormField",
    "FeedbackFormPage",
    "GeneralPage",
    "HomePage",
    "OIACentrePage",
    "OIAItem",
]
