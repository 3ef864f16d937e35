"""Tokenization, once per text and shared by the detectors (pythainlp newmm)."""

import bisect
from functools import cached_property

from pythainlp.tokenize import word_tokenize

# newmm slows down sharply on long stretches (1 MB at once: ~15,000 chars/s), so it runs
# paragraph by paragraph, and a paragraph longer than this is cut at a space.
LONGEST_STRETCH = 10_000


def stretches(text):
    """(start, end) of each line, long lines cut at their last space before the limit."""
    start = 0
    while start < len(text):
        limit = start + LONGEST_STRETCH
        newline = text.find("\n", start, limit)
        if newline != -1:
            end = newline + 1
        elif limit >= len(text):
            end = len(text)
        else:
            space = max(text.rfind(" ", start, limit), text.rfind("\t", start, limit))
            end = space + 1 if space > start else limit
        yield start, end
        start = end


class Tokens:
    """The words of a normalized text with their offsets."""

    def __init__(self, text):
        self.text = text

    @cached_property
    def spans(self):
        spans = []
        for start, end in stretches(self.text):
            position = start
            for word in word_tokenize(self.text[start:end], engine="newmm", keep_whitespace=True):
                spans.append((position, position + len(word)))
                position += len(word)
        return spans

    @cached_property
    def boundaries(self):
        """Every offset where a word starts or ends."""
        return {offset for span in self.spans for offset in span}

    def spans_from(self, start):
        """The words from offset ``start`` on (``start`` being a word boundary), one at a time:
        a copy of the rest of a long text's words, for each name, would cost more than
        tokenizing it."""
        spans = self.spans
        for index in range(bisect.bisect_left(spans, (start, start)), len(spans)):
            yield spans[index]

    def is_word(self, start, end):
        """Whether text[start:end] starts and ends at word boundaries."""
        return start in self.boundaries and end in self.boundaries


def tokens_for(text, tokens):
    return tokens if tokens is not None else Tokens(text)
