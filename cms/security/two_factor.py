"""TOTP two-factor login for the admin (django-otp).

Any admin user may set up an authenticator app (Account → More actions). A user who has one
must enter its six-digit code after the password before the admin opens. With
``KHAOSAN_REQUIRE_2FA`` on, webmasters, site administrators and superusers without one are sent
to set it up first and cannot reach anything else in the admin until they have.
"""

import base64

import segno
from django import forms
from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.edge import is_admin_path
from governance import roles

# Admin paths a user who still owes a second factor may reach: the 2FA pages, and the way out.
OPEN_ADMIN_PATHS = ("/admin/2fa/", "/admin/login/", "/admin/logout/", "/admin/jsi18n/")


def must_use_two_factor(user):
    """Whether the setting requires ``user`` to have a second factor."""
    if not settings.KHAOSAN_REQUIRE_2FA:
        return False
    if user.is_superuser:
        return True
    required = [r for r in roles.ROLES if r.key in settings.KHAOSAN_2FA_REQUIRED_ROLES]
    return roles.has_role(user, *required)


class TwoFactorMiddleware:
    """After django-otp's middleware: hold an unverified admin user at the 2FA pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        user = request.user
        if (
            is_admin_path(path)
            and not path.startswith(OPEN_ADMIN_PATHS)
            and user.is_authenticated
            and not user.is_verified()
        ):
            if user_has_device(user):
                return _redirect_with_next("two_factor_verify", request)
            if must_use_two_factor(user):
                return _redirect_with_next("two_factor_setup", request)
        return self.get_response(request)


def _redirect_with_next(view_name, request):
    return redirect(f"{reverse(view_name)}?{urlencode({'next': request.get_full_path()})}")


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


class TokenForm(forms.Form):
    token = forms.RegexField(
        label=gettext_lazy("Six-digit code from your authenticator app"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": gettext_lazy("Enter the six digits your app shows.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def _login_required(view):
    def wrapped(request):
        if not request.user.is_authenticated:
            return redirect(f"{reverse('wagtailadmin_login')}?{urlencode({'next': request.path})}")
        return view(request)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@_login_required
def setup(request):
    """Pair an authenticator app: show its key and QR code, confirm it with a first code."""
    user = request.user
    if user_has_device(user):
        if user.is_verified():
            return render(request, "security/two_factor_done.html", {"next": _next_url(request)})
        return _redirect_with_next("two_factor_verify", request)
    # One pending (unconfirmed) device per user, so the key stays the same across reloads.
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", _("That code is not right. Check the clock of your phone."))
    qr_svg = segno.make(device.config_url, error="m").svg_inline(scale=5, dark="#000")
    context = {
        "form": form,
        "qr_svg": qr_svg,
        # the key as authenticator apps ask for it when typed in: base32
        "secret": base64.b32encode(device.bin_key).decode().rstrip("="),
        "required": must_use_two_factor(user),
        "next": _next_url(request),
    }
    return render(request, "security/two_factor_setup.html", context)


@_login_required
def verify(request):
    """Ask for the code of the user's authenticator app after the password."""
    user = request.user
    if not user_has_device(user):
        return _redirect_with_next("two_factor_setup", request)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["token"].strip())
        if device is not None:
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", _("That code is not right, or it has expired. Try the next one."))
    return render(
        request, "security/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )
