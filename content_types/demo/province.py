"""Three more agencies of the demo province, each a Wagtail site of its own, at three levels of
completeness, so that the compliance dashboard and the province overview have something to show.

- อบต.ท่าทรายตัวอย่าง: almost everything, its last monthly report filed on time;
- อบต.คลองน้ำใสตัวอย่าง: the basics, executives without photos, last month's report filed late;
- อบต.หนองบัวตัวอย่าง: a contact page and little else, no report filed.

The demo agency (the default site) is left as it is; it is given its province and standards.
Names and numbers are invented; hostnames are subdomains of localhost.
"""

from datetime import date, datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Page, Site

from governance.compliance.models import ComplianceSettings, MonthlyReport, month_start

from ..models import (
    AgencyInfoIndexPage,
    AgencyInfoPage,
    ContactPage,
    ContactPhone,
    Executive,
    ExecutivesPage,
    HomePage,
    LawIndexPage,
    LawPage,
    LinksPage,
    NewsIndexPage,
    NewsPage,
    PolicyPage,
    RelatedLink,
)
from ..models.agency import AgencyInfoTopic, LinkGroup, PolicyKind
from ..models.laws import LawKind
from ..models.news import NewsKind
from .files import image

PROVINCE = "จังหวัดตัวอย่าง"
DEMO_AGENCY_STANDARDS = [
    "samut-sakhon-2561",
    "ssk-pho-2569",
    "oia-2540",
    "dga-website-2560",
    "ita-oit-2566",
    "moph-moit-2569",
]
#: Local administrations: seed 000's standard, the OIA, the DGA standard and ITA.
SAO_STANDARDS = ["samut-sakhon-2561", "oia-2540", "dga-website-2560", "ita-oit-2566"]

HIGH, MEDIUM, LOW = "high", "medium", "low"
AGENCIES = (
    ("thasai", "องค์การบริหารส่วนตำบลท่าทรายตัวอย่าง", "thasai.localhost", HIGH),
    ("khlongnamsai", "องค์การบริหารส่วนตำบลคลองน้ำใสตัวอย่าง", "khlongnamsai.localhost", MEDIUM),
    ("nongbua", "องค์การบริหารส่วนตำบลหนองบัวตัวอย่าง", "nongbua.localhost", LOW),
)


def paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def build(ctx):
    """The demo agency's compliance settings: its province, standards and report signer."""
    settings = ComplianceSettings.for_site(ctx.site)
    if not settings.province:
        settings.province = PROVINCE
        settings.standards = DEMO_AGENCY_STANDARDS
        settings.report_signer_name = "นายสมนึก ตัวอย่าง"
        settings.report_signer_position = "นักวิชาการคอมพิวเตอร์ปฏิบัติการ"
        settings.save()


def build_agencies(ctx):
    """The province's three other agencies, each a site of its own."""
    for slug, name, hostname, level in AGENCIES:
        site = ensure_site(slug, name, hostname)
        agency = AgencyBuilder(ctx, site, name)
        agency.build(level)
        ensure_settings(site, name)
        ensure_reports(site, level)


def ensure_site(slug, name, hostname):
    root = Page.get_first_root_node()
    home = root.get_children().filter(slug=slug).first()
    if home is None:
        home = HomePage(title=name, slug=slug, intro=f"<p>เว็บไซต์ตัวอย่างของ{name} {PROVINCE}</p>")
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(hostname=hostname, port=80).first()
    if site is None:
        site = Site.objects.create(hostname=hostname, port=80, root_page=home, site_name=name)
    return site


def ensure_settings(site, name):
    settings = ComplianceSettings.for_site(site)
    if not settings.province:
        settings.province = PROVINCE
        settings.standards = SAO_STANDARDS
        settings.report_signer_name = f"ปลัด{name}"
        settings.report_signer_position = "ปลัดองค์การบริหารส่วนตำบล"
        settings.save()


def ensure_reports(site, level):
    """Last month's report: filed on the 20th (high), on the 28th, late (medium), or not at all."""
    if level == LOW:
        return
    last_month = month_start(month_start(timezone.localdate()) - timedelta(days=1))
    day = 20 if level == HIGH else 28
    filed_at = datetime.combine(
        last_month.replace(day=day), time(10), tzinfo=timezone.get_current_timezone()
    )
    report, created = MonthlyReport.objects.get_or_create(
        site=site,
        month=last_month,
        defaults={
            "problems": "บุคลากรผู้ดูแลเว็บไซต์มีจำนวนจำกัด" if level == MEDIUM else "",
            "suggestions": "ขอรับการอบรมการใช้งานระบบจัดการเว็บไซต์เพิ่มเติม",
        },
    )
    if created:
        from governance.compliance.report import build as build_report

        content = build_report(site, last_month)
        content["filed_at"] = filed_at.isoformat()
        content["filed_by"] = "ผู้ดูแลเว็บไซต์"
        report.content = content
        report.filed_at = filed_at
        report.save()


class AgencyBuilder:
    """Pages of one demo local administration, built through the demo's idempotent helper."""

    def __init__(self, ctx, site, name):
        self.ctx, self.site, self.name = ctx, site, name
        self.home = site.root_page.specific

    def page(self, parent, model, slug, **fields):
        fields.setdefault("show_in_menus", parent.pk == self.home.pk)
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, owner=self.ctx.users["author"], **fields)
        parent.add_child(instance=page)
        page.save_revision(user=self.ctx.users["author"]).publish()
        return page

    def build(self, level):
        self.contact()
        if level == LOW:
            return
        about = self.page(self.home, AgencyInfoIndexPage, "about", title="ข้อมูลหน่วยงาน")
        topics = [
            ("history", "ประวัติความเป็นมา", AgencyInfoTopic.HISTORY),
            ("structure", "โครงสร้างหน่วยงาน", AgencyInfoTopic.STRUCTURE),
        ]
        if level == HIGH:
            topics += [
                ("vision", "วิสัยทัศน์", AgencyInfoTopic.VISION),
                ("mission", "พันธกิจ", AgencyInfoTopic.MISSION),
                ("powers", "อำนาจหน้าที่", AgencyInfoTopic.POWERS),
                ("strategy", "แผนพัฒนาท้องถิ่น", AgencyInfoTopic.STRATEGY),
            ]
        for slug, title, topic in topics:
            self.page(
                about, AgencyInfoPage, slug, title=title, topic=topic, source_name=self.name,
                body=paragraphs(f"{title}ของ{self.name}"),
            )  # fmt: skip
        self.executives(about, with_photos=level == HIGH)
        news = self.page(self.home, NewsIndexPage, "news", title="ข่าวสาร")
        self.page(
            news, NewsPage, "clean-canal", title="กิจกรรมจิตอาสาพัฒนาคูคลองในตำบล",
            kind=NewsKind.PR, information_date=timezone.localdate(), source_name=self.name,
            body=paragraphs("ผู้บริหาร พนักงาน และประชาชนร่วมกันเก็บผักตบชวาและขยะในคลองสาธารณะ"),
        )  # fmt: skip
        if level == HIGH:
            self.laws()
            self.links()
            self.page(
                self.home, PolicyPage, "privacy-policy", title="นโยบายคุ้มครองข้อมูลส่วนบุคคล",
                kind=PolicyKind.PRIVACY, effective_date=date(2025, 10, 1), show_in_menus=False,
                body=paragraphs("องค์การบริหารส่วนตำบลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็น"),
            )  # fmt: skip

    def contact(self):
        self.page(
            self.home, ContactPage, "contact", title="ช่องทางการติดต่อ", agency_name=self.name,
            address=f"ที่ทำการ{self.name} ตำบลตัวอย่าง อำเภอเมืองตัวอย่าง {PROVINCE} 00000",
            phones=[ContactPhone(label="สำนักปลัด", phone="0 3400 1000")],
            email="saraban@example.com", source_name=self.name,
        )  # fmt: skip

    def executives(self, parent, with_photos):
        people = [
            ("นายสมศักดิ์ ใจดีตัวอย่าง", "นายกองค์การบริหารส่วนตำบล"),
            ("นางสาวมาลี ตั้งใจตัวอย่าง", "ปลัดองค์การบริหารส่วนตำบล"),
        ]
        self.page(
            parent, ExecutivesPage, "executives", title="ทำเนียบผู้บริหาร", source_name=self.name,
            executives=[
                Executive(
                    name=name, position=position, phone="0 3400 1000",
                    photo=image(f"ภาพ{name}", size=(240, 300)) if with_photos else None,
                )  # fmt: skip
                for name, position in people
            ],
        )  # fmt: skip

    def laws(self):
        index = self.page(self.home, LawIndexPage, "laws", title="กฎหมายที่เกี่ยวข้อง")
        self.page(
            index, LawPage, "tambon-council-act", kind=LawKind.ACT,
            title="พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537",
            source_name="ราชกิจจานุเบกษา", source_reference="เล่ม 111 ตอนที่ 53 ก",
            information_date=date(1994, 12, 2), body=paragraphs("กฎหมายจัดตั้งองค์การบริหารส่วนตำบล"),
        )  # fmt: skip

    def links(self):
        self.page(
            self.home, LinksPage, "links", title="เว็บไซต์ที่เกี่ยวข้อง", source_name=self.name,
            links=[
                RelatedLink(group=LinkGroup.MINISTRY, title="กรมส่งเสริมการปกครองท้องถิ่น",
                            url="https://www.dla.go.th/"),
            ],
        )  # fmt: skip
