"""Prohibited content (seed 000 clause 1; REFERENCE "Prohibited content"): matched from the
managed lexicon on whole words of the normalized, tokenized text.

A text that names a topic in order to forbid or fight it (ห้ามมิให้เสนอข้อมูล...ล้มล้างการปกครอง,
a police report of a gambling raid) is not prohibited content: a match counts only if no
forbidding word (managed too, kind ``prohibition_cue``) comes shortly before it in the same
line, or shortly after it (…สล็อตออนไลน์ เป็นสิ่งผิดกฎหมาย). Spam borrows those words too
(ห้ามพลาด "don't miss", ไม่ผิดกฎหมาย "not illegal"): there they do not count. Words of
enforcement news (ทลาย, ผู้ต้องหา, อย่าหลงเชื่อ: cue category ``reporting``) govern their whole
paragraph: a police report names the gambling sites it closed, sentences apart from its verbs.

A passage neither the lexicon nor the pairings flag goes to the classifier (..classifier),
which recognises prohibited content in words no list holds; what it finds passes the same
forbidding and reporting checks.

Incitement is seldom one fixed phrase: ``data/incitement.json`` pairs a call to act with a
violent act (or a royal subject with an insult, a group of people with a threat or a slur, a
sexual service with the way to buy it) in one sentence; a category may have several such rules.
"""

import json
import re
from functools import cache
from pathlib import Path

from .. import classifier, lexicons
from ..models import PROHIBITED, PROHIBITION_CUE
from ..tokens import tokens_for
from . import Span, coverage, line_of

PREFIX = "prohibited."
#: How far back in the line a forbidding word still governs a term (seed 000 clause 1 names
#: the monarchy about 150 characters after its ห้ามมิให้).
CUE_REACH = 250
CUE_REACH_AFTER = 60
_VOID_CUE_BEFORE = ("ไม่", "ไม่มี", "ยัง")
_VOID_CUE_AFTER = re.compile(r"\s*พลาด")


INCITEMENT_FILE = Path(__file__).resolve().parent.parent / "data" / "incitement.json"
REPORTING = "reporting"


def find(text, tokens=None, lexicon=None):
    tokens = tokens_for(text, tokens)
    lexicon = lexicon or lexicons.current()
    cues = lexicon.pattern(PROHIBITION_CUE)
    matches = [
        (start, end, lexicon.category_of(PROHIBITED, term))
        for start, end, term in _whole_words(lexicon.pattern(PROHIBITED), text, tokens)
    ]
    # A listed term names its own category (สอนทำระเบิด: security); a pairing around it
    # (ร่วมกัน ... ปลุกระดม: public order) would hide that under the longer passage.
    listed = coverage(((start, end) for start, end, _category in matches), len(text))
    matches += [match for match in _incitement(text) if listed.find(1, match[0], match[1]) == -1]
    # What neither names, the classifier may still recognise, passage by passage.
    ruled = coverage(((start, end) for start, end, _category in matches), len(text))
    learned = [
        match
        for match in classifier.find_prohibited(text)
        if ruled.find(1, match[0], match[1]) == -1
    ]
    matches += learned
    reported = _about_enforcement(cues, text, lexicon)
    spans = []
    for start, end, category in matches:
        if _masking(text, start, end):
            continue
        line_start, line_end = line_of(text, start, end)
        before = _has_cue(cues, text, max(line_start, start - CUE_REACH), start)
        if before or _has_cue(cues, text, end, min(line_end, end + CUE_REACH_AFTER)):
            continue
        if _has_cue(cues, text, line_start, line_end, lexicon, only=REPORTING):
            continue
        if reported and (
            _quoted(text, start, end, line_start, line_end)
            or category in SPAM
            and not _SPAM_MARKERS.search(text, line_start, line_end)
        ):
            continue
        lead_in = _lead_in(text, line_start)
        if lead_in and _has_cue(cues, text, *lead_in):
            continue
        spans.append(Span(PREFIX + category, start, end, (start, end, category) in learned))
    return spans


#: Enforcement news or a campaign against gambling quotes the spam it warns of ("เครดิตฟรี"):
#: with this many reporting cues in the text, a term in quotation marks is a quotation, and so
#: is a gambling or sex term in a line that carries none of spam's calls to act (a link, a
#: LINE ID, สมัคร, เครดิต, ฝาก-ถอน): the story names the topic (เว็บพนันออนไลน์) it is about.
SPAM = ("gambling", "obscene")
REPORTED_DOCUMENT_CUES = 3
_QUOTES = "\"“”'‘’«»"
_SPAM_MARKERS = re.compile(
    r"https?://|www\.|\.(?:com|net|bet|vip|xyz)\b|bit\.ly|@\w|สมัคร|เครดิต|ฝาก|ถอน|โบนัส|โปรโมชั่น"
    r"|แอดไลน์|ทักไลน์|ไลน์\s*:|line\s*(?:id)?\s*:|คลิก|ยูส|รับงาน|ค่าขนม",
    re.IGNORECASE,
)


def _quoted(text, start, end, line_start, line_end):
    before = text[line_start:start]
    after = text[end:line_end]
    opened = sum(before.count(q) for q in _QUOTES) % 2 == 1
    return opened and any(q in after for q in _QUOTES)


def _about_enforcement(cues, text, lexicon):
    reporting = [
        cue for cue in cues.finditer(text)
        if lexicon.category_of(PROHIBITION_CUE, cue.group()) == REPORTING
    ]  # fmt: skip
    return len(reporting) >= REPORTED_DOCUMENT_CUES


_LIST_ITEM = re.compile(r"\s*(?:\(\d+\)|\d+[.)]|[-•*]|[ก-ฮ][.)])\s")


def _lead_in(text, line_start):
    """For a list item ((4) โฆษณาการพนัน...), the span of the line that introduces the list
    (ข้อมูลที่ห้ามเผยแพร่): its forbidding governs every item."""
    if not _LIST_ITEM.match(text, line_start):
        return None
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if not _LIST_ITEM.match(text, start):
            return start, end
        end = start - 1
    return None


@cache
def _incitement_rules():
    data = json.loads(INCITEMENT_FILE.read_text(encoding="utf-8"))
    return [
        (category, rule["reach"], _alternatives(rule["first"]), _alternatives(rule["second"]))
        for category, rules in data.items()
        if not category.startswith("_")
        for rule in (rules if isinstance(rules, list) else [rules])
    ]


def _alternatives(words):
    return re.compile(lexicons.alternation(words))


#: Violence aimed at the state's premises, forces or territory is a matter of security, also
#: where the same sentence reads as a call to riot: the security stretch wins where both match.
GRAVER = ("security", "public_order")


def _incitement(text):
    """(start, end, category) of each sentence stretch pairing the two word lists of a rule."""
    found = _pairings(text)
    graver, lesser = GRAVER
    state = coverage(((s, e) for s, e, category in found if category == graver), len(text))
    return [
        (start, end, category)
        for start, end, category in found
        if category != lesser or state.find(1, start, end) == -1
    ]


def _pairings(text):
    found = []
    for category, reach, first, second in _incitement_rules():
        for a in first.finditer(text):
            low, high = max(0, a.start() - reach), a.end() + reach
            for b in second.finditer(text, low, high):
                start, end = min(a.start(), b.start()), max(a.end(), b.end())
                if "\n" not in text[start:end]:
                    found.append((start, end, category))
                    break
    return found


def _masking(text, start, end):
    """Whether a match like "xxx" is the mask of a number (1-2345-xxxxx-xx-3, 081-xxx-4567)."""
    if text[start:end].strip("xX"):
        return False
    return text[start - 1 : start] in _MASK_NEIGHBOURS or text[end : end + 1] in _MASK_NEIGHBOURS


_MASK_NEIGHBOURS = set("-0123456789")


def _whole_words(pattern, text, tokens):
    """Matches that begin and end on word boundaries; a match inside a longer word does not
    hide a shorter term that starts further on."""
    position = 0
    while match := pattern.search(text, position):
        start, end = match.span()
        if tokens.is_word(start, end):
            yield start, end, match.group()
            position = end
        else:
            position = start + 1


def _has_cue(cues, text, start, end, lexicon=None, only=None):
    for cue in cues.finditer(text, start, end):
        if only and lexicon.category_of(PROHIBITION_CUE, cue.group()) != only:
            continue
        void_before = text.endswith(_VOID_CUE_BEFORE, 0, cue.start())
        if not void_before and not _VOID_CUE_AFTER.match(text, cue.end()):
            return True
    return False
