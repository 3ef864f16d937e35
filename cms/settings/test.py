"""The test suite: SQLite by default, PostgreSQL when DATABASE_URL points at it; locmem email."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env

DEBUG = False
SECRET_KEY = "khaosan-tests-only-not-a-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", ".localhost", "127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# A fast hasher: the suite logs in hundreds of times; security of test passwords is irrelevant.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
KHAOSAN_DEMO_ALLOWED = True
# Files the tests upload or the demo makes stay out of the demo's own media folder.
MEDIA_ROOT = env.path("TEST_MEDIA_ROOT", default=BASE_DIR / "var" / "test-media")
