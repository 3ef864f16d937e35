"""``python manage.py seed_demo``: build the demo agency site and its users (demo settings only)."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from content_types.demo import DEMO_USERS, seed_demo

DEFAULT_DEMO_PASSWORD = "khaosan-demo"  # noqa: S105 - a documented demo password, never production


class Command(BaseCommand):
    help = "Build the demo agency site with one user per role (safe to run again)."

    def handle(self, *args, **options):
        if not settings.KHAOSAN_DEMO_ALLOWED:
            raise CommandError(
                _("Demo data may not be created with these settings (KHAOSAN_DEMO_ALLOWED is off).")
            )
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        seed_demo(password)
        self.stdout.write(self.style.SUCCESS(_("The demo agency site is ready.")))
        self.stdout.write(_("Demo users (password: %(password)s):") % {"password": password})
        for spec in DEMO_USERS:
            self.stdout.write(f"  {spec.username:<10} {spec.role.group_name}")
