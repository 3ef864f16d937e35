"""The optional read replica (DATABASE_REPLICA_URL): which requests may read from it."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.models import Page

from cms.operations.db_router import ReplicaMiddleware, ReplicaRouter

router = ReplicaRouter()


def database_read_during(request):
    seen = {}

    def view(request):
        seen["read"] = router.db_for_read(Page)
        seen["write"] = router.db_for_write(Page)
        return HttpResponse()

    ReplicaMiddleware(view)(request)
    return seen


def make(method, path, user):
    request = getattr(RequestFactory(), method)(path)
    request.user = user
    return request


@pytest.mark.django_db
def test_only_anonymous_page_views_read_from_the_replica(demo):
    anonymous = AnonymousUser()
    assert database_read_during(make("get", "/news/", anonymous)) == {
        "read": "replica",
        "write": "default",
    }
    assert database_read_during(make("head", "/", anonymous))["read"] == "replica"
    # a form post, the admin, and anyone logged in: the primary, never a lagging copy
    assert database_read_during(make("post", "/feedback/", anonymous))["read"] == "default"
    assert database_read_during(make("get", "/admin/", anonymous))["read"] == "default"
    assert database_read_during(make("get", "/news/", demo["webmaster"]))["read"] == "default"
    # outside a request (the worker, commands): the primary
    assert router.db_for_read(Page) == "default"


def test_migrations_run_on_the_primary_only():
    assert router.allow_migrate("default", "wagtailcore")
    assert not router.allow_migrate("replica", "wagtailcore")
