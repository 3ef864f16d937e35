"""The default list of rejection reasons, and site administrators' permission to edit it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from governance.rejections import DEFAULT_REASONS
from governance.roles import sync_roles


def forwards(apps, schema_editor):
    RejectionReason = apps.get_model("governance", "RejectionReason")
    for order, text in enumerate(DEFAULT_REASONS):
        RejectionReason.objects.get_or_create(text=text, defaults={"sort_order": order})
    app_config = apps.get_app_config("governance")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0005_rejection_reasons"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
