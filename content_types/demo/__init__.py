"""The demo agency (``seed_demo``): users, work groups, and realistic content in every category.

Each category family has a module here with ``build(ctx)``; ``FAMILIES`` runs them in order.
Every object is found by a natural key (username, work-group name, parent + slug) and updated in
place, so running ``seed_demo`` again never duplicates anything. No real person's data: names are
invented and contact details use example domains and unassigned numbers.
"""

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Site

from governance import roles
from governance.gate import system_publication
from governance.publication_workflow import ensure_publication_workflow

from . import agency, eservice, feedback, laws, news, oia, pending_requests, province
from .core import DEMO_USERS, DemoContext, ensure_home_page, ensure_users, ensure_work_groups

# e-Service links to the feedback form, so the form comes first.
# ``province`` gives the demo agency its compliance settings; the province's other agencies
# (sites of their own) are built after all of these.
FAMILIES = [agency, laws, news, oia, feedback, eservice, pending_requests, province]

__all__ = ["DEMO_USERS", "seed_demo"]


@transaction.atomic
def seed_demo(password, province_agencies=True):
    """Build (or bring up to date) the demo agency; returns the demo users by username.

    The demo's content is published as a system publication: it has no requests behind it, and
    the audit log says so. Its pending requests go through the real workflow.
    ``province_agencies``: also the three other agencies of its province, as sites of their own
    (the test suite builds them only where a test asks for them, ``seed_demo_province``)."""
    with system_publication(_("Demo agency content (seed_demo)")):
        users = _seed_demo(password)
        if province_agencies:
            _seed_province(users)
        return users


@transaction.atomic
def seed_demo_province():
    """The province's other agencies, next to a demo agency that is already built."""
    from django.contrib.auth import get_user_model

    users = {user.username: user for user in get_user_model().objects.filter(
        username__in=[spec.username for spec in DEMO_USERS])}  # fmt: skip
    with system_publication(_("Demo agency content (seed_demo)")):
        _seed_province(users)


def _seed_province(users):
    site = Site.objects.get(is_default_site=True)
    ctx = DemoContext(site=site, home=site.root_page.specific, users=users)
    province.build_agencies(ctx)


def _seed_demo(password):
    roles.sync_roles()
    ensure_publication_workflow()
    site = ensure_home_page()
    users = ensure_users(password)
    work_groups = ensure_work_groups(site, users)
    ctx = DemoContext(site=site, home=site.root_page.specific, users=users, work_groups=work_groups)
    for family in FAMILIES:
        family.build(ctx)
    return users
