"""Settings: Thai by default, and production refuses to start when it is unsafe."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

REPO = Path(__file__).resolve().parents[2]


def _start_production(**env):
    """Import the production settings in a fresh interpreter, as a server would at start."""
    clean = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG", "REDIS_URL")}
    clean.update(DJANGO_SETTINGS_MODULE="cms.settings.production", **env)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings;"
            " print('DEBUG', settings.DEBUG)",
        ],
        cwd=REPO,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _start_production()
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_with_debug_on():
    result = _start_production(SECRET_KEY="x" * 50, DEBUG="1")
    assert result.returncode != 0
    assert "DEBUG is on" in result.stderr


def test_production_refuses_to_start_without_redis():
    result = _start_production(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "REDIS_URL is not set" in result.stderr


def test_production_starts_with_a_secret_key_and_debug_off():
    result = _start_production(SECRET_KEY="x" * 50, REDIS_URL="redis://127.0.0.1:6379/0")
    assert result.returncode == 0, result.stderr
    assert "DEBUG False" in result.stdout


def test_thai_is_the_default_language_and_bangkok_the_time_zone():
    assert settings.LANGUAGE_CODE == "th"
    assert settings.TIME_ZONE == "Asia/Bangkok"
    assert [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES] == ["th", "en"]


def test_guardian_object_permissions_sit_beside_django_model_permissions():
    assert settings.AUTHENTICATION_BACKENDS == [
        "axes.backends.AxesStandaloneBackend",  # refuses a locked-out login first
        "django.contrib.auth.backends.ModelBackend",
        "guardian.backends.ObjectPermissionBackend",
    ]


def test_an_empty_database_url_means_the_embedded_sqlite_default():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.dev", "DATABASE_URL": ""}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.db import connection;"
         " print(connection.vendor)"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "sqlite"
