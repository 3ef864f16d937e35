"""The demo agency: one site, two work groups and one user per role.

Idempotent: every object is found by a natural key (username, work-group name, page slug) and
updated in place, so running ``seed_demo`` again never duplicates anything.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Page, Site

from governance import roles
from governance.models import WorkGroup

from .models import HomePage

AGENCY_NAME = "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"
AGENCY_INTRO = (
    "<p>เว็บไซต์ตัวอย่างของหน่วยงานภาครัฐ สร้างด้วยข่าวสาร (Khaosan) "
    "ระบบจัดการเนื้อหาที่มีขั้นตอนการขออนุญาตเผยแพร่ข้อมูลในตัว</p>"
)
PR_GROUP = "กลุ่มงานประชาสัมพันธ์"
DIGITAL_GROUP = "กลุ่มงานสุขภาพดิจิทัล"


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    role: roles.Role
    is_superuser: bool = False


DEMO_USERS = (
    DemoUser("author", "สมหญิง", "ตัวอย่าง", roles.AUTHOR),
    DemoUser("author2", "สมชาย", "ตัวอย่าง", roles.AUTHOR),
    DemoUser("head", "วิไล", "ตัวอย่าง", roles.GROUP_HEAD),
    DemoUser("head2", "ประเสริฐ", "ตัวอย่าง", roles.GROUP_HEAD),
    DemoUser("webmaster", "สมนึก", "ตัวอย่าง", roles.WEBMASTER),
    DemoUser("cio", "อรุณี", "ตัวอย่าง", roles.CIO),
    DemoUser("admin", "ผู้ดูแล", "ระบบ", roles.SITE_ADMIN, is_superuser=True),
)

# work group -> (members, heads), by username
DEMO_WORK_GROUPS = {
    PR_GROUP: (("author",), ("head",)),
    DIGITAL_GROUP: (("author2",), ("head2",)),
}


def _ensure_home_page():
    """The agency home page as the default site's root, replacing Wagtail's welcome page."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(title=AGENCY_NAME, slug="agency", intro=AGENCY_INTRO)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    if site.root_page_id != home.pk or site.site_name != AGENCY_NAME:
        site.root_page = home
        site.site_name = AGENCY_NAME
        site.save()
    welcome = Page.objects.filter(depth=2, slug="home", content_type__model="page")
    welcome.exclude(pk=home.pk).delete()
    return site


def _ensure_users(password):
    User = get_user_model()
    users = {}
    for spec in DEMO_USERS:
        user, _created = User.objects.get_or_create(username=spec.username)
        user.first_name = spec.first_name
        user.last_name = spec.last_name
        user.email = f"{spec.username}@example.com"
        user.is_superuser = spec.is_superuser
        user.is_active = True
        user.set_password(password)
        user.save()
        user.groups.add(roles.role_group(spec.role))
        users[spec.username] = user
    return users


def _ensure_work_groups(site, users):
    for name, (members, heads) in DEMO_WORK_GROUPS.items():
        group, _created = WorkGroup.objects.get_or_create(site=site, name=name)
        group.members.add(*(users[u] for u in members))
        group.heads.add(*(users[u] for u in heads))


@transaction.atomic
def seed_demo(password):
    """Build (or bring up to date) the demo agency; returns the demo users by username."""
    roles.sync_roles()
    site = _ensure_home_page()
    users = _ensure_users(password)
    _ensure_work_groups(site, users)
    return users
