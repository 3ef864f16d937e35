"""The editor form of every governed page: the category's rules and the publication request
form (seed 004) as required fields, in Thai.

Rules are only enforced on submit and publish: Wagtail defers required fields when an author
saves a draft, so a draft can be saved half-done and nothing typed is ever lost.
"""

import copy

from django.db.models import Q
from django.forms.models import construct_instance
from wagtail.admin.forms import WagtailAdminPageForm

from governance.models import WorkGroup
from governance.staff import position_of


class GovernedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._mark_category_fields()
        self._limit_work_groups()
        self._prefill_information_owner()

    def _mark_category_fields(self):
        """Show the fields the rules require of the page as it is now as required.

        Only on the empty form: a rule may depend on other fields (an agency-information page
        needs a fiscal year only for some topics), so a submitted form is checked in ``clean``
        against the values submitted, not against the page as it was.
        """
        if self.is_bound:
            return
        page = self.instance
        required = {
            "source_name": page.source_required,
            "information_date": page.information_date_required,
            "fiscal_year": page.fiscal_year_applies,
            "information_owner_name": True,
            "information_owner_position": True,
        }
        for name, is_required in required.items():
            if is_required and name in self.fields:
                self.fields[name].required = True

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

    def _prefill_information_owner(self):
        """On a new page the author is most often the one responsible for the information: their
        name and position start the request form, and they may change them."""
        if self.instance.pk or self.for_user is None or self.is_bound:
            return
        prefill = {
            "information_owner_name": self.for_user.get_full_name(),
            "information_owner_position": position_of(self.for_user),
        }
        for name, value in prefill.items():
            if not self.initial.get(name):
                self.initial[name] = value

    def clean(self):
        cleaned_data = super().clean()
        if not self.is_deferred_validation:
            for name, message in self._unmet_requirements().items():
                if name in self.fields and not self.has_error(name):
                    self.add_error(name, message)
        return cleaned_data

    def _unmet_requirements(self):
        """The category's rules and the request form's fields the submitted values do not meet,
        on a copy of the page that holds them (the page itself only takes them once the whole
        form is valid)."""
        submitted = construct_instance(self, copy.copy(self.instance))
        return {**submitted.missing_requirements(), **submitted.missing_request_fields()}
