"""Migrations: complete, and applied to this database (SQLite or PostgreSQL) with the roles."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder


@pytest.mark.django_db
def test_models_and_migrations_agree():
    # exits with status 1 when a model change has no migration
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db
def test_our_migrations_are_applied_to_this_database():
    applied = set(MigrationRecorder(connection).applied_migrations())
    assert ("governance", "0002_roles") in applied
    assert ("content_types", "0001_initial") in applied
