"""Backups (`make backup` / `make restore`): a round trip through scratch PostgreSQL databases
gives back every row, every sequence and every media file, byte for byte."""

import hashlib
import subprocess

import psycopg

from .conftest import copy_media
from .helpers import (
    PYTHON,
    ROOT,
    database_url,
    manage,
    needs_postgres,
    production_env,
    scratch_database,
)

pytestmark = needs_postgres


def fingerprint(name):
    """Per table: row count and a digest of every row; per sequence: its last value."""
    result = {}
    with psycopg.connect(database_url(name)) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        rows = "coalesce(string_agg(t::text, chr(10) ORDER BY t::text), '')"
        for table in tables:  # names from the catalogue, not from input
            count, digest = conn.execute(
                f'SELECT count(*), md5({rows}) FROM "{table}" t'  # noqa: S608
            ).fetchone()
            result[table] = (count, digest)
        for (sequence,) in conn.execute(
            "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"
        ).fetchall():
            result[f"sequence {sequence}"] = conn.execute(
                f'SELECT last_value FROM "{sequence}"'  # noqa: S608
            ).fetchone()
    return result


def media_files(folder):
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_restore_brings_back_every_row_sequence_and_media_file(seeded_postgres, tmp_path):
    seed, seed_media = seeded_postgres
    with (
        scratch_database("khaosan_backup_src", template=seed) as source,
        scratch_database("khaosan_backup_dst", template=seed) as target,
    ):
        source_media = copy_media(seed_media, tmp_path / "source-media")
        (source_media / "documents").mkdir(parents=True, exist_ok=True)
        (source_media / "documents" / "รายงานประจำปี.pdf").write_bytes(
            b"%PDF-1.7\n" + bytes(range(256))
        )
        env = production_env(
            DATABASE_URL=database_url(source),
            REDIS_URL="redis://127.0.0.1:6379/13",
            MEDIA_ROOT=str(source_media),
        )
        backup_dir = tmp_path / "backup"
        manage(env, "backup", "--output", str(backup_dir))
        assert {p.name for p in backup_dir.iterdir()} == {
            "database.dump",
            "media.tar",
            "manifest.json",
        }

        # After the backup the target drifts: rows deleted, a user added, a file changed.
        target_media = copy_media(seed_media, tmp_path / "target-media")
        (target_media / "stray.txt").write_text("written after the backup")
        with psycopg.connect(database_url(target)) as conn:
            conn.execute("DELETE FROM wagtailcore_pagelogentry")
            conn.execute(
                "INSERT INTO auth_user (username, password, is_superuser, first_name, last_name,"
                " email, is_staff, is_active, date_joined) VALUES"
                " ('intruder', '!', true, '', '', '', true, true, now())"
            )
        manage(
            {**env, "DATABASE_URL": database_url(target), "MEDIA_ROOT": str(target_media)},
            "restore",
            "--no-input",
            str(backup_dir),
        )

        assert fingerprint(target) == fingerprint(source)
        restored = media_files(target_media)
        restored.pop("stray.txt")  # a restore adds and replaces files; it deletes none
        assert restored == media_files(source_media)
        assert "documents/รายงานประจำปี.pdf" in restored


def test_a_damaged_backup_is_refused_before_anything_changes(seeded_postgres, tmp_path):
    seed, seed_media = seeded_postgres
    with scratch_database("khaosan_backup_bad", template=seed) as name:
        env = production_env(
            DATABASE_URL=database_url(name),
            REDIS_URL="redis://127.0.0.1:6379/13",
            MEDIA_ROOT=str(copy_media(seed_media, tmp_path / "media")),
        )
        backup_dir = tmp_path / "backup"
        manage(env, "backup", "--output", str(backup_dir))
        before = fingerprint(name)
        dump = backup_dir / "database.dump"
        dump.write_bytes(dump.read_bytes()[:-100])  # a truncated copy
        result = subprocess.run(
            [PYTHON, "manage.py", "restore", "--no-input", str(backup_dir)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode != 0
        assert "damaged" in result.stderr
        assert fingerprint(name) == before
