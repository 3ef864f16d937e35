"""Helpers shared by the tests of laws, knowledge and manuals: the editor's URLs, a published
child page, a demo document made from bytes."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model


def add_url(model, parent):
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def document(title, filename, content):
    doc = get_document_model()(title=title)
    doc.file.save(filename, ContentFile(content), save=False)
    doc.save()
    return doc
