"""Wagtail hooks: where the page types plug into the admin."""

from wagtail import hooks

from governance import roles

SUBMISSION_READERS = (roles.WEBMASTER, roles.SITE_ADMIN)


@hooks.register("filter_form_submissions_for_user")
def submissions_for_webmasters_and_site_admins(user, editable_forms):
    """Form submissions carry the public's personal data (PDPA): only webmasters and site
    administrators read them, not the authors or group heads who own the form pages."""
    if user.is_superuser or any(roles.has_role(user, role) for role in SUBMISSION_READERS):
        return editable_forms
    return editable_forms.none()
