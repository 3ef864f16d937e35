"""The admin's user screens, with two changes:

- only a superuser may grant or take away superuser status. Wagtail lets anyone with
  ``change_user`` tick "Administrator", which would let a site administrator make someone (or,
  through an accomplice, themselves) a superuser and step outside the publishing roles;
- a "Position" field, kept in ``governance.staff.StaffProfile``: signed request forms print it.
"""

from wagtail.users import forms as user_forms
from wagtail.users.views import users

from .staff import StaffProfile, position_of, set_position


class StaffPositionFormMixin:
    """Adds the staff member's position to a Wagtail user form and saves it with the user."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["position"] = StaffProfile._meta.get_field("position").formfield(
            initial=position_of(self.instance) if self.instance.pk else ""
        )

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            set_position(user, self.cleaned_data["position"].strip())
        return user


class UserCreationForm(StaffPositionFormMixin, user_forms.UserCreationForm):
    pass


class UserEditForm(StaffPositionFormMixin, user_forms.UserEditForm):
    pass


class SuperuserFlagForSuperusersOnly:
    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if not self.request.user.is_superuser:
            form.fields.pop("is_superuser", None)
        return form


class CreateView(SuperuserFlagForSuperusersOnly, users.CreateView):
    pass


class EditView(SuperuserFlagForSuperusersOnly, users.EditView):
    pass


class UserViewSet(users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    create_template_name = "governance/users/create.html"
    edit_template_name = "governance/users/edit.html"

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm
