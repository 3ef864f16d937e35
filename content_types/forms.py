"""The editor form of every governed page: the category's rules as required fields, in Thai.

Required fields are only enforced on submit and publish: Wagtail defers them when an author
saves a draft, so a draft can be saved half-done and nothing typed is ever lost.
"""

from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm

from governance.governed import REQUIREMENT_MESSAGES
from governance.models import WorkGroup


class GovernedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._require_category_fields()
        self._limit_work_groups()

    def _require_category_fields(self):
        page = self.instance
        required = {
            "source_name": page.source_required,
            "information_date": page.information_date_required,
            "fiscal_year": page.fiscal_year_applies,
        }
        for name, is_required in required.items():
            if is_required and name in self.fields:
                self.fields[name].required = True
                self.fields[name].error_messages["required"] = REQUIREMENT_MESSAGES[name]

    def _limit_work_groups(self):
        """Authors pick among their own work groups; the first is chosen for a new page."""
        field = self.fields.get("owner_work_group")
        if field is None or self.for_user is None:
            return
        field.required = True
        own = WorkGroup.objects.filter(Q(members=self.for_user) | Q(heads=self.for_user))
        if own.exists():
            field.queryset = WorkGroup.objects.filter(
                Q(pk__in=own.values("pk")) | Q(pk=self.instance.owner_work_group_id)
            )
            if not self.instance.pk and not self.initial.get("owner_work_group"):
                self.initial["owner_work_group"] = own.first().pk

    def clean(self):
        cleaned_data = super().clean()
        page = self.instance
        if (
            page.source_link_required
            and not self.is_deferred_validation
            and not cleaned_data.get("source_url")
            and not (cleaned_data.get("source_reference") or "").strip()
        ):
            self.add_error("source_reference", REQUIREMENT_MESSAGES["source_reference"])
        return cleaned_data
