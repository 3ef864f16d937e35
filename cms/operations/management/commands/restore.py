"""``manage.py restore DIR``: put a backup back (cms.operations.backup). Replaces current data."""

from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError

from cms.operations import backup


class Command(BaseCommand):
    help = "Replace the database and media files with those of a backup folder."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="a folder written by `manage.py backup`")
        parser.add_argument(
            "--no-input",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, folder, interactive=True, **options):
        try:
            manifest = backup.verify(folder)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        if interactive:
            answer = input(
                f"This replaces the current database and media files with the backup of "
                f"{manifest['created']}. Type 'yes' to continue: "
            )
            if answer.strip() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            result = backup.restore(folder)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        for alias in caches:  # pages and counts from before the restore must not be served
            caches[alias].clear()
        self.stdout.write(
            f"Restored database from {folder} and {result['media_restored']} media files."
        )
