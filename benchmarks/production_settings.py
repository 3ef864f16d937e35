"""Settings for benchmarks/load.py: production's, plus the stock baseline page."""

from cms.settings.production import *  # noqa: F403
from cms.settings.production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks.stock"]
