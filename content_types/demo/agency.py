"""Demo agency information, executives, contact channels, related websites and policies.

The office, its people and its numbers are invented (example.com emails, 0 3400 xxxx numbers);
the related websites are real government sites, which any agency may link to.
"""

from datetime import date

from ..models.agency import (
    AgencyInfoIndexPage,
    AgencyInfoPage,
    AgencyInfoTopic,
    ContactPage,
    ContactPhone,
    Executive,
    ExecutivesPage,
    LinkGroup,
    LinksPage,
    PolicyKind,
    PolicyPage,
    RelatedLink,
)
from .core import AGENCY_NAME
from .files import image, pdf_document

START_OF_FY_2569 = date(2025, 10, 1)


def paragraphs(*html):
    return [{"type": "paragraph", "value": text} for text in html]


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def attached(document):
    return [{"type": "document", "value": {"document": document.pk, "title": ""}}]


def draw_portrait(canvas, size):
    """A head-and-shoulders silhouette, standing in for an executive's photo."""
    width, height = size
    colour = (236, 240, 244)
    canvas.ellipse((width * 0.3, height * 0.15, width * 0.7, height * 0.5), fill=colour)
    canvas.ellipse((width * 0.1, height * 0.55, width * 0.9, height * 1.3), fill=colour)


def draw_org_chart(canvas, size):
    """Boxes and lines: the chief, two deputies and the work groups under them."""
    width, _height = size
    box, line = (255, 255, 255), (200, 210, 225)
    canvas.rectangle((width / 2 - 90, 30, width / 2 + 90, 90), fill=box)
    canvas.line((width / 2, 90, width / 2, 140), fill=line, width=4)
    canvas.line((width / 4, 140, width * 3 / 4, 140), fill=line, width=4)
    for x in (width / 4, width * 3 / 4):
        canvas.line((x, 140, x, 170), fill=line, width=4)
        canvas.rectangle((x - 80, 170, x + 80, 220), fill=box)
    for column in range(6):
        x = 60 + column * (width - 120) / 5
        canvas.line((x, 300, x, 330), fill=line, width=3)
        canvas.rectangle((x - 50, 330, x + 50, 390), fill=box)
    canvas.line((60, 300, width - 60, 300), fill=line, width=3)
    canvas.line((width / 2, 140, width / 2, 300), fill=line, width=3)


def build(ctx):
    index = ctx.page(
        ctx.home,
        AgencyInfoIndexPage,
        "about",
        title="ข้อมูลหน่วยงาน",
        intro="<p>ประวัติ วิสัยทัศน์ พันธกิจ โครงสร้าง ผู้บริหาร อำนาจหน้าที่ ยุทธศาสตร์ "
        "แผนปฏิบัติราชการ งบประมาณ และผลการปฏิบัติราชการของสำนักงาน</p>",
    )
    build_agency_info(ctx, index)
    build_executives(ctx, index)
    build_contact(ctx)
    build_links(ctx)
    build_policies(ctx)


def info_page(ctx, index, slug, title, topic, body, **fields):
    return ctx.page(
        index,
        AgencyInfoPage,
        slug,
        title=title,
        topic=topic,
        body=body,
        source_name=AGENCY_NAME,
        owner_work_group=ctx.pr_group,
        **fields,
    )


def build_agency_info(ctx, index):
    info_page(
        ctx,
        index,
        "history",
        "ประวัติความเป็นมา",
        AgencyInfoTopic.HISTORY,
        paragraphs(
            "<p>สำนักงานสาธารณสุขจังหวัดตัวอย่างเป็นราชการบริหารส่วนภูมิภาค "
            "สังกัดสำนักงานปลัดกระทรวงสาธารณสุข เริ่มจากสำนักงานแพทย์ใหญ่จังหวัดซึ่งตั้งขึ้นเพื่อดูแล"
            "การป้องกันโรคติดต่อและการรักษาพยาบาลของประชาชนในจังหวัด</p>",
            "<p>ต่อมาได้ปรับเป็นสำนักงานสาธารณสุขจังหวัดตามการปรับปรุงโครงสร้างกระทรวงสาธารณสุข "
            "ทำหน้าที่เป็นหน่วยงานหลักในการบริหารจัดการระบบสุขภาพของจังหวัด "
            "ปัจจุบันดูแลโรงพยาบาลทั่วไป 1 แห่ง โรงพยาบาลชุมชน 4 แห่ง สำนักงานสาธารณสุขอำเภอ 5 แห่ง "
            "และโรงพยาบาลส่งเสริมสุขภาพตำบล 48 แห่ง</p>",
        ),
    )
    info_page(
        ctx,
        index,
        "vision",
        "วิสัยทัศน์",
        AgencyInfoTopic.VISION,
        paragraphs(
            "<p>เป็นองค์กรหลักด้านสุขภาพที่รวมพลังสังคม "
            "เพื่อประชาชนจังหวัดตัวอย่างสุขภาพดี เจ้าหน้าที่มีความสุข ระบบสุขภาพยั่งยืน</p>"
        ),
    )
    info_page(
        ctx,
        index,
        "mission",
        "พันธกิจ",
        AgencyInfoTopic.MISSION,
        paragraphs(
            "<ol><li>พัฒนาและอภิบาลระบบสุขภาพของจังหวัดให้มีประสิทธิภาพ</li>"
            "<li>ส่งเสริม สนับสนุน และพัฒนาการสร้างเสริมสุขภาพ การป้องกันควบคุมโรค "
            "และการคุ้มครองผู้บริโภคด้านสุขภาพ</li>"
            "<li>พัฒนาระบบบริการสุขภาพให้ได้มาตรฐาน ทั่วถึง และเป็นธรรม</li>"
            "<li>พัฒนาบุคลากรให้มีความรู้ ความสามารถ และมีความสุขในการทำงาน</li></ol>"
        ),
    )
    info_page(
        ctx,
        index,
        "structure",
        "โครงสร้างหน่วยงาน",
        AgencyInfoTopic.STRUCTURE,
        paragraphs(
            "<p>นายแพทย์สาธารณสุขจังหวัดเป็นผู้บังคับบัญชาสูงสุด มีรองนายแพทย์สาธารณสุขจังหวัด "
            "2 ตำแหน่ง กำกับดูแลกลุ่มงานดังนี้</p>",
            "<ul><li>กลุ่มงานบริหารทั่วไป</li><li>กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข</li>"
            "<li>กลุ่มงานควบคุมโรคติดต่อ</li><li>กลุ่มงานส่งเสริมสุขภาพ</li>"
            "<li>กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข</li>"
            "<li>กลุ่มงานสุขภาพดิจิทัล</li></ul>",
        ),
        org_chart=image(
            "แผนภูมิโครงสร้างสำนักงานสาธารณสุขจังหวัดตัวอย่าง",
            colour=(31, 58, 95),
            size=(900, 420),
            draw=draw_org_chart,
        ),
    )
    info_page(
        ctx,
        index,
        "powers",
        "อำนาจหน้าที่",
        AgencyInfoTopic.POWERS,
        paragraphs(
            "<ol><li>จัดทำแผนยุทธศาสตร์ด้านสุขภาพในเขตพื้นที่จังหวัด</li>"
            "<li>ดำเนินการและประสานงานเกี่ยวกับงานสาธารณสุขในเขตพื้นที่จังหวัด</li>"
            "<li>กำกับ ดูแล ประเมินผล และสนับสนุนการปฏิบัติงานของหน่วยงานสาธารณสุข"
            "ในเขตพื้นที่จังหวัด</li>"
            "<li>ส่งเสริม สนับสนุน และประสานงานเกี่ยวกับงานสาธารณสุขกับหน่วยงานที่เกี่ยวข้อง</li>"
            "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้อง"
            "หรือที่ได้รับมอบหมาย</li></ol>"
        ),
    )
    info_page(
        ctx,
        index,
        "strategy",
        "ยุทธศาสตร์",
        AgencyInfoTopic.STRATEGY,
        [
            heading("ประเด็นยุทธศาสตร์ พ.ศ. 2566–2570"),
            *paragraphs(
                "<ol><li>ส่งเสริมสุขภาพ ป้องกันโรค และคุ้มครองผู้บริโภคเป็นเลิศ</li>"
                "<li>บริการเป็นเลิศ</li><li>บุคลากรเป็นเลิศ</li>"
                "<li>บริหารจัดการเป็นเลิศด้วยธรรมาภิบาล</li></ol>"
            ),
        ],
    )
    info_page(
        ctx,
        index,
        "action-plan-2569",
        "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
        AgencyInfoTopic.ACTION_PLAN,
        paragraphs(
            "<p>แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569 ประกอบด้วย 24 โครงการ "
            "ภายใต้ 4 ประเด็นยุทธศาสตร์ ผ่านความเห็นชอบของนายแพทย์สาธารณสุขจังหวัดแล้ว</p>"
        ),
        fiscal_year=2569,
        information_date=START_OF_FY_2569,
        attachments=attached(
            pdf_document(
                "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
                "action-plan-2569.pdf",
                "Action plan, fiscal year 2569 (2026)",
            )
        ),
    )
    info_page(
        ctx,
        index,
        "budget-2569",
        "งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569",
        AgencyInfoTopic.BUDGET,
        [
            *paragraphs(
                "<p>สำนักงานได้รับจัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 "
                "รวม 18,450,000 บาท จำแนกตามแผนงานดังนี้</p>"
            ),
            {
                "type": "table",
                "value": {
                    "caption": "งบประมาณรายจ่าย ปีงบประมาณ พ.ศ. 2569 จำแนกตามแผนงาน (บาท)",
                    "table": {
                        "columns": [
                            {"type": "text", "heading": "แผนงาน"},
                            {"type": "text", "heading": "งบประมาณ (บาท)"},
                        ],
                        "rows": [
                            {"values": ["แผนงานบุคลากรภาครัฐ", "11,200,000"]},
                            {"values": ["แผนงานพื้นฐานด้านการพัฒนาและเสริมสร้างศักยภาพคน", "4,350,000"]},
                            {"values": ["แผนงานยุทธศาสตร์การพัฒนาระบบบริการสุขภาพ", "2,900,000"]},
                        ],
                    },
                },
            },
        ],
        fiscal_year=2569,
        information_date=START_OF_FY_2569,
        attachments=attached(
            pdf_document(
                "งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569",
                "budget-2569.pdf",
                "Annual budget, fiscal year 2569 (2026)",
            )
        ),
    )
    info_page(
        ctx,
        index,
        "performance-report-2568",
        "รายงานผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568",
        AgencyInfoTopic.PERFORMANCE_REPORT,
        paragraphs(
            "<p>ผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 ผ่านเกณฑ์ 21 จาก 24 ตัวชี้วัด "
            "(ร้อยละ 87.5) รายละเอียดตามเอกสารแนบ</p>"
        ),
        fiscal_year=2568,
        information_date=date(2025, 11, 14),
        attachments=attached(
            pdf_document(
                "รายงานผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568",
                "performance-report-2568.pdf",
                "Performance report, fiscal year 2568 (2025)",
            )
        ),
    )


EXECUTIVES = (
    # name, position, phone, email, CIO, photo colour
    (
        "นายแพทย์ปกรณ์ ศรีวัฒนากุล",
        "นายแพทย์สาธารณสุขจังหวัดตัวอย่าง",
        "0 3400 0000 ต่อ 101",
        "chief@example.com",
        False,
        (52, 84, 122),
    ),
    (
        "นายแพทย์ธีรวัฒน์ มณีโชติ",
        "รองนายแพทย์สาธารณสุขจังหวัด (ด้านเวชกรรมป้องกัน)",
        "0 3400 0000 ต่อ 102",
        "deputy.prevention@example.com",
        True,
        (61, 110, 96),
    ),
    (
        "นางสาววรรณา ทองประเสริฐ",
        "นักวิชาการสาธารณสุขเชี่ยวชาญ (ด้านส่งเสริมพัฒนา)",
        "0 3400 0000 ต่อ 103",
        "deputy.development@example.com",
        False,
        (120, 72, 96),
    ),
    (
        "นายอนุชา แก้วมณี",
        "เภสัชกรชำนาญการพิเศษ หัวหน้ากลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข",
        "0 3400 0000 ต่อ 201",
        "consumer@example.com",
        False,
        (110, 96, 52),
    ),
)


def build_executives(ctx, index):
    executives = [
        Executive(
            name=name,
            position=position,
            photo=image(f"ภาพ{name}", colour=colour, size=(240, 300), draw=draw_portrait),
            phone=phone,
            email=email,
            is_cio=is_cio,
        )
        for name, position, phone, email, is_cio, colour in EXECUTIVES
    ]
    ctx.page(
        index,
        ExecutivesPage,
        "executives",
        title="ทำเนียบผู้บริหาร",
        executives=executives,
        source_name=AGENCY_NAME,
        owner_work_group=ctx.pr_group,
    )


def build_contact(ctx):
    ctx.page(
        ctx.home,
        ContactPage,
        "contact",
        title="ช่องทางการติดต่อ",
        agency_name=AGENCY_NAME,
        address="เลขที่ 99 ถนนสุขาภิบาล ตำบลในเมือง อำเภอเมืองตัวอย่าง จังหวัดตัวอย่าง 00000",
        phones=[
            ContactPhone(label="โทรศัพท์สำนักงาน", phone="0 3400 0000"),
            ContactPhone(label="กลุ่มงานควบคุมโรคติดต่อ", phone="0 3400 0010"),
            ContactPhone(label="สายด่วนกรมควบคุมโรค", phone="1422"),
        ],
        fax="0 3400 0099",
        email="contact@example.com",
        latitude="13.756300",
        longitude="100.501800",
        office_hours="วันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. (เว้นวันหยุดราชการ)",
        source_name=AGENCY_NAME,
        owner_work_group=ctx.pr_group,
    )


LINKS = (
    (LinkGroup.UNITS, "โรงพยาบาลตัวอย่าง", "https://hospital.example.com/"),
    (LinkGroup.UNITS, "สำนักงานสาธารณสุขอำเภอเมืองตัวอย่าง", "https://district.example.com/"),
    (LinkGroup.MINISTRY, "กระทรวงสาธารณสุข", "https://www.moph.go.th/"),
    (LinkGroup.MINISTRY, "สำนักงานปลัดกระทรวงสาธารณสุข", "https://ops.moph.go.th/"),
    (LinkGroup.MINISTRY, "กรมควบคุมโรค", "https://ddc.moph.go.th/"),
    (LinkGroup.MINISTRY, "กรมอนามัย", "https://www.anamai.moph.go.th/"),
    (LinkGroup.EXTERNAL, "สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)", "https://www.dga.or.th/"),
    (LinkGroup.EXTERNAL, "สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ", "https://www.oic.go.th/"),
    (LinkGroup.EXTERNAL, "สำนักงาน ป.ป.ช.", "https://www.nacc.go.th/"),
    (LinkGroup.INTEREST, "สำนักงานหลักประกันสุขภาพแห่งชาติ", "https://www.nhso.go.th/"),
    (LinkGroup.INTEREST, "ราชกิจจานุเบกษา", "https://ratchakitcha.soc.go.th/"),
)


def build_links(ctx):
    ctx.page(
        ctx.home,
        LinksPage,
        "links",
        title="เว็บไซต์ที่เกี่ยวข้อง",
        links=[RelatedLink(group=group, title=title, url=url) for group, title, url in LINKS],
        source_name=AGENCY_NAME,
        owner_work_group=ctx.pr_group,
    )


POLICIES = {
    PolicyKind.WEBSITE: (
        "website-policy",
        "นโยบายเว็บไซต์",
        [
            heading("วัตถุประสงค์"),
            *paragraphs(
                "<p>เว็บไซต์นี้จัดทำขึ้นเพื่อเผยแพร่ข้อมูลข่าวสารของสำนักงานสาธารณสุขจังหวัดตัวอย่าง "
                "ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 "
                "และมาตรฐานเว็บไซต์ภาครัฐของสำนักงานพัฒนารัฐบาลดิจิทัล</p>"
            ),
            heading("ความถูกต้องของข้อมูล"),
            *paragraphs(
                "<p>ข้อมูลทุกรายการผ่านการขออนุญาตจากหัวหน้ากลุ่มงานเจ้าของข้อมูลก่อนเผยแพร่ "
                "และระบุที่มาและวันที่ของข้อมูล หากพบข้อมูลไม่ถูกต้องหรือไม่เป็นปัจจุบัน "
                "โปรดแจ้งสำนักงานผ่านช่องทางการติดต่อ</p>"
            ),
            heading("ลิขสิทธิ์และการเชื่อมโยง"),
            *paragraphs(
                "<p>เนื้อหาบนเว็บไซต์นี้นำไปใช้ได้โดยอ้างอิงแหล่งที่มา "
                "เว้นแต่ระบุไว้เป็นอย่างอื่น เว็บไซต์ที่เชื่อมโยงไปเป็นความรับผิดชอบของเจ้าของเว็บไซต์นั้น</p>"
            ),
        ],
    ),
    PolicyKind.PRIVACY: (
        "privacy-policy",
        "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
        [
            heading("ข้อมูลที่เก็บรวบรวม"),
            *paragraphs(
                "<p>สำนักงานเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็น เช่น ชื่อ ที่อยู่ "
                "และช่องทางติดต่อที่ท่านกรอกในแบบฟอร์มรับเรื่องร้องเรียนหรือแสดงความคิดเห็น "
                "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>"
            ),
            heading("วัตถุประสงค์และการเปิดเผย"),
            *paragraphs(
                "<p>ข้อมูลใช้เพื่อตอบกลับและดำเนินการตามคำขอของท่านเท่านั้น "
                "จะไม่เปิดเผยแก่บุคคลอื่นเว้นแต่ได้รับความยินยอมหรือเป็นไปตามที่กฎหมายกำหนด "
                "เว็บไซต์นี้ใช้คุกกี้เท่าที่จำเป็นต่อการทำงานเท่านั้น</p>"
            ),
            heading("สิทธิของเจ้าของข้อมูล"),
            *paragraphs(
                "<p>ท่านมีสิทธิขอเข้าถึง ขอแก้ไข ขอลบ หรือคัดค้านการประมวลผลข้อมูลส่วนบุคคลของท่าน "
                "โดยติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลของสำนักงานที่ dpo@example.com</p>"
            ),
        ],
    ),
    PolicyKind.SECURITY: (
        "security-policy",
        "นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์",
        [
            heading("มาตรการรักษาความมั่นคงปลอดภัย"),
            *paragraphs(
                "<ul><li>เว็บไซต์ให้บริการผ่านการเชื่อมต่อที่เข้ารหัส (HTTPS) ทุกหน้า</li>"
                "<li>ผู้ดูแลระบบเข้าใช้งานด้วยบัญชีส่วนตัว "
                "และได้รับสิทธิเท่าที่จำเป็นต่อหน้าที่</li>"
                "<li>สำรองข้อมูลทุกวันและทดสอบการกู้คืนอย่างน้อยปีละครั้ง</li>"
                "<li>ปรับปรุงซอฟต์แวร์ให้เป็นรุ่นที่มีการแก้ไขช่องโหว่ล่าสุด</li></ul>"
            ),
            heading("การแจ้งเหตุ"),
            *paragraphs(
                "<p>หากพบความผิดปกติหรือเนื้อหาที่ไม่เหมาะสมบนเว็บไซต์ "
                "โปรดแจ้งกลุ่มงานสุขภาพดิจิทัลที่ contact@example.com "
                "สำนักงานจะตรวจสอบและแก้ไขโดยเร็ว และทบทวนนโยบายนี้อย่างน้อยปีละครั้ง</p>"
            ),
        ],
    ),
}


def build_policies(ctx):
    for kind, (slug, title, body) in POLICIES.items():
        ctx.page(
            ctx.home,
            PolicyPage,
            slug,
            title=title,
            kind=kind,
            effective_date=START_OF_FY_2569,
            body=body,
            show_in_menus=False,  # policies are linked from every page's footer
            source_name=AGENCY_NAME,
            owner_work_group=ctx.digital_group,
        )
