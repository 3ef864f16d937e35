"""Bank account numbers: 10 digits (often xxx-x-xxxxx-x), some state banks 12, only where the
text speaks of a bank or an account; a bare 10-digit number is as likely a phone or a code.

An organisation's own account, named as such (โอนเข้าบัญชี "วัดศรีสุมังคลาราม (กฐิน ๖๗)",
ชื่อบัญชี เทศบาลตำบล...), is where the public pays fees and donations: it is no personal data."""

import re

from . import TABLE_REACH, Span, nearby

CATEGORY = "pii.bank_account"
CONTEXT = (
    "บัญชี",
    "ธนาคาร",
    "ธ.",
    "บช.",
    "พร้อมเพย์",
    "กรุงไทย",
    "ออมสิน",
    "ธ.ก.ส.",
    "กสิกร",
    "ไทยพาณิชย์",
    "กรุงศรี",
    "ทีทีบี",
    "ธอส.",
    "account",
    "Account",
    "bank",
    "Bank",
)
# Plain, or in dash/space groups (xxx-x-xxxxx-x, xxxx-xxxx-xxxx); the digit count is checked.
_NUMBER = re.compile(
    r"(?<![\d.,/-])\d{1,4}(?:[- ]\d{1,6}){1,4}(?![\d-])|(?<![\d.,/-])\d{10,12}(?!\d)"
)
#: Ten or twelve digits; eleven are also written for the agricultural bank (ธ.ก.ส. 0200-4-77813-0),
#: and are taken when grouped.
_DIGITS_PLAIN = (10, 12)
_DIGITS_GROUPED = (10, 11, 12)
#: A mobile number as people write it (081-234-5678, 0812345678) sits beside account numbers in
#: payment lists (โอนเข้าบัญชี ... หรือพร้อมเพย์ 086-...): it is a phone unless บัญชี labels it.
_MOBILE = re.compile(r"0[689]\d(?:-\d{3}-| \d{3} )\d{4}|0[689]\d{8}")
MOBILE_LABEL_REACH = 20
#: The account's name, quoted or after ชื่อบัญชี, shortly before the number.
_ACCOUNT_NAME = re.compile(r"(?=บัญชี\s*(?:ชื่อ\s*)?[:\"“]?\s*([^\"”\n]{2,80}))")
ACCOUNT_NAME_REACH = 150
ORGANISATIONS = (
    "วัด", "เทศบาล", "องค์การบริหาร", "อบต.", "อบจ.", "สหกรณ์", "โรงพยาบาล", "เรือนจำ",
    "กองทุน", "มูลนิธิ", "สมาคม", "ชมรม", "โรงเรียน", "มหาวิทยาลัย", "สำนักงาน", "บริษัท",
    "จำกัด", "ห้างหุ้นส่วน", "ศูนย์", "กรม", "สภากาชาด", "เงินบำรุง", "เงินรายได้", "มัสยิด",
)  # fmt: skip
_BANK_STYLE = re.compile(r"\d{3}-\d-\d{5}-\d")
#: Labels of other numbers: where one of these stands closer before a number than any word of a
#: bank, the number is what it labels (โทร 089-..., รหัสหน่วยงาน 1000700254, and the Social
#: Security Office's employer account, บัญชีนายจ้าง, which is no bank account).
OTHER_LABELS = ("โทร", "เบอร์", "มือถือ", "รหัส", "บัญชีนายจ้าง", "เลขที่เอกสาร", "Tel", "tel")


def find(text, tokens=None):
    spans = []
    for match in _NUMBER.finditer(text):
        number = match.group()
        grouped = not number.isdigit()
        if len(re.sub(r"\D", "", number)) not in (_DIGITS_GROUPED if grouped else _DIGITS_PLAIN):
            continue
        if _MOBILE.fullmatch(number) and not _labelled_account(text, match.start()):
            continue
        if _of_an_organisation(text, match.start()):
            continue
        reach = TABLE_REACH if _BANK_STYLE.fullmatch(match.group()) else 60
        if nearby(text, match.start(), match.end(), CONTEXT, before=reach) and not _labelled_other(
            text, match.start()
        ):
            spans.append(Span(CATEGORY, match.start(), match.end()))
    return spans


def _labelled_other(text, start):
    window = text[max(0, start - 60) : start]
    bank = max(window.rfind(word) for word in CONTEXT)
    other = max(window.rfind(word) for word in OTHER_LABELS)
    return other != -1 and other >= bank


def _labelled_account(text, start):
    return "บัญชี" in text[max(0, start - MOBILE_LABEL_REACH) : start]


def _of_an_organisation(text, start):
    names = list(_ACCOUNT_NAME.finditer(text, max(0, start - ACCOUNT_NAME_REACH), start))
    return bool(names) and any(word in names[-1].group(1) for word in ORGANISATIONS)
