"""The live site the end-to-end tests drive: the demo agency in a SQLite file of its own, served by
Django's ``runserver`` in a child process on a free port.

Why a child process and not pytest-django's ``live_server``: the browser's requests and the
tests' management commands (``governance_tick``) then meet one real database, as in production,
with nothing rolled back under them; the session's in-memory test database and its demo stay
untouched for the rest of the suite; and Playwright's event loop never shares a thread with
Django's ORM (which would refuse synchronous queries there).
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from ..conftest import DEMO_TEST_PASSWORD

REPO = Path(__file__).resolve().parents[2]
#: Longest wait for ``runserver`` to answer its first request (a wait, not an assertion).
STARTUP_SECONDS = 60


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class DemoServer:
    """``manage.py`` against the demo's own database and media folder, and a server on them."""

    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
            "DATABASE_URL": f"sqlite:///{self.workdir / 'e2e.sqlite3'}",
            "TEST_MEDIA_ROOT": str(self.workdir / "media"),
            "DEMO_PASSWORD": DEMO_TEST_PASSWORD,
            "PYTHAINLP_OFFLINE": "1",
        }
        self.process = None
        self.base_url = None

    def manage(self, *args):
        """Run ``manage.py args`` on the demo's database; returns what it printed."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
        return result.stdout

    def query(self, code):
        """Run Python ``code`` in ``manage.py shell`` on the demo's database and return the value
        it leaves in ``result`` (anything JSON can carry)."""
        code += "\nimport json\nprint(json.dumps(result))"
        return json.loads(self.manage("shell", "--no-imports", "-c", code).strip().splitlines()[-1])

    def start(self):
        self.manage("migrate", "--noinput")
        self.manage("seed_demo")
        port = free_port()
        self.base_url = f"http://127.0.0.1:{port}"
        self.log = open(self.workdir / "server.log", "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", "--insecure", f"{port}"],
            cwd=REPO,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                with urllib.request.urlopen(self.base_url + "/", timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError):
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                log = (self.workdir / "server.log").read_text()
                raise RuntimeError(f"The demo server did not start:\n{log}")
            time.sleep(0.2)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None
            self.log.close()
