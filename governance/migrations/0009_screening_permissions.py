"""Site administrators' permissions on the screener's managed data (lexicons, severities)."""

from django.db import migrations

from governance.roles import sync_roles_in_migration


def forwards(apps, schema_editor):
    sync_roles_in_migration(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0008_screening"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
