"""Remove a user's two-factor devices (a lost phone): they set up a new one at their next login."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Remove the two-factor (TOTP) devices of one user, e.g. after a lost phone."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist as error:
            raise CommandError(f"No user {username!r}.") from error
        count, _ = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(f"Removed {count} two-factor device(s) of {username}.")
