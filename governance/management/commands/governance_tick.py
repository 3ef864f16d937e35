"""``manage.py governance_tick``: the one periodic job, run every few minutes (docs/currency.md)."""

from django.core.management.base import BaseCommand

from governance.currency import tick


class Command(BaseCommand):
    help = (
        "Take expired items down, publish scheduled ones through the gate, queue and email "
        "reminders. Safe to run twice or two at once."
    )

    def handle(self, *args, **options):
        report = tick.run()
        if not report.ran:
            self.stdout.write("Another governance_tick run holds the lock; nothing done.")
            return
        queued = ", ".join(f"{kind}={count}" for kind, count in report.queued.items())
        self.stdout.write(
            f"expired={report.expired} reminders checked: {queued} emails={report.emails}"
        )
