"""Thai-aware full-text search on SQLite and PostgreSQL.

Neither database splits Thai words (Thai is written without spaces), so a page is indexed by a
text of pythainlp tokens separated by spaces, and a query is tokenized the same way. A compound
token is also indexed by its parts ("อัตราภาษี" as "อัตรา" and "ภาษี"), so a search for a word
inside a compound finds it.
"""

import re
from functools import lru_cache

from pythainlp.tokenize import word_dict_trie, word_tokenize

THAI = re.compile(r"[\u0E00-\u0E7F]")
# Shorter tokens are single words already; splitting them only finds noise.
MIN_COMPOUND_LENGTH = 5


@lru_cache(maxsize=1)
def _dictionary():
    return word_dict_trie()


@lru_cache(maxsize=50_000)
def compound_parts(token):
    """The fewest dictionary words (two or more) that make up ``token``, or () if none do."""
    if len(token) < MIN_COMPOUND_LENGTH or not THAI.search(token):
        return ()
    trie = _dictionary()
    # best[i]: the shortest split of token[i:], as a tuple of words, or None
    best = [None] * len(token) + [()]
    for start in range(len(token) - 1, -1, -1):
        for word in trie.prefixes(token[start:]):
            rest = best[start + len(word)]
            if word == token or rest is None:
                continue
            candidate = (word, *rest)
            if best[start] is None or len(candidate) < len(best[start]):
                best[start] = candidate
    return best[0] or ()


def tokens(text):
    """Words of ``text`` (Thai split by pythainlp's newmm engine), without whitespace."""
    return [
        t for t in word_tokenize(text or "", engine="newmm", keep_whitespace=False) if t.strip()
    ]


def index_text(text):
    """The text a search index stores for ``text``: each word, then each compound's parts."""
    words = []
    for token in tokens(text):
        words.append(token)
        words.extend(compound_parts(token))
    return " ".join(words)


def query_text(query):
    """A user's query, tokenized like the index so that its words can be matched."""
    return " ".join(tokens(query))
