"""People's names: an honorific (นาย, นางสาว, ดร., พ.ต.ท., Mr ...) followed by a name.

Undotted honorifics are also the start of ordinary words (นายก, นายอำเภอ, นางพยาบาล), so they
count only where the tokenizer ends a word right after them, or where a listed name follows.
The name is then accepted when it is in pythainlp's lists of Thai given names or a surname
follows it (a known one, or a word that is not one that usually follows a bare given name).
"""

import re
from functools import cache

from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

from ..tokens import tokens_for
from . import Span

CATEGORY = "pii.person_name"
DOTTED = (
    "น.ส.",
    "ด.ช.",
    "ด.ญ.",
    "ดร.",
    "ศ.",
    "รศ.",
    "ผศ.",
    "นพ.",
    "พญ.",
    "ทพ.",
    "ทพญ.",
    "ภก.",
    "ภญ.",
    "สพ.ญ.",
    "น.สพ.",
    "ม.ร.ว.",
    "ม.ล.",
    "ม.จ.",
    "พล.อ.",
    "พล.ท.",
    "พล.ต.",
    "พ.อ.",
    "พ.ท.",
    "พ.ต.",
    "ร.อ.",
    "ร.ท.",
    "ร.ต.",
    "พล.ต.อ.",
    "พล.ต.ท.",
    "พล.ต.ต.",
    "พ.ต.อ.",
    "พ.ต.ท.",
    "พ.ต.ต.",
    "ร.ต.อ.",
    "ร.ต.ท.",
    "ร.ต.ต.",
    "ด.ต.",
    "จ.ส.ต.",
    "ส.ต.อ.",
    "ส.ต.ท.",
    "ส.ต.ต.",
    "จ.ส.อ.",
    "ส.อ.",
    "ว่าที่ร.ต.",
    "น.อ.",
    "น.ท.",
    "น.ต.",
    "จ.อ.",
    "พ.จ.อ.",
)
# คุณ is also "you": it counts only before a listed given name or surname.
WEAK = ("คุณ",)
#: Titles that are also common words in their own right (ครูผู้สอน, อาจารย์ที่ปรึกษา), and the
#: village's titles for its headman and elders (ผู้ใหญ่ทองดี, แม่เฒ่าบัวศรี): they count only
#: before a listed given name or surname, glued to the name or not.
LISTED_ONLY = ("ครู", "อาจารย์", "สามเณร", "กำนัน", "ผู้ใหญ่", "พ่อใหญ่", "แม่ใหญ่", "พ่อเฒ่า")
LISTED_ONLY += ("แม่เฒ่า",)
WORDS = (
    "นาย",
    "นาง",
    "นางสาว",
    "นายแพทย์",
    "แพทย์หญิง",
    "ทันตแพทย์",
    "ทันตแพทย์หญิง",
    "นายสัตวแพทย์",
    "สัตวแพทย์หญิง",
    "เด็กชาย",
    "เด็กหญิง",
    "ว่าที่ร้อยตรี",
    "ว่าที่ร้อยตรีหญิง",
    "พระครู",
    "พระมหา",
    "จ่าสิบเอก",
    "สิบเอก",
    "ร้อยตำรวจเอก",
    "พันตำรวจโท",
    "พันตำรวจเอก",
    "พันตำรวจตรี",
    "ร้อยตำรวจโท",
    "ร้อยตำรวจตรี",
    "พันเอก",
    "พันโท",
    "พันตรี",
    "ร้อยเอก",
    "ร้อยโท",
    "ร้อยตรี",
    "นาวาเอก",
    "นาวาโท",
    "นาวาตรี",
    "นาวาอากาศเอก",
    "นาวาอากาศโท",
    "นาวาอากาศตรี",
    "พันจ่าเอก",
)
_THAI_RUN = "[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]+"
#: Ranks of women officers: พ.ต.ท.หญิง, ร.ต.อ.หญิง.
WOMEN_RANKS = tuple(f"{rank}หญิง" for rank in DOTTED if rank[0] in "พรสจด" and rank != "ดร.")
_HONORIFIC = "|".join(
    re.escape(h)
    for h in sorted(DOTTED + WOMEN_RANKS + WORDS + WEAK + LISTED_ONLY, key=len, reverse=True)
)
_THAI_NAME = re.compile(
    rf"(?P<title>(?:(?:{_HONORIFIC})\s{{0,3}})+)(?P<given>{_THAI_RUN})"
    rf"(?:[ \t]{{1,3}}(?P<family>{_THAI_RUN}))?"
)
# Words that follow a bare given name in news and minutes, so are not its surname.
NOT_SURNAMES = frozenset(
    ("ได้", "ได้รับ", "เป็น", "และ", "ที่", "ซึ่ง", "กล่าว", "เดินทาง", "ผู้", "ตำแหน่ง", "พร้อม")
    + ("ประธาน", "เข้า", "ให้", "จะ", "นำ", "ร่วม", "มอบ", "รับ", "หรือ", "กับ", "ของ", "ใน", "จาก")
    + ("ไป", "มา", "เมื่อ", "ขอ", "มี", "มีประวัติ", "อายุ", "จำนวน")
)
_LATIN_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    # Passport style, in capitals, as lists of migrant workers copy it: MR. ZAW MIN OO
    r"|\b(?:MR|MRS|MS|MISS)\.?\s+[A-Z]{2,}(?:\s[A-Z]{2,}){0,3}\b"
)


#: What follows a title in a position's name (นายแพทย์สาธารณสุขจังหวัด, นายแพทย์ใหญ่,
#: พล.ต.ต.ผู้บังคับการ..., นายสัตวแพทย์ปฏิบัติการ); no given name begins with ผู้.
POSITIONS = ("สาธารณสุข", "ใหญ่", "ผู้", "เวร", "ประจำ", "ปฏิบัติการ", "ชำนาญการ", "ชำนาญงาน")
#: What follows the name of a company or a cooperative (สหกรณ์ออมทรัพย์ครูสุรินทร์ จำกัด).
_ORGANISATION_AFTER = re.compile(r"[ \t]*(?:จำกัด|\(มหาชน\))")
NOT_PEOPLE = frozenset(("นางนพมาศ",))
_COUNTED = re.compile(r"\d {0,2}$")


@cache
def given_names():
    return frozenset(thai_male_names()) | frozenset(thai_female_names())


@cache
def family_names():
    return frozenset(thai_family_names())


def find(text, tokens=None):
    tokens = tokens_for(text, tokens)
    spans = [Span(CATEGORY, m.start(), m.end()) for m in _LATIN_NAME.finditer(text)]
    position = 0
    while match := _THAI_NAME.search(text, position):
        span = _name(match, text, tokens)
        if span:
            spans.append(span)
        # A refused match (ครูที่ปรึกษา นางสาว...) may have swallowed a name as its "surname".
        position = span.end if span else match.end("given")
    return spans


def _name(match, text, tokens):
    """The person's name in a title + word match, or None where it is no name."""
    at_start = (
        match.start() in tokens.boundaries or text[match.start() - 1 : match.start()].isspace()
    )
    counted = _COUNTED.search(text, max(0, match.start() - 8), match.start())
    if not at_start or (counted and match.group("title") != match.group("title").rstrip()):
        return None  # ตำรวจ 50 นาย ดูแล...: นาย counts officers there
    title = match.group("title").rstrip()
    glued = not title.endswith(".") and match.start("given") not in tokens.boundaries
    if (glued or title in WEAK or title in LISTED_ONLY) and not _listed(match):
        return None  # นายก, นายอำเภอ: a word that begins like an honorific
    if glued and title in WEAK:
        return None  # คุณสมบัติ, คุณภาพ: one word, whatever names it seems to hold
    titled = match.group("title").strip() + match.group("given")
    if match.group("given").startswith(POSITIONS) or titled in NOT_PEOPLE:
        return None  # นายแพทย์สาธารณสุขจังหวัด: a position; นางนพมาศ: a festival's queen
    if _ORGANISATION_AFTER.match(text, match.end("given")):
        return None
    family = match.group("family")
    if family and _ORGANISATION_AFTER.match(text, match.end()):
        return None
    if (
        family
        and family not in family_names()
        and _first_word(tokens, match.start("family"), text) in NOT_SURNAMES
    ):
        family = None
    if family:
        return Span(CATEGORY, match.start(), match.end())
    if match.group("given") in given_names():
        return Span(CATEGORY, match.start(), match.end("given"))
    return None


def _listed(match):
    """Whether the name is a known given name or has a known surname; the tokenizer can read
    นายกฤษดา as นายก|ฤษ|ดา, so an honorific glued to a name needs this stronger evidence."""
    return match.group("given") in given_names() or match.group("family") in family_names()


def _first_word(tokens, start, text):
    for word_start, word_end in tokens.spans_from(start):
        return text[word_start:word_end]
    return ""
