"""The governance audit trail, over HTTP: a request goes through the chain (submitted, sent back
with reasons, resubmitted, approved, published); its page history shows why it was sent back, and
the agency-wide log lists every step, filters by work group, action and date, exports to CSV, and
shows each viewer only what they may see."""

import csv
import datetime
import html
import io

import pytest
from django.utils import timezone, translation
from wagtail.log_actions import registry as log_actions
from wagtail.models import PageLogEntry

from governance import audit
from governance.audit_log_views import GovernanceLogView
from governance.models import WorkGroup

from ..helpers import pr_group, thai
from .test_workflow import act, draft_of, refused, reject, submit

LOG_URL = "/admin/reports/governance-log/"
REASONS = ("ไม่ระบุแหล่งที่มาหรือวันที่ของข้อมูล", "ข้อมูลไม่เป็นปัจจุบัน")
EXPLANATION = "โปรดระบุที่มาของสถิติ"
TITLE = "ข่าวรอเผยแพร่"


@pytest.fixture
def published(login, demo, home):
    """``author``'s news item: submitted, sent back by ``head`` with reasons, resubmitted,
    approved by ``head`` and published by ``webmaster``."""
    group = pr_group()
    page = draft_of(demo["author"], home, group, slug="audited")
    author = login("author")
    submit(author, page, group)
    assert reject(login("head"), page, *REASONS, comment=EXPLANATION).status_code == 302
    submit(author, page, group)
    assert act(login("head"), page, "approve").status_code == 302
    assert act(login("webmaster"), page, "approve").status_code == 302
    return page


def text_of(response):
    assert response.status_code == 200, response.status_code
    return html.unescape(response.content.decode())


def log_rows(client, **params):
    """The CSV export of the agency log: its header row, then one row per entry."""
    response = client.get(LOG_URL, {**params, "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def entries_for(rows, title=TITLE):
    """The rows of the request's page (the page title is the fourth column)."""
    return [row for row in rows if row[3] == title]


def label(action):
    """An action as the log names it to a Thai reader."""
    return thai(log_actions.get_action_label(action))


def other_work_group():
    return WorkGroup.objects.exclude(pk=pr_group().pk).get(heads__username="head2")


def test_the_page_history_shows_why_the_request_was_sent_back(login, published):
    entry = PageLogEntry.objects.get(page=published, action=audit.REJECTION_REASONS)
    with translation.override("th"):
        message, comment = entry.message, entry.comment
    assert all(reason in message for reason in REASONS)
    assert entry.data["task"] in message and entry.user.username == "head"
    assert comment == EXPLANATION

    history = text_of(login("author").get(f"/admin/pages/{published.pk}/history/"))
    assert message in history and EXPLANATION in history


def test_the_agency_log_lists_every_step_of_the_request(login, demo, published):
    page = text_of(login("webmaster").get(LOG_URL))
    assert thai(GovernanceLogView.page_title) in page
    assert TITLE in page and pr_group().name in page
    assert f"{timezone.localdate().year + 543}" in page  # dates in the Buddhist era

    rows = entries_for(log_rows(login("webmaster")))
    steps = {(row[2], row[1]) for row in rows}
    name = {user: demo[user].get_full_name() for user in ("author", "head", "webmaster")}
    assert (label("wagtail.workflow.start"), name["author"]) in steps
    assert (label("wagtail.workflow.reject"), name["head"]) in steps
    assert (label(audit.REJECTION_REASONS), name["head"]) in steps
    assert (label("wagtail.workflow.resume"), name["author"]) in steps
    assert (label("wagtail.workflow.approve"), name["head"]) in steps
    assert (label("wagtail.workflow.approve"), name["webmaster"]) in steps
    assert (label("wagtail.publish"), name["webmaster"]) in steps
    assert {row[4] for row in rows} == {pr_group().name}
    [reasons] = [row for row in rows if row[2] == label(audit.REJECTION_REASONS)]
    assert all(reason in reasons[5] for reason in REASONS) and reasons[6] == EXPLANATION


def test_the_log_filters_by_work_group(login, published):
    client = login("webmaster")
    others = log_rows(client, work_group=other_work_group().pk)[1:]
    assert others, "the other work group's own requests are listed"
    assert not entries_for(others)
    assert {row[4] for row in others} == {other_work_group().name}

    ours = log_rows(client, work_group=pr_group().pk)[1:]
    assert entries_for(ours) and {row[4] for row in ours} == {pr_group().name}

    # The filter panel refreshes the listing from the results URL.
    results = f"{LOG_URL}results/"
    assert TITLE not in text_of(client.get(results, {"work_group": other_work_group().pk}))
    assert TITLE in text_of(client.get(results, {"work_group": pr_group().pk}))


def test_the_log_filters_by_action(login, published):
    rows = log_rows(login("webmaster"), action="wagtail.workflow.reject")[1:]
    assert entries_for(rows)
    assert {row[2] for row in rows} == {label("wagtail.workflow.reject")}


def test_the_log_filters_by_date(login, published):
    client = login("webmaster")
    today = timezone.localdate()
    assert entries_for(log_rows(client, timestamp_from=today.isoformat()))
    tomorrow = today + datetime.timedelta(days=1)
    assert not entries_for(log_rows(client, timestamp_from=tomorrow.isoformat()))
    yesterday = today - datetime.timedelta(days=1)
    assert not entries_for(log_rows(client, timestamp_to=yesterday.isoformat()))


def test_the_csv_export_has_a_header_row_and_the_work_group(login, published):
    header, *rows = log_rows(login("cio"), work_group=pr_group().pk)
    assert header == [thai(heading) for heading in GovernanceLogView.export_headings.values()]
    [publish] = [row for row in entries_for(rows) if row[2] == label("wagtail.publish")]
    assert publish[4] == pr_group().name
    when = datetime.datetime.fromisoformat(publish[0])
    assert when.utcoffset() == datetime.timedelta(hours=7)  # local time, offset stated
    assert abs(timezone.now() - when) < datetime.timedelta(minutes=10)


@pytest.mark.parametrize("username", ["head", "webmaster", "cio", "admin", "siteadmin"])
def test_heads_of_the_group_and_agency_wide_roles_see_the_request(
    login, site_admin, published, username
):
    assert TITLE in text_of(login(username).get(LOG_URL))
    assert LOG_URL in text_of(login(username).get("/admin/"))  # under Reports in the menu


def test_the_head_of_another_group_sees_only_their_own_groups(login, published):
    client = login("head2")
    assert TITLE not in text_of(client.get(LOG_URL))
    rows = log_rows(client)[1:]
    assert rows and {row[4] for row in rows} == {other_work_group().name}
    assert not entries_for(log_rows(client, work_group=pr_group().pk))


def test_requesters_may_not_open_the_log(login, published):
    client = login("author")
    assert refused(client.get(LOG_URL))
    assert refused(client.get(LOG_URL, {"export": "csv"}))
    assert LOG_URL not in text_of(client.get("/admin/"))
