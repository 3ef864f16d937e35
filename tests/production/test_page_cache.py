"""The page cache of production (cms.operations.page_cache): anonymous visitors get stored
pages until a publication, editors always get fresh ones, and nothing private is stored."""

import pytest
from django.core.cache import caches
from django.test import Client

from content_types.models import NewsPage
from tests.helpers import publish_as_setup


@pytest.fixture
def page_cache(settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
    settings.KHAOSAN_PAGE_CACHE_SECONDS = 300
    settings.MIDDLEWARE = [
        "cms.operations.page_cache.PageCacheUpdateMiddleware",
        *settings.MIDDLEWARE,
        "cms.operations.page_cache.PageCacheFetchMiddleware",
    ]
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()


@pytest.fixture
def news(demo):
    return NewsPage.objects.live().first()


def retitle_without_publishing(page, title):
    """Change the live row behind the cache's back (no publication signal)."""
    NewsPage.objects.filter(pk=page.pk).update(title=title)


def test_visitors_get_the_stored_page_until_a_publication_empties_the_cache(page_cache, news):
    visitor = Client()
    first = visitor.get(news.url)
    assert first.status_code == 200 and news.title in first.content.decode()
    retitle_without_publishing(news, "หัวข้อที่เปลี่ยนแล้ว")
    assert news.title in Client().get(news.url).content.decode()  # served from the cache

    other = NewsPage.objects.live().exclude(pk=news.pk).first()
    publish_as_setup(other)  # any publication may change menus and lists on every page
    assert "หัวข้อที่เปลี่ยนแล้ว" in Client().get(news.url).content.decode()


def test_a_logged_in_editor_always_gets_the_page_built_afresh(page_cache, news, login):
    Client().get(news.url)
    retitle_without_publishing(news, "หัวข้อที่เปลี่ยนแล้ว")
    assert "หัวข้อที่เปลี่ยนแล้ว" in login("webmaster").get(news.url).content.decode()


def test_the_admin_documents_and_refusals_are_never_stored(page_cache, demo, login):
    client = login("webmaster")
    client.get("/admin/")
    assert Client().get("/admin/").status_code == 302  # not the webmaster's stored dashboard
    assert Client().get("/no-such-page/").status_code == 404
    assert len(page_cache._cache) == 0  # nothing of all that was stored
