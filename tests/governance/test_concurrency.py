"""Two webmasters press "approve" on the same request at the same moment (PostgreSQL).

Row locks only show between connections holding committed data, so everything here runs in
threads of its own, each with its own connection and autocommit; the set-up is deleted
afterwards. (A transactional test would flush the demo every other test relies on.)
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from content_types.models import GeneralPage, HomePage
from governance import roles
from governance.gate import GovernanceRefusal
from tests.helpers import pr_group


def on_own_connection(fn, *args):
    """Run ``fn`` in a thread with its own database connection, committing as it goes."""

    def run():
        try:
            return fn(*args)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result(timeout=60)


def create_request():
    """``author``'s request, approved by ``head``, now waiting for a webmaster; and a second
    webmaster."""
    User = get_user_model()
    author, head = User.objects.get(username="author"), User.objects.get(username="head")
    second = User.objects.create_user("webmaster-race")
    second.groups.add(roles.role_group(roles.WEBMASTER))
    page = GeneralPage(
        title="ข่าวแข่งกันอนุมัติ", slug="race", live=False, owner=author,
        owner_work_group=pr_group(), information_owner_name="นางสาวสมใจ ตัวอย่าง",
        information_owner_position="นักประชาสัมพันธ์ปฏิบัติการ",
    )  # fmt: skip
    HomePage.objects.order_by("pk").first().add_child(instance=page)  # the demo agency
    try:
        page.save_revision(user=author)
        page.get_workflow().start(page, author)
        task_state = page.current_workflow_state.current_task_state
        # the owner's name is a screener warning: the head acknowledges it
        task_state.task.specific.on_action(task_state, head, "approve", acknowledge_warnings=True)
    except Exception:
        delete_request(page, second)  # committed: leave nothing behind for the other tests
        raise
    return page, second


def delete_request(page, second):
    WorkflowState.objects.filter(object_id=str(page.pk)).delete()
    PageLogEntry.objects.filter(page_id=page.pk).delete()
    GeneralPage.objects.get(pk=page.pk).delete()
    second.delete()


@pytest.fixture
def committed_request(db):
    if connection.vendor != "postgresql":
        pytest.skip("row locks between connections are what this tests: PostgreSQL only")
    page, second = on_own_connection(create_request)
    yield page, second
    on_own_connection(delete_request, page, second)


def test_one_approval_wins_and_the_other_is_told_it_was_decided(committed_request):
    page, second = committed_request
    webmasters = [get_user_model().objects.get(username="webmaster"), second]
    barrier = threading.Barrier(len(webmasters))

    def approve(user):
        task_state = WorkflowState.objects.get(
            object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
        ).current_task_state
        barrier.wait(timeout=10)
        try:
            task_state.task.specific.on_action(task_state, user, "approve")
            return "approved"
        except GovernanceRefusal:
            return "refused"
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=len(webmasters)) as pool:
        outcomes = sorted(pool.map(approve, webmasters, timeout=60))

    def outcome():
        state = WorkflowState.objects.get(object_id=str(page.pk))
        approvals = TaskState.objects.filter(workflow_state=state, status="approved")
        return (
            state.status,
            approvals.exclude(finished_by__username="head").count(),
            GeneralPage.objects.get(pk=page.pk).live,
            PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish").count(),
        )

    assert outcomes == ["approved", "refused"]
    assert on_own_connection(outcome) == (WorkflowState.STATUS_APPROVED, 1, True, 1)
