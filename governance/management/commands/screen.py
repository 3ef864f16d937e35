"""``manage.py screen``: the screener from the command line (the contract in issue #5).

manage.py screen --jsonl < items.jsonl     one JSON line out per JSON line in, in order
manage.py screen FILE...                   a readable report; exit 0 pass, 1 warn, 2 block
"""

import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext as _

from governance.screening.engine import screen_text
from governance.screening.findings import BLOCK, PASS, UNREADABLE, WARN, Finding, ScreenResult
from governance.screening.severity import severity_for

EXIT_CODES = {PASS: 0, WARN: 1, BLOCK: 2}
#: Larger text files are refused rather than screened for minutes.
MAX_TEXT_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {
    ".txt": False,
    ".text": False,
    ".md": False,
    ".csv": False,
    ".html": True,
    ".htm": True,
}
EXTRACTED_SUFFIXES = {".pdf", ".docx"}


def unreadable():
    """A result saying a person must check this item: the screener could not read it."""
    return ScreenResult([Finding(UNREADABLE, severity_for(UNREADABLE), 0, 0, "")])


@dataclass
class FileScreening:
    result: ScreenResult
    #: The text screened, empty when the file could not be read, and then why.
    text: str = ""
    reason: str = ""


def refused(reason):
    return FileScreening(unreadable(), reason=reason)


def screen_file(path):
    """The screening of one file: its result, its text, or why it could not be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        return refused(_("File not found."))
    if suffix in EXTRACTED_SUFFIXES:
        return _screen_extracted(path)
    if suffix not in TEXT_SUFFIXES:
        return refused(_("This type of file cannot be checked automatically."))
    if path.stat().st_size > MAX_TEXT_BYTES:
        return refused(_("The file is too large to be checked automatically."))
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return refused(_("The file is not UTF-8 text; it cannot be checked automatically."))
    return FileScreening(screen_text(text, html=TEXT_SUFFIXES[suffix]), text)


def _screen_extracted(path):
    if importlib.util.find_spec("governance.screening.extract") is None:
        return refused(_("This type of file cannot be checked automatically."))
    from governance.screening.extract import extract_text

    extraction = extract_text(path, filename=path.name)
    result = screen_text(extraction.text) if extraction.text else ScreenResult()
    if extraction.readable:
        return FileScreening(result, extraction.text)
    # What could be read is still screened; the rest needs a person.
    result.findings.append(unreadable().findings[0])
    reason = str(extraction.reason or _("The file cannot be checked automatically."))
    return FileScreening(result, extraction.text, reason)


def jsonl_answer(line):
    """The output object for one input line; a line that is not a valid item gets a
    ``file.unreadable`` warning in the same shape, so callers keep one line per input."""
    try:
        item = json.loads(line)
    except ValueError:
        item = None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        item_id = item.get("id") if isinstance(item, dict) else None
        return _answer(item_id, unreadable())
    return _answer(item.get("id"), screen_text(item["text"], html=bool(item.get("html", False))))


def _answer(item_id, result):
    return {
        "id": item_id,
        "decision": result.decision,
        "findings": [
            {
                "category": f.category,
                "severity": f.severity,
                "start": f.start,
                "end": f.end,
                "text": f.text,
            }
            for f in result.findings
        ],
    }


class Command(BaseCommand):
    help = "Screen texts or files for personal data and prohibited content before publication."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="txt, html, pdf or docx files")
        parser.add_argument(
            "--jsonl", action="store_true", help="read JSON Lines items on stdin, answer on stdout"
        )

    def handle(self, *args, files, jsonl, **options):
        with translation.override(settings.LANGUAGE_CODE):
            if jsonl:
                self._jsonl()
                return
            if not files:
                self.print_help("manage.py", "screen")
                sys.exit(EXIT_CODES[WARN])
            decisions = [self._report(path) for path in files]
        sys.exit(EXIT_CODES[max(decisions, key=EXIT_CODES.__getitem__)])

    def _jsonl(self):
        """Undecodable bytes become U+FFFD: the item is still answered, never a crash."""
        for raw in getattr(sys.stdin, "buffer", sys.stdin):
            line = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
            if not line.strip():
                continue
            self.stdout.write(json.dumps(jsonl_answer(line), ensure_ascii=False))
            self.stdout.flush()

    def _report(self, path):
        screening = screen_file(path)
        result, text = screening.result, screening.text
        labels = {PASS: _("pass"), WARN: _("warn"), BLOCK: _("block")}
        self.stdout.write(f"{path}: {labels[result.decision]}")
        for finding in result.findings:
            if finding.category == UNREADABLE:
                detail = _("cannot be checked: %(reason)s") % {"reason": screening.reason}
            else:
                detail = _("%(category)s, line %(line)d: %(match)s") % {
                    "category": finding.category,
                    "line": text.count("\n", 0, finding.start) + 1,
                    "match": finding.masked,
                }
                if finding.learned:
                    detail += " " + _("(recognised by the model, not a listed word)")
            self.stdout.write(f"  [{labels[finding.severity]}] {detail}")
        return result.decision
