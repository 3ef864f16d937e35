"""What each role may do, tried over HTTP the way a user would (README: Roles).

Nobody publishes through Wagtail's own paths: the editor's publish button, the bulk action and
the admin API all leave the page unpublished for every role. ``test_gate.py`` tries every publish
path, the superuser included, and shows the same requests do publish when the gate allows.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from content_types.models import GeneralPage

from .. import helpers
from ..admin_forms import page_form
from ..helpers import pr_group

ROLE_USERS = ["author", "head", "webmaster", "cio"]


def add_url(parent):
    return helpers.add_url(GeneralPage, parent)


@pytest.fixture
def draft(home, demo):
    """A draft page owned by ``author``."""
    page = GeneralPage(title="ร่างข่าว", slug="draft-news", live=False, owner=demo["author"])
    home.add_child(instance=page)
    page.save_revision(user=demo["author"])
    return page


def denied(response):
    """Wagtail answers a forbidden admin action with a redirect to the dashboard or a 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and "/login/" not in response["Location"]
    )


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize(
    "username", ["author", "author2", "head", "head2", "webmaster", "cio", "admin"]
)
def test_every_role_reaches_the_admin(login, username, demo):
    assert login(username).get("/admin/").status_code == 200


def test_an_author_creates_a_draft_but_cannot_publish_it(login, home):
    client = login("author")
    response = client.post(
        add_url(home),
        page_form("ข่าวใหม่", "new-news", action="publish", owner_work_group=pr_group().pk),
    )
    assert response.status_code == 302
    page = GeneralPage.objects.get(slug="new-news")
    assert not page.live
    assert page.latest_revision.content["title"] == "ข่าวใหม่"


def test_an_author_cannot_edit_another_authors_page(login, draft):
    client = login("author2")
    assert denied(client.get(f"/admin/pages/{draft.pk}/edit/"))
    client.post(f"/admin/pages/{draft.pk}/edit/", page_form("แก้โดยคนอื่น", "draft-news"))
    assert GeneralPage.objects.get(pk=draft.pk).get_latest_revision().content["title"] == "ร่างข่าว"


def test_a_cio_cannot_create_pages(login, home):
    client = login("cio")
    assert denied(client.get(add_url(home)))
    client.post(add_url(home), page_form("ข่าว CIO", "cio-news"))
    assert not GeneralPage.objects.filter(slug="cio-news").exists()


@pytest.mark.parametrize("username", ["webmaster", "siteadmin"])
def test_editors_can_edit_any_page_but_the_publish_button_only_saves_a_draft(
    login, draft, username, site_admin
):
    client = login(username)
    response = client.post(
        f"/admin/pages/{draft.pk}/edit/",
        page_form("ร่างข่าว (แก้)", "draft-news", action="publish", owner_work_group=pr_group().pk),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live
    assert draft.get_latest_revision().content["title"] == "ร่างข่าว (แก้)"


@pytest.mark.parametrize("username", ROLE_USERS)
def test_no_role_publishes_through_the_bulk_action(login, draft, username):
    client = login(username)
    client.post(f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}", {})
    assert not Page.objects.get(pk=draft.pk).live


@pytest.mark.parametrize("username", ROLE_USERS)
def test_no_role_publishes_through_the_admin_api(login, draft, username):
    client = login(username)
    response = client.post(f"/admin/api/main/pages/{draft.pk}/action/publish/")
    assert response.status_code in (403, 404)
    assert not Page.objects.get(pk=draft.pk).live


@pytest.mark.parametrize("username", ROLE_USERS)
def test_only_site_administrators_manage_users(login, demo, username):
    client = login(username)
    assert denied(client.get("/admin/users/"))
    target = demo["author2"]
    client.post(f"/admin/users/edit/{target.pk}/", user_form(target, username="renamed"))
    target.refresh_from_db()
    assert target.username == "author2"


def user_form(user, **changes):
    """The fields of Wagtail's user edit form, as the browser would send them."""
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "password1": "",
        "password2": "",
        "is_active": "on",
        "groups": [group.pk for group in user.groups.all()],
    }
    data.update(changes)
    return data


def test_a_site_administrator_manages_users_and_work_groups(login, demo, site_admin):
    client = login(site_admin.username)
    assert client.get("/admin/users/").status_code == 200
    assert client.get("/admin/work_groups/").status_code == 200
    target = demo["author2"]
    response = client.post(f"/admin/users/edit/{target.pk}/", user_form(target, username="renamed"))
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.username == "renamed"


def test_a_site_administrator_cannot_make_anyone_a_superuser(login, demo, site_admin):
    client = login(site_admin.username)
    target = demo["author2"]
    response = client.post(f"/admin/users/edit/{target.pk}/", user_form(target, is_superuser="on"))
    assert response.status_code == 302
    target.refresh_from_db()
    assert not target.is_superuser
    client.post(
        "/admin/users/new/",
        {
            **user_form(target, username="newadmin", email="new@example.com", is_superuser="on"),
            "password1": "a-long-password-for-tests",
            "password2": "a-long-password-for-tests",
        },
    )
    assert not get_user_model().objects.filter(username="newadmin", is_superuser=True).exists()
    assert get_user_model().objects.filter(username="newadmin").exists()


def test_a_superuser_can_still_grant_superuser_status(login, demo):
    target = demo["author2"]
    login("admin").post(f"/admin/users/edit/{target.pk}/", user_form(target, is_superuser="on"))
    target.refresh_from_db()
    assert target.is_superuser
