"""URL routes: the health check, two-factor pages, the Wagtail admin, documents, search,
sitemaps, and the public page tree last."""

from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap as sitemap_xml
from wagtail.documents import urls as wagtaildocs_urls

from cms.operations.health import healthz
from cms.security import urls as two_factor_urls
from content_types import views as content_views

urlpatterns = [
    path("healthz/", healthz, name="healthz"),
    path("admin/2fa/", include(two_factor_urls)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", content_views.search, name="search"),
    path("sitemap/", content_views.sitemap, name="sitemap"),
    path("sitemap.xml", sitemap_xml, name="sitemap-xml"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
