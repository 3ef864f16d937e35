"""Create the publication workflow (head -> CIO for important items -> webmaster) for all pages."""

from django.db import migrations

from governance.publication_workflow import ensure_publication_workflow


def create_workflow(apps, schema_editor):
    ensure_publication_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0003_workflow_tasks"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
