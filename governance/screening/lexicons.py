"""The lexicons in use: the shipped defaults (data/lexicons.json), plus the terms site
administrators added, minus the ones they switched off. Built once per process and rebuilt after
an administrator changed a term (see managed)."""

import json
import re
from functools import cache
from pathlib import Path

from .managed import Managed
from .models import LexiconTerm

DEFAULTS_FILE = Path(__file__).parent / "data" / "lexicons.json"


class Lexicon:
    """Terms by kind and category, with one compiled pattern per kind."""

    def __init__(self, terms):
        #: kind -> category -> frozenset of terms (normalized like the text they are matched in)
        self.terms = terms
        self._categories = {
            kind: {
                term.casefold(): category
                for category, values in by_category.items()
                for term in values
            }
            for kind, by_category in terms.items()
        }
        self._patterns = {kind: _pattern(index) for kind, index in self._categories.items()}

    def pattern(self, kind):
        """One regex for every term of ``kind``, longest first, ignoring case."""
        return self._patterns.get(kind, _NOTHING)

    def category_of(self, kind, term):
        return self._categories.get(kind, {}).get(term.casefold())


_NOTHING = re.compile(r"(?!)")


def _pattern(terms):
    return re.compile(alternation(terms), re.IGNORECASE) if terms else _NOTHING


def alternation(terms):
    """A regex matching any of ``terms``, the longest where several start at one place.

    Built as a trie (ผู้ป่วย|ผู้พิการ -> ผู้(?:ป่วย|พิการ)): a flat alternation of thousands
    of terms is tried term by term at every position of the text, which made the screener
    several times slower than tokenizing."""
    trie = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node):
    branches = [re.escape(char) + _branches(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy: a longer term is tried before the shorter one that ends here.
    return f"(?:{body})?" if "" in node else body


def _normal(term):
    from .normalize import normalize

    return normalize(term.strip()).text


def _build(rows):
    data = json.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))
    terms = {
        kind: {category: {_normal(t) for t in values} for category, values in categories.items()}
        for kind, categories in data.items()
        if not kind.startswith("_")
    }
    for kind, category, term, active in rows:
        bucket = terms.setdefault(kind, {}).setdefault(category, set())
        (bucket.add if active else bucket.discard)(_normal(term))
    return Lexicon(
        {
            kind: {category: frozenset(values) for category, values in categories.items()}
            for kind, categories in terms.items()
        }
    )


@cache
def default():
    """The shipped lexicons alone."""
    return _build([])


def _with_administrators_changes(terms):
    return _build(terms.values_list("kind", "category", "term", "active"))


_current = Managed(LexiconTerm, _with_administrators_changes)


def current():
    """The lexicons in use: defaults with the administrators' changes."""
    return _current.get()
