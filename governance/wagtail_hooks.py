"""Wagtail hooks: where the governance app plugs into the admin."""

from wagtail import hooks

from .viewsets import WorkGroupViewSet


@hooks.register("register_admin_viewset")
def register_work_group_viewset():
    return WorkGroupViewSet("work_groups")
