"""Seed 000's monthly report of one agency site, as the admin's download gives it::

python manage.py compliance_report --site SITE --month YYYY-MM --format pdf|xlsx|json -o FILE
"""

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Site

from governance.compliance.exports import write_report
from governance.compliance.report import build, month_of


def find_site(value):
    """A site by id, hostname or name."""
    query = Q(hostname=value) | Q(site_name=value)
    if value.isdigit():
        query |= Q(pk=int(value))
    sites = list(Site.objects.filter(query))
    if len(sites) != 1:
        raise CommandError(
            _("No single site matches %(site)s. Sites: %(sites)s")
            % {
                "site": value,
                "sites": ", ".join(f"{s.pk} {s.hostname}" for s in Site.objects.all()),
            }
        )
    return sites[0]


class Command(BaseCommand):
    help = "Write an agency's monthly report (seed 000's form) as PDF, XLSX or JSON."

    def add_arguments(self, parser):
        parser.add_argument("--site", required=True, help="site id, hostname or name")
        parser.add_argument("--month", required=True, help="YYYY-MM")
        parser.add_argument("--format", choices=("pdf", "xlsx", "json"), default="pdf")
        parser.add_argument("-o", "--output", required=True, help="file to write, - for stdout")

    def handle(self, *args, **options):
        site = find_site(options["site"])
        try:
            month = month_of(options["month"])
        except ValueError as error:
            raise CommandError(_("The month must be YYYY-MM.")) from error
        data = write_report(build(site, month), options["format"])
        if options["output"] == "-":
            self.stdout.buffer.write(data) if hasattr(self.stdout, "buffer") else None
            return
        with open(options["output"], "wb") as out:
            out.write(data)
        self.stdout.write(
            _("Wrote the report of %(site)s for %(month)s to %(file)s")
            % {"site": site.site_name or site.hostname, "month": options["month"],
               "file": options["output"]}
        )  # fmt: skip
