"""The edge of the site: what a request must satisfy before the application reads it.

- ``RequestBodyLimitMiddleware``: a body larger than the limit is refused with 413 before it is
  read (the public site takes small forms only; the admin takes uploads up to their limit), and
  a multipart body that cannot be parsed with 400, before any view or form sees it.
- ``AdminHostnameMiddleware``: with ``KHAOSAN_ADMIN_HOSTNAME`` set, the admin answers only on
  that host name, and /admin/ on the public host names is "not found".
- ``ContentSecurityPolicyMiddleware``: django-csp's strict policy everywhere but the Wagtail
  admin, which gets ``KHAOSAN_ADMIN_CSP`` (it needs inline styles and scripts).
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import Http404, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"


def is_admin_path(path):
    return path == ADMIN_PREFIX[:-1] or path.startswith(ADMIN_PREFIX)


class RequestBodyLimitMiddleware:
    """Refuse (413) a request whose declared body is over the limit for its part of the site.

    A body without a Content-Length (chunked) is capped the same way by Django's own
    ``DATA_UPLOAD_MAX_MEMORY_SIZE`` for forms; nginx's ``client_max_body_size`` is the first line.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse(_("The request's length is not a number."), status=400)
        limit = (
            settings.KHAOSAN_ADMIN_MAX_BODY
            if is_admin_path(request.path_info)
            else settings.KHAOSAN_PUBLIC_MAX_BODY
        )
        if length > limit:
            message = _("The request is too large (%(size)s bytes; at most %(limit)s).") % {
                "size": length,
                "limit": limit,
            }
            response = HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
            response["Connection"] = "close"  # the unread body must not be taken for a request
            return response
        if request.method == "POST" and request.content_type == "multipart/form-data":
            try:
                request.POST  # noqa: B018 - parsed here, so a broken body is refused clearly
            except MultiPartParserError:
                return HttpResponse(
                    _("The form data could not be read. Send the form again."),
                    status=400,
                    content_type="text/plain; charset=utf-8",
                )
        return self.get_response(request)


class AdminHostnameMiddleware:
    """With ``KHAOSAN_ADMIN_HOSTNAME`` set, /admin/ exists on that host name only."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        admin_host = settings.KHAOSAN_ADMIN_HOSTNAME
        if admin_host and is_admin_path(request.path_info):
            host = request.get_host().rsplit(":", 1)[0].lower()
            if host != admin_host.lower():
                raise Http404("The admin is not served on this host name.")
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with one exception: the admin's looser policy (inline styles and scripts)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            return PolicyParts(settings.KHAOSAN_ADMIN_CSP, parts.update, parts.replace, parts.nonce)
        return parts
