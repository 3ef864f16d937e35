"""Accessibility of the public site: axe-core (npm, ``node_modules/axe-core``) runs in Chromium on
one live page of every public page type of the demo, and on search, the sitemap and the "not
found" page, against WCAG 2.1 A and AA. No serious or critical violation is allowed; the counts
of every page are printed (``make e2e`` shows them) and axe's full results are kept in
``var/e2e-artifacts/<test>/axe-results.json``."""

import json

from .server import REPO

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
IMPACTS = ["critical", "serious", "moderate", "minor"]

#: One live page of each page type (the first in the tree); a general page is added, as the demo
#: has none.
PAGES_BY_TYPE = """
from content_types.models import GeneralPage
from governance.models import WorkGroup
from governance.gate import system_publication
from wagtail.models import Page, Site

site = Site.objects.get(is_default_site=True)
home = site.root_page.specific
if not GeneralPage.objects.live().descendant_of(home).exists():
    page = GeneralPage(
        title="หน้าข้อมูลทั่วไป", slug="general-information", owner_work_group=WorkGroup.objects.first(),
        information_owner_name="สมหญิง ตัวอย่าง", information_owner_position="นักประชาสัมพันธ์",
    )
    with system_publication("accessibility test set-up"):
        home.add_child(instance=page)
        page.save_revision().publish()
result = {}
for page in Page.objects.live().descendant_of(home, inclusive=True).specific().order_by("path"):
    result.setdefault(type(page).__name__, page.relative_url(site))
"""

OTHER_PAGES = {
    "search results": "/search/?q=ไข้เลือดออก",
    "search, no query": "/search/",
    "sitemap": "/sitemap/",
    "not found (404)": "/no-such-page/",
}


def axe(page):
    """axe-core's results for the page as it is now."""
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
    )


def test_every_public_page_type_has_no_serious_or_critical_violations(server, visitor, shot):
    pages = {**server.query(PAGES_BY_TYPE), **OTHER_PAGES}
    browser = visitor(bypass_csp=True)
    results, failures = {}, []
    version = json.loads((AXE.parent / "package.json").read_text())["version"]
    print(f"\naxe-core {version}, WCAG 2.1 A/AA: violations by impact, to review, passed")
    headings = ["critical", "serious", "moderate", "minor", "review", "passed"]
    print(f"{'page':<26} " + " ".join(f"{heading:>8}" for heading in headings) + "  url")
    for name, url in pages.items():
        browser.goto(url)
        result = results[name] = axe(browser)
        counts = {impact: 0 for impact in IMPACTS}
        for violation in result["violations"]:
            counts[violation["impact"]] += 1
            if violation["impact"] in ("serious", "critical"):
                failures.append(f"{name} {url}: {violation['id']} ({violation['help']})")
        row = [*(counts[impact] for impact in IMPACTS), len(result["incomplete"])]
        row.append(len(result["passes"]))
        print(f"{name:<26} " + " ".join(f"{count:>8}" for count in row) + f"  {url}")
        assert result["passes"], f"axe checked nothing on {url}"
        shot(browser, name.replace(" ", "-"))
    (shot.folder / "axe-results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))

    assert len(pages) >= 28  # every page type, search, sitemap, 404
    assert not failures, "\n".join(failures)


def test_the_check_catches_a_violation(server, visitor):
    """The control: an image without a text alternative and a low-contrast line, put into the
    home page, are reported as the violations they are."""
    browser = visitor(bypass_csp=True)
    browser.goto("/")
    browser.evaluate(
        """() => document.querySelector("main").insertAdjacentHTML("beforeend",
            '<img src="/static/none.png"><p style="color:#bbb;background:#fff">ข้อความจาง</p>')"""
    )
    found = {violation["id"]: violation["impact"] for violation in axe(browser)["violations"]}
    assert found.get("image-alt") == "critical"
    assert found.get("color-contrast") == "serious"
