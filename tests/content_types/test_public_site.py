"""The public site's frame: navigation, home sections, sitemaps, page meta in Buddhist era."""

import datetime

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Site

from content_types.models import ContactPage, DisplaySettings, GeneralPage, PolicyPage
from tests.helpers import publish_child


@pytest.fixture
def section(home, demo):
    """A category page in the menu with two published items, one of them governed with a source."""
    category = GeneralPage(title="ข่าวประชาสัมพันธ์", slug="pr", show_in_menus=True)
    publish_child(home, category)
    for number in (1, 2):
        item = GeneralPage(
            title=f"ข่าวที่ {number}",
            slug=f"item-{number}",
            source_name="กลุ่มงานประชาสัมพันธ์",
            information_date=datetime.date(2026, 11, 21),
        )
        publish_child(category, item)
    return category


def test_the_home_page_has_a_section_per_category_with_its_latest_items(client, section):
    html = client.get("/").content.decode()
    assert "ข่าวประชาสัมพันธ์" in html
    assert "ข่าวที่ 1" in html and "ข่าวที่ 2" in html
    assert '<nav class="main-nav"' in html


def test_a_governed_page_shows_its_source_and_buddhist_era_dates(client, section):
    html = client.get("/pr/item-1/").content.decode()
    assert "ที่มา" in html and "กลุ่มงานประชาสัมพันธ์" in html
    assert "21 พฤศจิกายน 2569" in html
    assert "วันที่เผยแพร่" in html and "ปรับปรุงล่าสุด" in html


def test_a_site_setting_switches_dates_to_thai_digits(client, section):
    settings = DisplaySettings.for_site(Site.objects.get(is_default_site=True))
    settings.thai_digits = True
    settings.save()
    html = client.get("/pr/item-1/").content.decode()
    assert "๒๑ พฤศจิกายน ๒๕๖๙" in html
    settings.thai_digits = False
    settings.save()
    assert "21 พฤศจิกายน 2569" in client.get("/pr/item-1/").content.decode()


def test_sitemap_xml_lists_live_pages(client, section):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "/pr/item-2/" in response.content.decode()


def test_the_human_sitemap_nests_pages_under_their_parents(client, section):
    html = client.get("/sitemap/").content.decode()
    assert html.index("ข่าวประชาสัมพันธ์") < html.index("ข่าวที่ 1")
    assert "<h1>แผนผังเว็บไซต์</h1>" in html


def test_unpublished_pages_are_in_neither_sitemap(client, section):
    section.get_children().first().specific.unpublish()
    assert "/pr/item-1/" not in client.get("/sitemap.xml").content.decode()
    assert "ข่าวที่ 1" not in client.get("/sitemap/").content.decode()


def test_the_font_is_served_from_the_site_itself(client, demo):
    html = client.get("/").content.decode()
    assert "fonts.googleapis.com" not in html
    assert "/static/fonts/sarabun/sarabun-thai-400-normal.woff2" in html
    for weight in (400, 700):
        assert finders.find(f"fonts/sarabun/sarabun-thai-{weight}-normal.woff2")


def _part(html, start_marker, end_marker):
    start = html.index(start_marker)
    return html[start : html.index(end_marker, start)]


def test_policies_are_in_every_footer_and_not_in_the_menu(client, demo):
    policy = PolicyPage.objects.live().first()
    html = client.get("/news/").content.decode()
    assert policy.url in _part(html, '<footer class="site-footer">', "</footer>")
    assert policy.url not in _part(html, '<nav class="main-nav"', "</nav>")


def test_single_category_pages_are_listed_together_on_the_home_page(client, demo):
    contact = ContactPage.objects.live().get()
    html = client.get("/").content.decode()
    more = _part(html, '<section class="home-more"', "</section>")
    assert contact.url in more
    assert "ข้อมูลและบริการ" in more
