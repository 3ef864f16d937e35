"""End-to-end fixtures: Debian's Chromium driven by Playwright against the demo site, served live.

Every test here is marked ``e2e``. They are skipped, with the reason, when ``/usr/bin/chromium``
is missing (``make install`` installs it from Debian) and in the PostgreSQL half of
``make test``: the live server keeps its own SQLite database (see ``server.py``), so a second
run would test the same thing again.
"""

import os
import re
from pathlib import Path

import pytest

from ..conftest import DEMO_TEST_PASSWORD
from .server import REPO, DemoServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = REPO / "var" / "e2e-artifacts"
#: Anything the pages ask of another host (an avatar service) is refused: the tests stay offline.
OFFSITE = re.compile(r"^https?://(?!127\.0\.0\.1[:/])")


def skip_reason():
    if not CHROMIUM.exists():
        return "end-to-end tests need Debian's Chromium at /usr/bin/chromium (make install)"
    if not os.environ.get("DATABASE_URL", "sqlite").startswith("sqlite"):
        return "end-to-end tests run in the SQLite half (the live server has its own database)"
    return None


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    reason = skip_reason()
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.e2e)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """The demo agency, migrated and seeded in a fresh SQLite file, served on a free port."""
    demo = DemoServer(tmp_path_factory.mktemp("e2e-site")).start()
    yield demo
    demo.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def visitor(browser, server):
    """``visitor()`` opens a fresh browser window (its own cookies) on the demo site;
    ``visitor(bypass_csp=True)`` one where a test may inject a script (axe), which the public
    site's Content-Security-Policy rightly refuses otherwise."""
    contexts = []

    def open_window(bypass_csp=False):
        context = browser.new_context(
            bypass_csp=bypass_csp,
            base_url=server.base_url,
            locale="th-TH",
            timezone_id="Asia/Bangkok",
            viewport={"width": 1280, "height": 1000},
        )
        context.set_default_timeout(20_000)
        context.route(OFFSITE, lambda route: route.abort())
        contexts.append(context)
        return context.new_page()

    yield open_window
    for context in contexts:
        context.close()


@pytest.fixture
def signed_in(visitor):
    """``signed_in("author")``: a browser window signed in to the admin as that demo user,
    through the login form."""

    def sign_in(username):
        page = visitor()
        page.goto("/admin/login/")
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill(DEMO_TEST_PASSWORD)
        page.locator("form button[type=submit]").click()
        page.wait_for_url("**/admin/")
        return page

    return sign_in


class Screenshots:
    """Numbered screenshots of one test's steps: ``var/e2e-artifacts/<test>/<nn-step>.png``."""

    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        for old in folder.glob("*.png"):
            old.unlink()
        folder.mkdir(parents=True, exist_ok=True)

    def __call__(self, page, step):
        self.count += 1
        path = self.folder / f"{self.count:02d}-{step}.png"
        page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def shot(request):
    """``shot(page, "step-name")`` saves a screenshot of the step in the test's artifacts folder."""
    return Screenshots(ARTIFACTS / re.sub(r"[^\w.-]+", "-", request.node.name))
