"""Passage classifiers for what no word list holds: prohibited content (incitement and insults in
words of their own, spam in new disguises) and sensitive facts about a person (a diagnosis, a
record, a faith in wordings no cue list names). The word lists catch what they name; on corpora
their authors never saw they missed about one prohibited passage in four, and one sensitive
passage in five (docs/screening.md).

Naive Bayes over the character 4-grams of a passage (Thai is written without spaces, so
characters, not words; 2- and 3-grams as well cost three times as much and found no more):
each n-gram weighs how much more often a passage of the class holds it than an ordinary one.
A passage's score is the mean of its ``top`` heaviest weights; at ``threshold`` or above it is
of the class, in the category its heaviest n-grams vote for. Both were chosen on corpora the
model was not trained on, for precision near 0.9 (prohibited) and two right findings for each
wrong one (sensitive: the detector asks the classifier only about phrases said of a person).

The models are trained on the labelled corpora of tests/screening by ``manage.py
train_screener`` and shipped in data/: nothing may be downloaded at run time.
"""

import gzip
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property
from heapq import nlargest
from operator import add
from pathlib import Path

from .detectors import stripped

DATA = Path(__file__).resolve().parent / "data"
#: A passage is a line; a longer line is cut at a space into stretches of about this length.
UNIT = 200
#: A phrase is shorter: the stretch of a line between other findings and between its cells,
#: clauses and sentences; a longer one is cut at a space into stretches of about this length.
PHRASE = 100
#: N-grams seen fewer times than this in training are noise.
MIN_COUNT = 2
_SPACES = re.compile(r"\s+")
#: Where a phrase ends: a table's cell, a wide gap, a sentence or clause mark, a line.
_PHRASE_END = re.compile(r"\s{2,}|\t|\||[.;:!?]\s|\n")
#: Phrases shorter than this carry too few n-grams to judge.
_SHORTEST_PHRASE = 8


def passages(text):
    """(start, end) of each passage of ``text``: its non-blank lines, long ones cut at spaces."""
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if not line.strip():
            continue
        yield from _cut(text, start, end, UNIT)


def phrases(text, covered):
    """(start, end) of each phrase of ``text`` outside the ``covered`` stretches (a coverage
    bytearray, see detectors.coverage): a name, a number or another finding ends a phrase."""
    position, length = 0, len(text)
    while position < length:
        if covered[position]:
            position += 1
            continue
        end = covered.find(1, position)
        end = length if end == -1 else end
        start = position
        for mark in _PHRASE_END.finditer(text, position, end):
            yield from _trimmed(text, start, mark.start())
            start = mark.end()
        yield from _trimmed(text, start, end)
        position = end


def _trimmed(text, start, end):
    """The phrase text[start:end] without the spaces around it, cut to PHRASE, if long enough."""
    start, end = stripped(text, start, end)
    if end - start >= _SHORTEST_PHRASE:
        yield from _cut(text, start, end, PHRASE)


def _cut(text, start, end, unit):
    """text[start:end] in stretches of about ``unit`` characters, cut at spaces."""
    while end - start > unit * 3 // 2:
        cut = text.rfind(" ", start + unit // 2, start + unit)
        cut = cut if cut > start else start + unit
        yield start, cut
        start = cut
    yield start, end


def grams(passage):
    """The distinct character 4-grams of a passage, spaces collapsed, lower case (built by map,
    which runs in C: screening a megabyte makes a million of them)."""
    text = _SPACES.sub(" ", passage.lower())
    return set(map(add, map(add, map(add, text, text[1:]), text[2:]), text[3:]))


@dataclass(eq=False)
class Model:
    """One classifier: its file in data/, the categories it tells apart, and how sure it must
    be."""

    name: str
    categories: tuple
    threshold: float
    top: int
    vote_by_count: bool = False

    @property
    def file(self):
        return DATA / f"{self.name}_model.json.gz"

    def classify(self, passage):
        """The category of ``passage``, or None when it is ordinary. A mean reaches the
        threshold only if one weight does: a passage without a strong n-gram is ordinary, and
        most are."""
        found = grams(passage)
        if self.strong.isdisjoint(found):
            return None
        weights, categories = self.weights, self.category_of
        known = found & weights.keys()
        top = nlargest(self.top, map(weights.__getitem__, known))
        if not top or sum(top) / len(top) < self.threshold:
            return None
        votes = Counter()
        for gram in nlargest(self.top, known, key=weights.__getitem__):
            votes[categories[gram]] += weights[gram]
        return self.categories[votes.most_common(1)[0][0]]

    @cached_property
    def _stored(self):
        with gzip.open(self.file, "rt", encoding="utf-8") as stream:
            stored = json.load(stream)
        if tuple(stored["categories"]) != self.categories:
            raise ValueError(
                f"The {self.name} model's categories are not its classifier's: "
                "run manage.py train_screener"
            )
        return stored["grams"]

    @cached_property
    def weights(self):
        """N-gram -> weight."""
        return {gram: value[0] for gram, value in self._stored.items()}

    @cached_property
    def category_of(self):
        """N-gram -> index of the category it speaks for most."""
        return {gram: value[1] for gram, value in self._stored.items()}

    @cached_property
    def strong(self):
        return frozenset(gram for gram, weight in self.weights.items() if weight >= self.threshold)

    def forget(self):
        """Drops the loaded model, so that the next use reads the file again."""
        for name in ("_stored", "weights", "category_of", "strong"):
            self.__dict__.pop(name, None)

    def train(self, examples):
        """The model from (passage, category or None) examples: presence counts per class,
        with add-one smoothing."""
        ordinary, positive = Counter(), Counter()
        by_category = defaultdict(Counter)
        counts = Counter()
        for passage, category in examples:
            found = grams(passage)
            counts[category] += 1
            if category is None:
                ordinary.update(found)
            else:
                positive.update(found)
                by_category[category].update(found)
        positives = sum(counts[c] for c in self.categories)
        trained = {}
        for gram in positive.keys() | ordinary.keys():
            if positive[gram] + ordinary[gram] < MIN_COUNT:
                continue
            in_ordinary = (ordinary[gram] + 1) / (counts[None] + 2)
            weight = math.log((positive[gram] + 1) / (positives + 2) / in_ordinary)
            strongest = max(
                range(len(self.categories)),
                key=lambda i: self._share(by_category[self.categories[i]][gram], counts, i),
            )
            trained[gram] = (round(weight, 3), strongest)
        return trained

    def _share(self, count, counts, index):
        """How strongly ``count`` passages of category ``index`` holding an n-gram speak for
        it: as a share of the category's passages, or (``vote_by_count``) as they are, where
        small categories would win on one passage each (sexual over health)."""
        if self.vote_by_count:
            return count
        return (count + 1) / (counts[self.categories[index]] + 2)

    def save(self, trained, about):
        """Writes the model, reproducibly (sorted, no timestamp in the gzip header)."""
        payload = json.dumps(
            {"about": about, "categories": self.categories, "grams": dict(sorted(trained.items()))},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        with (
            open(self.file, "wb") as raw,
            gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as stream,
        ):
            stream.write(payload.encode("utf-8"))
        self.forget()


PROHIBITED = Model(
    "prohibited",
    ("gambling", "monarchy", "obscene", "public_order", "security"),
    threshold=3.4,
    top=20,
)
SENSITIVE = Model(
    "sensitive",
    (
        "biometric",
        "criminal",
        "disability",
        "ethnicity",
        "genetic",
        "health",
        "political",
        "religion",
        "sexual",
        "union",
    ),
    threshold=3.5,
    top=10,
    vote_by_count=True,
)


def find_prohibited(text):
    """(start, end, category) of each passage of ``text`` the prohibited model flags."""
    found = []
    for start, end in passages(text):
        category = PROHIBITED.classify(text[start:end])
        if category:
            found.append((start, end, category))
    return found
