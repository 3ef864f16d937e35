"""Page models, one module per information-category family, and the site settings."""

from ..site_settings import DisplaySettings
from .general import GeneralPage
from .home import HomePage

__all__ = ["DisplaySettings", "GeneralPage", "HomePage"]
