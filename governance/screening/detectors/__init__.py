"""One module per kind of finding. Each has ``find(text, tokens=None) -> list[Span]`` over
normalized text (see ..normalize); ``tokens`` is the shared tokenization of that text, made once
by the engine and made on demand when a detector is called alone."""

from typing import NamedTuple


class Span(NamedTuple):
    category: str
    start: int
    end: int


def nearby(text, start, end, words, before=60, after=0):
    """Whether one of ``words`` occurs within ``before`` characters ahead of the match or
    ``after`` characters behind it."""
    window = text[max(0, start - before) : start] + " " + text[end : end + after]
    return any(word in window for word in words)
