"""Work groups in the admin: site administrators manage them; every head holds the head role."""

import pytest
from wagtail.models import Site

from governance.models import WorkGroup


def work_group_form(site, name, heads, members=()):
    return {
        "site": site.pk,
        "name": name,
        "heads": [user.pk for user in heads],
        "members": [user.pk for user in members],
    }


def test_a_site_administrator_creates_a_work_group(login, demo, site_admin):
    site = Site.objects.get(is_default_site=True)
    response = login("siteadmin").post(
        "/admin/work_groups/new/",
        work_group_form(site, "กลุ่มงานบริหารทั่วไป", [demo["head"]], [demo["author2"]]),
    )
    assert response.status_code == 302
    group = WorkGroup.objects.get(name="กลุ่มงานบริหารทั่วไป")
    assert list(group.heads.all()) == [demo["head"]]
    assert list(group.members.all()) == [demo["author2"]]
    assert list(WorkGroup.objects.headed_by(demo["head"]).order_by("name")) == sorted(
        WorkGroup.objects.filter(heads=demo["head"]), key=lambda g: g.name
    )


def test_a_head_without_the_group_head_role_is_refused_with_a_reason(login, demo, site_admin):
    site = Site.objects.get(is_default_site=True)
    response = login("siteadmin").post(
        "/admin/work_groups/new/", work_group_form(site, "กลุ่มงานใหม่", [demo["author"]])
    )
    assert response.status_code == 200
    assert not WorkGroup.objects.filter(name="กลุ่มงานใหม่").exists()
    assert "author" in response.content.decode() or "สมหญิง" in response.content.decode()
    assert response.context["form"].errors["heads"]


def test_a_work_group_needs_at_least_one_head(login, demo, site_admin):
    site = Site.objects.get(is_default_site=True)
    response = login("siteadmin").post(
        "/admin/work_groups/new/", work_group_form(site, "กลุ่มงานไร้หัวหน้า", [])
    )
    assert response.status_code == 200
    assert not WorkGroup.objects.filter(name="กลุ่มงานไร้หัวหน้า").exists()


@pytest.mark.parametrize("username", ["author", "head", "webmaster", "cio"])
def test_other_roles_cannot_change_work_groups(login, demo, username):
    group = WorkGroup.objects.get(name="กลุ่มงานประชาสัมพันธ์")
    client = login(username)
    client.post(
        f"/admin/work_groups/edit/{group.pk}/",
        work_group_form(group.site, "ชื่อใหม่", [demo["head2"]]),
    )
    group.refresh_from_db()
    assert group.name == "กลุ่มงานประชาสัมพันธ์"
    assert list(group.heads.all()) == [demo["head"]]
