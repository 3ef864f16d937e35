"""Fixtures for the currency tests: live items owned by ``author`` and the job run at a time."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from content_types.models import GeneralPage
from governance.currency import tick

from ..helpers import pr_group, publish_child


@pytest.fixture
def live_item(demo, home):
    """``make("slug", expires_in=timedelta(...))``: a live item of ``author``'s work group."""

    def make(slug, expires_in=None, owner="author", title=None):
        page = GeneralPage(
            title=title or f"ประกาศ {slug}", slug=slug, owner=demo[owner],
            owner_work_group=pr_group(), information_owner_name="นางสาวสมใจ ตัวอย่าง",
            information_owner_position="นักประชาสัมพันธ์ปฏิบัติการ",
        )  # fmt: skip
        publish_child(home, page)
        if expires_in is not None:
            GeneralPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() + expires_in)
            page.refresh_from_db()
        return page

    return make


@pytest.fixture
def run_tick():
    """``run_tick(after=timedelta(days=3))``: the job as it runs that long from now."""

    def run(after=timedelta(0)):
        with time_machine.travel(timezone.now() + after, tick=False):
            return tick.run()

    return run
