"""Screening one text: normalize, tokenize once, run every detector, map the findings back to
the text as given, give each its severity and keep one finding per stretch of text."""

import bisect

from . import lexicons
from .detectors import (
    address,
    bank_account,
    birth_date,
    coverage,
    email,
    national_id,
    passport,
    person_name,
    phone,
    prohibited,
    sensitive,
    stripped,
)
from .findings import BLOCK, Finding, ScreenResult
from .normalize import normalize
from .severity import current_rules, severity_for
from .tokens import Tokens

# Detectors that need nothing but the text and its words.
SIMPLE_DETECTORS = (national_id, phone, email, bank_account, passport, address, birth_date)


def screen_text(text: str, html: bool = False) -> ScreenResult:
    """The findings in ``text`` (HTML when ``html``), with offsets into ``text`` itself."""
    normalized = normalize(text, html_input=html)
    words = Tokens(normalized.text)
    lexicon = lexicons.current()
    spans = [
        span for detector in SIMPLE_DETECTORS for span in detector.find(normalized.text, words)
    ]
    names = person_name.find(normalized.text, words)
    people = names + [span for span in spans if span.category == national_id.CATEGORY]
    spans += names
    found = coverage(((span.start, span.end) for span in spans), len(normalized.text))
    forbidden = list(
        _outside(prohibited.find(normalized.text, words, lexicon), found, normalized.text)
    )
    # The sensitive-data classifier reads only what no other finding covers.
    others = coverage(((span.start, span.end) for span in forbidden), len(found), over=found)
    spans += _joined(
        sensitive.find(normalized.text, words, lexicon, people=people, others=others) + forbidden,
        normalized.text,
        found,
    )
    rules = current_rules()
    findings = []
    for span in spans:
        start, end = normalized.original_span(span.start, span.end)
        findings.append(
            Finding(
                span.category,
                severity_for(span.category, rules),
                start,
                end,
                text[start:end],
                learned=span.learned,
            )
        )
    return ScreenResult(_without_overlaps(findings, len(text)))


#: Findings of one category this close in one line are one passage (ผู้ต้องหา|คดีลักทรัพย์,
#: ป่วยเป็นเบาหวาน ... ต้องฟอกไต): the approver reads it as one, and fixes it as one.
JOIN_GAP = 60


def _outside(spans, covered, text):
    """The spans with what ``covered`` holds taken out of them: a prohibited passage (a
    classifier's line, an incitement's sentence) that names people, or gives a phone number,
    becomes the pieces between them, so that the names and the number are findings of their
    own and the approver sees each."""
    for span in spans:
        if covered.find(1, span.start, span.end) == -1:
            yield span
            continue
        start = span.start
        while start < span.end:
            end = covered.find(1, start, span.end)
            end = span.end if end == -1 else end
            piece_start, piece_end = stripped(text, start, end)
            if piece_end - piece_start >= _SHORTEST_PIECE:
                yield span._replace(start=piece_start, end=piece_end)
            start = end + 1


#: Pieces of a passage shorter than this (a space, a bracket between two names) are dropped.
_SHORTEST_PIECE = 8


def _joined(spans, text, others):
    """Sensitive and prohibited spans of one category close together in one line, as one,
    unless another finding (a name, an ID, another category's term) stands between them:
    joined over it, the longer passage would hide it."""
    by_start = sorted(spans, key=lambda s: s.start)
    starts = [span.start for span in by_start]

    def apart(last, span):
        if others.find(1, last.end, span.start) != -1:
            return True
        between = by_start[
            bisect.bisect_left(starts, last.end) : bisect.bisect_left(starts, span.start)
        ]
        return any(other.category != span.category for other in between)

    joined = []
    for span in sorted(spans, key=lambda s: (s.category, s.start)):
        last = joined[-1] if joined else None
        if (
            last
            and last.category == span.category
            and span.start - last.end <= JOIN_GAP
            and "\n" not in text[last.end : span.start]
            and not apart(last, span)
        ):
            joined[-1] = last._replace(
                end=max(last.end, span.end), learned=last.learned and span.learned
            )
        else:
            joined.append(span)
    return joined


def _without_overlaps(findings, length):
    """Where findings overlap, the blocking one, then the longer one, is kept (a bank account
    is also a valid phone number; an address contains a house number)."""
    ranked = sorted(findings, key=lambda f: (f.severity != BLOCK, -(f.end - f.start), f.start))
    covered = bytearray(length)
    kept = []
    for finding in ranked:
        if covered.find(1, finding.start, finding.end) == -1:
            covered[finding.start : finding.end] = b"\x01" * (finding.end - finding.start)
            kept.append(finding)
    return sorted(kept, key=lambda f: (f.start, f.end))
