"""Each detector on real-looking Thai examples, in the style of python-stdnum's tests: what is
found, exactly where, and what is left alone."""

import pytest

from governance.screening import lexicons
from governance.screening.detectors import (
    address,
    bank_account,
    birth_date,
    email,
    national_id,
    passport,
    person_name,
    phone,
    prohibited,
    sensitive,
)
from governance.screening.normalize import normalize


def found(detector, text, **kwargs):
    """The matched texts (after normalization, as the engine runs detectors)."""
    normalized = normalize(text).text
    return [normalized[s.start : s.end] for s in detector.find(normalized, **kwargs)]


def categories(detector, text, **kwargs):
    return [s.category for s in detector.find(normalize(text).text, **kwargs)]


class TestNationalId:
    def test_checksum(self):
        assert national_id.is_valid("1101400123451")
        assert not national_id.is_valid("1101400123452")
        assert not national_id.is_valid("110140012345")

    def test_juristic_and_nine_prefixed_numbers_are_not_persons(self):
        assert not national_id.is_valid("0105536012345")
        assert found(national_id, "เลขประจำตัวผู้เสียภาษี 0105561234567") == []

    @pytest.mark.parametrize(
        "written",
        [
            "1101400123451",
            "1-1014-00123-45-1",
            "1 1014 00123 45 1",
            "๑-๑๐๑๔-๐๐๑๒๓-๔๕-๑",
            "11014\u200b00123451",
        ],
    )
    def test_every_way_of_writing_it(self, written):
        assert found(national_id, f"เลขประจำตัวประชาชน {written} ") == [normalize(written).text]

    def test_glued_to_thai_letters(self):
        assert found(national_id, "เลขบัตร1101400123451ที่อยู่") == ["1101400123451"]

    def test_a_row_number_before_it_does_not_hide_it(self):
        assert found(national_id, "1 1101400123451") == ["1101400123451"]

    def test_not_read_from_the_middle_of_a_longer_number(self):
        assert found(national_id, "รหัสงบประมาณ 11101400123451") == []
        assert found(national_id, "081 234 5678 02 123 4567 1") == []


class TestPhone:
    @pytest.mark.parametrize(
        "number",
        [
            "081-234-5678",
            "0812345678",
            "02 123 4567",
            "0 3441 1251",
            "+66 81 234 5678",
            "๐๘๑-๒๓๔-๕๖๗๘",
            "034-850-123",
        ],
    )
    def test_thai_numbers(self, number):
        assert found(phone, f"โทร {number} ในเวลาราชการ") == [normalize(number).text]

    def test_budgets_and_project_numbers_are_not_phones(self):
        assert found(phone, "งบประมาณ 1,250,000 บาท เลขที่โครงการ 67019123456 สายด่วน 1567") == []


def test_email():
    assert found(email, "ติดต่อ somchai.j@samutsakhon.go.th หรือ a_b@gmail.com") == [
        "somchai.j@samutsakhon.go.th",
        "a_b@gmail.com",
    ]


class TestBankAccount:
    def test_with_account_context(self):
        assert found(bank_account, "โอนเข้าบัญชีธนาคารกรุงไทย เลขที่ 123-4-56789-0") == ["123-4-56789-0"]
        assert found(bank_account, "บัญชีออมทรัพย์ 020123456789") == ["020123456789"]
        assert found(bank_account, "ธนาคารออมสิน เลขที่ 0201-2345-6789") == ["0201-2345-6789"]

    def test_the_header_of_a_table_is_context_for_its_rows(self):
        rows = "\n".join(f"{i}\tนาย ก\t{i:03d}-1-23456-7" for i in range(1, 30))
        assert len(found(bank_account, "ชื่อ\tเลขที่บัญชี\n" + rows)) == 29

    def test_a_bare_ten_digit_number_is_not_an_account(self):
        assert found(bank_account, "รหัสครุภัณฑ์ 7440012345") == []


def test_passport_needs_context():
    assert found(passport, "หนังสือเดินทางเลขที่ AA1234567") == ["AA1234567"]
    assert found(passport, "รหัสสินค้า AA1234567") == []


class TestAddress:
    def test_house_number_address(self):
        text = "อยู่บ้านเลขที่ 45/2 หมู่ 3 ตำบลท่าจีน อำเภอเมืองสมุทรสาคร จังหวัดสมุทรสาคร 74000 โทร"
        assert found(address, text) == [
            "บ้านเลขที่ 45/2 หมู่ 3 ตำบลท่าจีน อำเภอเมืองสมุทรสาคร จังหวัดสมุทรสาคร 74000"
        ]

    def test_short_forms(self):
        assert found(address, "12/3 ม.4 ต.ท่าจีน อ.เมือง จ.สมุทรสาคร 74000") == [
            "12/3 ม.4 ต.ท่าจีน อ.เมือง จ.สมุทรสาคร 74000"
        ]

    def test_document_numbers_are_not_addresses(self):
        assert found(address, "หนังสือเลขที่ 123/2567 ลงวันที่ 5 มีนาคม 2567") == []

    def test_a_number_that_is_no_postcode_does_not_confirm(self):
        assert address.is_postcode("74000")
        assert not address.is_postcode("99999")
        assert found(address, "เลขที่ 5 ซอย 3 งบ 99999") == []


class TestBirthDate:
    def test_dates_with_birth_context(self):
        assert found(birth_date, "วันเกิด 5 มีนาคม 2530") == ["5 มีนาคม 2530"]
        assert found(birth_date, "ว/ด/ป เกิด 12/03/2531") == ["12/03/2531"]
        assert found(birth_date, "เกิด ๑ ม.ค. ๒๕๐๐") == ["1 ม.ค. 2500"]

    def test_event_dates_are_not_birth_dates(self):
        assert found(birth_date, "เหตุเกิดเมื่อวันที่ 5 มีนาคม 2567") == []
        assert found(birth_date, "ก่อให้เกิดประโยชน์ ลงวันที่ 5 มีนาคม 2567") == []


class TestPersonName:
    @pytest.mark.parametrize(
        "name",
        [
            "นายสมชาย ใจดี",
            "นางสาวพิมพ์ชนก ศรีสุข",
            "น.ส.พิมพ์ชนก ศรีสุข",
            "รศ.ดร.สมศักดิ์ รุ่งเรือง",
            "ด.ช.ธนกฤต มีสุข",
            "นายกฤษดา มั่นใจ",
            "พ.ต.อ.สุรพล เกิดผล",
            "Mr. John Smith",
        ],
    )
    def test_honorific_and_name(self, name):
        assert found(person_name, f"ขอแสดงความยินดีกับ {name} ในโอกาสนี้") == [name]

    @pytest.mark.parametrize(
        "text",
        [
            "นายกเทศมนตรีตำบลท่าจีน",
            "นายอำเภอเมือง กล่าวว่า",
            "นางพยาบาลวิชาชีพ 2 อัตรา",
            "นายช่างโยธา",
            "นายทะเบียนจังหวัด",
        ],
    )
    def test_words_that_begin_like_an_honorific(self, text):
        assert found(person_name, text) == []

    def test_khun_counts_only_before_a_listed_name(self):
        assert found(person_name, "ติดต่อคุณสมใจ อินทรสุวรรณ") == ["คุณสมใจ อินทรสุวรรณ"]
        assert found(person_name, "คุณจะได้รับ เงินคืนภายใน 7 วัน") == []

    def test_a_verb_after_a_bare_given_name_is_no_surname(self):
        assert found(person_name, "นายสมชาย ได้เดินทางไป") == ["นายสมชาย"]


class TestSensitive:
    lexicon = lexicons.default()

    def test_about_a_named_person(self):
        text = "นายสมศักดิ์ พรหมวงศ์ ป่วยเป็นวัณโรค"
        assert categories(sensitive, text, lexicon=self.lexicon) == ["pii.sensitive.health"] * 2

    def test_about_a_person_known_by_id(self):
        text = "เลขประจำตัวประชาชน 1101400123451 ต้องโทษจำคุก"
        assert set(categories(sensitive, text, lexicon=self.lexicon)) == {"pii.sensitive.criminal"}

    def test_aggregate_statistics_are_not_personal(self):
        assert found(sensitive, "ผู้ติดเชื้อเอชไอวีรายใหม่ 45 ราย", lexicon=self.lexicon) == []
        text = "นพ.สมชาย ใจดี รายงานผู้ติดเชื้อ 123 ราย"
        assert found(sensitive, text, lexicon=self.lexicon) == []

    def test_without_a_person_nothing_is_personal(self):
        assert found(sensitive, "โครงการรณรงค์ป้องกันโรคมะเร็ง", lexicon=self.lexicon) == []


class TestProhibited:
    lexicon = lexicons.default()

    def test_spam(self):
        text = "สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ บาคาร่า ห้ามพลาด"
        assert found(prohibited, text, lexicon=self.lexicon) == [
            "สล็อตเว็บตรง",
            "ฝากถอนไม่มีขั้นต่ำ",
            "บาคาร่า",
        ]

    def test_spam_claiming_to_be_legal_is_still_spam(self):
        text = "แทงบอลออนไลน์ ไม่ผิดกฎหมาย"
        assert categories(prohibited, text, lexicon=self.lexicon) == ["prohibited.gambling"]

    def test_forbidding_a_topic_is_not_prohibited_content(self):
        seed_000_clause_1 = (
            "ห้ามมิให้เสนอข้อมูลข่าวสารที่มีเนื้อหาสาระที่ก่อให้เกิดการล้มล้างการปกครอง "
            "ในระบอบประชาธิปไตยอันมีพระมหากษัตริย์ทรงเป็นประมุข"
        )
        assert found(prohibited, seed_000_clause_1, lexicon=self.lexicon) == []
        text = "การเล่นพนันออนไลน์ สล็อตออนไลน์ เป็นสิ่งผิดกฎหมาย"
        assert found(prohibited, text, lexicon=self.lexicon) == []

    def test_only_whole_words(self):
        assert found(prohibited, "กระดาษxxxxx", lexicon=self.lexicon) == []
