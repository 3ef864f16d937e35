"""Drives ``governance_tick`` in a process of its own, for test_tick_processes.py.

``python -m tests.currency.tick_driver setup N`` adds N live items already past their expiry;
``tick [--slow]`` runs the job (``--slow`` pauses after each batch of 10, so a test can kill it
mid-way or start a second copy beside it; emails go to files in $TICK_MAIL_DIR); ``status``
prints what the database holds as JSON; ``cleanup`` removes the items.
"""

import json
import os
import sys
import time
from datetime import timedelta

import django

PREFIX = "tick-item-"


def setup(count):
    from django.contrib.auth import get_user_model
    from django.utils import timezone
    from wagtail.models import Site

    from content_types.models import GeneralPage
    from governance.gate import system_publication
    from governance.models import WorkGroup

    home = Site.objects.get(is_default_site=True).root_page.specific
    author = get_user_model().objects.get(username="author")
    group = WorkGroup.objects.get(name="กลุ่มงานประชาสัมพันธ์")
    with system_publication("test set-up"):
        for number in range(count):
            page = GeneralPage(
                title=f"ประกาศหมดอายุ {number}", slug=f"{PREFIX}{number}", owner=author,
                owner_work_group=group, live=True,
                expire_at=timezone.now() - timedelta(minutes=count - number),
            )  # fmt: skip
            home.add_child(instance=page)
            page.save_revision().publish()


def tick(slow):
    from django.conf import settings
    from django.core.management import call_command

    from governance.currency import tick as job

    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = os.environ["TICK_MAIL_DIR"]
    if slow:
        settings.KHAOSAN_TICK_BATCH_SIZE = 10
        expire_batch = job.expire_batch

        def paused(*args):
            done = expire_batch(*args)
            time.sleep(0.3)  # a slow database, so the test can act between batches
            return done

        job.expire_batch = paused
    call_command("governance_tick")


def status():
    from django.db.models import Count
    from wagtail.models import Page, PageLogEntry

    from governance import audit
    from governance.currency.notices import Notice

    pages = Page.objects.filter(slug__startswith=PREFIX)
    logs = (
        PageLogEntry.objects.filter(page__in=pages, action=audit.EXPIRED)
        .values("page")
        .annotate(n=Count("pk"))
    )
    print(
        json.dumps(
            {
                "live": pages.filter(live=True).count(),
                "expired": pages.filter(expired=True, live=False).count(),
                "log_entries": {str(row["page"]): row["n"] for row in logs},
                "notices": Notice.objects.filter(page__in=pages).count(),
                "unsent": Notice.objects.filter(page__in=pages, sent_at__isnull=True).count(),
            }
        )
    )


def cleanup():
    from wagtail.models import Page, PageLogEntry

    pages = Page.objects.filter(slug__startswith=PREFIX)
    PageLogEntry.objects.filter(page__in=pages).delete()
    for page in pages:
        page.delete()


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    django.setup()
    command, *args = sys.argv[1:]
    if command == "setup":
        setup(int(args[0]))
    elif command == "tick":
        tick(slow="--slow" in args)
    elif command == "status":
        status()
    elif command == "cleanup":
        cleanup()
