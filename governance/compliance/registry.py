"""The standards registry: one JSON file per standard and edition in ``standards/``.

A file reads::

    {
      "key": "ita-oit-2566",              unique; what a site's settings store
      "family": "ita-oit",                editions of one standard share a family
      "edition": "2566",
      "title": "...", "short_title": "...", "source": "...",
      "default": true,                    applies to a site that has not chosen its standards
      "requirements": [
        {
          "code": "O13", "title": "รายงานผลการดำเนินงานประจำปี",
          "create": "content_types.AgencyInfoPage",       the page type a gap asks to create
          "checks": [
            {
              "kind": "fiscal_year",
              "sources": [{"type": "content_types.AgencyInfoPage",
                           "filter": {"topic": "performance_report"}}],
              "missing": "ไม่มีรายงานของปีงบประมาณ {year}"
            }
          ]
        }
      ]
    }

Check kinds (``KINDS``): ``live`` (at least ``min`` live items), ``fiscal_year`` (an item of the
current fiscal year, plus ``offset``), ``updated_within`` (an item published or updated within
``days``), ``field`` (every item has each of ``fields``; "a|b" means either), ``document`` (an
item with a document in one of ``fields``, default the attachments), ``upload`` (a document the
site administrator uploaded in the compliance settings, ``slot``), ``workflow`` (the publication
workflow governs the site).

A source is a page type, optionally narrowed by ``filter`` (field: value or [values]; the key
``title_contains`` matches any of its words in the title) and optionally a child ``relation``
whose rows are the items (an OIA centre's items by section, the executives of a directory).
Numbering changes by fiscal year, so an edition is a file, never code.
"""

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

STANDARDS_DIR = Path(__file__).resolve().parent / "standards"

LIVE = "live"
FISCAL_YEAR = "fiscal_year"
UPDATED_WITHIN = "updated_within"
FIELD = "field"
DOCUMENT = "document"
UPLOAD = "upload"
WORKFLOW = "workflow"
KINDS = (LIVE, FISCAL_YEAR, UPDATED_WITHIN, FIELD, DOCUMENT, UPLOAD, WORKFLOW)
#: Kinds that read page items (the others read the site's own records).
CONTENT_KINDS = (LIVE, FISCAL_YEAR, UPDATED_WITHIN, FIELD, DOCUMENT)

#: Upload slots a site administrator fills in the compliance settings (MOIT1's evidence).
UPLOAD_SLOTS = ("staff_order", "publishing_memo", "monitoring_report")


@dataclass(frozen=True)
class Source:
    """Items of one page type (``model`` as "app_label.ModelName"), narrowed by ``filter``; with
    ``relation``, the rows of that child relation of the live pages."""

    model: str
    filter: tuple = ()
    relation: str = ""

    @property
    def model_class(self):
        return apps.get_model(self.model)

    @property
    def key(self):
        return (self.model, self.relation)

    def filter_fields(self):
        return [name for name, _value in self.filter if name != "title_contains"]

    def matches(self, row):
        for name, wanted in self.filter:
            if name == "title_contains":
                title = (row.get("title") or "").casefold()
                if not any(word.casefold() in title for word in wanted):
                    return False
            elif row.get(name) not in wanted:
                return False
        return True


@dataclass(frozen=True)
class Check:
    kind: str
    sources: tuple[Source, ...] = ()
    min: int = 1
    offset: int = 0
    days: int = 0
    fields: tuple[str, ...] = ()
    slot: str = ""
    #: What to say when the check is not met, in Thai, with {year}, {days}, {min}, {count}.
    missing: str = ""


@dataclass(frozen=True)
class Requirement:
    code: str
    title: str
    checks: tuple[Check, ...]
    create: str = ""
    note: str = ""

    @property
    def label(self):
        return f"{self.code} {self.title}".strip()


@dataclass(frozen=True)
class Standard:
    key: str
    family: str
    edition: str
    title: str
    short_title: str
    source: str
    default: bool
    requirements: tuple[Requirement, ...] = field(default_factory=tuple)
    #: The monthly report form built on this standard (seed 000's), as in the file.
    report: dict | None = field(default=None, compare=False, hash=False)

    def requirement(self, code):
        for requirement in self.requirements:
            if requirement.code == code:
                return requirement
        raise KeyError(code)


def _source(data, where):
    model = data["type"]
    try:
        model_class = apps.get_model(model)
    except (LookupError, ValueError) as error:
        raise ImproperlyConfigured(f"{where}: unknown page type {model!r}") from error
    relation = data.get("relation", "")
    if relation and not hasattr(model_class, relation):
        raise ImproperlyConfigured(f"{where}: {model} has no relation {relation!r}")
    filters = []
    for name, value in sorted(data.get("filter", {}).items()):
        values = tuple(value) if isinstance(value, list) else (value,)
        filters.append((name, values))
    return Source(model=model, filter=tuple(filters), relation=relation)


def _check(data, where):
    kind = data.get("kind")
    if kind not in KINDS:
        raise ImproperlyConfigured(f"{where}: unknown check kind {kind!r}")
    sources = tuple(_source(source, where) for source in data.get("sources", ()))
    if kind in CONTENT_KINDS and not sources:
        raise ImproperlyConfigured(f"{where}: a {kind} check needs sources")
    if kind == UPDATED_WITHIN and not data.get("days"):
        raise ImproperlyConfigured(f"{where}: an updated_within check needs days")
    if kind == FIELD and not data.get("fields"):
        raise ImproperlyConfigured(f"{where}: a field check needs fields")
    if kind == UPLOAD and data.get("slot") not in UPLOAD_SLOTS:
        raise ImproperlyConfigured(f"{where}: an upload check needs a slot of {UPLOAD_SLOTS}")
    return Check(
        kind=kind,
        sources=sources,
        min=int(data.get("min", 1)),
        offset=int(data.get("offset", 0)),
        days=int(data.get("days", 0)),
        fields=tuple(data.get("fields", ("attachments",) if kind == DOCUMENT else ())),
        slot=data.get("slot", ""),
        missing=data.get("missing", ""),
    )


def parse_standard(data, where="standard"):
    requirements = []
    for item in data["requirements"]:
        at = f"{where} {item['code']}"
        create = item.get("create", "")
        if create:
            _source({"type": create}, at)
        requirements.append(
            Requirement(
                code=item["code"],
                title=item["title"],
                checks=tuple(_check(check, at) for check in item["checks"]),
                create=create,
                note=item.get("note", ""),
            )
        )
    return Standard(
        key=data["key"],
        family=data.get("family", data["key"]),
        edition=str(data.get("edition", "")),
        title=data["title"],
        short_title=data.get("short_title", data["title"]),
        source=data.get("source", ""),
        default=bool(data.get("default", False)),
        requirements=tuple(requirements),
        report=data.get("report"),
    )


@cache
def standards():
    """Every standard in ``standards/``, by key, in file-name order."""
    found = {}
    for path in sorted(STANDARDS_DIR.glob("*.json")):
        standard = parse_standard(json.loads(path.read_text(encoding="utf-8")), path.name)
        if standard.key in found:
            raise ImproperlyConfigured(f"{path.name}: duplicate standard key {standard.key!r}")
        found[standard.key] = standard
    return found


def get(key):
    return standards()[key]


def default_keys():
    return [key for key, standard in standards().items() if standard.default]


def choices():
    """(key, title) for a settings form."""
    return [
        (key, f"{standard.title} ({standard.edition})" if standard.edition else standard.title)
        for key, standard in standards().items()
    ]
