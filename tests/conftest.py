"""Shared fixtures: the demo agency, and test clients logged in as its users."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from wagtail.models import Site

from content_types.demo import DEMO_USERS, seed_demo

DEMO_TEST_PASSWORD = "khaosan-test-password"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo agency once in the test database (not its province's other agencies:
    tests that need them ask for ``demo_province``). Every test runs in a transaction that
    is rolled back, so each one starts from the same demo (a test that flushes the database,
    such as a ``transactional_db`` one, must seed again)."""
    with django_db_blocker.unblock():
        seed_demo(DEMO_TEST_PASSWORD, province_agencies=False)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, as the database it sees is rolled back too."""
    cache.clear()


@pytest.fixture
def demo(db):
    """The demo agency's users by username (the demo itself is built once per session)."""
    usernames = [spec.username for spec in DEMO_USERS]
    return {user.username: user for user in get_user_model().objects.filter(username__in=usernames)}


@pytest.fixture
def home(demo):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def login():
    """``login("author")`` returns a test client logged in through the real login form."""

    def _login(username):
        client = Client()
        response = client.post(
            "/admin/login/", {"username": username, "password": DEMO_TEST_PASSWORD}
        )
        assert response.status_code == 302, f"{username} could not log in"
        return client

    return _login


@pytest.fixture
def site_admin(demo):
    """A site administrator by role alone (the demo ``admin`` is also a superuser), so tests
    show what the role's permissions allow."""
    from governance import roles

    user = get_user_model().objects.create_user("siteadmin", password=DEMO_TEST_PASSWORD)
    user.groups.add(roles.role_group(roles.SITE_ADMIN))
    return user


@pytest.fixture
def demo_province(demo):
    """The demo province's three other agencies, as sites of their own (rolled back after)."""
    from content_types.demo import seed_demo_province

    seed_demo_province()
    return demo
