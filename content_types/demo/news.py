"""Demo news, job recruitment and procurement of the fictional provincial public health office.

Companies and people are invented; contact details use example.com and an unassigned number.
Dates that must lie ahead (closing dates) are counted from the day the demo is first built.
"""

from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from ..models import (
    AnnouncementPage,
    NewsGalleryImage,
    NewsIndexPage,
    NewsPage,
    ProcurementIndexPage,
    ProcurementPage,
    ProcurementSummaryItem,
    ProcurementSummaryPage,
    RecruitmentPosition,
)
from ..models.news import NewsKind
from ..models.procurement import ProcurementMethod, ProcurementStatus
from .files import image, pdf_document

AGENCY_SOURCE = "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"
WINNER = "บริษัท ตัวอย่างการแพทย์ จำกัด"


def paragraphs(*texts):
    """A body of plain paragraphs, as StreamField raw data."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def fiscal_year_of(day):
    """The Buddhist-era fiscal year of ``day``: it starts on 1 October."""
    return day.year + 543 + (1 if day.month >= 10 else 0)


NEWS = [
    (
        "pr-dengue-campaign",
        NewsKind.PR,
        "รณรงค์ป้องกันโรคไข้เลือดออกทั่วจังหวัด",
        date(2026, 6, 15),
        "สำนักงานสาธารณสุขจังหวัดตัวอย่างชวนทุกครัวเรือนกำจัดแหล่งเพาะพันธุ์ยุงลาย "
        "ด้วยมาตรการ 3 เก็บ ป้องกัน 3 โรค ทุกวันศุกร์ตลอดฤดูฝน",
    ),
    (
        "pr-flu-vaccine",
        NewsKind.PR,
        "เปิดให้บริการฉีดวัคซีนไข้หวัดใหญ่ประจำปีสำหรับกลุ่มเสี่ยง",
        date(2026, 5, 4),
        "ผู้สูงอายุ 65 ปีขึ้นไป หญิงตั้งครรภ์ และผู้ป่วยโรคเรื้อรัง รับวัคซีนได้ฟรีที่โรงพยาบาลส่งเสริมสุขภาพตำบลใกล้บ้าน",
    ),
    (
        "general-holiday-hours",
        NewsKind.GENERAL,
        "เวลาทำการของสำนักงานในช่วงวันหยุดยาว",
        date(2026, 4, 8),
        "สำนักงานปิดทำการในวันหยุดราชการ ติดต่องานเร่งด่วนได้ที่ 0 3400 0000 หรืออีเมล info@example.com",
    ),
    (
        "general-health-data-portal",
        NewsKind.GENERAL,
        "เปิดใช้ระบบรายงานข้อมูลสุขภาพออนไลน์สำหรับหน่วยบริการ",
        date(2026, 3, 20),
        "หน่วยบริการทุกแห่งส่งรายงานประจำเดือนผ่านระบบออนไลน์ได้ตั้งแต่เดือนเมษายนเป็นต้นไป",
    ),
    (
        "alert-heat-stroke",
        NewsKind.ALERT,
        "เตือนภัยโรคลมร้อนช่วงอากาศร้อนจัด",
        date(2026, 4, 20),
        "หลีกเลี่ยงการทำงานกลางแจ้งเป็นเวลานาน ดื่มน้ำบ่อย ๆ "
        "หากมีอาการตัวร้อน ปวดศีรษะ หรือสับสน ให้รีบพบแพทย์หรือโทร 1669",
    ),
]

PHOTOS = [
    ("กิจกรรมเดิน-วิ่งเพื่อสุขภาพ: จุดปล่อยตัว", (31, 95, 58), "ผู้เข้าร่วมกิจกรรมยืนรอที่จุดปล่อยตัว"),
    ("กิจกรรมเดิน-วิ่งเพื่อสุขภาพ: ตรวจสุขภาพ", (95, 58, 31), "เจ้าหน้าที่วัดความดันโลหิตให้ผู้ร่วมงาน"),
    ("กิจกรรมเดิน-วิ่งเพื่อสุขภาพ: มอบรางวัล", (58, 31, 95), "ผู้บริหารมอบเหรียญรางวัลแก่ผู้เข้าเส้นชัย"),
]


def build(ctx):
    news_index = ctx.page(
        ctx.home,
        NewsIndexPage,
        "news",
        title="ข่าวสาร",
        intro="<p>ข่าวประชาสัมพันธ์ ข่าวสารทั่วไป ภาพข่าวกิจกรรม เรื่องแจ้งเตือน และประกาศรับสมัครงาน</p>",
    )
    build_news(ctx, news_index)
    build_recruitment(ctx, news_index)
    procurement_index = ctx.page(
        ctx.home,
        ProcurementIndexPage,
        "procurement",
        title="จัดซื้อจัดจ้าง",
        intro="<p>ประกาศจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</p>",
    )
    build_procurement(ctx, procurement_index)


def build_news(ctx, parent):
    for slug, kind, title, day, text in NEWS:
        ctx.page(
            parent,
            NewsPage,
            slug,
            title=title,
            kind=kind,
            information_date=day,
            source_name=AGENCY_SOURCE,
            owner_work_group=ctx.pr_group,
            body=paragraphs(text),
        )
    ctx.page(
        parent,
        NewsPage,
        "photo-walk-run",
        title="ภาพกิจกรรมเดิน-วิ่งเพื่อสุขภาพ ห่างไกลโรคไม่ติดต่อเรื้อรัง",
        kind=NewsKind.PHOTO,
        information_date=date(2026, 7, 26),
        owner_work_group=ctx.pr_group,
        body=paragraphs("บุคลากรสาธารณสุขและประชาชนกว่า 500 คนร่วมเดิน-วิ่งระยะทาง 5 กิโลเมตร"),
        gallery_images=[
            NewsGalleryImage(image=image(title, colour), alt_text=alt, caption=title)
            for title, colour, alt in PHOTOS
        ],
    )


def build_recruitment(ctx, parent):
    today = timezone.localdate()
    ctx.page(
        parent,
        AnnouncementPage,
        "recruitment-public-health-officer",
        title="ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการ ตำแหน่งนักวิชาการสาธารณสุข",
        information_date=today,
        application_start=today,
        closing_date=today + timedelta(days=30),
        owner_work_group=ctx.pr_group,
        how_to_apply=(
            "<p>ยื่นใบสมัครด้วยตนเองที่กลุ่มงานบริหารทั่วไป ในวันและเวลาราชการ "
            "หรือส่งเอกสารทางอีเมล jobs@example.com สอบถามโทร 0 3400 0000</p>"
        ),
        positions=[
            RecruitmentPosition(
                title="นักวิชาการสาธารณสุข",
                number_of_posts=2,
                qualifications="ปริญญาตรีสาขาสาธารณสุขศาสตร์\nมีใบอนุญาตประกอบวิชาชีพการสาธารณสุขชุมชน",
            ),
            RecruitmentPosition(
                title="เจ้าพนักงานธุรการ",
                number_of_posts=1,
                qualifications="ประกาศนียบัตรวิชาชีพชั้นสูงทุกสาขาวิชา\nใช้คอมพิวเตอร์ได้ดี",
            ),
        ],
    )


def build_procurement(ctx, parent):
    today = timezone.localdate()
    ctx.page(
        parent,
        ProcurementPage,
        "ebidding-ultrasound",
        title="ประกาศผู้ชนะการเสนอราคา ซื้อเครื่องตรวจคลื่นเสียงความถี่สูง จำนวน 1 เครื่อง",
        project_name="ซื้อเครื่องตรวจคลื่นเสียงความถี่สูง จำนวน 1 เครื่อง",
        egp_number="69049012345",
        method=ProcurementMethod.E_BIDDING,
        budget=Decimal("1250000.00"),
        reference_price=Decimal("1230000.00"),
        status=ProcurementStatus.WINNER_ANNOUNCED,
        closing_date=date(2026, 4, 10),
        winner_name=WINNER,
        contract_amount=Decimal("1198000.00"),
        information_date=date(2026, 4, 24),
        fiscal_year=2569,
        owner_work_group=ctx.pr_group,
        body=paragraphs("ผู้ชนะการเสนอราคาเสนอราคาต่ำสุดและคุณสมบัติครบถ้วนตามประกาศเชิญชวน"),
    )
    ctx.page(
        parent,
        ProcurementPage,
        "open-vaccine-fridge",
        title="ประกาศเชิญชวน ซื้อตู้เย็นเก็บวัคซีน จำนวน 10 ตู้",
        project_name="ซื้อตู้เย็นเก็บวัคซีน จำนวน 10 ตู้",
        egp_number="69119054321",
        method=ProcurementMethod.E_MARKET,
        budget=Decimal("450000.00"),
        reference_price=Decimal("445000.00"),
        status=ProcurementStatus.ANNOUNCED,
        closing_date=today + timedelta(days=14),
        information_date=today,
        fiscal_year=fiscal_year_of(today),
        owner_work_group=ctx.pr_group,
        body=paragraphs("ผู้สนใจยื่นข้อเสนอผ่านระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)"),
    )
    ctx.page(
        parent,
        ProcurementSummaryPage,
        "summary-2569-12",
        title="สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนธันวาคม 2568",
        fiscal_year=2569,
        month=12,
        information_date=date(2026, 1, 9),
        owner_work_group=ctx.pr_group,
        summary_document=pdf_document(
            "สขร.1 ธันวาคม 2568", "sor-kor-ror-1-2568-12.pdf", "Procurement summary, December 2025"
        ),
        items=[
            ProcurementSummaryItem(
                item="จ้างซ่อมเครื่องปรับอากาศห้องประชุม",
                budget=Decimal("18500.00"),
                method=ProcurementMethod.SPECIFIC,
                bidders="ห้างหุ้นส่วนจำกัด สมมติการช่าง 18,000.00 บาท",
                winner_name="ห้างหุ้นส่วนจำกัด สมมติการช่าง",
                winning_price=Decimal("18000.00"),
                reason="เสนอราคาไม่เกินวงเงินงบประมาณ",
                contract_number="บส 12/2569",
                contract_date=date(2025, 12, 5),
            ),
            ProcurementSummaryItem(
                item="ซื้อวัสดุวิทยาศาสตร์การแพทย์",
                budget=Decimal("96000.00"),
                method=ProcurementMethod.SPECIFIC,
                bidders=f"{WINNER} 95,500.00 บาท",
                winner_name=WINNER,
                winning_price=Decimal("95500.00"),
                reason="เสนอราคาไม่เกินวงเงินงบประมาณและมีคุณสมบัติครบถ้วน",
                contract_number="ซส 31/2569",
                contract_date=date(2025, 12, 12),
            ),
            ProcurementSummaryItem(
                item="ซื้อเครื่องวัดความดันโลหิตอัตโนมัติ จำนวน 20 เครื่อง",
                budget=Decimal("240000.00"),
                method=ProcurementMethod.E_MARKET,
                bidders=(
                    f"{WINNER} 228,000.00 บาท\n"
                    "บริษัท ทดลองครุภัณฑ์ จำกัด 234,000.00 บาท\n"
                    "ห้างหุ้นส่วนจำกัด สมมติเวชภัณฑ์ 239,500.00 บาท"
                ),
                winner_name=WINNER,
                winning_price=Decimal("228000.00"),
                reason="เสนอราคาต่ำสุด",
                contract_number="ซส 35/2569",
                contract_date=date(2025, 12, 22),
            ),
        ],
    )
