"""The admin's user screens, with one change: only a superuser may grant or take away superuser
status. Wagtail lets anyone with ``change_user`` tick "Administrator", which would let a site
administrator make someone (or, through an accomplice, themselves) a superuser and step outside
the publishing roles."""

from wagtail.users.views import users


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
