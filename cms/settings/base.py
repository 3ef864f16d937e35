"""Settings shared by every environment, read from the environment where they vary."""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
# ".localhost": the demo's other agency sites (thasai.localhost...) resolve to this machine.
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", ".localhost"])

INSTALLED_APPS = [
    "content_types",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    # the body's table block: its editor script and styles are this app's static files
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "cms.apps.UsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # after wagtail.admin: its ready() replaces one of the admin's email notifications
    "governance",
    # two-factor login and the lockout page; health check, tasks, backups (docs/deploy.md)
    "cms.security",
    "cms.operations",
    "modelcluster",
    "taggit",
    "django_filters",
    "guardian",
    # background tasks in the database (production's TASKS backend; the table exists everywhere)
    "django_tasks_db",
    # hardening: login lockout, TOTP two-factor login, Content-Security-Policy
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # refuses oversized request bodies (413) before anything reads them
    "cms.edge.RequestBodyLimitMiddleware",
    # the admin only on KHAOSAN_ADMIN_HOSTNAME when that is set
    "cms.edge.AdminHostnameMiddleware",
    # strict CSP on the public site, a looser one for the Wagtail admin (cms.edge)
    "cms.edge.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # admin users who must (or chose to) use a second factor verify it before the admin
    "cms.security.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # a refused publication or workflow step becomes a Thai message, not an error page
    "governance.middleware.GovernanceRefusalMiddleware",
    # last, as django-axes asks: turns a locked-out login into its refusal page
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# The embedded default is SQLite in the repository root; production sets DATABASE_URL.
# An empty DATABASE_URL counts as unset.
DATABASE_URL = env.str("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
    # A throwaway database the test runner creates and drops (SQLite tests run in memory).
    DATABASES["default"]["TEST"] = {"NAME": env.str("TEST_DATABASE_NAME", default="test_khaosan")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Django's model permissions first, then guardian's object permissions (work groups, requests).
# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
# guardian's anonymous user is not needed: the public never holds object permissions.
ANONYMOUS_USER_NAME = None

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Thai first: the public site and the admin speak Thai; English is a per-user admin choice.
LANGUAGE_CODE = "th"
LANGUAGES = [("th", _("Thai")), ("en", _("English"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("th", "ภาษาไทย"), ("en", "English")]
# Earlier entries win, and all of them win over the apps' own catalogues: our strings first, then
# the complete Thai Wagtail admin that replaces Wagtail's partial Thai (docs/translation.md).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_wagtail"]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Sarabun, the government's standard typeface, served from the site (make install: npm ci)
    ("fonts/sarabun", BASE_DIR / "node_modules" / "@fontsource" / "sarabun" / "files"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
# with EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend (a staging server)
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default=str(BASE_DIR / "var" / "mail"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="khaosan@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = env.str("WAGTAIL_SITE_NAME", default="Khaosan")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents are always streamed by Django (also from object storage), so that every download
# carries nosniff, a "default-src 'none'" CSP and, for anything but PDF, Content-Disposition:
# attachment: an uploaded file is never rendered or run by the browser as part of the site.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# Attachments: PDF, Word, Excel, CSV and images only, their content checked by governance.uploads.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "csv", "jpg", "jpeg", "png"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("WAGTAILDOCS_MAX_UPLOAD_SIZE", default=20 * 1024 * 1024)
WAGTAILDOCS_DOCUMENT_FORM_BASE = "governance.uploads.SafeDocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("WAGTAILIMAGES_MAX_UPLOAD_SIZE", default=10 * 1024 * 1024)
# Edits made after approval must be approved again (seed 004 clause 2).
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# The last approval (the webmaster's) publishes: see governance.finish_workflow.
WAGTAIL_FINISH_WORKFLOW_ACTION = "governance.finish_workflow.publish_approved_revision"

# Behind a reverse proxy, the request header holding the visitor's address (e.g. HTTP_X_REAL_IP),
# used by the feedback form's rate limit; REMOTE_ADDR when the site is served directly.
KHAOSAN_CLIENT_IP_HEADER = env.str("KHAOSAN_CLIENT_IP_HEADER", default="REMOTE_ADDR")

# Demo users and content may only be created where a settings module allows it (never production).
KHAOSAN_DEMO_ALLOWED = False

# The urgent path (seed 004 clause 2.2.1): days after a verbal approval by which the written
# request form must be filed before the item shows as overdue.
KHAOSAN_URGENT_FORM_DUE_DAYS = env.int("KHAOSAN_URGENT_FORM_DUE_DAYS", default=3)

# Currency (seed 004 clause 3.2; governance.currency, run by manage.py governance_tick): how many
# days ahead owners hear of an expiry and of a review coming due, and how many pages one
# transaction of the job takes down.
KHAOSAN_EXPIRY_WARNING_DAYS = env.int("KHAOSAN_EXPIRY_WARNING_DAYS", default=7)
KHAOSAN_REVIEW_REMINDER_DAYS = env.int("KHAOSAN_REVIEW_REMINDER_DAYS", default=14)
KHAOSAN_TICK_BATCH_SIZE = env.int("KHAOSAN_TICK_BATCH_SIZE", default=200)

# A CDN or caching proxy in front of the site is purged of a page when it is published,
# unpublished or expires (Wagtail's frontend cache; production configures its backends from
# FRONTEND_CACHE_PURGE_URL, Cloudflare or CloudFront, see cms/settings/production.py).
WAGTAILFRONTENDCACHE = {}

# Background tasks (Wagtail's reference index, file deletion, frontend-cache purges, and our
# notification emails, cms.tasks): run at once in the request here; production stores them in
# the database for `manage.py db_worker` (see cms/settings/production.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Edge limits (cms.edge): the largest request body in bytes, on the public site and in the admin
# (which must take the largest upload plus its form). Larger bodies get 413 before being read.
KHAOSAN_PUBLIC_MAX_BODY = env.int("KHAOSAN_PUBLIC_MAX_BODY", default=256 * 1024)
KHAOSAN_ADMIN_MAX_BODY = env.int(
    "KHAOSAN_ADMIN_MAX_BODY",
    default=max(WAGTAILDOCS_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_UPLOAD_SIZE) + 1024 * 1024,
)
# The admin on its own host name (e.g. admin.example.go.th): the admin answers only there, and
# the public host names answer 404 under /admin/. Empty: the admin is on every allowed host.
KHAOSAN_ADMIN_HOSTNAME = env.str("KHAOSAN_ADMIN_HOSTNAME", default="")

# `manage.py backup` writes each backup into a new folder here (docs/deploy.md, "Backups").
KHAOSAN_BACKUP_ROOT = env.path("KHAOSAN_BACKUP_ROOT", default=BASE_DIR / "var" / "backups")

# Login lockout (django-axes): 5 failed logins for one username from one address lock that pair
# out for 15 minutes; the attempts are kept in the database, so every web node sees them.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.25)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "content_types.rate_limit.client_ip"
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
AXES_VERBOSE = False

# Two-factor login (django-otp TOTP): any admin user may set it up; when KHAOSAN_REQUIRE_2FA is
# on, webmasters and site administrators must, before they can use the admin.
KHAOSAN_REQUIRE_2FA = env.bool("KHAOSAN_REQUIRE_2FA", default=False)
KHAOSAN_2FA_REQUIRED_ROLES = ["webmaster", "site_admin"]
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# Content-Security-Policy (django-csp, cms.edge): no inline script or style on the public site.
# The Wagtail admin needs inline styles and scripts, so /admin/ gets KHAOSAN_ADMIN_CSP instead.
# KHAOSAN_CSP_MEDIA_ORIGINS adds the object-storage or CDN origin that serves images.
KHAOSAN_CSP_MEDIA_ORIGINS = env.list("KHAOSAN_CSP_MEDIA_ORIGINS", default=[])
KHAOSAN_CSP_FRAME_ORIGINS = env.list(
    "KHAOSAN_CSP_FRAME_ORIGINS",
    default=[
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *KHAOSAN_CSP_MEDIA_ORIGINS],
        "media-src": ["'self'", *KHAOSAN_CSP_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "frame-src": KHAOSAN_CSP_FRAME_ORIGINS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
KHAOSAN_ADMIN_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "media-src": ["'self'", "blob:", *KHAOSAN_CSP_MEDIA_ORIGINS],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", *KHAOSAN_CSP_FRAME_ORIGINS],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# Logs: one JSON object per line on stderr in production (LOG_FORMAT=json), plain text elsewhere.
LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
LOG_FORMAT = env.str("LOG_FORMAT", default="text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        "json": {"()": "cms.operations.logs.JSONFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT},
    },
    # other libraries only from WARNING up (WeasyPrint, for one, is chatty at INFO)
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        name: {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False}
        for name in (
            "django",
            "cms",
            "governance",
            "content_types",
            "axes",
            "gunicorn",
        )
    },
}
