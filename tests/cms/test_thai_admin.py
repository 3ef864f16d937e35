"""The Wagtail admin is in Thai throughout: locale_wagtail/ translates every msgid of the installed
Wagtail apps' catalogues (and what Django's own Thai lacks), and a Thai user sees no English
button or heading on the screens they work in."""

import importlib.machinery
import importlib.util
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation

from content_types.models import GeneralPage

from ..admin_forms import page_form
from ..helpers import add_url, pr_group, publish_child

REPO = Path(__file__).resolve().parents[2]
OVERRIDE = REPO / "locale_wagtail" / "th" / "LC_MESSAGES"
OURS = REPO / "locale" / "th" / "LC_MESSAGES" / "django.po"
REFRESH = "run scripts/wagtail-thai, translate the msgids it lists, then make install"

# Wagtail's English labels a Thai user must never meet on the screens below.
ENGLISH_LABELS = (
    "Publish",
    "Save draft",
    "Dashboard",
    "Pages",
    "Documents",
    "Images",
    "Users",
    "Settings",
    "Search",
    "Add child page",
    "Edit",
    "Delete",
    "Unpublish",
    "Preview",
)
# The printing-trade word for "publish" in Wagtail's own Thai; government staff say เผยแพร่.
WRONG_PUBLISH = "การจัดพิมพ์"


def _load_script():
    path = REPO / "scripts" / "wagtail-thai"
    loader = importlib.machinery.SourceFileLoader("wagtail_thai", str(path))
    spec = importlib.util.spec_from_loader("wagtail_thai", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


script = _load_script()


# --- the catalogues ------------------------------------------------------------------------------


@pytest.mark.parametrize("po_file", sorted(OVERRIDE.glob("*.po")), ids=lambda path: path.name)
def test_every_msgid_of_the_override_is_translated(po_file):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    statistics = result.stderr.strip().splitlines()[-1]
    assert "untranslated" not in statistics and "fuzzy" not in statistics, statistics
    assert "translated message" in statistics


def test_both_domains_are_there():
    assert {path.name for path in OVERRIDE.glob("*.po")} == {"django.po", "djangojs.po"}


@pytest.mark.parametrize("domain", script.DOMAINS)
def test_the_override_covers_every_msgid_of_the_installed_wagtail(domain):
    override = script.entries(OVERRIDE / f"{domain}.po")
    for source in script.sources(domain):
        missing = [key for key in script.entries(source) if key not in override]
        assert not missing, f"{source} has msgids the override lacks ({REFRESH}): {missing[:20]}"


def test_the_override_fills_every_gap_in_djangos_own_thai():
    override = script.entries(OVERRIDE / "django.po")
    for english, thai in script.gap_sources("django"):
        own = script.entries(thai) if thai else {}
        missing = [
            key for key in script.entries(english) if not own.get(key) and not override.get(key)
        ]
        assert not missing, f"{english}: no Thai for ({REFRESH}): {missing[:20]}"


def test_every_installed_wagtail_app_with_a_catalogue_is_in_the_script():
    wagtail_root = Path(apps.get_app_config("wagtailcore").path)
    installed = set()
    for config in apps.get_app_configs():
        path = Path(config.path)
        if (path / "locale" / "en").is_dir() and path.is_relative_to(wagtail_root):
            installed.add(str(path.relative_to(wagtail_root)).replace(".", ""))
    assert installed <= set(script.APPS), f"add to APPS in scripts/wagtail-thai: {installed}"


def test_the_terms_thai_government_staff_use():
    override = script.entries(OVERRIDE / "django.po")
    assert override[(None, "Publish")] == "เผยแพร่"
    assert override[(None, "Unpublish")] == "ยกเลิกการเผยแพร่"
    assert override[(None, "Save draft")] == "บันทึกฉบับร่าง"
    assert override[(None, "Submit for moderation")] == "ส่งให้พิจารณา"
    assert override[(None, "Request changes")] == "ส่งกลับให้แก้ไข"
    for po_file in OVERRIDE.glob("*.po"):
        text = po_file.read_text(encoding="utf-8")
        assert WRONG_PUBLISH not in text and "ตีพิมพ์" not in text, po_file


# --- which catalogue wins ----------------------------------------------------------------------


def test_our_catalogue_wins_and_the_override_wins_over_wagtails_own_thai():
    assert settings.LOCALE_PATHS[:2] == [REPO / "locale", REPO / "locale_wagtail"]
    ours = script.entries(OURS)
    override = script.entries(OVERRIDE / "django.po")
    with translation.override("th"):
        for (context, msgid), msgstr in override.items():
            if context is None and msgstr:
                expected = ours.get((None, msgid)) or msgstr
                assert translation.gettext(msgid) == expected, f"{msgid!r}: is the .mo stale?"


# A msgid in both catalogues takes OUR translation in the admin too. These differ from the
# admin's wording; each new one needs a look (give our string a context with pgettext if the
# admin's meaning differs). "History" and "Published" read wrong in Wagtail's page history.
KNOWN_COLLISIONS = {
    "Cancelled",
    "Pages",
    "Title",
    "URL",
    "label",
    "required",
    "revision",
    "version",
}


def test_msgids_our_catalogue_shares_with_the_admin_are_known():
    ours = script.entries(OURS)
    override = script.entries(OVERRIDE / "django.po")
    differing = {
        msgid
        for (context, msgid), msgstr in override.items()
        if context is None and ours.get((None, msgid)) not in (None, "", msgstr)
    }
    assert differing == KNOWN_COLLISIONS


# --- the screens -------------------------------------------------------------------------------


class _VisibleText(HTMLParser):
    """Text a reader sees: no tags, no attribute values, nothing inside <script> or <style>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(" ".join(data.split()))


def visible_text(html):
    parser = _VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)


def english_labels(text):
    return sorted({word for word in ENGLISH_LABELS if re.search(rf"\b{word}\b", text)})


def assert_in_thai(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    html = response.content.decode()
    assert 'lang="th"' in html
    assert not english_labels(visible_text(html)), (url, english_labels(visible_text(html)))
    assert WRONG_PUBLISH not in html, url
    return html


def sidebar_labels(html):
    """The labels of the sidebar menu, which the admin's JavaScript draws from JSON."""
    match = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
                      html, flags=re.DOTALL)  # fmt: skip
    assert match, "no sidebar props"
    labels = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "label" and isinstance(value, str):
                    labels.append(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(json.loads(match.group(1)))
    return labels


@pytest.fixture
def submitted_draft(login, demo, home):
    """``author``'s page, submitted for approval through the editor."""
    group = pr_group()
    page = GeneralPage(title="ข่าวรอเผยแพร่", slug="awaiting", live=False, owner=demo["author"],
                       owner_work_group=group)  # fmt: skip
    home.add_child(instance=page)
    page.save_revision(user=demo["author"])
    response = login("author").post(
        f"/admin/pages/{page.pk}/edit/",
        page_form(page.title, page.slug, action="submit", owner_work_group=group.pk),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return page


def test_an_authors_screens_are_in_thai(login, home):
    author = login("author")
    dashboard = assert_in_thai(author, "/admin/")
    labels = sidebar_labels(dashboard)
    assert "หน้าเว็บ" in labels or "หน้า" in labels, labels
    assert not set(labels) & set(ENGLISH_LABELS), labels
    assert_in_thai(author, f"/admin/pages/{home.pk}/")  # the page explorer
    assert_in_thai(author, f"/admin/pages/{home.pk}/add_subpage/")
    editor = assert_in_thai(author, add_url(GeneralPage, home))
    assert "บันทึกฉบับร่าง" in visible_text(editor)
    assert_in_thai(author, "/admin/documents/")
    assert_in_thai(author, "/admin/images/")
    assert_in_thai(author, "/admin/account/")


def test_a_group_heads_moderation_screens_are_in_thai(login, submitted_draft):
    head = login("head")
    dashboard = assert_in_thai(head, "/admin/")
    assert "รอการพิจารณาของท่าน" in visible_text(dashboard)  # "Awaiting your review"
    assert submitted_draft.title in visible_text(dashboard)
    assert_in_thai(head, f"/admin/pages/{submitted_draft.pk}/edit/")
    assert_in_thai(head, "/admin/reports/workflow/")
    assert_in_thai(head, "/admin/reports/workflow_tasks/")


def test_a_webmasters_editor_of_a_live_page_is_in_thai(login, home):
    page = publish_child(home, GeneralPage(title="ข่าวที่เผยแพร่แล้ว", slug="live-news",
                                           owner_work_group=pr_group()))  # fmt: skip
    webmaster = login("webmaster")
    editor = assert_in_thai(webmaster, f"/admin/pages/{page.pk}/edit/")
    assert "บันทึกฉบับร่าง" in visible_text(editor)
    assert_in_thai(webmaster, f"/admin/pages/{page.pk}/history/")


def test_a_site_administrators_user_screens_are_in_thai(login, demo):
    admin = login("admin")
    users = assert_in_thai(admin, "/admin/users/")
    assert "ชื่อผู้ใช้" in visible_text(users) or "ผู้ใช้" in visible_text(users)
    assert_in_thai(admin, "/admin/groups/")
    assert_in_thai(admin, "/admin/workflows/list/")


def test_the_admins_javascript_strings_are_in_thai(login, demo):
    body = login("author").get("/admin/jsi18n/").content.decode()
    for thai in ("ตัวสำรวจหน้า", "หน้าหลัก"):  # "Page explorer", "Dashboard"
        assert thai in body or json.dumps(thai)[1:-1] in body, thai
