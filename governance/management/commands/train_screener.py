"""Trains the screener's classifiers (governance.screening.classifier: prohibited content, and
sensitive data said of a person) on the labelled corpora in tests/screening and writes the models
the screener ships with.

Run it after adding or correcting a labelled corpus; commit the models with the corpus. The
corpora in HELD_OUT measure the models on text they never saw, so they are never trained on:
when one is used to improve the screener, add a new one and move it here (docs/screening.md)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from governance.screening import classifier
from governance.screening.detectors import coverage
from governance.screening.normalize import normalize

CORPORA = Path(__file__).resolve().parents[3] / "tests" / "screening"
HELD_OUT = ("corpus_blind_16", "corpus_blind_17", "corpus_blind_18", "corpus_blind_19")
#: Each model, with the labels it learns from.
PREFIXES = {classifier.PROHIBITED: "prohibited.", classifier.SENSITIVE: "pii.sensitive."}


def training_corpora(root=CORPORA):
    return sorted(
        path for path in root.glob("corpus*") if path.is_dir() and path.name not in HELD_OUT
    )


def examples(directory, model=classifier.PROHIBITED):
    """(passage, category or None) for each passage of each document, cut as ``model``'s
    detector cuts text: lines for prohibited content; for sensitive data, the phrases between
    the other labels (names, numbers), as the screener puts the phrases between its other
    findings. A passage is of a category when a label of it covers half the passage or half the
    label lies in it."""
    from tests.screening.corpus import documents  # the corpora's own reader

    prefix = PREFIXES[model]
    for document in documents(directory):
        normalized = normalize(document.text, html_input=document.html)
        text = normalized.text
        labels = list(_normalized_labels(document, normalized))
        ours = [(c.removeprefix(prefix), s, e) for c, s, e in labels if c.startswith(prefix)]
        if model is classifier.PROHIBITED:
            units = classifier.passages(text)
        else:
            others = ((s, e) for c, s, e in labels if not c.startswith(prefix))
            units = classifier.phrases(text, coverage(others, len(text)))
        for start, end in units:
            category = None
            for label_category, label_start, label_end in ours:
                shared = min(end, label_end) - max(start, label_start)
                if shared > 0 and 2 * shared >= min(end - start, label_end - label_start):
                    category = label_category
            yield text[start:end], category


def _normalized_labels(document, normalized):
    """The labels of a document, as (category, start, end) in its normalized text."""
    first = {}
    for position in range(len(normalized.text)):
        original, _end = normalized.original_span(position, position + 1)
        first.setdefault(original, position)
    for category, start, end in document.labels:
        inside = [first[offset] for offset in range(start, end) if offset in first]
        if inside:
            yield category, min(inside), max(inside) + 1


class Command(BaseCommand):
    help = "Trains the screener's classifiers on the labelled corpora."

    def handle(self, *args, **options):
        corpora = training_corpora()
        about = "Trained by manage.py train_screener on " + ", ".join(c.name for c in corpora)
        for model in PREFIXES:
            trained = model.train(
                example for corpus in corpora for example in examples(corpus, model)
            )
            model.save(trained, about)
            self.stdout.write(f"{model.name}: {len(trained)} n-grams from {len(corpora)} corpora")
