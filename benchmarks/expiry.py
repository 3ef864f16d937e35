"""One ``governance_tick`` run over 10,000 published pages of which 2,000 are due to expire.

Prints its wall time and number of queries, against Wagtail's own ``publish_scheduled`` taking
down the same 2,000 pages in the same process and database (Wagtail unpublishes page by page);
then the tick's query count for 500, 1,000 and 2,000 due pages, which grows with batches
(``KHAOSAN_TICK_BATCH_SIZE``), not with pages.

    .venv/bin/python benchmarks/expiry.py [--pages 10000] [--due 2000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python benchmarks/expiry.py
"""

import argparse
import io
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from benchmarks.measure import demo_database, timed  # noqa: E402


def make_pages(count):
    """``count`` live news-like items owned by the demo author, none due yet."""
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Site

    from content_types.models import GeneralPage
    from governance.gate import system_publication
    from governance.models import WorkGroup

    home = Site.objects.get(is_default_site=True).root_page.specific
    author = get_user_model().objects.get(username="author")
    group = WorkGroup.objects.get(name="กลุ่มงานประชาสัมพันธ์")
    later = timezone.now() + timedelta(days=300)
    with system_publication("benchmark pages"), transaction.atomic():
        for number in range(count):
            home.add_child(
                instance=GeneralPage(
                    title=f"ประกาศ {number}",
                    slug=f"bench-{number}",
                    owner=author,
                    owner_work_group=group,
                    live=True,
                    expire_at=later,
                )  # fmt: skip
            )


def make_due(count):
    """Make the first ``count`` benchmark pages live again and due an hour ago; clear what an
    earlier run logged and queued, so each run does the same work."""
    from django.utils import timezone
    from wagtail.models import Page, PageLogEntry

    from governance.currency.notices import Notice

    pages = Page.objects.filter(slug__startswith="bench-")
    Page.objects.filter(pk__in=pages.values("pk")).update(
        live=True, expired=False, expire_at=timezone.now() + timedelta(days=300)
    )
    due = list(pages.order_by("pk").values_list("pk", flat=True)[:count])
    Page.objects.filter(pk__in=due).update(expire_at=timezone.now() - timedelta(hours=1))
    PageLogEntry.objects.filter(page__in=pages).delete()
    Notice.objects.all().delete()
    return len(due)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--due", type=int, default=2_000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from governance.currency import tick

    with demo_database():
        start = time.perf_counter()
        make_pages(args.pages)
        print(f"database: {connection.vendor}; {args.pages} published pages "
              f"(made in {time.perf_counter() - start:.0f} s)")  # fmt: skip

        make_due(args.due)
        wagtail = timed(lambda: call_command("publish_scheduled", stdout=io.StringIO()))[:2]
        make_due(args.due)
        ours = timed(tick.run)[:2]  # the first run also starts the review clock of every page
        print(f"{'run':<34}{'due':>6}{'seconds':>10}{'queries':>10}")
        print(f"{'Wagtail publish_scheduled':<34}{args.due:>6}{wagtail[0]:>10.2f}{wagtail[1]:>10}")
        print(f"{'governance_tick':<34}{args.due:>6}{ours[0]:>10.2f}{ours[1]:>10}")
        print(f"ratio tick/Wagtail wall time: {ours[0] / wagtail[0]:.2f}")
        for due in (args.due // 4, args.due // 2, args.due):
            make_due(due)
            seconds, queries, _report = timed(tick.run)
            print(f"{'governance_tick':<34}{due:>6}{seconds:>10.2f}{queries:>10}")


if __name__ == "__main__":
    main()
