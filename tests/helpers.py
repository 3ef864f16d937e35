"""Small helpers shared by the test modules."""

from django.utils import translation

from governance.models import WorkGroup


def add_url(model, parent):
    """The editor's "add page" URL for ``model`` under ``parent``."""
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def thai(text):
    """``text`` as a visitor of the Thai site reads it (the msgstr once the catalogue has it)."""
    with translation.override("th"):
        return str(text)


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def pr_group():
    """The demo's public-relations work group (``author`` is a member, ``head`` its head)."""
    return WorkGroup.objects.get(name="กลุ่มงานประชาสัมพันธ์")
