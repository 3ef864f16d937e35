"""PDPA s.26 sensitive data about an identifiable person: a cue word from the managed lexicon
(ป่วยเป็น, ต้องโทษ, นับถือศาสนา, ผู้พิการ ...) said of a person. Without a person it is not
personal data; a cue followed by a count (ผู้ติดเชื้อ 123 ราย) is an aggregate statistic and never
flagged. Cue words are matched anywhere, not only on word boundaries: the tokenizer glues them to
their neighbours (มีประวัติ|อาชญากรรม).

A cue is said of a person when
- a name or national ID is close by in the same line, or anywhere in the same table row;
- it sits in the record of a named person: the list item that names them (1. นาย... with its
  indented lines: รายการ, ผล ...) or the paragraph that does, within RECORD_REACH;
- a word that points at one person (ผู้อุทธรณ์, ผู้ประกันตน, ผม, น้อง: the managed kind
  ``person_reference``) is close before it in the same paragraph, in a text that names someone:
  an appeal ruling names the appellant once and then calls him ผู้อุทธรณ์.
A person quoted as speaking (…กล่าวว่า) is not taken for the subject of what they say.

Where no cue matches, a phrase said of a person in the same way (between the other findings of
its line, see ..classifier.phrases) goes to the sensitive-data classifier, which knows what
reads like a diagnosis, a record or a faith in words no list holds; the rules above say whom it
is about.
"""

import bisect
import re

from .. import classifier, lexicons
from ..models import PERSON_REFERENCE, SENSITIVE
from ..tokens import tokens_for
from . import Span, coverage, is_table_row, line_of, national_id, person_name, table_row_of

PREFIX = "pii.sensitive."
#: How close (in characters, same line) a cue must be to a person's name to be about them.
REACH = 120
#: How far back in their record (list item or paragraph) a person's name still governs a cue.
RECORD_REACH = 600
#: How close before a cue (same paragraph) a word pointing at one person must be.
REFERENCE_REACH = 120
_COUNT = re.compile(r"\s*(?:จำนวน\s*)?\d[\d,]*\s*(?:ราย|คน|ครั้ง)")
#: A person named as the one speaking (นพ.สมชาย ... ผู้อำนวยการ... กล่าวว่า) is not the subject
#: of what they say: a doctor explaining a clinic's services.
_SPEAKS = re.compile(r"[^\n]{0,80}?(?:กล่าวว่า|เปิดเผยว่า|ระบุว่า|ให้สัมภาษณ์|อธิบายว่า|แนะนำว่า|เผยว่า)")
#: A cue denied or only checked for (ไม่มีประวัติอาชญากรรม, ตรวจสอบประวัติอาชญากรรม: a job
#: advert's condition, a form's step) says nothing about anyone.
_DENIALS = ("ไม่มี", "ไม่เคย", "ปราศจาก", "ไม่เป็น", "ไม่ได้เป็น", "ตรวจสอบ")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LIST_ITEM = re.compile(
    r"^[ \t]*(?:\(?\d+[.)]|[-•*]|[ก-ฮ][.)]|(?:ลำดับที่|รายที่)\s*\d+)\s", re.MULTILINE
)


def find(text, tokens=None, lexicon=None, people=None, others=None):
    """``others``: the coverage of the text's other findings (see ..detectors.coverage). Given,
    the phrases between them and the cues are also put to the classifier."""
    lexicon = lexicon or lexicons.current()
    tokens = tokens_for(text, tokens)
    if people is None:
        people = national_id.find(text, tokens) + person_name.find(text, tokens)
    if not people:
        return []
    subjects = _Positions(p for p in people if not _SPEAKS.match(text, p.end))
    references = [
        match.span()
        for match in lexicon.pattern(PERSON_REFERENCE).finditer(text)
        if tokens.is_word(*match.span())
    ]

    def about_a_person(start, end):
        return _person_near(text, subjects, start, end) or (
            not _in_heading_row(text, start, end)
            and (
                _in_record_of_a_person(text, subjects, start)
                or _referred_to(text, references, start)
            )
        )

    spans = []
    for match in lexicon.pattern(SENSITIVE).finditer(text):
        start, end = match.span()
        if (
            _said_of_no_one(text, start, end)
            or _inside_a_latin_word(text, start, end)
            or _inside_a_longer_word(text, start, end)
        ):
            continue
        if about_a_person(start, end):
            category = lexicon.category_of(SENSITIVE, match.group())
            spans.append(Span(PREFIX + category, start, end))
    if others is not None:
        covered = coverage(((span.start, span.end) for span in spans), len(text), over=others)
        spans += _learned(text, covered, about_a_person)
    return spans


def _learned(text, covered, about_a_person):
    """The phrases said of a person that the classifier finds sensitive."""
    found = []
    for start, end in classifier.phrases(text, covered):
        # Most phrases are ordinary, and the classifier says so faster than the rules find
        # whom a phrase is about.
        category = classifier.SENSITIVE.classify(text[start:end])
        if category and not _said_of_no_one(text, start, end) and about_a_person(start, end):
            found.append(Span(PREFIX + category, start, end, learned=True))
    return found


def _said_of_no_one(text, start, end):
    """A count after it (an aggregate statistic), or a denial or check before it."""
    return bool(_COUNT.match(text, end)) or text.endswith(_DENIALS, max(0, start - 12), start)


#: Ordinary words a cue hides inside (a fingertip, ปลายนิ้ว, holds a fingerprint, ลายนิ้ว).
_LONGER_WORDS = ("ปลายนิ้ว",)


def _inside_a_longer_word(text, start, end):
    cue = text[start:end]
    return any(
        (offset := word.find(cue)) >= 0 and text.startswith(word, start - offset)
        for word in _LONGER_WORDS
    )


def _inside_a_latin_word(text, start, end):
    """A Latin cue within a longer Latin word (Shan in Shanghai, gay in Gaylord)."""
    latin = _LATIN_LETTER.fullmatch
    return bool(
        (latin(text[start]) and start and latin(text[start - 1]))
        or (latin(text[end - 1]) and end < len(text) and latin(text[end]))
    )


_LATIN_LETTER = re.compile(r"[A-Za-z]")


class _Positions:
    """People's spans in text order, to ask whether one lies in a stretch."""

    def __init__(self, spans):
        self.spans = sorted(spans, key=lambda span: span.start)
        self.starts = [span.start for span in self.spans]

    def any_within(self, low, high):
        index = bisect.bisect_left(self.starts, low - 200)
        for person in self.spans[index:]:
            if person.start > high:
                return False
            if person.end >= low:
                return True
        return False


def _in_heading_row(text, start, end):
    """A table row without a digit is a heading (ลำดับ | ชื่อ - สกุล | ประเภทความพิการ): a cue
    in it is about no one, whoever the table goes on to name."""
    row = table_row_of(text, start, end)
    return row is not None and not _DIGIT.search(row)


_DIGIT = re.compile(r"\d")


def _person_near(text, people, start, end):
    """A person close by in the same line, or anywhere in the same table row."""
    line_start, line_end = line_of(text, start, end)
    if is_table_row(text[line_start:line_end]):
        low, high = line_start, line_end
    else:
        low, high = max(line_start, start - REACH), min(line_end, end + REACH)
    return people.any_within(low, high)


def _in_record_of_a_person(text, subjects, start):
    """A person named earlier in the cue's list item, or else in its paragraph (not one quoted
    as speaking)."""
    paragraph_start = 0
    for blank in _BLANK_LINE.finditer(text, max(0, start - RECORD_REACH), start):
        paragraph_start = blank.end()
    record_start = max(paragraph_start, start - RECORD_REACH)
    items = [m.start() for m in _LIST_ITEM.finditer(text, record_start, start)]
    if items:
        record_start = items[-1]
    return subjects.any_within(record_start, start)


def _referred_to(text, references, start):
    """A word pointing at one person shortly before the cue, in the same paragraph (text pasted
    from a PDF breaks its lines anywhere)."""
    low = max(0, start - REFERENCE_REACH)
    paragraph = text.rfind("\n\n", low, start)
    low = paragraph + 2 if paragraph != -1 else low
    index = bisect.bisect_left(references, (low, low))
    return any(ref_start < start for ref_start, _ in references[index : index + 4])
