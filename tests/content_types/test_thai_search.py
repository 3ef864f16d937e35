"""Thai search finds words inside unspaced Thai text, on SQLite and PostgreSQL alike."""

import pytest
from wagtail.models import Page

from content_types.models import GeneralPage
from content_types.thai_search import compound_parts, index_text, query_text
from tests.helpers import publish_as_setup, publish_child


def test_compound_words_are_indexed_with_their_parts():
    assert compound_parts("อัตราภาษี") == ("อัตรา", "ภาษี")
    assert "ภาษี" in index_text("กรมสรรพากรประกาศอัตราภาษีใหม่").split()
    assert compound_parts("ภาษี") == ()


def test_a_query_is_tokenized_like_the_index():
    assert query_text("ภาษีใหม่") == "ภาษี ใหม่"


@pytest.fixture
def tax_page(home):
    page = GeneralPage(title="ประกาศ", slug="tax", body=[("paragraph", "<p>x</p>")])
    publish_child(home, page)
    page.body = [("paragraph", "<p>กรมสรรพากรประกาศอัตราภาษีใหม่</p>")]
    publish_as_setup(page)
    return page


@pytest.mark.parametrize("query", ["ภาษี", "กรมสรรพากร", "อัตราภาษีใหม่", "ประกาศ"])
def test_a_published_page_is_found_by_words_inside_unspaced_text(tax_page, query):
    results = Page.objects.live().search(query_text(query), operator="and")
    assert tax_page.pk in [page.pk for page in results]


def test_an_unrelated_word_does_not_find_it(tax_page):
    results = Page.objects.live().search(query_text("โรงพยาบาล"), operator="and")
    assert tax_page.pk not in [page.pk for page in results]


def test_the_search_page_finds_it_for_a_visitor(client, tax_page):
    response = client.get("/search/", {"q": "ภาษี"})
    assert response.status_code == 200
    assert tax_page.url in response.content.decode()
