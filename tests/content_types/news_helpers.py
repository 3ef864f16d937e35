"""Helpers shared by the news and procurement tests."""

from django.utils import translation

from governance.models import WorkGroup


def thai(text):
    """``text`` as a visitor of the Thai site reads it (the msgstr once the catalogue has it)."""
    with translation.override("th"):
        return str(text)


def pr_group():
    return WorkGroup.objects.get(name="กลุ่มงานประชาสัมพันธ์")


def add_url(model, parent):
    """The editor's "add page" URL for ``model`` under ``parent``."""
    return f"/admin/pages/add/content_types/{model._meta.model_name}/{parent.pk}/"
