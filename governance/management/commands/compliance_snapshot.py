"""``python manage.py compliance_snapshot``: record this month's completeness of every site (the
dashboard's chart over time); run it from cron, daily or at least monthly."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from wagtail.models import Site

from governance.compliance.checker import check_sites
from governance.compliance.snapshots import record


class Command(BaseCommand):
    help = "Record this month's compliance snapshot of every site."

    def handle(self, *args, **options):
        sites = list(Site.objects.all())
        results = check_sites(sites)
        for site in sites:
            record(site, results[site.pk])
        self.stdout.write(_("Recorded the compliance of %(count)s sites.") % {"count": len(sites)})
