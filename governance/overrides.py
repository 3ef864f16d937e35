"""The one way past the gate: a site administrator publishes with a written, audited reason.

For the rare case the process cannot serve (the approvers are all away and an item must go up,
an item wrongly blocked); it is recorded with who, when, why and which of the gate's checks it
passed over, shown in the page history and the agency log. Nobody may override for a revision
they wrote themselves.
"""

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from . import audit, roles
from .models import PageRevisionRecord


class PublicationOverride(PageRevisionRecord):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by")
    )
    reason = models.TextField(_("reason"))
    passed_over = models.JSONField(_("checks passed over"), default=list)
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("publication override")
        verbose_name_plural = _("publication overrides")


def may_override(user, revision):
    return (
        user.is_active
        and (user.is_superuser or roles.has_role(user, roles.SITE_ADMIN))
        and revision is not None
        and revision.user_id != user.pk
    )


@transaction.atomic
def publish_with_override(page, revision, user, reason, passed_over):
    """Record the override and publish ``revision``; both or neither."""
    PublicationOverride.objects.create(
        page=page,
        revision=revision,
        user=user,
        reason=reason,
        passed_over=[str(message) for message in passed_over],
    )
    log(
        instance=page.specific,
        action=audit.OVERRIDE,
        user=user,
        revision=revision,
        data={"reason": reason, "passed_over": [str(m) for m in passed_over]},
    )
    return revision.publish(user=user, skip_permission_checks=True)
