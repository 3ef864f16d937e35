"""What the agency records of its staff beyond Django's user: their position (ตำแหน่ง).

Seed 004's request form is signed with each signer's name *and* position, so the printed form
(``governance.request_pdf``) reads the position of the head and the webmaster who approved it
from here. Site administrators set it in the admin's user screens (``governance.user_admin``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
        verbose_name=_("user"),
    )
    position = models.CharField(
        _("position"),
        max_length=255,
        blank=True,
        help_text=_("Printed under this person's signature on publication request forms."),
    )

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self):
        return f"{self.user} ({self.position})"


def position_of(user):
    """``user``'s position, or "" when none is recorded (or there is no user)."""
    if user is None:
        return ""
    profile = StaffProfile.objects.filter(user=user).first()
    return profile.position if profile else ""


def set_position(user, position):
    StaffProfile.objects.update_or_create(user=user, defaults={"position": position})
