"""Prohibited content (seed 000 clause 1; REFERENCE "Prohibited content"): matched from the
managed lexicon on whole words of the normalized, tokenized text.

A text that names a topic in order to forbid or fight it (ห้ามมิให้เสนอข้อมูล...ล้มล้างการปกครอง,
a police report of a gambling raid) is not prohibited content: a match counts only if no
forbidding word (managed too, kind ``prohibition_cue``) comes before it in the same line.
"""

from .. import lexicons
from ..models import PROHIBITED, PROHIBITION_CUE
from ..tokens import tokens_for
from . import Span

PREFIX = "prohibited."
#: How far back in the line a forbidding word still governs a term (seed 000 clause 1 names
#: the monarchy about 150 characters after its ห้ามมิให้).
CUE_REACH = 250


def find(text, tokens=None, lexicon=None):
    tokens = tokens_for(text, tokens)
    lexicon = lexicon or lexicons.current()
    cues = lexicon.pattern(PROHIBITION_CUE)
    spans = []
    for match in lexicon.pattern(PROHIBITED).finditer(text):
        start, end = match.span()
        if not tokens.is_word(start, end):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if cues.search(text, max(line_start, start - CUE_REACH), start):
            continue
        spans.append(Span(PREFIX + lexicon.category_of(PROHIBITED, match.group()), start, end))
    return spans
