"""Demo e-Service directory: four services on different channels, one under maintenance."""

from wagtail.rich_text import RichText

from ..models import EService, EServicePage, FeedbackFormPage
from ..models.eservice import ServiceChannel, ServiceStatus
from .core import AGENCY_NAME
from .feedback import SLUG as FEEDBACK_SLUG

INTRO = "<p>บริการของสำนักงานสาธารณสุขจังหวัดตัวอย่างที่ใช้ได้ทางออนไลน์ โดยไม่ต้องเดินทางมาที่สำนักงาน</p>"


def services(feedback_page):
    return [
        {
            "name": "ระบบยื่นคำขออนุญาตสถานพยาบาลออนไลน์",
            "description": "ยื่นคำขอ ติดตามสถานะ และรับใบอนุญาตประกอบกิจการสถานพยาบาล",
            "channel": ServiceChannel.WEB,
            "link_url": "https://eservice.example.com/clinic-licence",
        },
        {
            "name": "แบบรับฟังความคิดเห็นต่อการดำเนินงาน",
            "description": "เสนอความคิดเห็นหรือข้อเสนอแนะต่อการดำเนินงานของสำนักงาน",
            "channel": ServiceChannel.WEB,
            "form_page": feedback_page,
        },
        {
            "name": "บัญชีทางการ LINE สสจ.ตัวอย่าง",
            "description": "สอบถามข้อมูลสุขภาพและนัดหมายรับบริการผ่าน LINE",
            "channel": ServiceChannel.LINE,
            "status": ServiceStatus.MAINTENANCE,
            "link_url": "https://line.example.com/@khaosan-demo",
        },
        {
            "name": "ขอสำเนาข้อมูลข่าวสารของราชการทางอีเมล",
            "description": ("ส่งคำขอพร้อมระบุข้อมูลข่าวสารที่ต้องการ เจ้าหน้าที่จะตอบกลับภายใน 15 วันทำการ"),
            "channel": ServiceChannel.EMAIL,
            "email": "oia@example.com",
        },
    ]


def build(ctx):
    feedback_page = FeedbackFormPage.objects.child_of(ctx.home).get(slug=FEEDBACK_SLUG)
    ctx.page(
        ctx.home,
        EServicePage,
        "e-service",
        title="ระบบบริการอิเล็กทรอนิกส์ (e-Service)",
        body=[("paragraph", RichText(INTRO))],
        owner_work_group=ctx.digital_group,
        source_name=AGENCY_NAME,
        services=[
            EService(sort_order=order, **service)
            for order, service in enumerate(services(feedback_page))
        ],
    )
