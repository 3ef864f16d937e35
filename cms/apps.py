"""App configs that wire Khaosan's pieces into Wagtail's apps."""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app with the user screens of ``governance.user_admin``."""

    user_viewset = "governance.user_admin.UserViewSet"
