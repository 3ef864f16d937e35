"""The role groups: created by the migration, re-creatable, and never holding publish."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

from governance import roles


def page_permission_types(role):
    return set(
        GroupPagePermission.objects.filter(group__name=role.group_name).values_list(
            "permission__codename", flat=True
        )
    )


@pytest.mark.django_db
def test_the_migration_creates_all_five_roles():
    names = set(Group.objects.values_list("name", flat=True))
    assert {role.group_name for role in roles.ROLES} <= names
    assert {"ผู้ขอเผยแพร่", "หัวหน้ากลุ่มงาน", "ผู้ดูแลเว็บไซต์"} <= names


@pytest.mark.django_db
def test_no_group_holds_the_page_publish_permission():
    assert not GroupPagePermission.objects.filter(permission__codename="publish_page").exists()
    # Wagtail's sample Moderators group (which has publish) is gone on a fresh install
    assert not Group.objects.filter(name="Moderators").exists()


@pytest.mark.django_db
def test_page_permissions_per_role():
    assert page_permission_types(roles.AUTHOR) == {"add_page"}
    assert page_permission_types(roles.GROUP_HEAD) == {"add_page"}
    assert page_permission_types(roles.WEBMASTER) == {
        "add_page",
        "change_page",
        "lock_page",
        "unlock_page",
    }
    assert page_permission_types(roles.CIO) == set()
    assert "publish_page" not in page_permission_types(roles.SITE_ADMIN)


@pytest.mark.django_db
def test_sync_restores_a_deleted_role_and_takes_back_publish():
    roles.role_group(roles.WEBMASTER).delete()
    author_group = roles.role_group(roles.AUTHOR)
    GroupPagePermission.objects.create(
        group=author_group,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="publish_page"),
    )

    roles.sync_roles()
    roles.sync_roles()

    assert page_permission_types(roles.WEBMASTER) == {
        "add_page",
        "change_page",
        "lock_page",
        "unlock_page",
    }
    assert page_permission_types(roles.AUTHOR) == {"add_page"}
    assert Group.objects.filter(name=roles.WEBMASTER.group_name).count() == 1


@pytest.mark.django_db
def test_sync_keeps_permissions_an_administrator_added():
    group = roles.role_group(roles.CIO)
    extra = Permission.objects.get(codename="change_redirect")
    group.permissions.add(extra)
    roles.sync_roles()
    assert group.permissions.filter(pk=extra.pk).exists()
