"""Every string of ours is in the Thai catalogue, and every one there is translated."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CATALOGUE = Path("locale") / "th" / "LC_MESSAGES" / "django.po"
SOURCES = ("manage.py", "cms", "content_types", "governance", "templates", "locale")


def msgids(po_file):
    """The msgids of a catalogue, joined across continuation lines, without the header."""
    text = po_file.read_text(encoding="utf-8")
    found = set()
    for match in re.finditer(r'^msgid ((?:".*"\n)+)', text, flags=re.MULTILINE):
        found.add("".join(re.findall(r'"(.*)"', match.group(1))))
    found.discard("")
    return found


def test_every_msgid_in_the_thai_catalogue_is_translated():
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(REPO / CATALOGUE)],
        capture_output=True,
        text=True,
        check=True,
    )
    statistics = result.stderr.strip()
    assert "untranslated" not in statistics and "fuzzy" not in statistics, statistics
    assert "translated message" in statistics


def test_the_catalogue_holds_every_string_the_code_marks_for_translation(tmp_path):
    """``make messages`` run on a copy of the code finds nothing the catalogue lacks."""
    for name in SOURCES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "th", "--no-location"],
        cwd=tmp_path,
        env={"DJANGO_SETTINGS_MODULE": "cms.settings.test", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        check=True,
    )
    missing = msgids(tmp_path / CATALOGUE) - msgids(REPO / CATALOGUE)
    assert not missing, f"run 'make messages' and translate: {sorted(missing)}"
