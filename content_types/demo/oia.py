"""Demo official information centre: items under s.7 and s.9 (1), (3) and (8), pointing at
documents and outside sites; the other sections stay empty so the gaps show."""

from wagtail.rich_text import RichText

from ..models import OIACentrePage, OIAItem
from ..models.oia import OIASection
from .core import AGENCY_NAME
from .files import pdf_document

INTRO = (
    "<p>ศูนย์ข้อมูลข่าวสารของราชการของสำนักงานสาธารณสุขจังหวัดตัวอย่าง "
    "จัดข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 มาตรา 7 และมาตรา 9 "
    "ไว้ให้ประชาชนตรวจดูได้ หากต้องการขอข้อมูลข่าวสารอื่น ติดต่อได้ที่ 0 3400 0000</p>"
)


def items():
    """The demo items as (section, title, target), target a document or an outside address."""
    return [
        (
            OIASection.S7,
            "โครงสร้างและอำนาจหน้าที่ของสำนักงานสาธารณสุขจังหวัดตัวอย่าง",
            pdf_document(
                "โครงสร้างและอำนาจหน้าที่ สสจ.ตัวอย่าง",
                "oia-structure.pdf",
                "Provincial Public Health Office: structure, powers and duties",
            ),
        ),
        (
            OIASection.S7,
            "ราชกิจจานุเบกษา (ค้นหากฎหมายและประกาศที่ลงพิมพ์)",
            "https://ratchakitcha.soc.go.th/",
        ),
        (
            OIASection.S9_1,
            "ผลการพิจารณาคำขออนุญาตประกอบกิจการสถานพยาบาล ประจำปี 2569",
            pdf_document(
                "ผลการพิจารณาคำขออนุญาตสถานพยาบาล 2569",
                "oia-clinic-licences-2569.pdf",
                "Decisions on clinic licence applications, 2026",
            ),
        ),
        (
            OIASection.S9_3,
            "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569",
            pdf_document(
                "แผนปฏิบัติราชการ ปีงบประมาณ 2569",
                "oia-action-plan-2569.pdf",
                "Action plan, fiscal year 2026",
            ),
        ),
        (
            OIASection.S9_8,
            "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2568 (แบบ สขร.1)",
            pdf_document(
                "สรุปผลการจัดซื้อจัดจ้าง ตุลาคม 2568",
                "oia-procurement-2568-10.pdf",
                "Monthly procurement summary, October 2025",
            ),
        ),
        (
            OIASection.S9_8,
            "ระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)",
            "https://www.gprocurement.go.th/",
        ),
    ]


def build(ctx):
    oia_items = []
    for order, (section, title, target) in enumerate(items()):
        link = {"link_url": target} if isinstance(target, str) else {"link_document": target}
        oia_items.append(OIAItem(sort_order=order, section=section, title=title, **link))
    ctx.page(
        ctx.home,
        OIACentrePage,
        "oia",
        title="ศูนย์ข้อมูลข่าวสารของราชการ",
        body=[("paragraph", RichText(INTRO))],
        owner_work_group=ctx.pr_group,
        source_name=AGENCY_NAME,
        oia_items=oia_items,
    )
