"""Precision and recall on corpora written blind: by writers who never saw the screener or our
own corpus (issue #5 "Measured, not assumed"). Our own corpus (test_corpus_metrics) is what the
screener was built against, so it flatters it; these say how it does on text it was not built
against.

Each corpus was measured once before it was used for anything (docs/screening.md keeps those
first figures). Corpora 1-15 were then used to improve the screener and to train its
classifiers, so they are no longer unseen; corpora 16-19 (train_screener.HELD_OUT) have never
been looked into (only their totals were read): their figures are the honest ones. Whoever
tunes against one of them must add a new blind corpus to replace it.

The floors are each corpus's figures after the last change, rounded down: they stop a
regression. The table and the mistakes are written to var/screening-metrics-<corpus>.txt; run
with ``-s`` to see them.
"""

from pathlib import Path

import pytest

from governance.screening.engine import screen_text
from governance.screening.findings import BLOCK
from governance.screening.severity import severity_for

from .corpus import documents, score
from .test_corpus_metrics import block_totals, ratio, table

HERE = Path(__file__).parent
VAR = HERE.parents[1] / "var"
#: corpus -> (overall precision, overall recall, recall on the blocking categories).
FLOORS = {
    "corpus_blind_1": (0.97, 0.99, 0.99),
    "corpus_blind_2": (0.97, 0.98, 0.99),
    "corpus_blind_3": (0.95, 0.99, 1.00),
    "corpus_blind_4": (0.94, 0.96, 0.95),
    "corpus_blind_5": (0.93, 0.97, 0.97),
    "corpus_blind_6": (0.91, 0.98, 0.96),
    "corpus_blind_7": (0.92, 0.96, 0.96),
    "corpus_blind_8": (0.92, 0.94, 0.91),
    "corpus_blind_9": (0.94, 0.97, 0.98),
    "corpus_blind_10": (0.90, 0.91, 0.90),
    "corpus_blind_11": (0.90, 0.94, 0.92),
    "corpus_blind_12": (0.90, 0.96, 0.96),
    "corpus_blind_13": (0.92, 0.93, 0.88),
    "corpus_blind_14": (0.92, 0.88, 0.80),
    "corpus_blind_15": (0.90, 0.95, 0.93),
    "corpus_blind_16": (0.94, 0.86, 0.85),
    "corpus_blind_17": (0.91, 0.82, 0.84),
    "corpus_blind_18": (0.91, 0.88, 0.90),
    "corpus_blind_19": (0.91, 0.83, 0.70),
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_blind_corpus_keeps_its_measured_precision_and_recall(name):
    corpus = list(documents(HERE / name))
    counts, mistakes = score(corpus, screen_text)
    labels = sum(len(document.labels) for document in corpus)
    report = f"{name}: {len(corpus)} documents, {labels} labelled findings\n{table(counts)}\n"
    report += "".join(f"  {doc}: {kind} {cat} {text!r}\n" for doc, kind, cat, text in mistakes)
    print("\n" + report)
    VAR.mkdir(exist_ok=True)
    (VAR / f"screening-metrics-{name}.txt").write_text(report, encoding="utf-8")

    right, wrong, found, missed = (sum(column) for column in zip(*counts.values(), strict=True))
    _right, _wrong, block_found, block_missed = block_totals(counts)
    precision_floor, recall_floor, block_recall_floor = FLOORS[name]
    assert ratio(right, right + wrong) >= precision_floor, report
    assert ratio(found, found + missed) >= recall_floor, report
    assert ratio(block_found, block_found + block_missed) >= block_recall_floor, report


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_document_with_blocking_data_is_blocked(name):
    """What the publish gate does with each document as a whole: blocked where any label
    blocks. A document whose sensitive passage is missed is often still blocked by an ID in it,
    so this is the figure an agency feels, and the finding-level one above is the stricter."""
    should, blocked, wrongly = [], [], []
    for document in documents(HERE / name):
        expected = any(severity_for(category) == BLOCK for category, _s, _e in document.labels)
        decided = screen_text(document.text, html=document.html).decision == BLOCK
        (should if expected else wrongly if decided else []).append(document.name)
        if expected and decided:
            blocked.append(document.name)
    missed = sorted(set(should) - set(blocked))
    print(f"\n{name}: {len(blocked)} of {len(should)} blocked; wrongly blocked: {wrongly}")
    assert len(missed) <= ALLOWED_MISSED_DOCUMENTS.get(name, 0), missed
    assert len(wrongly) <= ALLOWED_WRONGLY_BLOCKED.get(name, 0), wrongly


#: Measured after the last change: the one document of corpus 4 whose blocking labels are all
#: missed, and the documents that should pass but are blocked: in the development corpora,
#: campaigns against gambling or drugs blocked for a word they warn of (corpora 16-19 held out,
#: not looked into).
ALLOWED_MISSED_DOCUMENTS = {"corpus_blind_4": 1}
ALLOWED_WRONGLY_BLOCKED = {
    "corpus_blind_7": 1,
    "corpus_blind_10": 3,
    "corpus_blind_12": 2,
    "corpus_blind_13": 1,
    "corpus_blind_14": 1,
    "corpus_blind_15": 2,
    "corpus_blind_16": 1,
    "corpus_blind_17": 1,
    "corpus_blind_18": 3,
    "corpus_blind_19": 3,
}
