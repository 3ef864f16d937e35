"""Page models, one module per information-category family."""

from .general import GeneralPage
from .home import HomePage

__all__ = ["GeneralPage", "HomePage"]
