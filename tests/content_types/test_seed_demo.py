"""``seed_demo``: the demo agency, safe to run again, and never under production settings."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from governance import roles
from governance.models import WorkGroup


def counts():
    return {
        "pages": Page.objects.count(),
        "sites": Site.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "work_groups": WorkGroup.objects.count(),
        "memberships": WorkGroup.members.through.objects.count(),
        "headships": WorkGroup.heads.through.objects.count(),
    }


@pytest.mark.django_db
def test_running_seed_demo_twice_leaves_the_same_counts(capsys):
    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")
    assert counts() == first
    assert first["users"] == 8
    assert first["work_groups"] == 2
    assert first["sites"] == 4  # the demo agency and three more of its province


@pytest.mark.django_db
def test_seed_demo_prints_the_users_and_the_password_from_the_environment(monkeypatch, capsys):
    monkeypatch.setenv("DEMO_PASSWORD", "another-demo-password")
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert "another-demo-password" in out
    for username in ("author", "author2", "head", "head2", "webmaster", "cio", "province", "admin"):
        assert username in out
    assert (
        get_user_model().objects.get(username="webmaster").check_password("another-demo-password")
    )


@pytest.mark.django_db
def test_demo_users_hold_their_roles_and_heads_head_their_groups(demo):
    assert roles.has_role(demo["author"], roles.AUTHOR)
    assert roles.has_role(demo["head2"], roles.GROUP_HEAD)
    assert roles.has_role(demo["webmaster"], roles.WEBMASTER)
    assert roles.has_role(demo["cio"], roles.CIO)
    assert demo["admin"].is_superuser and roles.has_role(demo["admin"], roles.SITE_ADMIN)
    pr = WorkGroup.objects.get(heads=demo["head"])
    digital = WorkGroup.objects.get(heads=demo["head2"])
    assert list(pr.members.all()) == [demo["author"]]
    assert list(digital.members.all()) == [demo["author2"]]


@pytest.mark.django_db
def test_seed_demo_refuses_where_demo_data_is_not_allowed(settings, monkeypatch):
    settings.KHAOSAN_DEMO_ALLOWED = False
    monkeypatch.setenv("DEMO_PASSWORD", "changed-by-a-refused-run")
    with pytest.raises(CommandError):
        call_command("seed_demo")
    assert (
        not get_user_model()
        .objects.get(username="author")
        .check_password("changed-by-a-refused-run")
    )


@pytest.mark.django_db
def test_the_home_page_serves_in_thai(client, demo):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="th">' in html
    assert "สำนักงานสาธารณสุขจังหวัดตัวอย่าง" in html
    assert "ข้ามไปยังเนื้อหาหลัก" in html  # the skip link, translated
