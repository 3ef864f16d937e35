"""Normalization before matching, with a map back to the text as given.

Detectors match on one canonical form: Thai digits as Arabic, zero-width characters and soft
hyphens gone, HTML entities decoded, NFC, and for HTML the text content without tags. Spam's
disguises are undone too: "mathematical" and full-width letters (𝐏𝐆, ＵＦＡ) read as plain ones,
and a Thai word cut up by dashes or spelt out (ส-ล็-อ-ต, ส า ว) reads whole. A finding
must still point into the text exactly as given (the command-line contract), so normalization
records which stretch of the original each stretch of the normalized text came from.

Text hidden by style (display:none, tiny fonts, off-screen boxes) is deliberately kept: that is
where injected gambling spam hides, and the public's search engines read it all the same.
"""

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
#: Thai digits, and letters and digits in the styles spam uses to slip past word lists (the
#: Mathematical Alphanumeric Symbols block and full-width forms), one character for one.
PLAIN_CHARACTERS = THAI_DIGITS | {
    code: plain
    for code in (*range(0x1D400, 0x1D800), *range(0xFF01, 0xFF5F))
    if len(plain := unicodedata.normalize("NFKC", chr(code))) == 1 and plain.isascii()
}
#: A Thai word cut into pieces of one to three characters by dashes or stars (ส-ล็-อ-ต
#: เ-ว็-บ-ต-ร-ง): three pieces at least, so that a range (จันทร์-ศุกร์) stays as it is.
#: Dots are left alone: พ.ร.บ. and ร.ต.อ. are abbreviations. Or spelt out letter by letter with
#: spaces (ส า ว ต รั ง): five letters at least, each a consonant or vowel with its marks.
_THAI = "\u0e01-\u0e4e"
_LETTER = "[\u0e01-\u0e30\u0e32\u0e33\u0e3f-\u0e46][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*"
_CUT_UP = re.compile(
    rf"(?<![{_THAI}])(?:(?:[{_THAI}]{{1,3}}[-*_·]){{2,}}[{_THAI}]{{1,3}}"
    rf"|(?:{_LETTER} ){{4,}}{_LETTER})(?![{_THAI}])"
)
_CUTS = re.compile(r"[-*_· ]")
#: Scanned text reads the digits 0 and 1 as the letters O and l (O8l-O6O-2794): in a run of
#: digit groups with six real digits at least, each group holding a digit (or a lone O), they
#: are read back as digits.
_OCR_NUMBER = re.compile(r"(?<![A-Za-z])[0-9Ool]+(?:[- ][0-9Ool]+){1,4}(?![A-Za-z])")
_OCR_DIGITS = str.maketrans("Ool", "001")
OCR_REAL_DIGITS = 6
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

# Tags whose content is not text a reader sees (scripts, styles) or not text at all.
_SKIPPED = r"(?P<skipped><(?P<element>script|style|template)\b[^>]*>.*?</(?P=element)\s*>)"
_COMMENT = r"(?P<comment><!--.*?-->)"
_TAG = r"(?P<tag></?(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)"
_ENTITY = r"(?P<entity>&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);)"
_ZERO_WIDTH = f"(?P<zero>[{ZERO_WIDTH}])"
_PLAIN_SPECIAL = re.compile(f"{_ENTITY}|{_ZERO_WIDTH}")
_HTML_SPECIAL = re.compile(
    f"{_SKIPPED}|{_COMMENT}|{_TAG}|{_ENTITY}|{_ZERO_WIDTH}", re.DOTALL | re.IGNORECASE
)
# Attributes whose values readers and search engines see: alt text and tooltips.
_VISIBLE_ATTRIBUTE = re.compile(r"\b(?:alt|title)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.I)
#: A table row is one line, its cells apart by tabs: a row is about one person, and a column
#: keeps its heading (a birth-date column).
CELL_TAGS = frozenset(("td", "th"))
BLOCK_TAGS = frozenset(
    ("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption")
    + ("figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main")
    + ("nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr")
    + ("ul",)
)


@dataclass
class Normalized:
    """The normalized text and, per piece, where it came from in the original."""

    text: str
    #: Sorted normalized offsets where each piece starts, and per piece (orig_start, orig_end,
    #: linear): a linear piece maps character for character; any other maps as a whole.
    _starts: list
    _pieces: list

    def original_span(self, start, end):
        """The span of the original text that normalized ``text[start:end]`` came from."""
        first = self._locate(start)
        last = self._locate(end - 1)
        return self._map(first, start, end=False), self._map(last, end - 1, end=True)

    def _locate(self, offset):
        return bisect.bisect_right(self._starts, offset) - 1

    def _map(self, index, offset, end):
        orig_start, orig_end, linear = self._pieces[index]
        if linear:
            return orig_start + offset - self._starts[index] + (1 if end else 0)
        return orig_end if end else orig_start


class _Builder:
    def __init__(self):
        self.parts = []
        self.length = 0
        self.starts = []
        self.pieces = []

    def add(self, text, orig_start, orig_end, linear):
        if not text:
            return
        self.starts.append(self.length)
        self.pieces.append((orig_start, orig_end, linear))
        self.parts.append(text)
        self.length += len(text)

    def copy(self, original, start, end):
        """Copies original[start:end], a cut-up word joined up again."""
        position = start
        for cut_up in _CUT_UP.finditer(original, start, end):
            self._copy(original, position, cut_up.start())
            piece_start = cut_up.start()
            for cut in _CUTS.finditer(original, cut_up.start(), cut_up.end()):
                self._copy(original, piece_start, cut.start())
                piece_start = cut.end()
            self._copy(original, piece_start, cut_up.end())
            position = cut_up.end()
        self._copy(original, position, end)

    def _copy(self, original, start, end):
        """Copies original[start:end], characters made plain, composed to NFC."""
        chunk = _OCR_NUMBER.sub(_ocr_digits, original[start:end].translate(PLAIN_CHARACTERS))
        if unicodedata.is_normalized("NFC", chunk):
            self.add(chunk, start, end, True)
            return
        # Compose one base character with its marks at a time, so offsets stay exact.
        cluster_start = start
        for position in range(start + 1, end + 1):
            if position == end or unicodedata.combining(original[position]) == 0:
                piece = chunk[cluster_start - start : position - start]
                cluster = unicodedata.normalize("NFC", piece)
                self.add(cluster, cluster_start, position, cluster == piece)
                cluster_start = position

    def result(self):
        return Normalized("".join(self.parts), self.starts, self.pieces)


def _ocr_digits(match):
    number = match.group()
    groups = re.split(r"[- ]", number)
    if sum(character.isdigit() for character in number) < OCR_REAL_DIGITS or any(
        len(group) > 1 and not any(character.isdigit() for character in group) for group in groups
    ):
        return number  # a word among numbers (lol 2024): no misread digit
    return number.translate(_OCR_DIGITS)


def normalize(text, html_input=False):
    """Normalizes ``text``; with ``html_input`` also strips tags, keeping all text content."""
    builder = _Builder()
    pattern = _HTML_SPECIAL if html_input else _PLAIN_SPECIAL
    position = 0
    for match in pattern.finditer(text):
        builder.copy(text, position, match.start())
        _replace(builder, match)
        position = match.end()
    builder.copy(text, position, len(text))
    return builder.result()


def _replace(builder, match):
    """Scripts, styles, comments and zero-width characters vanish; entities are decoded."""
    start, end = match.span()
    if match.lastgroup == "entity":
        decoded = html.unescape(match.group(0)).translate(THAI_DIGITS)
        if decoded not in ZERO_WIDTH:
            builder.add(unicodedata.normalize("NFC", decoded), start, end, False)
    elif match.lastgroup == "tag":
        _tag_text(builder, match.group(0), start, match.group("name").lower())


def _tag_text(builder, tag, start, name):
    """A tag becomes whitespace if it breaks the text; its alt and title values are kept."""
    if name in CELL_TAGS:
        builder.add("\t", start, start + len(tag), False)
    elif name in BLOCK_TAGS:
        builder.add("\n", start, start + len(tag), False)
    for attribute in _VISIBLE_ATTRIBUTE.finditer(tag):
        group = 1 if attribute.group(1) is not None else 2
        value_start = start + attribute.start(group)
        builder.add(" ", value_start, value_start, False)
        inner = normalize(attribute.group(group))
        for index, piece_start in enumerate(inner._starts):
            piece_end = (
                inner._starts[index + 1] if index + 1 < len(inner._starts) else len(inner.text)
            )
            orig_start, orig_end, linear = inner._pieces[index]
            builder.add(
                inner.text[piece_start:piece_end],
                value_start + orig_start,
                value_start + orig_end,
                linear,
            )
        builder.add(" ", value_start, value_start, False)
