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


def answerable_pages(user):
    """A filter on ``Page`` for the pages ``user`` answers for, or ``None`` for every page:
    webmasters and site administrators answer for all; a group head for the pages of the work
    groups they head; everyone for the pages they own."""
    from django.db.models import Q

    from . import roles
    from .models import WorkGroup

    if user.is_superuser or roles.has_role(user, roles.WEBMASTER, roles.SITE_ADMIN):
        return None
    headed = WorkGroup.objects.headed_by(user).values("pk")
    return Q(owner=user) | Q(pk__in=governed_page_ids(owner_work_group__in=headed))
