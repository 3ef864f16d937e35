"""Backups: the PostgreSQL database (pg_dump) and every media file, in one folder with checksums.

A backup folder holds ``database.dump`` (pg_dump's custom format), ``media.tar`` (every file of
the default storage, local or object storage alike) and ``manifest.json`` (what was backed up,
with SHA-256 checksums that ``restore`` verifies before it touches anything).
"""

import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connections

DUMP = "database.dump"
MEDIA = "media.tar"
MANIFEST = "manifest.json"


class BackupError(Exception):
    pass


def _pg(alias="default"):
    """pg_dump/pg_restore connection arguments and environment for a database alias."""
    db = settings.DATABASES[alias]
    if db["ENGINE"] != "django.db.backends.postgresql":
        raise BackupError(
            "Backups need PostgreSQL (DATABASE_URL=postgres://...); "
            f"this database is {db['ENGINE']}."
        )
    args = ["--dbname", db["NAME"]]
    if db.get("HOST"):
        args += ["--host", db["HOST"]]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def _tool(name):
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _media_names(storage, folder=""):
    """Every file name in ``storage``, walking its folders."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for sub in sorted(folders):
        yield from _media_names(storage, f"{folder}/{sub}" if folder else sub)


def backup(output):
    """Write a backup into the new folder ``output``; return its manifest."""
    output = Path(output)
    output.mkdir(parents=True, exist_ok=False)
    args, env = _pg()
    subprocess.run(  # noqa: S603 - a fixed tool with arguments from settings
        [_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", *args,
         "--file", str(output / DUMP)],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    count = 0
    with tarfile.open(output / MEDIA, "w") as tar:
        for name in _media_names(default_storage):
            with default_storage.open(name, "rb") as handle:
                data = handle.read()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = int(datetime.now(UTC).timestamp())
            tar.addfile(info, io.BytesIO(data))
            count += 1
    manifest = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": settings.DATABASES["default"]["NAME"],
        "media_files": count,
        "sha256": {name: _sha256(output / name) for name in (DUMP, MEDIA)},
    }
    (output / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def verify(folder):
    """The manifest of the backup in ``folder``, after checking every checksum."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError as error:
        raise BackupError(f"{folder} holds no {MANIFEST}: not a Khaosan backup.") from error
    for name, expected in manifest["sha256"].items():
        if not (folder / name).exists() or _sha256(folder / name) != expected:
            raise BackupError(f"{folder / name} is missing or damaged (checksum differs).")
    return manifest


def restore(folder):
    """Replace the database and the media files with those of the backup in ``folder``."""
    folder = Path(folder)
    manifest = verify(folder)
    args, env = _pg()
    connections.close_all()  # pg_restore --clean drops tables this process may hold
    result = subprocess.run(  # noqa: S603 - a fixed tool with arguments from settings
        [_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
         "--single-transaction", "--exit-on-error", *args, str(folder / DUMP)],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()}")
    restored = 0
    with tarfile.open(folder / MEDIA) as tar:
        for member in tar:
            if not member.isfile() or member.name.startswith("/") or ".." in member.name.split("/"):
                continue  # only plain files inside the storage
            data = tar.extractfile(member).read()
            if default_storage.exists(member.name):
                default_storage.delete(member.name)
            saved = default_storage.save(member.name, ContentFile(data))
            if saved != member.name:
                raise BackupError(f"media file {member.name} was saved as {saved}")
            restored += 1
    return {**manifest, "media_restored": restored}
