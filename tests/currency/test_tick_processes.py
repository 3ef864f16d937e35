"""``governance_tick`` as cron runs it: real processes on a real database, killed mid-way and
restarted, and two copies at once. Nothing is done twice, nothing is lost.

On PostgreSQL the processes share the test database (the items are removed afterwards); on
SQLite they work on a copy of it in a file, as the test database lives in memory."""

import email
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

REPO = Path(__file__).resolve().parents[2]
ITEMS = 40  # four batches of ten in a slow run


@pytest.fixture
def database(db, tmp_path):
    """The DATABASE_URL the processes use, and a function counting the expired items."""
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        url = (
            f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
            f"{settings['PORT'] or 5432}/{settings['NAME']}"
        )

        def count_expired():
            import psycopg

            with psycopg.connect(
                host=settings["HOST"] or "127.0.0.1", port=settings["PORT"] or 5432,
                user=settings["USER"], dbname=settings["NAME"],
            ) as conn:  # fmt: skip
                return conn.execute(SQL_EXPIRED).fetchone()[0]

        yield url, count_expired
        driver(url, "cleanup")
    else:
        path = tmp_path / "tick.db"
        connection.ensure_connection()
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)

        def count_expired():
            with sqlite3.connect(path, timeout=30) as conn:
                return conn.execute(SQL_EXPIRED).fetchone()[0]

        yield f"sqlite:///{path}", count_expired


SQL_EXPIRED = "SELECT count(*) FROM wagtailcore_page WHERE expired AND slug LIKE 'tick-item-%'"


def environment(url, mail_dir=None):
    return {
        "PATH": os.environ["PATH"],
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "PYTHAINLP_OFFLINE": "1",
        "TICK_MAIL_DIR": str(mail_dir or "/nonexistent"),
    }


def driver(url, *args, mail_dir=None):
    result = subprocess.run(
        [sys.executable, "-m", "tests.currency.tick_driver", *args],
        cwd=REPO, env=environment(url, mail_dir), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def start_tick(url, mail_dir, *args):
    return subprocess.Popen(
        [sys.executable, "-m", "tests.currency.tick_driver", "tick", *args],
        cwd=REPO, env=environment(url, mail_dir), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def status(url):
    return json.loads(driver(url, "status"))


def emails(mail_dir):
    """{recipient: [bodies]} of the emails the processes sent."""
    sent = {}
    for path in sorted(mail_dir.glob("*.log")):
        for raw in path.read_text().split("-" * 79):
            if raw.strip():
                message = email.message_from_bytes(raw.strip().encode("utf-8"))
                body = message.get_payload(decode=True).decode("utf-8")
                sent.setdefault(message["To"], []).append(body)
    return sent


def assert_done_once(url, mail_dir):
    final = status(url)
    assert final["live"] == 0 and final["expired"] == ITEMS
    assert sorted(final["log_entries"].values()) == [1] * ITEMS  # one "expired" entry each
    assert final["unsent"] == 0
    sent = emails(mail_dir)
    assert set(sent) == {"author@example.com", "webmaster@example.com"}
    for bodies in sent.values():
        assert len(bodies) == 1  # one email per person, listing every item once
        for number in range(ITEMS):
            assert bodies[0].count(f"- ประกาศหมดอายุ {number} (") == 1


def test_a_run_killed_mid_way_is_finished_by_the_next_with_nothing_done_twice(database, tmp_path):
    url, count_expired = database
    driver(url, "setup", str(ITEMS))
    mail_dir = tmp_path / "mail"
    killed = start_tick(url, mail_dir, "--slow")
    deadline = time.monotonic() + 120
    while count_expired() < 10:  # wait for the first batch to commit
        assert killed.poll() is None, killed.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    killed.send_signal(signal.SIGKILL)
    killed.wait()

    partial = status(url)
    assert 10 <= partial["expired"] < ITEMS, partial
    assert partial["expired"] % 10 == 0  # whole batches only: none half done
    assert partial["live"] + partial["expired"] == ITEMS
    assert sorted(partial["log_entries"].values()) == [1] * partial["expired"]
    assert not mail_dir.exists() or not list(mail_dir.iterdir())  # killed before any email

    restarted = start_tick(url, mail_dir)
    assert restarted.wait(timeout=300) == 0, restarted.stderr.read()
    assert_done_once(url, mail_dir)


def test_two_runs_at_once_do_everything_once(database, tmp_path):
    url, _count_expired = database
    driver(url, "setup", str(ITEMS))
    mail_dir = tmp_path / "mail"
    first = start_tick(url, mail_dir, "--slow")
    second = start_tick(url, mail_dir, "--slow")
    outputs = []
    for process in (first, second):
        assert process.wait(timeout=300) == 0, process.stderr.read()
        outputs.append(process.stdout.read())
    assert sum("holds the lock" in output for output in outputs) == 1, outputs
    assert_done_once(url, mail_dir)
