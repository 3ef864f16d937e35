"""Settings for the benchmarks: the test settings plus the stock baseline page, DEBUG off."""

from cms.settings.test import *  # noqa: F403
from cms.settings.test import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks.stock"]
DEBUG = False
