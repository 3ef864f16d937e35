"""The two-factor pages, under /admin/2fa/ (cms.urls includes them before Wagtail's admin)."""

from django.urls import path

from . import two_factor

urlpatterns = [
    path("setup/", two_factor.setup, name="two_factor_setup"),
    path("verify/", two_factor.verify, name="two_factor_verify"),
]
