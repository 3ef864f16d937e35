"""The labelled corpus: realistic Thai documents in corpus/, each expected finding written
inline as ⟦category|matched text⟧. Loading strips the marks and records where each was."""

import re
from dataclasses import dataclass
from pathlib import Path

CORPUS_DIR = Path(__file__).parent / "corpus"
_MARK = re.compile(r"⟦([a-z_.]+)\|(.*?)⟧", re.DOTALL)


@dataclass
class Document:
    name: str
    text: str
    html: bool
    #: Expected findings as (category, start, end) in ``text``.
    labels: list


def parse(marked):
    """The text without marks, and the (category, start, end) of each mark."""
    parts, labels, position, length = [], [], 0, 0
    for mark in _MARK.finditer(marked):
        before = marked[position : mark.start()]
        parts.append(before)
        length += len(before)
        labels.append((mark.group(1), length, length + len(mark.group(2))))
        parts.append(mark.group(2))
        length += len(mark.group(2))
        position = mark.end()
    parts.append(marked[position:])
    return "".join(parts), labels


def documents():
    for path in sorted(CORPUS_DIR.iterdir()):
        text, labels = parse(path.read_text(encoding="utf-8"))
        yield Document(path.name, text, path.suffix == ".html", labels)


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


def score(documents, screen):
    """Per category: true positives, false positives, false negatives, and the mistakes.

    A finding counts as right when a label of the same category overlaps it (the span's exact
    edges, e.g. where an address ends, are a matter of taste); each label is used once."""
    counts, mistakes = {}, []
    for document in documents:
        result = screen(document.text, html=document.html)
        unmatched = list(document.labels)
        for finding in result.findings:
            tally = counts.setdefault(finding.category, [0, 0, 0])
            match = next(
                (
                    label
                    for label in unmatched
                    if label[0] == finding.category
                    and overlaps(label[1], label[2], finding.start, finding.end)
                ),
                None,
            )
            if match:
                unmatched.remove(match)
                tally[0] += 1
            else:
                tally[1] += 1
                mistakes.append((document.name, "false positive", finding.category, finding.text))
        for category, start, end in unmatched:
            counts.setdefault(category, [0, 0, 0])[2] += 1
            mistakes.append((document.name, "missed", category, document.text[start:end]))
    return counts, mistakes
