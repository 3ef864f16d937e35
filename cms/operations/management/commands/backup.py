"""``manage.py backup [--output DIR]``: the database and every media file (see backup.py)."""

from datetime import UTC, datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.operations import backup


class Command(BaseCommand):
    help = "Back up the PostgreSQL database (pg_dump) and every media file into a new folder."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="the new folder to write (default: KHAOSAN_BACKUP_ROOT/<UTC date and time>)",
        )

    def handle(self, output=None, **options):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        output = output or settings.KHAOSAN_BACKUP_ROOT / stamp
        try:
            manifest = backup.backup(output)
        except (backup.BackupError, FileExistsError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backed up database {manifest['database']} and {manifest['media_files']} media "
            f"files into {output}"
        )
