"""Production: everything from the environment, and refuse to start on an unsafe configuration.

PostgreSQL (persistent connections), Redis for the cache, sessions and the page cache, static
files by whitenoise, media optionally in S3-compatible object storage, background tasks in the
database for ``manage.py db_worker``, JSON logs, HTTPS-only cookies and HSTS. See docs/deploy.md
and docs/configuration.md.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    CONTENT_SECURITY_POLICY,
    DATABASES,
    LOGGING,
    MIDDLEWARE,
    SECRET_KEY,
    env,
)

if env.bool("DEBUG", default=False):
    raise ImproperlyConfigured(
        "DEBUG is on: production settings refuse to start with DEBUG on. Unset DEBUG."
    )
DEBUG = False

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set: production settings refuse to start without one."
    )

KHAOSAN_DEMO_ALLOWED = False

# --- Database: PostgreSQL, connections kept between requests and checked before reuse.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# An optional read replica: anonymous visitors' page views read from it (cms.operations.db_router).
DATABASE_REPLICA_URL = env.str("DATABASE_REPLICA_URL", default="")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = env.db_url_config(DATABASE_REPLICA_URL)
    DATABASES["replica"]["CONN_MAX_AGE"] = DATABASES["default"]["CONN_MAX_AGE"]
    DATABASES["replica"]["CONN_HEALTH_CHECKS"] = True
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["cms.operations.db_router.ReplicaRouter"]

# --- Redis: the cache (feedback rate limit, Wagtail's caches), sessions and the page cache.
REDIS_URL = env.str("REDIS_URL", default="")
if not REDIS_URL:
    raise ImproperlyConfigured(
        "REDIS_URL is not set: production keeps its cache and sessions in Redis, shared by every "
        "web process (e.g. REDIS_URL=redis://127.0.0.1:6379/0)."
    )


def _redis(prefix, **options):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": prefix,
        "TIMEOUT": 300,
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 2, "SOCKET_TIMEOUT": 2, **options},
    }


CACHES = {
    "default": _redis("khaosan"),
    "sessions": _redis("khaosan-session"),
    # a Redis outage only means pages are built afresh, never an error page
    "pages": _redis("khaosan-page", IGNORE_EXCEPTIONS=True),
}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "sessions"
# Whole public pages for anonymous visitors (cms.operations.page_cache); 0 turns it off.
KHAOSAN_PAGE_CACHE_SECONDS = env.int("KHAOSAN_PAGE_CACHE_SECONDS", default=300)

MIDDLEWARE = [
    "cms.operations.page_cache.PageCacheUpdateMiddleware",
    MIDDLEWARE[0],  # SecurityMiddleware
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],
    "cms.operations.page_cache.PageCacheFetchMiddleware",
]
if DATABASE_REPLICA_URL:
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
        "cms.operations.db_router.ReplicaMiddleware",
    )

# --- Static files: collected, hashed and compressed; served by whitenoise with long expiry.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Media: the local MEDIA_ROOT (one server), or S3-compatible object storage (many servers).
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "cms.operations.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
            "access_key": env.str("AWS_ACCESS_KEY_ID", default="") or None,
            "secret_key": env.str("AWS_SECRET_ACCESS_KEY", default="") or None,
            # a CDN or public host name for images; documents are always streamed by Django
            "custom_domain": env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None,
            # signed, expiring image URLs when the bucket is private (the default)
            "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=True),
            "file_overwrite": False,
            "default_acl": None,
            "object_parameters": {"CacheControl": "max-age=86400"},
        },
    }

# --- Background tasks: stored in the database, run by `manage.py db_worker` (systemd unit).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- CDN in front: purged on publication through Wagtail's frontend cache (docs/deploy.md).
WAGTAILFRONTENDCACHE = {}
if env.str("FRONTEND_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.str("FRONTEND_CACHE_PURGE_URL"),
    }
if env.str("CLOUDFLARE_ZONE_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.str("CLOUDFLARE_API_TOKEN"),
        "ZONEID": env.str("CLOUDFLARE_ZONE_ID"),
    }
if env.str("CLOUDFRONT_DISTRIBUTION_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env.str("CLOUDFRONT_DISTRIBUTION_ID"),
    }

# --- HTTPS behind nginx or a load balancer that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]  # load balancers probe nodes over plain HTTP
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True

# --- Two-factor login required for webmasters and site administrators unless turned off.
KHAOSAN_REQUIRE_2FA = env.bool("KHAOSAN_REQUIRE_2FA", default=True)

# --- Logs: JSON lines on stderr (journald keeps them; LOG_FORMAT=text for people).
LOGGING["handlers"]["console"]["formatter"] = env.str("LOG_FORMAT", default="json")
