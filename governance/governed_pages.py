"""The governed page models and their pages, found without naming a concrete page type
(``governance`` never imports ``content_types``)."""

from django.apps import apps

from .governed import GovernedMixin


def governed_models():
    """The models that keep ``owner_work_group`` in their own table (each concrete page type)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, GovernedMixin)
        and model._meta.get_field("owner_work_group").model is model
    ]


def governed_page_ids(**filters):
    """The ids of governed pages matching ``filters``: one query per governed model."""
    ids = set()
    for model in governed_models():
        ids.update(model.objects.filter(**filters).values_list("pk", flat=True))
    return ids
