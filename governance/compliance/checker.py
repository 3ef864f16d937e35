"""The checker: a site against each standard that applies to it.

Per requirement: met, partly met or not met, with the evidence (live public URLs) and what is
missing, e.g. "O13 รายงานผลการดำเนินงานประจำปี: ไม่มีรายงานของปีงบประมาณ 2569". Its queries do not
grow with the number of pages or sites (``content``): check one site or all of them at once.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.apps import apps
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import WorkflowPage

from . import registry
from .content import Content, SiteRoots, field_names

MET = "met"
PARTIAL = "partial"
NOT_MET = "not_met"
#: Evidence URLs kept per requirement: enough for an assessor, never the whole site.
MAX_EVIDENCE = 20


def fiscal_year_of(day):
    """The Buddhist-era fiscal year of ``day``: it starts on 1 October."""
    return day.year + 543 + (1 if day.month >= 10 else 0)


def status_label(status):
    return {MET: _("Met"), PARTIAL: _("Partly met"), NOT_MET: _("Not met")}[status]


@dataclass
class CheckResult:
    status: str
    evidence: list = field(default_factory=list)
    missing: str = ""


@dataclass
class RequirementResult:
    requirement: registry.Requirement
    status: str
    evidence: list
    missing: list

    @property
    def gap(self):
        """What is missing, prefixed with the requirement: "O13 ...: ไม่มี..."."""
        return f"{self.requirement.label}: {'; '.join(self.missing)}"

    @property
    def status_label(self):
        return status_label(self.status)

    def as_dict(self):
        return {
            "code": self.requirement.code,
            "title": self.requirement.title,
            "status": self.status,
            "evidence": self.evidence,
            "missing": self.missing,
        }


@dataclass
class StandardResult:
    standard: registry.Standard
    site: object
    results: list

    def count(self, status):
        return sum(1 for result in self.results if result.status == status)

    @property
    def met(self):
        return self.count(MET)

    @property
    def partial(self):
        return self.count(PARTIAL)

    @property
    def not_met(self):
        return self.count(NOT_MET)

    @property
    def score(self):
        """Completeness in percent: a partly met requirement counts half."""
        if not self.results:
            return 100.0
        return round(100 * (self.met + self.partial / 2) / len(self.results), 1)

    @property
    def gaps(self):
        return [result for result in self.results if result.status != MET]

    def as_dict(self):
        return {
            "standard": self.standard.key,
            "title": self.standard.title,
            "edition": self.standard.edition,
            "score": self.score,
            "met": self.met,
            "partial": self.partial,
            "not_met": self.not_met,
            "requirements": [result.as_dict() for result in self.results],
        }


class Records:
    """What the record checks read for every site at once: the settings' uploads and which
    sites a publication workflow governs."""

    def __init__(self, roots):
        from .models import ComplianceSettings

        self.settings = {
            settings.site_id: settings
            for settings in ComplianceSettings.objects.filter(site__in=list(roots.sites))
        }
        workflow_paths = list(
            WorkflowPage.objects.filter(workflow__active=True).values_list("page__path", flat=True)
        )
        self.governed = {
            pk
            for pk, site in roots.sites.items()
            if any(site.root_page.path.startswith(path) for path in workflow_paths)
        }

    def upload(self, site, slot):
        settings = self.settings.get(site.pk)
        return getattr(settings, slot, None) if settings else None


class Checker:
    """Evaluates standards for any of ``sites`` (all sites by default), reading content once."""

    def __init__(self, standards, sites=None, today=None, now=None):
        self.standards = list(standards)
        if now is None and today is not None:
            now = datetime.combine(today, time.max, tzinfo=timezone.get_current_timezone())
        self.now = now or timezone.now()
        self.today = today or timezone.localdate(self.now)
        self.roots = SiteRoots(sites)
        self.content = Content(self.standards, self.roots)
        self.records = Records(self.roots)

    def check(self, site, standard):
        site = self.roots.sites[site.pk]
        results = [self.requirement(site, requirement) for requirement in standard.requirements]
        return StandardResult(standard=standard, site=site, results=results)

    def requirement(self, site, requirement):
        checks = [self.evaluate(site, check) for check in requirement.checks]
        statuses = {check.status for check in checks}
        if statuses == {MET}:
            status = MET
        elif statuses == {NOT_MET}:
            status = NOT_MET
        else:
            status = PARTIAL
        evidence = []
        for check in checks:
            for url in check.evidence:
                if url not in evidence and len(evidence) < MAX_EVIDENCE:
                    evidence.append(url)
        missing = [check.missing for check in checks if check.status != MET and check.missing]
        return RequirementResult(requirement, status, evidence, missing)

    # --- the kinds -----------------------------------------------------------------------------

    def evaluate(self, site, check):
        if check.kind == registry.UPLOAD:
            document = self.records.upload(site, check.slot)
            if document is None:
                return CheckResult(NOT_MET, missing=self.say(check, _UPLOAD_MISSING))
            return CheckResult(MET, evidence=[site.root_url + document.url])
        if check.kind == registry.WORKFLOW:
            if site.pk in self.records.governed:
                return CheckResult(MET)
            return CheckResult(NOT_MET, missing=self.say(check, _WORKFLOW_MISSING))
        items = []
        for source in check.sources:
            items.extend(self.content.items(site, source))
        items.sort(key=lambda row: row["last_published_at"] or self.now, reverse=True)
        return getattr(self, f"check_{check.kind}")(check, items)

    def urls(self, items):
        urls = []
        for item in items:
            url = self.content.url_of(item)
            if url not in urls:
                urls.append(url)
            if len(urls) >= MAX_EVIDENCE:
                break
        return urls

    def say(self, check, default, **values):
        values.setdefault("min", check.min)
        values.setdefault("days", check.days)
        if check.missing:
            return check.missing.format_map(Blank(values))
        return default() % values

    def check_live(self, check, items):
        count = len(items)
        if count >= check.min:
            return CheckResult(MET, self.urls(items))
        default = _LIVE_MISSING if count == 0 else _LIVE_TOO_FEW
        status = NOT_MET if count == 0 else PARTIAL
        return CheckResult(status, self.urls(items), self.say(check, default, count=count))

    def check_fiscal_year(self, check, items):
        year = fiscal_year_of(self.today) + check.offset
        matching = [item for item in items if item.get("fiscal_year") == year]
        if matching:
            return CheckResult(MET, self.urls(matching))
        status = PARTIAL if items else NOT_MET
        return CheckResult(status, self.urls(items), self.say(check, _YEAR_MISSING, year=year))

    def check_updated_within(self, check, items):
        cutoff = self.now - timedelta(days=check.days)
        recent = [item for item in items if (item["last_published_at"] or cutoff) > cutoff]
        if recent:
            return CheckResult(MET, self.urls(recent))
        status = PARTIAL if items else NOT_MET
        return CheckResult(status, self.urls(items), self.say(check, _STALE))

    def check_field(self, check, items):
        def complete(item):
            return all(
                any(filled(item.get(name)) for name in field_names(spec)) for spec in check.fields
            )

        done = [item for item in items if complete(item)]
        if items and len(done) == len(items):
            return CheckResult(MET, self.urls(items))
        lacking = ", ".join(self.field_label(check, spec) for spec in check.fields)
        if not items:  # the check's own message counts items, so say plainly there are none
            return CheckResult(NOT_MET, missing=_LIVE_MISSING())
        message = self.say(
            check, _FIELDS_MISSING, count=len(items) - len(done), total=len(items), fields=lacking
        )
        return CheckResult(PARTIAL, self.urls(done), message)

    def field_label(self, check, spec):
        source = check.sources[0]
        model = source.model_class
        if source.relation:
            model = getattr(model, source.relation).rel.related_model
        labels = []
        for name in field_names(spec):
            try:
                labels.append(str(model._meta.get_field(name).verbose_name))
            except LookupError:
                labels.append(name)
        return _(" or ").join(labels)

    def check_document(self, check, items):
        with_document = [
            item for item in items if any(filled(item.get(name)) for name in check.fields)
        ]
        if with_document:
            return CheckResult(MET, self.urls(with_document))
        status = PARTIAL if items else NOT_MET
        return CheckResult(status, self.urls(items), self.say(check, _NO_DOCUMENT))


class Blank(dict):
    """Values for a data file's message; a placeholder it does not know stays empty."""

    def __missing__(self, key):
        return ""


def filled(value):
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return len(value) > 0
    except TypeError:
        return True


def _LIVE_MISSING():  # noqa: N802 - messages translated when used, in the active language
    return _("No live item yet")


def _LIVE_TOO_FEW():  # noqa: N802
    return _("Only %(count)s live of the %(min)s needed")


def _YEAR_MISSING():  # noqa: N802
    return _("Nothing for fiscal year %(year)s")


def _STALE():  # noqa: N802
    return _("Not updated in the last %(days)s days")


def _FIELDS_MISSING():  # noqa: N802
    return _("%(count)s of %(total)s items lack: %(fields)s")


def _NO_DOCUMENT():  # noqa: N802
    return _("No document attached")


def _UPLOAD_MISSING():  # noqa: N802
    return _("Not uploaded in the compliance settings yet")


def _WORKFLOW_MISSING():  # noqa: N802
    return _("No publication workflow governs this site")


# --- entry points --------------------------------------------------------------------------------


def applicable_standards(site):
    """The standards a site is assessed on: those its administrator chose, else the defaults."""
    from .models import ComplianceSettings

    return standards_for(ComplianceSettings.objects.filter(site=site).first())


def standards_for(settings):
    keys = settings.standard_keys() if settings else registry.default_keys()
    known = registry.standards()
    return [known[key] for key in keys if key in known]


def check_site(site, standards=None, today=None):
    """[StandardResult] for ``site`` against ``standards`` (default: those that apply)."""
    standards = applicable_standards(site) if standards is None else standards
    checker = Checker(standards, sites=[site], today=today)
    return [checker.check(site, standard) for standard in standards]


def check_sites(sites, today=None):
    """{site pk: [StandardResult]} for many sites, each against its own standards, reading the
    content of all of them at once."""
    from .models import ComplianceSettings

    sites = list(sites)
    settings = {s.site_id: s for s in ComplianceSettings.objects.filter(site__in=sites)}
    chosen = {site.pk: standards_for(settings.get(site.pk)) for site in sites}
    every = {standard.key: standard for standards in chosen.values() for standard in standards}
    checker = Checker(every.values(), sites=sites, today=today)
    return {
        site.pk: [checker.check(site, standard) for standard in chosen[site.pk]] for site in sites
    }


def create_url(site, model_label, cache=None):
    """The admin's "add a page of this type" URL under the first page of the site that may be
    its parent (the home page when the type may sit there), or ``""``."""
    from django.contrib.contenttypes.models import ContentType
    from django.urls import reverse
    from wagtail.models import Page

    cache = {} if cache is None else cache
    key = (site.pk, model_label)
    if key not in cache:
        model = apps.get_model(model_label)
        allowed = model.allowed_parent_page_models()
        parents = [ContentType.objects.get_for_model(parent) for parent in allowed]
        parent = (
            Page.objects.filter(path__startswith=site.root_page.path, content_type__in=parents)
            .order_by("path")
            .first()
        )
        cache[key] = (
            reverse(
                "wagtailadmin_pages:add",
                args=(model._meta.app_label, model._meta.model_name, parent.pk),
            )
            if parent
            else ""
        )
    return cache[key]


def as_of(day):
    """A date for ``today=``: accepts a date or "YYYY-MM-DD"."""
    return day if isinstance(day, date) else date.fromisoformat(day)
