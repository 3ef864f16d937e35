"""The compliance checker and the monthly report over one site with 10,000 pages, and over 32
sites: wall time and number of queries of each, printed.

The demo's agency gets ``--pages`` more live items of several page types (news, knowledge, laws,
general pages; half published this month, so they are the report's activities); then ``--sites``
agency sites in all (the demo's four and more, each with a home page, a contact page and a few
news items). Queries should not grow with pages or sites: one per page type and relation the
standards read, plus the records.

    .venv/bin/python benchmarks/compliance.py [--pages 10000] [--sites 32]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
        .venv/bin/python benchmarks/compliance.py
"""

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from benchmarks.measure import demo_database, timed  # noqa: E402


def make_pages(count):
    """``count`` live items under the demo agency's home, news, knowledge and laws."""
    from django.db import transaction
    from wagtail.models import Site

    from content_types.models import GeneralPage, KnowledgePage, LawPage, NewsPage
    from governance.gate import system_publication

    home = Site.objects.get(is_default_site=True).root_page.specific
    parents = {slug: home.get_children().get(slug=slug) for slug in ("news", "knowledge", "laws")}
    kinds = [
        (GeneralPage, home, {}),
        (NewsPage, parents["news"], {"kind": "pr", "information_date": date(2026, 5, 1)}),
        (
            KnowledgePage,
            parents["knowledge"],
            {"kind": "article", "source_name": "สำนักงาน", "information_date": date(2026, 5, 1)},
        ),
        (
            LawPage,
            parents["laws"],
            {
                "kind": "announcement",
                "source_name": "ราชกิจจานุเบกษา",
                "source_reference": "เล่ม 1",
                "information_date": date(2026, 5, 1),
            },
        ),  # fmt: skip
    ]
    with system_publication("benchmark pages"), transaction.atomic():
        for number in range(count):
            model, parent, fields = kinds[number % len(kinds)]
            page = model(title=f"รายการทดสอบ {number}", slug=f"bench-{number}", **fields)
            parent.add_child(instance=page)
            if number % 2 == 0:  # half published through Wagtail, so the audit log has them
                page.save_revision().publish()


def make_sites(total):
    """Agency sites up to ``total``, each with a home page, a contact page and three news."""
    from django.db import transaction
    from wagtail.models import Page, Site

    from content_types.models import ContactPage, ContactPhone, HomePage, NewsPage
    from governance.gate import system_publication

    root = Page.get_first_root_node()
    with system_publication("benchmark sites"), transaction.atomic():
        for number in range(Site.objects.count(), total):
            home = HomePage(title=f"อบต.ทดสอบ {number}", slug=f"bench-site-{number}", live=True)
            root.add_child(instance=home)
            Site.objects.create(
                hostname=f"bench{number}.localhost", port=80, root_page=home,
                site_name=home.title,
            )  # fmt: skip
            home.add_child(
                instance=ContactPage(
                    title="ติดต่อ",
                    slug="contact",
                    agency_name=home.title,
                    address="ที่ทำการ",
                    email="contact@example.com",
                    live=True,
                    phones=[ContactPhone(phone="0 3400 1000")],
                )  # fmt: skip
            )
            for item in range(3):
                home.add_child(
                    instance=NewsPage(
                        title=f"ข่าว {item}",
                        slug=f"news-{item}",
                        kind="pr",
                        live=True,
                        information_date=date(2026, 5, 1),
                    )  # fmt: skip
                )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--sites", type=int, default=32)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.utils import timezone
    from wagtail.models import Page, Site

    from governance.compliance import registry
    from governance.compliance.checker import check_site, check_sites
    from governance.compliance.models import month_start
    from governance.compliance.report import build
    from governance.compliance.report_pdf import render_report_pdf

    with demo_database():
        start = time.perf_counter()
        make_pages(args.pages)
        made = time.perf_counter() - start
        site = Site.objects.get(is_default_site=True)
        under = Page.objects.filter(path__startswith=site.root_page.path, live=True).count()
        print(f"database: {connection.vendor}; one site with {under} live pages "
              f"(made in {made:.0f} s)")  # fmt: skip
        every = list(registry.standards().values())
        month = month_start(timezone.localdate())
        rows = []
        seconds, queries, results = timed(lambda: check_site(site, every))
        requirements = sum(len(r.results) for r in results)
        rows.append((f"checker, 1 site, {len(every)} standards", requirements, seconds, queries))
        seconds, queries, report = timed(lambda: build(site, month))
        lines = sum(len(s["lines"]) for s in report["sections"])
        rows.append(("monthly report (data), 1 site", lines, seconds, queries))
        seconds, queries, _pdf = timed(lambda: render_report_pdf(report))
        rows.append(("monthly report PDF, 1 site", lines, seconds, queries))

        make_sites(args.sites)
        sites = list(Site.objects.all())
        seconds, queries, results = timed(lambda: check_sites(sites))
        requirements = sum(len(r.results) for each in results.values() for r in each)
        rows.append((f"checker, {len(sites)} sites", requirements, seconds, queries))
        seconds, queries, _reports = timed(lambda: [build(s, month) for s in sites])
        rows.append((f"monthly reports (data), {len(sites)} sites", len(sites), seconds, queries))

        print(f"{'run':<40}{'items':>8}{'seconds':>10}{'queries':>10}")
        for name, items, seconds, queries in rows:
            print(f"{name:<40}{items:>8}{seconds:>10.2f}{queries:>10}")


if __name__ == "__main__":
    main()
