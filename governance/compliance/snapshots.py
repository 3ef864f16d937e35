"""Monthly completeness snapshots: the dashboard's chart over time.

The latest check of a month is that month's snapshot: the dashboard and the province overview
refresh the current month's when they check, and ``manage.py compliance_snapshot`` (run from
cron, e.g. daily) records every site's so that months nobody looked at are kept too."""

from django.utils import timezone

from .models import ComplianceSnapshot, month_start


def record(site, results, today=None):
    """Store ``results`` ([StandardResult] of ``site``) as this month's snapshots."""
    month = month_start(today or timezone.localdate())
    for result in results:
        ComplianceSnapshot.objects.update_or_create(
            site=site,
            standard=result.standard.key,
            month=month,
            defaults={
                "score": result.score,
                "met": result.met,
                "partial": result.partial,
                "not_met": result.not_met,
                "results": result.as_dict(),
                "taken_at": timezone.now(),
            },
        )


def history(site, months=12):
    """{standard key: [snapshot, oldest first]} over the last ``months`` months."""
    snapshots = ComplianceSnapshot.objects.filter(site=site).order_by("-month")
    by_standard = {}
    for snapshot in snapshots.only("standard", "month", "score"):
        series = by_standard.setdefault(snapshot.standard, [])
        if len(series) < months:
            series.append(snapshot)
    return {key: list(reversed(series)) for key, series in by_standard.items()}
