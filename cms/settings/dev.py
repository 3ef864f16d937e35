"""The demo and local development: SQLite, console email, demo data allowed."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="khaosan-dev-only-not-a-secret")  # noqa: S105
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
KHAOSAN_DEMO_ALLOWED = True
