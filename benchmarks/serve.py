"""Serving speed of a governed demo page against a stock Wagtail page of similar size.

Both are served in the same process, from the same throwaway database, through Django's full
request path (middleware, Wagtail's page serving, templates), interleaved round by round so that
machine noise hits both alike. Prints median and p95 latency, requests/s and the ratio
governed / stock (target: at least 0.9).

    .venv/bin/python benchmarks/serve.py [--requests 200] [--rounds 5]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python benchmarks/serve.py
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from benchmarks.measure import demo_database  # noqa: E402


def governed_page():
    """The demo page to measure: a news item when the demo has one, else any governed page."""
    from wagtail.models import Page

    from content_types.models.governed import GovernedPage

    candidates = [p for p in Page.objects.live().specific() if isinstance(p, GovernedPage)]
    news = [p for p in candidates if type(p).__name__ == "NewsPage"]
    return (news or candidates)[0]


def stock_twin(page, html):
    """A StockPage with the same title and as much body text as ``page`` renders."""
    from benchmarks.stock.models import StockPage
    from governance.gate import system_publication

    home = page.get_parent()
    stock = StockPage(title=page.title, slug="stock-baseline", body=html)
    with system_publication("benchmark baseline page"):
        home.add_child(instance=stock)
        stock.save_revision().publish()
    return stock


def measure(client, url, count):
    timings = []
    for _ in range(count):
        start = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return timings


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="requests per page per round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    with demo_database():
        governed = governed_page()
        client = Client()
        governed_html = client.get(governed.url).content.decode()
        main_text = governed_html.split("<main", 1)[1].split("</main>", 1)[0]
        stock = stock_twin(governed, main_text.split(">", 1)[1])

        pages = {"governed": governed.url, "stock": stock.url}
        timings = {name: [] for name in pages}
        for url in pages.values():  # warm up templates and caches
            measure(client, url, 20)
        for _ in range(args.rounds):
            for name, url in pages.items():
                timings[name] += measure(client, url, args.requests)

        sizes = {name: len(client.get(url).content) for name, url in pages.items()}
        print(f"database: {connection.vendor}; {args.rounds} rounds x {args.requests} requests")
        print(f"governed page: {type(governed).__name__} {governed.url!r}")
        print(f"{'page':<10}{'bytes':>8}{'median ms':>12}{'p95 ms':>10}{'req/s':>10}")
        rates = {}
        for name, values in timings.items():
            median = statistics.median(values)
            p95 = statistics.quantiles(values, n=20)[-1]
            rates[name] = 1 / median
            print(
                f"{name:<10}{sizes[name]:>8}{median * 1000:>12.2f}{p95 * 1000:>10.2f}"
                f"{rates[name]:>10.1f}"
            )
        ratio = rates["governed"] / rates["stock"]
        print(f"ratio governed/stock requests/s: {ratio:.2f} (target >= 0.90)")


if __name__ == "__main__":
    main()
