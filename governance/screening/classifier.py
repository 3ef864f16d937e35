"""A passage classifier for the prohibited content no word list holds: incitement and insults in
words of their own, spam in new disguises. The word lists catch what they name; on corpora their
authors never saw they missed about one prohibited passage in four (docs/screening.md).

Naive Bayes over the character 4-grams of a passage (Thai is written without spaces, so
characters, not words; 2- and 3-grams as well cost three times as much and found no more):
each n-gram weighs how much more often a prohibited passage holds it
than an ordinary one. A passage's score is the mean of its TOP heaviest weights; at THRESHOLD or
above it is prohibited, of the category its heaviest n-grams vote for. Both were chosen on the
development corpora, each left out of training in turn, for precision near 0.9.

The model is trained on the labelled corpora of tests/screening by ``manage.py
train_screener`` and shipped as data/prohibited_model.json.gz: nothing may be downloaded at
run time.
"""

import gzip
import json
import math
import re
from collections import Counter, defaultdict
from functools import cache
from heapq import nlargest
from operator import add
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "data" / "prohibited_model.json.gz"
CATEGORIES = ("gambling", "monarchy", "obscene", "public_order", "security")
#: A passage is a line; a longer line is cut at a space into stretches of about this length.
UNIT = 200
TOP = 20
THRESHOLD = 3.4
#: N-grams seen fewer times than this in training are noise.
MIN_COUNT = 2
_SPACES = re.compile(r"\s+")


def passages(text):
    """(start, end) of each passage of ``text``: its non-blank lines, long ones cut at spaces."""
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if not line.strip():
            continue
        while end - start > UNIT * 3 // 2:
            cut = text.rfind(" ", start + UNIT // 2, start + UNIT)
            cut = cut if cut > start else start + UNIT
            yield start, cut
            start = cut
        yield start, end


def grams(passage):
    """The distinct character 4-grams of a passage, spaces collapsed, lower case (built by map,
    which runs in C: screening a megabyte makes a million of them)."""
    text = _SPACES.sub(" ", passage.lower())
    return set(map(add, map(add, map(add, text, text[1:]), text[2:]), text[3:]))


def classify(passage, weights, categories, strong):
    """The category of a prohibited passage, or None. A mean reaches THRESHOLD only if one
    weight does: a passage without a ``strong`` n-gram is ordinary, and most are."""
    found = grams(passage)
    if strong.isdisjoint(found):
        return None
    known = found & weights.keys()
    top = nlargest(TOP, map(weights.__getitem__, known))
    if not top or sum(top) / len(top) < THRESHOLD:
        return None
    votes = Counter()
    for gram in nlargest(TOP, known, key=weights.__getitem__):
        votes[categories[gram]] += weights[gram]
    return CATEGORIES[votes.most_common(1)[0][0]]


def find(text):
    """(start, end, category) of each passage of ``text`` the model finds prohibited."""
    weights, categories = model()
    strong = strong_grams()
    found = []
    for start, end in passages(text):
        category = classify(text[start:end], weights, categories, strong)
        if category:
            found.append((start, end, category))
    return found


@cache
def model():
    """(n-gram -> weight, n-gram -> index of the category it speaks for most)."""
    with gzip.open(MODEL_FILE, "rt", encoding="utf-8") as stream:
        stored = json.load(stream)
    if tuple(stored["categories"]) != CATEGORIES:
        raise ValueError("The model's categories are not CATEGORIES: run manage.py train_screener")
    grams = stored["grams"]
    return (
        {gram: value[0] for gram, value in grams.items()},
        {gram: value[1] for gram, value in grams.items()},
    )


@cache
def strong_grams():
    weights, _categories = model()
    return frozenset(gram for gram, weight in weights.items() if weight >= THRESHOLD)


def train(examples):
    """The model from (passage, category or None) examples: presence counts per class, with
    add-one smoothing."""
    ordinary, prohibited = Counter(), Counter()
    by_category = defaultdict(Counter)
    counts = Counter()
    for passage, category in examples:
        found = grams(passage)
        counts[category] += 1
        if category is None:
            ordinary.update(found)
        else:
            prohibited.update(found)
            by_category[category].update(found)
    positives = sum(counts[c] for c in CATEGORIES)
    trained = {}
    for gram in prohibited.keys() | ordinary.keys():
        if prohibited[gram] + ordinary[gram] < MIN_COUNT:
            continue
        in_ordinary = (ordinary[gram] + 1) / (counts[None] + 2)
        weight = math.log((prohibited[gram] + 1) / (positives + 2) / in_ordinary)
        strongest = max(
            range(len(CATEGORIES)),
            key=lambda i: (by_category[CATEGORIES[i]][gram] + 1) / (counts[CATEGORIES[i]] + 2),
        )
        trained[gram] = (round(weight, 3), strongest)
    return trained


def save(trained, about, path=MODEL_FILE):
    """Writes the model, reproducibly (sorted, no timestamp in the gzip header)."""
    payload = json.dumps(
        {"about": about, "categories": CATEGORIES, "grams": dict(sorted(trained.items()))},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as stream,
    ):
        stream.write(payload.encode("utf-8"))
    model.cache_clear()
    strong_grams.cache_clear()
