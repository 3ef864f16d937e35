"""The editor's Screening panel: what the screener found in the latest saved revision, field by
field with the matches masked, and the ways forward (check again, override)."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from .findings import BLOCK
from .reviews import ScreeningOverride, ScreeningRecord
from .revision import may_override


class ScreeningPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "governance/screening/panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            revision = page.get_latest_revision() if page.pk else None
            record = ScreeningRecord.objects.filter(revision=revision).first() if revision else None
            context.update(
                page=page,
                revision=revision,
                record=record,
                overridden=bool(revision)
                and ScreeningOverride.objects.filter(revision=revision).exists(),
                check_url=reverse("khaosan_screening_check", args=[page.pk]) if page.pk else "",
                override_url=reverse("khaosan_screening_override", args=[page.pk])
                if record
                and record.decision == BLOCK
                and may_override(self.request.user, page, revision)
                else "",
            )
            return context
