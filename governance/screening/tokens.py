"""Tokenization, once per text and shared by the detectors (pythainlp newmm)."""

import bisect
import re
from functools import cached_property

from pythainlp.tokenize import word_tokenize

# newmm slows down sharply on very long stretches, so it runs paragraph by paragraph; words
# never span a line break anyway.
_PARAGRAPH = re.compile(r"[^\n]*\n|[^\n]+")


class Tokens:
    """The words of a normalized text with their offsets."""

    def __init__(self, text):
        self.text = text

    @cached_property
    def spans(self):
        spans = []
        for paragraph in _PARAGRAPH.finditer(self.text):
            position = paragraph.start()
            for word in word_tokenize(paragraph.group(0), engine="newmm", keep_whitespace=True):
                spans.append((position, position + len(word)))
                position += len(word)
        return spans

    @cached_property
    def boundaries(self):
        """Every offset where a word starts or ends."""
        return {offset for span in self.spans for offset in span}

    def spans_from(self, start):
        """The words from offset ``start`` on (``start`` being a word boundary)."""
        index = bisect.bisect_left(self.spans, (start, start))
        return self.spans[index:]

    def is_word(self, start, end):
        """Whether text[start:end] starts and ends at word boundaries."""
        return start in self.boundaries and end in self.boundaries


def tokens_for(text, tokens):
    return tokens if tokens is not None else Tokens(text)
