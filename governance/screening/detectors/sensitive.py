"""PDPA s.26 sensitive data about an identifiable person: a cue word from the managed lexicon
(ป่วยเป็น, ต้องโทษ, นับถือศาสนา, ผู้พิการ ...) in the same line as, and close to, a person's name
or national ID. Without a person it is not personal data; a cue followed by a count (ผู้ติดเชื้อ
123 ราย) is an aggregate statistic and never flagged. Cue words are matched anywhere, not only
on word boundaries: the tokenizer glues them to their neighbours (มีประวัติ|อาชญากรรม)."""

import bisect
import re

from .. import lexicons
from ..models import SENSITIVE
from ..tokens import tokens_for
from . import Span, national_id, person_name

PREFIX = "pii.sensitive."
#: How close (in characters, same line) a cue must be to a person to be about them.
REACH = 120
_COUNT = re.compile(r"\s*(?:จำนวน\s*)?\d[\d,]*\s*(?:ราย|คน|ครั้ง)")


def find(text, tokens=None, lexicon=None, people=None):
    lexicon = lexicon or lexicons.current()
    if people is None:
        tokens = tokens_for(text, tokens)
        people = national_id.find(text, tokens) + person_name.find(text, tokens)
    people = sorted(people, key=lambda span: span.start)
    starts = [span.start for span in people]
    spans = []
    for match in lexicon.pattern(SENSITIVE).finditer(text):
        start, end = match.span()
        if _COUNT.match(text, end):
            continue
        if _person_near(text, people, starts, start, end):
            category = lexicon.category_of(SENSITIVE, match.group())
            spans.append(Span(PREFIX + category, start, end))
    return spans


def _person_near(text, people, starts, start, end):
    """A person close by in the same line, or anywhere in the same table row."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if "\t" in text[line_start:line_end]:
        low, high = line_start, line_end
    else:
        low, high = max(line_start, start - REACH), min(line_end, end + REACH)
    index = bisect.bisect_left(starts, low - 200)
    for person in people[index:]:
        if person.start > high:
            return False
        if person.end >= low and person.start <= high:
            return True
    return False
