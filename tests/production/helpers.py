"""Real services for the production tests: PostgreSQL, Redis, scratch databases, server processes.

A test that needs PostgreSQL or Redis skips when it is not reachable (``needs_postgres``,
``needs_redis``). Processes are started in their own process group and killed at the end.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
POSTGRES = os.environ.get(
    "KHAOSAN_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379


def _reachable(host, port):
    try:
        socket.create_connection((host, port), timeout=2).close()
        return True
    except OSError:
        return False


def postgres_up():
    try:
        psycopg.connect(POSTGRES, connect_timeout=3).close()
        return True
    except psycopg.Error:
        return False


needs_postgres = pytest.mark.skipif(not postgres_up(), reason="PostgreSQL is not reachable")
needs_redis = pytest.mark.skipif(
    not _reachable(REDIS_HOST, REDIS_PORT), reason="Redis is not reachable on 127.0.0.1:6379"
)


def database_url(name):
    return POSTGRES.rsplit("/", 1)[0] + "/" + name


@contextmanager
def scratch_database(prefix, template=None):
    """A new PostgreSQL database, empty or a copy of ``template``; dropped afterwards. Yields
    its name."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{copy}')
    try:
        yield name
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, timeout=600):
    """Run ``manage.py`` with ``env``; fail the test with its output if it fails."""
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


class Process:
    """A server process in its own process group, its output in a log file."""

    def __init__(self, args, env, log_path):
        self.log_path = log_path
        self.log = open(log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.popen = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip

    def output(self):
        self.log.flush()
        return Path(self.log_path).read_text(errors="replace")

    def stop(self):
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait()
        self.log.close()


def http(url, headers=None, data=None, method=None):
    """(status, headers, body bytes) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)  # noqa: S310 - http://127.0.0.1 only
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wait_until(predicate, what, limit=60, process=None):
    """Poll ``predicate`` until it is true; fail after ``limit`` seconds or if ``process`` dies."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process is not None and process.popen.poll() is not None:
            pytest.fail(f"{what}: the process exited:\n{process.output()}")
        try:
            if predicate():
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"{what}: not after {limit} s" + (f"\n{process.output()}" if process else ""))


def production_env(**overrides):
    """The environment of a production process: settings from variables, as on a server."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "TEST_", "PYTEST"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="production-test-" + uuid.uuid4().hex + uuid.uuid4().hex,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PYTHAINLP_OFFLINE="1",
        PYTHONPATH=str(ROOT),
        PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""),
    )
    env.update(overrides)
    return env
