"""Screening speed against pythainlp newmm tokenization of the same Thai text (issue #5).

Texts of 10 KB, 100 KB and 1 MB are built from the labelled corpus (lists with IDs and
addresses, news, procurement, hidden spam), screened with ``screen_text`` and tokenized with
``word_tokenize(engine="newmm")`` in the same process, interleaved round by round. Prints
characters/second for each and the ratio screener time / tokenizer time (target: at most 3).

The tokenizer baseline is measured two ways: on the whole text at once, and paragraph by
paragraph as the screener itself tokenizes (newmm slows down on long texts, so the second is
the fair one to hold the screener to).

    .venv/bin/python benchmarks/screen.py [--rounds 3] [--sizes 10000,100000,1000000]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


def thai_text(size):
    """``size`` characters of corpus text (marks stripped), repeated as needed."""
    from tests.screening.corpus import documents

    corpus = "\n".join(document.text for document in documents())
    return (corpus * (size // len(corpus) + 1))[:size]


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from pythainlp.tokenize import word_tokenize

    from governance.screening.engine import screen_text
    from governance.screening.tokens import Tokens

    def whole(text):
        return word_tokenize(text, engine="newmm")

    def by_paragraph(text):
        return Tokens(text).spans

    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        screen_text(thai_text(2000))  # warm up: dictionaries, name lists, lexicons
        whole(thai_text(2000))
        print(f"{args.rounds} rounds; median seconds; chars/s")
        header = f"{'size':>9} {'screen c/s':>11} {'newmm c/s':>10} {'by-para c/s':>12}"
        print(f"{header} {'ratio':>6} {'ratio by-para':>14}")
        for size in (int(s) for s in args.sizes.split(",")):
            text = thai_text(size)
            times = {"screen": [], "whole": [], "paragraphs": []}
            for _ in range(args.rounds):
                times["screen"].append(timed(screen_text, text))
                times["whole"].append(timed(whole, text))
                times["paragraphs"].append(timed(by_paragraph, text))
            median = {name: statistics.median(values) for name, values in times.items()}
            print(
                f"{size:>9} {size / median['screen']:>11.0f} {size / median['whole']:>10.0f} "
                f"{size / median['paragraphs']:>12.0f} "
                f"{median['screen'] / median['whole']:>6.2f} "
                f"{median['screen'] / median['paragraphs']:>14.2f}"
            )
        print("ratio = screen_text time / newmm time on the same text (target <= 3)")
    finally:
        connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)


if __name__ == "__main__":
    main()
