"""Requests in progress, so the demo shows the publication process from the first login:
``author``'s news item awaits ``head``; ``author2``'s important alert has passed ``head2`` and
awaits the CIO."""

from datetime import date

from governance.staff import position_of

from ..models import NewsIndexPage, NewsPage
from ..models.news import NewsKind
from .news import AGENCY_SOURCE, paragraphs


def build(ctx):
    news_index = NewsIndexPage.objects.descendant_of(ctx.home).first()
    if news_index is None:
        return
    _requested(
        ctx, news_index, "draft-vaccination-week", "author", ctx.pr_group,
        title="ขอเชิญชวนประชาชนรับวัคซีนในสัปดาห์รณรงค์สร้างเสริมภูมิคุ้มกันโรค",
        kind=NewsKind.PR,
        text="สำนักงานสาธารณสุขจังหวัดตัวอย่างขอเชิญชวนผู้ปกครองพาบุตรหลานรับวัคซีนตามนัด",
    )  # fmt: skip
    alert = _requested(
        ctx, news_index, "draft-flood-alert", "author2", ctx.digital_group,
        title="แจ้งเตือนการเฝ้าระวังโรคที่มากับน้ำท่วม",
        kind=NewsKind.ALERT,
        text="ขอให้ประชาชนในพื้นที่น้ำท่วมระวังโรคฉี่หนู โรคน้ำกัดเท้า และโรคอุจจาระร่วง",
        is_important=True,
    )  # fmt: skip
    state = alert.current_workflow_state
    if (
        state
        and state.current_task_state.task.specific.__class__.__name__ == "GroupHeadApprovalTask"
    ):
        state.current_task_state.approve(user=ctx.users["head2"], comment="เห็นชอบ เสนอ CIO")


def _requested(ctx, parent, slug, username, work_group, title, kind, text, is_important=False):
    """A draft submitted for publication by ``username``, created once."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    author = ctx.users[username]
    page = NewsPage(
        slug=slug, title=title, kind=kind, live=False, owner=author, owner_work_group=work_group,
        information_date=date(2026, 11, 20), source_name=AGENCY_SOURCE, body=paragraphs(text),
        is_important=is_important, information_owner_name=author.get_full_name(),
        information_owner_position=position_of(author),
    )  # fmt: skip
    parent.add_child(instance=page)
    page.save_revision(user=author)
    page.get_workflow().start(page, user=author)
    return page
