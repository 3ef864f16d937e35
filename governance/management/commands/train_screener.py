"""Trains the screener's prohibited-content classifier (governance.screening.classifier) on the
labelled corpora in tests/screening and writes the model the screener ships with.

Run it after adding or correcting a labelled corpus; commit the model with the corpus. The
corpora in HELD_OUT measure the model on text it never saw, so they are never trained on: when
one is used to improve the screener, add a new one and move it here (docs/screening.md)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from governance.screening import classifier
from governance.screening.normalize import normalize

CORPORA = Path(__file__).resolve().parents[3] / "tests" / "screening"
HELD_OUT = ("corpus_blind_12", "corpus_blind_13", "corpus_blind_14", "corpus_blind_15")
PREFIX = "prohibited."


def training_corpora(root=CORPORA):
    return sorted(
        path for path in root.glob("corpus*") if path.is_dir() and path.name not in HELD_OUT
    )


def examples(directory):
    """(passage, category or None) for each passage of each document: a passage is of a category
    when a label of it covers half the passage or half the label lies in it."""
    from tests.screening.corpus import documents  # the corpora's own reader

    for document in documents(directory):
        normalized = normalize(document.text, html_input=document.html)
        labels = list(_normalized_labels(document, normalized))
        for start, end in classifier.passages(normalized.text):
            category = None
            for label_category, label_start, label_end in labels:
                shared = min(end, label_end) - max(start, label_start)
                if shared > 0 and 2 * shared >= min(end - start, label_end - label_start):
                    category = label_category
            yield normalized.text[start:end], category


def _normalized_labels(document, normalized):
    """The prohibited labels of a document, as (category, start, end) in its normalized text."""
    first = {}
    for position in range(len(normalized.text)):
        original, _end = normalized.original_span(position, position + 1)
        first.setdefault(original, position)
    for category, start, end in document.labels:
        if not category.startswith(PREFIX):
            continue
        inside = [first[offset] for offset in range(start, end) if offset in first]
        if inside:
            yield category.removeprefix(PREFIX), min(inside), max(inside) + 1


class Command(BaseCommand):
    help = "Trains the prohibited-content classifier on the labelled corpora."

    def handle(self, *args, **options):
        corpora = training_corpora()
        trained = classifier.train(example for corpus in corpora for example in examples(corpus))
        about = "Trained by manage.py train_screener on " + ", ".join(c.name for c in corpora)
        classifier.save(trained, about)
        self.stdout.write(f"{len(trained)} n-grams from {len(corpora)} corpora")
