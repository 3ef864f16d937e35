"""Prohibited content (seed 000 clause 1; REFERENCE "Prohibited content"): matched from the
managed lexicon on whole words of the normalized, tokenized text.

A text that names a topic in order to forbid or fight it (ห้ามมิให้เสนอข้อมูล...ล้มล้างการปกครอง,
a police report of a gambling raid) is not prohibited content: a match counts only if no
forbidding word (managed too, kind ``prohibition_cue``) comes shortly before it in the same
line, or shortly after it (…สล็อตออนไลน์ เป็นสิ่งผิดกฎหมาย). Spam borrows those words too
(ห้ามพลาด "don't miss", ไม่ผิดกฎหมาย "not illegal"): there they do not count.
"""

import re

from .. import lexicons
from ..models import PROHIBITED, PROHIBITION_CUE
from ..tokens import tokens_for
from . import Span

PREFIX = "prohibited."
#: How far back in the line a forbidding word still governs a term (seed 000 clause 1 names
#: the monarchy about 150 characters after its ห้ามมิให้).
CUE_REACH = 250
CUE_REACH_AFTER = 60
_VOID_CUE_BEFORE = ("ไม่",)
_VOID_CUE_AFTER = re.compile(r"\s*พลาด")


def find(text, tokens=None, lexicon=None):
    tokens = tokens_for(text, tokens)
    lexicon = lexicon or lexicons.current()
    cues = lexicon.pattern(PROHIBITION_CUE)
    spans = []
    for start, end, term in _whole_words(lexicon.pattern(PROHIBITED), text, tokens):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end == -1 else line_end
        before = _has_cue(cues, text, max(line_start, start - CUE_REACH), start)
        if before or _has_cue(cues, text, end, min(line_end, end + CUE_REACH_AFTER)):
            continue
        spans.append(Span(PREFIX + lexicon.category_of(PROHIBITED, term), start, end))
    return spans


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


def _has_cue(cues, text, start, end):
    for cue in cues.finditer(text, start, end):
        void_before = text.endswith(_VOID_CUE_BEFORE, 0, cue.start())
        if not void_before and not _VOID_CUE_AFTER.match(text, cue.end()):
            return True
    return False
