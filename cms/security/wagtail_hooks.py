"""Account → More actions: set up two-factor login."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Two-factor login"),
        "help_text": _("Ask for a code from an authenticator app after your password."),
    }
