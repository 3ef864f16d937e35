"""Small helpers shared by the test modules."""

from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Page

from governance.gate import system_publication
from governance.models import WorkGroup


def add_url(model, parent):
    """The editor's "add page" URL for ``model`` under ``parent``."""
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def thai(text):
    """``text`` (a msgid, or a lazy translation) as a Thai user reads it: the catalogue's msgstr."""
    with translation.override("th"):
        return translation.gettext(text) if isinstance(text, str) else str(text)


def publish_child(parent, page):
    """Add ``page`` under ``parent`` and publish it as test set-up."""
    with system_publication("test set-up"):
        parent.add_child(instance=page)
    return publish_as_setup(page)


def publish_as_setup(page):
    """Publish ``page`` as it is now, as test set-up: a system publication, like the demo's
    content, not the process the governance tests are about."""
    with system_publication("test set-up"):
        page.save_revision().publish()
    return page


def pr_group():
    """The demo's public-relations work group (``author`` is a member, ``head`` its head)."""
    return WorkGroup.objects.get(name="กลุ่มงานประชาสัมพันธ์")


def approve_request(page):
    """Take ``page``'s publication request through every remaining step, each acted on by a demo
    user the step allows (the owner group's head, the CIO, a webmaster), who acknowledge any
    screener warnings; returns the page as it is afterwards. For tests about what a page does
    once live, not about the process itself."""
    approvers = list(
        get_user_model().objects.filter(username__in=["head", "head2", "cio", "webmaster"])
    )
    page = Page.objects.get(pk=page.pk).specific
    while (state := page.current_workflow_state) is not None:
        task_state = state.current_task_state
        task = task_state.task.specific
        user = next(u for u in approvers if task.user_can_access_editor(page, u))
        task.on_action(task_state, user, "approve", acknowledge_warnings=True)
        page = Page.objects.get(pk=page.pk).specific
    return page
