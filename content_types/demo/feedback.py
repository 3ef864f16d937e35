"""Demo feedback channel: name and email optional, the comment required, a privacy notice."""

from wagtail.rich_text import RichText

from ..models import FeedbackFormField, FeedbackFormPage
from .core import AGENCY_NAME

SLUG = "feedback"

INTRO = (
    "<p>สำนักงานสาธารณสุขจังหวัดตัวอย่างรับฟังความคิดเห็นต่อการดำเนินงานตามหน้าที่และอำนาจ "
    "ท่านไม่จำเป็นต้องระบุชื่อ หากต้องการให้ติดต่อกลับ กรุณาระบุอีเมล</p>"
)
PRIVACY_NOTICE = (
    "<p>สำนักงานสาธารณสุขจังหวัดตัวอย่างเก็บรวบรวมชื่อและอีเมลที่ท่านให้ไว้ (ถ้ามี) "
    "เพื่อพิจารณาและตอบกลับความคิดเห็นของท่านเท่านั้น จะไม่เปิดเผยแก่บุคคลอื่น "
    "และเก็บรักษาไว้ไม่เกิน 1 ปี ท่านขอเข้าถึง แก้ไข หรือลบข้อมูลของท่านได้ที่ "
    "privacy@example.com หรือโทร 0 3400 0000</p>"
)
THANK_YOU = "<p>ขอบคุณสำหรับความคิดเห็น เจ้าหน้าที่จะพิจารณาและตอบกลับภายใน 15 วันทำการ หากท่านระบุอีเมลไว้</p>"

# (label, field type, required): the name and email are optional, so feedback may be anonymous.
FIELDS = [
    ("ชื่อ", "singleline", False),
    ("อีเมล", "email", False),
    ("ความคิดเห็น", "multiline", True),
]


def build(ctx):
    ctx.page(
        ctx.home,
        FeedbackFormPage,
        SLUG,
        title="ช่องทางรับฟังความคิดเห็น",
        body=[("paragraph", RichText(INTRO))],
        privacy_notice=PRIVACY_NOTICE,
        thank_you_text=THANK_YOU,
        to_address="saraban@example.com",
        subject="ความคิดเห็นจากเว็บไซต์",
        owner_work_group=ctx.pr_group,
        source_name=AGENCY_NAME,
        form_fields=[
            FeedbackFormField(sort_order=order, label=label, field_type=kind, required=required)
            for order, (label, kind, required) in enumerate(FIELDS)
        ],
    )
