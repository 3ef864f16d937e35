"""One module per kind of finding. Each has ``find(text, tokens=None) -> list[Span]`` over
normalized text (see ..normalize); ``tokens`` is the shared tokenization of that text, made once
by the engine and made on demand when a detector is called alone."""

import re
from typing import NamedTuple


class Span(NamedTuple):
    category: str
    start: int
    end: int
    #: Recognised by a classifier (..classifier), not by a listed term or a rule: the editor
    #: tells the approver so, as it is a judgement to check.
    learned: bool = False


#: How far above its rows a table's column heading (เลขที่บัญชี, หนังสือเดินทาง) still counts as
#: the context of a number in them.
TABLE_REACH = 3000
_TYPED_GAP = re.compile(r"\S {3,}(?=\S)")


def coverage(stretches, length, over=None):
    """A byte per character of the text, 1 where one of the (start, end) ``stretches`` lies
    (or where the coverage ``over`` already has it): ``coverage(...).find(1, a, b) == -1`` says
    text[a:b] touches none of them."""
    covered = bytearray(length) if over is None else bytearray(over)
    for start, end in stretches:
        covered[start:end] = b"\x01" * (end - start)
    return covered


def stripped(text, start, end):
    """(start, end) of text[start:end] without the spaces around it."""
    stretch = text[start:end]
    return start + len(stretch) - len(stretch.lstrip()), end - len(stretch) + len(stretch.rstrip())


def line_of(text, start, end):
    """(start, end) of the line holding text[start:end]."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end


def is_table_row(line):
    """Cells apart by tabs (HTML tables and spreadsheets, normalized), by pipes (exports), or
    by wide runs of spaces (a table typed in a word processor)."""
    return "\t" in line or line.count(" | ") >= 2 or len(_TYPED_GAP.findall(line)) >= 2


def table_row_of(text, start, end):
    """The line holding text[start:end] if it is a table row, else None."""
    line_start, line_end = line_of(text, start, end)
    line = text[line_start:line_end]
    return line if is_table_row(line) else None


def nearby(text, start, end, words, before=60, after=0):
    """Whether one of ``words`` occurs within ``before`` characters ahead of the match or
    ``after`` characters behind it."""
    window = text[max(0, start - before) : start] + " " + text[end : end + after]
    return any(word in window for word in words)
