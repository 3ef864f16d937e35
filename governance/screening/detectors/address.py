"""House-number addresses: a house number followed by the parts of a Thai address (หมู่, ซอย,
ถนน, ตำบล/แขวง, อำเภอ/เขต, จังหวัด, postcode).

A house number alone is no address (เลขที่ 123/2567 is as often a document number), so at least
one administrative area must follow, or a postcode that geothai knows: geothai holds every
subdistrict, district and postcode of Thailand offline.

An organisation's address is not personal data: "เลขที่" (not "บ้านเลขที่") shortly after an
office, a hospital, a company, a building's floor (ที่ทำการ อบต., โรงพยาบาล..., สำนักงานตั้งอยู่,
อาคารบี ชั้น 6) is left alone.
"""

import re
from functools import cache

import geothai

from . import Span

CATEGORY = "pii.address"
# A bare house number counts before a village number, a soi, a road or a housing estate
# (19/2 ซอยบางกระดี่ 12 แขวง...), as lists of recipients write it.
_HOUSE = (
    r"(?:(?:บ้าน)?เลขที่\s*\d+(?:/\d+)?|(?<![\d/.,])\d+(?:/\d+)?"
    r"(?=\s*(?:(?:หมู่|ม\.)\s*(?:ที่\s*)?\d|ซอย|ซ\.|ถนน|ถ\.|หมู่บ้าน)))"
)
_PART = (
    r"(?:หมู่(?:ที่)?\s*\d+|ม\.\s*\d+|หมู่บ้าน\S+|(?:ซอย|ซ\.|ถนน|ถ\.)\s*[^\s\d]+(?:\s*\d+(?!\d))?|"
    r"(?P<area>(?:ตำบล|แขวง|ต\.|อำเภอ|เขต|อ\.|จังหวัด|จ\.)\s*[\u0e00-\u0e7f]+)|"
    r"(?P<province>กรุงเทพมหานคร|กรุงเทพฯ)|(?P<postcode>\d{5})(?!\d))"
)
_ADDRESS = re.compile(rf"{_HOUSE}(?:[ \t,]*{_PART})+")
_PARTS = re.compile(_PART)
_ORGANISATION = re.compile(
    r"(?:ที่ทำการ|ตั้งอยู่|ที่ตั้ง|สำนักงาน|โรงพยาบาล|โรงเรียน|มหาวิทยาลัย|บริษัท|จำกัด|นิติบุคคล|"
    r"องค์การบริหารส่วน|เทศบาล|ศาลากลาง|สถานีตำรวจ|ศูนย์ราชการ|สถาบัน|กลุ่มงาน|แผนก|กรม|กระทรวง|"
    r"การท่องเที่ยว|การท่าเรือ|ท่าเรือ|การไฟฟ้า|การประปา|สหภาพ|อาคาร|ชั้น\s*\d+)[^\n]{0,45}$"
)


@cache
def is_postcode(code):
    return bool(geothai.by_postal_code(code))


def find(text, tokens=None):
    spans = []
    for match in _ADDRESS.finditer(text):
        parts = list(_PARTS.finditer(match.group()))
        confirmed = any(
            part.group("area")
            or part.group("province")
            or (part.group("postcode") and is_postcode(part.group("postcode")))
            for part in parts
        )
        if confirmed and not _of_an_organisation(text, match.start()):
            spans.append(Span(CATEGORY, match.start(), match.end()))
    return spans


def _of_an_organisation(text, start):
    if text.startswith("บ้าน", start):
        return False  # บ้านเลขที่: where someone lives
    return bool(_ORGANISATION.search(text, max(0, start - 60), start))
