"""Each detector on real-looking Thai examples, in the style of python-stdnum's tests: what is
found, exactly where, and what is left alone."""

import re

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

    def test_broken_after_a_dash_at_a_line_end_as_pasted_from_a_pdf(self):
        assert found(national_id, "เลขบัตร 1-1014-\n00123-45-1 ผ่าน") == ["1-1014-\n00123-45-1"]
        assert found(national_id, "เลขบัตร 1-1014-00123-\n    45-1") == ["1-1014-00123-\n    45-1"]

    def test_broken_across_lines_in_its_groups(self):
        assert found(national_id, "ผู้ร้อง 1 1014 00123\n45 1 อายุ") == ["1 1014 00123\n45 1"]
        assert found(national_id, "เลขที่ 1-1014-0012\n3-45-1 อายุ") == ["1-1014-0012\n3-45-1"]

    def test_in_a_csv_export(self):
        row = "TS-0012,นางสาวมาลี ศรีสุข,1101400123451,39,ท่าศาลา"
        assert found(national_id, row) == ["1101400123451"]
        assert found(national_id, "งบประมาณ 1,101,400,123,451 บาท") == []

    def test_wrapped_in_a_scanned_table_cell_under_an_id_heading(self):
        text = "ลำดับ  ชื่อ - สกุล     เลขประจำตัวประชาชน\n๒   นายสมัย จันทร์แดง  110140012\n    3451  สังขะ"
        assert found(national_id, text) == ["110140012\n    3451"]
        # Two numbers on two lines of any other text are two numbers.
        assert found(national_id, "ราคากลาง 110140012\n    3451 บาท") == []


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
            "0 8 1 - 2 3 4 - 5 6 7 8",
        ],
    )
    def test_thai_numbers(self, number):
        assert found(phone, f"โทร {number} ในเวลาราชการ") == [normalize(number).text]

    @pytest.mark.parametrize("number", ["+95 9 4500 12345", "+60 12-448 9021", "+1 202 555 0147"])
    def test_other_countries_numbers_with_their_code(self, number):
        assert found(phone, f"ญาติที่ย่างกุ้ง โทร {number} ตลอด") == [number]

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

    def test_eleven_digits_grouped_as_the_agricultural_bank_writes_them(self):
        assert found(bank_account, "ธ.ก.ส. 0200-4-77813-0") == ["0200-4-77813-0"]
        assert found(bank_account, "ธ.ก.ส. บัญชีเลขที่ 0-2011-4477-09") == ["0-2011-4477-09"]
        assert found(bank_account, "ธ.ก.ส. 02004778130") == []

    def test_a_mobile_number_beside_an_account_is_a_phone(self):
        text = "โอนเข้าบัญชีเหรัญญิก ธ.ก.ส. 020-2-48863-1 หรือพร้อมเพย์ 086-114-5827"
        assert found(bank_account, text) == ["020-2-48863-1"]
        assert found(bank_account, "ออมสิน | 0621458830") == []
        assert found(bank_account, "เลขที่บัญชี 0812345678") == ["0812345678"]

    def test_an_organisations_own_account_is_no_personal_data(self):
        temple = 'โอนเข้าบัญชี "วัดศรีสุมังคลาราม (กฐิน ๖๗)" ธนาคารกรุงไทย เลขที่บัญชี 401-0-55219-3'
        assert found(bank_account, temple) == []
        town = 'โอนเข้าบัญชีเงินฝากธนาคารกรุงไทย ชื่อบัญชี "เทศบาลตำบลเวียงชัย" เลขที่ 512-6-04418-2'
        assert found(bank_account, town) == []
        person = 'โอนเข้าบัญชี "นางวิไล บุตรศรี" ธนาคารกรุงไทย เลขที่ 512-6-04418-2'
        assert found(bank_account, person) == ["512-6-04418-2"]

    def test_a_number_labelled_as_something_else_is_not_an_account(self):
        assert found(bank_account, "โอนเข้าบัญชี หากไม่ได้รับ โทร 089-5514-207") == []
        assert found(bank_account, "บัญชีเงินฝากคลัง รหัสหน่วยงาน 1000700254") == []
        # The Social Security Office's employer account is no bank account.
        assert found(bank_account, "เลขที่บัญชีนายจ้าง 7400012345") == []


def test_passport_needs_context():
    assert found(passport, "หนังสือเดินทางเลขที่ AA1234567") == ["AA1234567"]
    assert found(passport, "รหัสสินค้า AA1234567") == []


def test_passport_written_with_a_space_or_abbreviated():
    assert found(passport, "หนังสือเดินทาง MD 904418") == ["MD 904418"]
    assert found(passport, "P/P: A17733902") == ["A17733902"]
    assert found(passport, "หนังสือเดินทาง AC 1288 503 หมดอายุ 2572") == ["AC 1288 503"]
    assert found(passport, "ดาวน์โหลด app 12345678") == []


def test_passport_after_the_word_and_its_country():
    text = "ยื่นสำเนาหนังสือเดินทางสหราชอาณาจักร เลขที่ 547193862 ต่อสำนักงาน"
    assert found(passport, text) == ["547193862"]
    assert found(passport, "หนังสือเดินทางเมียนมา เลขที่ MF482917 (ใช้ประกอบ)") == ["MF482917"]


def test_passport_with_the_word_after_it():
    assert found(passport, "3 | MR. KHUN MYO THANT | PJ 7734021 (หนังสือเดินทางชั่วคราว)") == [
        "PJ 7734021"
    ]


def test_other_countries_forms_in_a_row_under_a_passport_heading():
    text = "ลำดับ | ชื่อ | สัญชาติ | เลขหนังสือเดินทาง/CI | ตำแหน่ง\n" + "\n".join(
        f"{i} | Mr. Min Thu | เมียนมา | N0177452{i} | ลูกเรือ" for i in range(1, 9)
    )
    assert len(found(passport, text)) == 8
    # Outside a table, such a code needs the word close by.
    assert found(passport, "หนังสือเดินทาง\n" + "ข้อความ " * 20 + "รหัส N01774520") == []


def test_passport_column_of_a_long_list():
    rows = "\n".join(f"{i}\tนาย ก\tAC{1188430 + i}" for i in range(1, 40))
    assert len(found(passport, "ที่\tชื่อ\tหนังสือเดินทาง\n" + rows)) == 39


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

    def test_a_bare_house_number_before_a_soi_or_road(self):
        text = "ผู้ร้อง 19/2 ซอยบางกระดี่ 12 แขวงแสมดำ เขตบางขุนเทียน โทร"
        assert found(address, text) == ["19/2 ซอยบางกระดี่ 12 แขวงแสมดำ เขตบางขุนเทียน"]

    def test_an_office_on_a_floor_of_a_building_is_no_home(self):
        text = "ศูนย์ราชการ อาคารบี ชั้น 6 ถนนแจ้งวัฒนะ เขตหลักสี่ กรุงเทพฯ 10210"
        assert found(address, text) == []


class TestBirthDate:
    def test_dates_with_birth_context(self):
        assert found(birth_date, "วันเกิด 5 มีนาคม 2530") == ["5 มีนาคม 2530"]
        assert found(birth_date, "ว/ด/ป เกิด 12/03/2531") == ["12/03/2531"]
        assert found(birth_date, "เกิด ๑ ม.ค. ๒๕๐๐") == ["1 ม.ค. 2500"]

    def test_event_dates_are_not_birth_dates(self):
        assert found(birth_date, "เหตุเกิดเมื่อวันที่ 5 มีนาคม 2567") == []
        assert found(birth_date, "ก่อให้เกิดประโยชน์ ลงวันที่ 5 มีนาคม 2567") == []

    def test_a_table_typed_with_spaces_or_pipes(self):
        table = (
            "ที่ ชื่อ – สกุล        ชั้น   วันเดือนปีเกิด      หมายเหตุ\n"
            "1  ด.ช.จอนี่ ทองผาภูมิ    ป.4   12 ส.ค. 2558    -\n"
            "2  ด.ญ.มะลิ ศรีสังขละ    ป.6   27/06/2559      -\n"
            "\n"
            "ประกาศ ณ วันที่ 5 มีนาคม 2567"
        )
        assert found(birth_date, table) == ["12 ส.ค. 2558", "27/06/2559"]
        piped = "ที่ | ชื่อ | วันเกิด | ที่อยู่\n1 | นาง ก | 14 ธ.ค. 2508 | -"
        assert found(birth_date, piped) == ["14 ธ.ค. 2508"]

    def test_a_table_whose_rows_hold_other_dates_too(self):
        piped = (
            "ลำดับ | ชื่อ-สกุล | วันเดือนปีเกิด | ฐานความผิด | กำหนดปล่อย\n"
            "1 | นายสุริยา ชูเชิด | 07/09/2518 | ลักทรัพย์ | 15 พ.ค. 2567\n"
        )
        assert found(birth_date, piped) == ["07/09/2518"]
        typed = (
            "ลำดับ  ชื่อ-สกุล          วันเดือนปีเกิด   กำหนดปล่อย\n"
            "1      นายสุริยา ชูเชิด   07/09/2518       15 พ.ค. 2567\n"
        )
        assert found(birth_date, typed) == ["07/09/2518"]


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
            "นาวาอากาศเอกพิชิต ศรีสวัสดิ์",
            "จ.อ.ธนากร มณีรัตน์",
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

    def test_a_refused_title_does_not_swallow_the_name_after_it(self):
        text = "ครูที่ปรึกษา นางสาวพิมพ์ชนก ศรีสุข"
        assert found(person_name, text) == ["นางสาวพิมพ์ชนก ศรีสุข"]

    def test_teachers_novices_and_village_titles_before_listed_names(self):
        assert found(person_name, "ครูสมใจ อินทรสุวรรณ สอน") == ["ครูสมใจ อินทรสุวรรณ"]
        assert found(person_name, "อาจารย์ณัฐกานต์ แก้วสว่าง ภาควิชา") == ["อาจารย์ณัฐกานต์ แก้วสว่าง"]
        assert found(person_name, "อาจารย์ที่ปรึกษา ประจำชั้น") == []
        assert found(person_name, "ครูผู้สอน วิชาคณิตศาสตร์") == []

    def test_a_position_after_a_rank_is_no_name(self):
        assert found(person_name, "พล.ต.ต.ผู้บังคับการตำรวจภูธรจังหวัด") == []

    def test_a_cooperative_or_company_named_after_people_is_no_person(self):
        assert found(person_name, "สหกรณ์ออมทรัพย์ครูสุรินทร์ จำกัด") == []

    def test_veterinarians(self):
        assert found(person_name, "นายสัตวแพทย์ปฏิบัติการ ตรวจรอยโรค") == []
        assert found(person_name, "โดย สพ.ญ.กมลชนก ศรีวิเศษ") == ["สพ.ญ.กมลชนก ศรีวิเศษ"]

    def test_passport_style_capitals(self):
        assert found(person_name, "3 | MR. ZAW MIN OO | ช") == ["MR. ZAW MIN OO"]


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

    def test_a_fingertip_is_no_fingerprint(self):
        text = "นายสมศักดิ์ พรหมวงศ์ เจาะน้ำตาลที่ปลายนิ้ววันละสองครั้ง"
        assert found(sensitive, text, lexicon=self.lexicon) == []

    def test_without_a_person_nothing_is_personal(self):
        assert found(sensitive, "โครงการรณรงค์ป้องกันโรคมะเร็ง", lexicon=self.lexicon) == []

    def test_in_the_list_item_of_a_named_person(self):
        text = (
            "1. นางสาวศุภลักษณ์ จันทร์แดง HN 6702184\n"
            "   รายการ: ตรวจคัดกรองตามนัด แล้วรอผลจากห้องปฏิบัติการกลางของโรงพยาบาลประมาณสองสัปดาห์\n"
            "   ผล: ตรวจพบยีนแฝงแอลฟาธาลัสซีเมีย\n"
            "2. นายสุรชัย บุญหนา HN 5508873"
        )
        assert "pii.sensitive.genetic" in categories(sensitive, text, lexicon=self.lexicon)

    def test_a_named_speaker_is_not_the_subject_of_what_they_explain(self):
        text = (
            "นพ.สมชาย ใจดี ผู้อำนวยการโรงพยาบาล กล่าวว่า คลินิกเปิดให้บริการทุกวันจันทร์ "
            "สำหรับประชาชนทั่วไปที่ต้องการคำปรึกษา และรับตรวจคัดกรองพาหะธาลัสซีเมียโดยไม่เสียค่าใช้จ่าย"
        )
        assert found(sensitive, text, lexicon=self.lexicon) == []

    def test_a_word_pointing_at_the_person_named_earlier(self):
        text = "คำวินิจฉัยอุทธรณ์ของนายสมชาย ใจดี\n\nผู้อุทธรณ์อ้างว่าไปประชุมคณะกรรมการสหภาพแรงงานรัฐวิสาหกิจ"
        assert categories(sensitive, text, lexicon=self.lexicon) == ["pii.sensitive.union"]

    def test_a_denied_or_checked_cue_says_nothing(self):
        text = "นายสมชาย ใจดี ผ่านการตรวจสอบประวัติอาชญากรรม และไม่มีประวัติอาชญากรรม"
        assert found(sensitive, text, lexicon=self.lexicon) == []

    def test_a_row_of_a_table_typed_with_pipes(self):
        text = "3 | MR. ZAW MIN OO | PJ 7734021 | ไปต่อสัญญาทำงานตามปกติแล้ว | ชาวปะโอ"
        assert categories(sensitive, text, lexicon=self.lexicon) == ["pii.sensitive.ethnicity"]

    def test_a_relative_of_the_person_the_text_names(self):
        text = "ผู้ร้อง นางสมศรี ใจดี ขอเปลี่ยนชื่อ\n\nปัจจุบันแม่ป้าเป็นอัมพฤกษ์ ลุกจากเตียงไม่ได้"
        assert set(categories(sensitive, text, lexicon=self.lexicon)) == {"pii.sensitive.health"}

    def test_a_table_heading_is_about_no_one(self):
        text = (
            "ผู้รายงาน นางสมศรี ดีงาม ครูประจำชั้น\n"
            "ลำดับ | ชื่อ - สกุล | โรคประจำตัว | หมายเหตุ\n"
            "1 | เด็กชายทองใบ ภูมิสะอาด | หอบหืด | -\n"
        )
        found_cues = found(sensitive, text, lexicon=self.lexicon)
        assert "โรคประจำตัว" not in found_cues and "หอบหืด" in found_cues

    def test_latin_cues_only_as_whole_words(self):
        text = "Mr. John Smith flew to Shanghai"
        assert found(sensitive, text, lexicon=self.lexicon) == []


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

    def test_the_mask_of_a_number_is_not_obscene(self):
        text = "เลขประจำตัวประชาชน 1-2345-xxxxx-xx-3 โทร 081-xxx-4567"
        assert found(prohibited, text, lexicon=self.lexicon) == []

    def test_violence_against_the_state_is_security_even_as_a_call_to_riot(self):
        text = "อีสานต้องแยกเป็นประเทศ ใครมีปืนมารวมกัน จะยึดศาลากลางเป็นฐานบัญชาการ"
        assert set(categories(prohibited, text, lexicon=self.lexicon)) == {"prohibited.security"}
        riot = "พวกเราจะบุกเผาโกดังยางให้ไหม้หมด"
        assert set(categories(prohibited, riot, lexicon=self.lexicon)) == {
            "prohibited.public_order"
        }

    def test_sexual_services_offered_with_a_way_to_buy_them(self):
        text = "ทักไลน์ @sexyrangsit ส่งรูปน้องให้เลือก มีบริการอาบอบนวดถึงห้อง"
        assert "prohibited.obscene" in categories(prohibited, text, lexicon=self.lexicon)
        massage = "ศูนย์ฝึกอาชีพนวดแผนไทย รับสมัครผู้สนใจ ติดต่อทางไลน์ของศูนย์"
        assert found(prohibited, massage, lexicon=self.lexicon) == []

    def test_hate_against_a_group_of_people(self):
        text = "พวกแขกมันก็เป็นโจรใต้หมดทุกคน"
        assert categories(prohibited, text, lexicon=self.lexicon) == ["prohibited.public_order"]
        news = "ชาวไทยพุทธและมุสลิมร่วมกันทำความสะอาดมัสยิดและวัด"
        assert found(prohibited, news, lexicon=self.lexicon) == []

    def test_enforcement_news_names_its_topic_but_spam_inside_it_still_counts(self):
        news = (
            "ตำรวจแถลงผลการจับกุมผู้ต้องหา ตรวจยึดของกลาง\n\n"
            "อธิบดีกล่าวว่า เว็บพนันออนไลน์ เป็นต้นทางของการฟอกเงิน\n"
        )
        assert found(prohibited, news, lexicon=self.lexicon) == []
        hacked = news + "บาคาร่า สมัครรับเครดิตฟรี ufabet.com\n"
        assert "prohibited.gambling" in categories(prohibited, hacked, lexicon=self.lexicon)

    def test_a_threat_still_counts_when_it_complains_of_a_ban(self):
        text = "ถ้าปีนี้อำเภอยังห้ามจุดบั้งไฟอีก พวกเราชาวบ้านจะบุกเผาที่ว่าการอำเภอ"
        assert categories(prohibited, text, lexicon=self.lexicon) != []

    def test_a_listed_term_keeps_its_category_inside_an_incitement(self):
        text = "ทุกคนมาร่วมกัน สอนทำระเบิด ฟรี ปลุกระดม ให้ ก่อจลาจล"
        assert "prohibited.security" in categories(prohibited, text, lexicon=self.lexicon)


def test_lexicon_patterns_take_the_longest_term_at_a_place():
    pattern = re.compile(lexicons.alternation(["ผู้ป่วย", "ผู้ป่วยใน", "ผู้พิการ", "ab", "abc"]))
    text = "ผู้ป่วยในห้อง ผู้ป่วย ผู้พิการ abcd ab"
    assert [m.group() for m in pattern.finditer(text)] == [
        "ผู้ป่วยใน",
        "ผู้ป่วย",
        "ผู้พิการ",
        "abc",
        "ab",
    ]
