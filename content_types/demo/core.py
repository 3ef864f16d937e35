"""The demo agency's skeleton: its site and home page, users, work groups, and the helpers the
category modules use to add pages and files idempotently."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from wagtail.models import Page, Site

from governance import roles
from governance.models import WorkGroup
from governance.staff import set_position

from ..models import HomePage

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
    #: Official position (ตำแหน่ง), printed on the request forms this user signs.
    position: str
    is_superuser: bool = False


DEMO_USERS = (
    DemoUser("author", "สมหญิง", "ตัวอย่าง", roles.AUTHOR, "นักประชาสัมพันธ์ปฏิบัติการ"),
    DemoUser("author2", "สมชาย", "ตัวอย่าง", roles.AUTHOR, "นักวิชาการสาธารณสุขปฏิบัติการ"),
    DemoUser("head", "วิไล", "ตัวอย่าง", roles.GROUP_HEAD, "นักประชาสัมพันธ์ชำนาญการพิเศษ"),
    DemoUser("head2", "ประเสริฐ", "ตัวอย่าง", roles.GROUP_HEAD, "นักวิชาการสาธารณสุขชำนาญการพิเศษ"),
    DemoUser("webmaster", "สมนึก", "ตัวอย่าง", roles.WEBMASTER, "นักวิชาการคอมพิวเตอร์ปฏิบัติการ"),
    DemoUser("cio", "อรุณี", "ตัวอย่าง", roles.CIO, "รองนายแพทย์สาธารณสุขจังหวัด"),
    DemoUser(
        "province",
        "ธนา",
        "ตัวอย่าง",
        roles.PROVINCE_REVIEWER,
        "นักวิเคราะห์นโยบายและแผนชำนาญการ",
    ),
    DemoUser(
        "admin",
        "ผู้ดูแล",
        "ระบบ",
        roles.SITE_ADMIN,
        "นักวิชาการคอมพิวเตอร์ชำนาญการ",
        is_superuser=True,
    ),
)

# work group -> (members, heads), by username
DEMO_WORK_GROUPS = {
    PR_GROUP: (("author",), ("head",)),
    DIGITAL_GROUP: (("author2",), ("head2",)),
}


def ensure_home_page():
    """The agency home page as the default site's root, replacing Wagtail's welcome page."""
    # The first home page made is the demo agency's; the province's other agencies come after.
    home = HomePage.objects.order_by("pk").first()
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


def ensure_users(password):
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
        set_position(user, spec.position)
        users[spec.username] = user
    return users


def ensure_work_groups(site, users):
    groups = {}
    for name, (members, heads) in DEMO_WORK_GROUPS.items():
        group, _created = WorkGroup.objects.get_or_create(site=site, name=name)
        group.members.add(*(users[u] for u in members))
        group.heads.add(*(users[u] for u in heads))
        groups[name] = group
    return groups


@dataclass
class DemoContext:
    """What a category module needs to build its demo content."""

    site: Site
    home: HomePage
    users: dict
    work_groups: dict = field(default_factory=dict)

    @property
    def pr_group(self):
        return self.work_groups[PR_GROUP]

    @property
    def digital_group(self):
        return self.work_groups[DIGITAL_GROUP]

    def page(self, parent, model, slug, **fields):
        """The live page ``slug`` under ``parent``: created and published the first time,
        then left as it is (an agency may have edited it). Pages directly under home are the
        categories, shown in the main menu and as home page sections."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        fields.setdefault("show_in_menus", parent.pk == self.home.pk)  # categories in the menu
        page = model(slug=slug, owner=self.users["author"], **fields)
        parent.add_child(instance=page)
        page.save_revision(user=self.users["author"]).publish()
        return page
