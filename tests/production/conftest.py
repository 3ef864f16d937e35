"""The demo agency in PostgreSQL, built once per run, for the production tests to copy."""

import shutil

import pytest

from .helpers import database_url, manage, postgres_up, production_env, scratch_database


@pytest.fixture(scope="session")
def seeded_postgres(tmp_path_factory):
    """(database name, media folder) of a migrated PostgreSQL database holding the demo agency.

    Tests take copies (``scratch_database(..., template=name)`` and ``copy_media``), never it."""
    if not postgres_up():
        pytest.skip("PostgreSQL is not reachable")
    media = tmp_path_factory.mktemp("seed") / "media"
    with scratch_database("khaosan_seed") as name:
        env = production_env(
            DATABASE_URL=database_url(name),
            REDIS_URL="redis://127.0.0.1:6379/13",
            MEDIA_ROOT=str(media),
        )
        manage(env, "migrate", "--noinput")
        # production refuses demo data; the demo's own settings load it into the same database
        manage({**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"}, "seed_demo")
        yield name, media


def copy_media(source, target):
    if source.exists():
        shutil.copytree(source, target)
    else:
        target.mkdir(parents=True)
    return target
