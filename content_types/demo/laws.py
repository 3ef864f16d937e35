"""Demo laws, knowledge and statistics, operating manuals and citizen service manuals for the
provincial public-health office (seed 004 clauses 1.3, 1.4, 1.7, 1.8).

The laws are real, with their Royal Gazette references; the statistics are invented aggregate
figures for invented districts, with no data about any person.
"""

import csv
import datetime
import io

from ..models import (
    KnowledgeIndexPage,
    KnowledgePage,
    LawIndexPage,
    LawPage,
    OperatingManualIndexPage,
    OperatingManualPage,
    ServiceManualIndexPage,
    ServiceManualPage,
    ServiceRequiredDocument,
    ServiceStep,
)
from ..models.knowledge import KnowledgeKind
from ..models.laws import LawKind
from . import files

GAZETTE = "https://www.ratchakitcha.soc.go.th/"
OIC = "สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ"


def build(ctx):
    build_laws(ctx)
    build_knowledge(ctx)
    build_operating_manuals(ctx)
    build_service_manuals(ctx)


def paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


LAWS = [
    (
        "official-information-act",
        "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
        LawKind.ACT,
        datetime.date(1997, 9, 10),
        "ราชกิจจานุเบกษา เล่ม 114 ตอนที่ 46 ก หน้า 1",
        "รับรองสิทธิของประชาชนในการรับรู้ข้อมูลข่าวสารของราชการ หน่วยงานของรัฐต้องพิมพ์ข้อมูล"
        "ลงในราชกิจจานุเบกษา (มาตรา 7) และจัดให้มีข้อมูลไว้ให้ประชาชนเข้าตรวจดู (มาตรา 9)",
    ),
    (
        "personal-data-protection-act",
        "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        LawKind.ACT,
        datetime.date(2019, 5, 27),
        "ราชกิจจานุเบกษา เล่ม 136 ตอนที่ 69 ก หน้า 52",
        "กำหนดหลักเกณฑ์การเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคล รวมถึงข้อมูลสุขภาพซึ่งเป็นข้อมูลอ่อนไหวตามมาตรา 26",
    ),
    (
        "good-governance-decree",
        "พระราชกฤษฎีกาว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี พ.ศ. 2546",
        LawKind.ROYAL_DECREE,
        datetime.date(2003, 10, 9),
        "ราชกิจจานุเบกษา เล่ม 120 ตอนที่ 100 ก หน้า 1",
        "กำหนดให้ส่วนราชการบริหารราชการอย่างมีประสิทธิภาพ โปร่งใส และเปิดเผยข้อมูลการปฏิบัติราชการให้ประชาชนทราบ",
    ),
    (
        "public-inspection-announcement",
        "ประกาศคณะกรรมการข้อมูลข่าวสารของราชการ เรื่อง หลักเกณฑ์และวิธีการเกี่ยวกับการจัดให้มี"
        "ข้อมูลข่าวสารของราชการไว้ให้ประชาชนเข้าตรวจดู",
        LawKind.ANNOUNCEMENT,
        datetime.date(2008, 2, 24),
        "ราชกิจจานุเบกษา เล่ม 125 ตอนพิเศษ 49 ง หน้า 1",
        "กำหนดให้หน่วยงานของรัฐจัดข้อมูลข่าวสารตามมาตรา 9 ไว้ในระบบเครือข่ายสารสนเทศของหน่วยงาน",
    ),
    (
        "correspondence-regulation",
        "ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526",
        LawKind.REGULATION,
        datetime.date(1983, 6, 13),
        "ราชกิจจานุเบกษา เล่ม 100 ตอนที่ 93 ฉบับพิเศษ หน้า 1",
        "วางหลักเกณฑ์การจัดทำ รับ ส่ง เก็บรักษา ยืม และทำลายหนังสือราชการ",
    ),
]


def build_laws(ctx):
    index = ctx.page(
        ctx.home,
        LawIndexPage,
        "laws",
        title="กฎหมาย ระเบียบ ข้อบังคับที่เกี่ยวข้อง",
        intro="<p>กฎหมาย ระเบียบ และข้อบังคับที่สำนักงานใช้ในการปฏิบัติงาน พร้อมแหล่งที่มา</p>",
    )
    for slug, title, kind, date, reference, summary in LAWS:
        full_text = files.pdf_document(
            f"{title} (ฉบับเต็ม)", f"{slug}.pdf", f"{slug}: full text (demo copy)"
        )
        ctx.page(
            index,
            LawPage,
            slug,
            title=title,
            kind=kind,
            body=[paragraph(summary)],
            attachments=[("document", {"document": full_text, "title": ""})],
            source_name="สำนักเลขาธิการคณะรัฐมนตรี",
            source_url=GAZETTE,
            source_reference=reference,
            information_date=date,
            owner_work_group=ctx.pr_group,
        )


DENGUE_BY_DISTRICT = [
    ("อำเภอเมืองตัวอย่าง", 412, 98.6, 1),
    ("อำเภอบางตัวอย่าง", 238, 87.2, 0),
    ("อำเภอท่าตัวอย่าง", 175, 102.4, 1),
    ("อำเภอหนองตัวอย่าง", 96, 61.5, 0),
    ("อำเภอดอนตัวอย่าง", 58, 44.9, 0),
]
DENGUE_COLUMNS = ["อำเภอ", "จำนวนผู้ป่วย (ราย)", "อัตราป่วยต่อประชากรแสนคน", "ผู้เสียชีวิต (ราย)"]


def dengue_csv():
    """The district figures as a UTF-8 CSV, with a BOM so that Excel shows the Thai."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(DENGUE_COLUMNS)
    writer.writerows(DENGUE_BY_DISTRICT)
    return out.getvalue().encode("utf-8-sig")


def dengue_table():
    """The year's totals by quarter, as the shared table block's raw value."""
    quarters = [("ไตรมาสที่ 1", 88), ("ไตรมาสที่ 2", 301), ("ไตรมาสที่ 3", 462), ("ไตรมาสที่ 4", 128)]
    return (
        "table",
        {
            "caption": "จำนวนผู้ป่วยโรคไข้เลือดออก จังหวัดตัวอย่าง ปี 2568 รายไตรมาส",
            "table": {
                "columns": [
                    {"type": "text", "heading": "ไตรมาส"},
                    {"type": "number", "heading": "จำนวนผู้ป่วย (ราย)"},
                ],
                "rows": [{"values": [quarter, count]} for quarter, count in quarters],
            },
        },
    )


def build_knowledge(ctx):
    index = ctx.page(
        ctx.home,
        KnowledgeIndexPage,
        "knowledge",
        title="คลังความรู้",
        intro="<p>ความรู้สุขภาพ สื่อมัลติมีเดีย บทความ ผลงานวิจัย และข้อมูลสถิติ</p>",
    )
    common = {
        "source_name": "กลุ่มงานควบคุมโรคติดต่อ สำนักงานสาธารณสุขจังหวัดตัวอย่าง",
        "owner_work_group": ctx.digital_group,
    }
    ctx.page(
        index,
        KnowledgePage,
        "dengue-prevention-infographic",
        title="อินโฟกราฟิก 3 เก็บ ป้องกัน 3 โรค",
        kind=KnowledgeKind.INFOGRAPHIC,
        image=files.image("อินโฟกราฟิก 3 เก็บ ป้องกัน 3 โรค", colour=(0, 110, 90)),
        image_alt="3 เก็บ ป้องกัน 3 โรค: เก็บบ้าน เก็บขยะ เก็บน้ำ ป้องกันไข้เลือดออก ไข้ซิกา และไข้ปวดข้อยุงลาย",
        body=[paragraph("เก็บบ้านให้สะอาด เก็บขยะ และเก็บน้ำให้มิดชิด เพื่อไม่ให้ยุงลายวางไข่")],
        information_date=datetime.date(2026, 5, 15),
        **common,
    )
    ctx.page(
        index,
        KnowledgePage,
        "handwashing-video",
        title="วิดีโอ ล้างมือ 7 ขั้นตอน ลดเสี่ยงโรค",
        kind=KnowledgeKind.MULTIMEDIA,
        body=[
            paragraph("ล้างมือด้วยสบู่และน้ำสะอาดอย่างน้อย 20 วินาที ตามขั้นตอนต่อไปนี้"),
            (
                "media",
                {
                    "url": "https://video.example.com/handwashing-7-steps",
                    "title": "ล้างมือ 7 ขั้นตอน (วิดีโอ 2 นาที)",
                    "description": "ฝ่ามือถูกัน ฝ่ามือถูหลังมือ ถูซอกนิ้ว หลังนิ้วถูฝ่ามือ "
                    "ถูนิ้วหัวแม่มือ ปลายนิ้วถูฝ่ามือ และถูรอบข้อมือ",
                },
            ),
        ],
        information_date=datetime.date(2026, 3, 2),
        information_time=datetime.time(10, 30),
        **common,
    )
    ctx.page(
        index,
        KnowledgePage,
        "heat-and-older-people",
        title="บทความ การดูแลสุขภาพผู้สูงอายุในช่วงอากาศร้อนจัด",
        kind=KnowledgeKind.ARTICLE,
        body=[
            paragraph("อากาศร้อนจัดเสี่ยงต่อโรคลมร้อน (ฮีทสโตรก) โดยเฉพาะผู้สูงอายุและผู้มีโรคประจำตัว"),
            paragraph("ควรดื่มน้ำบ่อย ๆ อยู่ในที่อากาศถ่ายเทสะดวก และหลีกเลี่ยงกิจกรรมกลางแจ้งช่วงบ่าย"),
        ],
        information_date=datetime.date(2026, 4, 1),
        **common,
    )
    research = files.pdf_document(
        "รายงานการวิจัย ปัจจัยที่มีผลต่อการได้รับวัคซีนตามเกณฑ์ของเด็กอายุ 0-5 ปี",
        "vaccination-coverage-research-2568.pdf",
        "Research report: factors in on-time vaccination of children aged 0-5 (demo)",
    )
    ctx.page(
        index,
        KnowledgePage,
        "vaccination-research",
        title="ผลงานวิจัย ปัจจัยที่มีผลต่อการได้รับวัคซีนตามเกณฑ์ของเด็กอายุ 0-5 ปี",
        kind=KnowledgeKind.RESEARCH,
        body=[paragraph("การศึกษาเชิงสำรวจในหน่วยบริการปฐมภูมิ 12 แห่ง ปีงบประมาณ 2568")],
        attachments=[("document", {"document": research, "title": ""})],
        information_date=datetime.date(2025, 12, 20),
        **common,
    )
    ctx.page(
        index,
        KnowledgePage,
        "dengue-cases-by-district-2568",
        title="ข้อมูลสถิติ จำนวนผู้ป่วยโรคไข้เลือดออก รายอำเภอ ปี 2568",
        kind=KnowledgeKind.STATISTICS,
        body=[
            paragraph("ข้อมูลจากระบบรายงานการเฝ้าระวังโรค 506 ณ วันที่ 31 ธันวาคม 2568"),
            dengue_table(),
        ],
        data_file=files.document(
            "จำนวนผู้ป่วยโรคไข้เลือดออก รายอำเภอ ปี 2568",
            "dengue-cases-by-district-2568.csv",
            dengue_csv(),
        ),
        information_date=datetime.date(2026, 1, 10),
        information_time=datetime.time(9, 0),
        **common,
    )


def build_operating_manuals(ctx):
    index = ctx.page(
        ctx.home,
        OperatingManualIndexPage,
        "operating-manuals",
        title="คู่มือการปฏิบัติงาน",
        intro="<p>คู่มือมาตรฐานการปฏิบัติงานของสำนักงาน ดาวน์โหลดได้</p>",
    )
    manuals = [
        (
            "website-publishing",
            "คู่มือการปฏิบัติงาน การเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน",
            "ฉบับที่ 2",
            datetime.date(2026, 1, 15),
            "ผู้ขอเผยแพร่กรอกแบบฟอร์มขออนุญาต หัวหน้ากลุ่มงานอนุมัติ แล้วผู้ดูแลเว็บไซต์นำข้อมูลขึ้นเผยแพร่และแจ้งผู้ขอ",
            "Operating manual: publishing information on the agency website, 2nd edition (demo)",
        ),
        (
            "complaint-handling",
            "คู่มือการปฏิบัติงาน การจัดการเรื่องร้องเรียนร้องทุกข์",
            "ฉบับที่ 1",
            datetime.date(2025, 10, 1),
            "รับเรื่องร้องเรียน ลงทะเบียน ส่งหน่วยงานที่เกี่ยวข้องภายใน 3 วันทำการ "
            "ติดตามผล และแจ้งผู้ร้องเรียนภายใน 15 วันทำการ",
            "Operating manual: handling complaints, 1st edition (demo)",
        ),
    ]
    for slug, title, version, date, summary, pdf_text in manuals:
        ctx.page(
            index,
            OperatingManualPage,
            slug,
            title=title,
            document=files.pdf_document(title, f"{slug}-manual.pdf", pdf_text),
            version=version,
            body=[("heading", {"text": "สรุปขั้นตอนการปฏิบัติงาน", "level": "h2"}), paragraph(summary)],
            information_date=date,
            owner_work_group=ctx.pr_group,
        )


SERVICES = [
    {
        "slug": "health-facility-licence",
        "title": "คู่มือสำหรับประชาชน การขออนุญาตจัดตั้งสถานพยาบาล (คลินิก)",
        "total_time": "45 วันทำการ",
        "fees": "ตามอัตราที่กำหนดในกฎกระทรวงกำหนดค่าธรรมเนียมเกี่ยวกับสถานพยาบาล",
        "steps": [
            ("ยื่นคำขอและตรวจสอบเอกสาร", "เจ้าหน้าที่ตรวจความครบถ้วนของคำขอและเอกสาร", "1 วันทำการ"),
            ("ตรวจแบบแปลนสถานพยาบาล", "ตรวจแบบแปลนให้เป็นไปตามลักษณะที่กฎหมายกำหนด", "14 วันทำการ"),
            ("ตรวจสถานที่", "เจ้าหน้าที่นัดตรวจสถานที่จริงพร้อมเครื่องมือแพทย์", "15 วันทำการ"),
            ("พิจารณาอนุญาต", "ผู้อนุญาตพิจารณาผลการตรวจและลงนาม", "14 วันทำการ"),
            ("แจ้งผลและออกใบอนุญาต", "แจ้งผลเป็นหนังสือและรับใบอนุญาตเมื่อชำระค่าธรรมเนียม", "1 วันทำการ"),
        ],
        "documents": [
            ("แบบคำขออนุญาตประกอบกิจการสถานพยาบาล", "ฉบับจริง 1 ฉบับ"),
            ("สำเนาบัตรประจำตัวประชาชนของผู้ขออนุญาต", "1 ฉบับ"),
            ("แผนผังและแบบแปลนสถานพยาบาล", "1 ชุด"),
            ("สำเนาใบอนุญาตประกอบวิชาชีพของผู้ดำเนินการ", "1 ฉบับ"),
        ],
        "legal_basis": "<ul><li>พระราชบัญญัติสถานพยาบาล พ.ศ. 2541</li></ul>",
    },
    {
        "slug": "medical-certificate",
        "title": "คู่มือสำหรับประชาชน การขอหนังสือรับรองการแพทย์",
        "total_time": "1 ชั่วโมง",
        "fees": "ไม่เสียค่าธรรมเนียม",
        "steps": [
            ("ยื่นคำขอที่จุดบริการ", "กรอกแบบคำขอและแสดงบัตรประจำตัวประชาชน", "10 นาที"),
            ("ตรวจร่างกาย", "แพทย์ตรวจร่างกายตามรายการในหนังสือรับรอง", "30 นาที"),
            ("รับหนังสือรับรองการแพทย์", "ตรวจสอบความถูกต้องและรับหนังสือรับรอง", "20 นาที"),
        ],
        "documents": [("บัตรประจำตัวประชาชน", "ฉบับจริง")],
        "legal_basis": "<ul><li>พระราชบัญญัติวิชาชีพเวชกรรม พ.ศ. 2525</li></ul>",
    },
]


def build_service_manuals(ctx):
    index = ctx.page(
        ctx.home,
        ServiceManualIndexPage,
        "service-manuals",
        title="คู่มือสำหรับประชาชน",
        intro="<p>ขั้นตอน ระยะเวลา ค่าธรรมเนียม และเอกสารที่ต้องใช้ในการขอรับบริการ</p>",
    )
    channels = (
        "<p>ศูนย์บริการเบ็ดเสร็จ สำนักงานสาธารณสุขจังหวัดตัวอย่าง "
        "วันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. โทร 0 3400 0000</p>"
    )
    for service in SERVICES:
        ctx.page(
            index,
            ServiceManualPage,
            service["slug"],
            title=service["title"],
            total_time=service["total_time"],
            fees=service["fees"],
            steps=[
                ServiceStep(title=title, description=description, duration=duration)
                for title, description, duration in service["steps"]
            ],
            required_documents=[
                ServiceRequiredDocument(name=name, note=note) for name, note in service["documents"]
            ],
            service_channels=channels,
            legal_basis=service["legal_basis"],
            owner_work_group=ctx.pr_group,
        )
