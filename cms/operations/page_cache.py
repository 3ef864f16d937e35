"""The public page cache: whole responses for anonymous visitors, kept in the "pages" cache.

Off unless ``KHAOSAN_PAGE_CACHE_SECONDS`` > 0 (production: Redis, shared by every web node).
Only anonymous GET/HEAD requests outside /admin/ and /documents/ are served from it or stored
in it, and only responses Django's cache middleware itself agrees to store (no Set-Cookie, no
``Cache-Control: private``, status 200). Any publish, unpublish, move or delete of a page, or a
change of a document, image or site setting, empties it, so visitors never wait past a
publication for the cache to expire; ``KHAOSAN_PAGE_CACHE_SECONDS`` bounds everything else.
"""

import logging

from django.conf import settings
from django.core.cache import caches
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
UNCACHED_PREFIXES = ("/admin/", "/documents/", "/healthz/")


def _enabled():
    return getattr(settings, "KHAOSAN_PAGE_CACHE_SECONDS", 0) > 0 and CACHE_ALIAS in settings.CACHES


def _cacheable_request(request):
    return (
        _enabled()
        and request.method in ("GET", "HEAD")
        and not request.path_info.startswith(UNCACHED_PREFIXES)
        # a logged-in editor (or anyone with a session) always sees the page freshly built
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


class PageCacheUpdateMiddleware(UpdateCacheMiddleware):
    """First in MIDDLEWARE: stores the response on its way out."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self.cache_alias = CACHE_ALIAS
        self.cache_timeout = getattr(settings, "KHAOSAN_PAGE_CACHE_SECONDS", 0)
        self.page_timeout = None
        self.key_prefix = "page"

    @property
    def cache(self):
        return caches[self.cache_alias]

    def process_response(self, request, response):
        if not getattr(request, "_khaosan_page_cache", False):
            return response
        return super().process_response(request, response)


class PageCacheFetchMiddleware(FetchFromCacheMiddleware):
    """Last in MIDDLEWARE: answers from the cache before the page is built."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self.cache_alias = CACHE_ALIAS
        self.key_prefix = "page"

    @property
    def cache(self):
        return caches[self.cache_alias]

    def process_request(self, request):
        request._khaosan_page_cache = _cacheable_request(request)
        if not request._khaosan_page_cache:
            request._cache_update_cache = False
            return None
        return super().process_request(request)


def clear(**kwargs):
    """Empty the page cache (a signal receiver: any content change may show on any page)."""
    if not _enabled():
        return
    try:
        caches[CACHE_ALIAS].clear()
    except Exception:  # a cache outage must not fail the publication that triggered it
        logger.exception("could not empty the page cache")


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        clear()


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(clear, dispatch_uid=f"khaosan_page_cache_{signal!r}")
    post_delete.connect(_page_deleted, dispatch_uid="khaosan_page_cache_page_delete")
    for model in (get_document_model(), get_image_model()):
        post_save.connect(clear, sender=model, dispatch_uid=f"khaosan_page_cache_save_{model}")
        post_delete.connect(clear, sender=model, dispatch_uid=f"khaosan_page_cache_del_{model}")
    from wagtail.contrib.settings.models import BaseSiteSetting

    for model in BaseSiteSetting.__subclasses__():
        post_save.connect(clear, sender=model, dispatch_uid=f"khaosan_page_cache_setting_{model}")
