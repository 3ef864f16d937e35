"""The default list of rejection reasons, and site administrators' permission to edit it."""

from django.db import migrations

from governance.rejections import DEFAULT_REASONS
from governance.roles import sync_roles_in_migration


def forwards(apps, schema_editor):
    RejectionReason = apps.get_model("governance", "RejectionReason")
    for order, text in enumerate(DEFAULT_REASONS):
        RejectionReason.objects.get_or_create(text=text, defaults={"sort_order": order})
    sync_roles_in_migration(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0005_rejection_reasons"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
