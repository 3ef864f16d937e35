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


def documents(directory=CORPUS_DIR):
    for path in sorted(directory.iterdir()):
        text, labels = parse(path.read_text(encoding="utf-8"))
        yield Document(path.name, text, path.suffix == ".html", labels)


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


def score(documents, screen):
    """Per category: [findings right, findings wrong, labels found, labels missed], and the
    mistakes.

    A finding is right when it overlaps a label of its category (where an address ends, or
    whether "ผู้ต้องหาคดีลักทรัพย์" is one passage or two, is a matter of taste); a label is found
    when a finding of its category overlaps it. Precision counts findings, recall labels."""
    counts, mistakes = {}, []
    for document in documents:
        findings = screen(document.text, html=document.html).findings
        for finding in findings:
            tally = counts.setdefault(finding.category, [0, 0, 0, 0])
            if any(
                category == finding.category and overlaps(start, end, finding.start, finding.end)
                for category, start, end in document.labels
            ):
                tally[0] += 1
            else:
                tally[1] += 1
                mistakes.append((document.name, "false positive", finding.category, finding.text))
        for category, start, end in document.labels:
            tally = counts.setdefault(category, [0, 0, 0, 0])
            if any(
                f.category == category and overlaps(start, end, f.start, f.end) for f in findings
            ):
                tally[2] += 1
            else:
                tally[3] += 1
                mistakes.append((document.name, "missed", category, document.text[start:end]))
    return counts, mistakes
