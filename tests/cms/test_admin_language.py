"""The admin speaks Thai unless a user chooses English in their account preferences."""

from wagtail.users.models import UserProfile


def test_the_admin_is_in_thai_by_default(login, demo):
    html = login("author").get("/admin/").content.decode()
    assert 'lang="th"' in html


def test_a_user_who_chooses_english_gets_the_admin_in_english(login, demo):
    profile = UserProfile.get_for_user(demo["webmaster"])
    profile.preferred_language = "en"
    profile.save()
    html = login("webmaster").get("/admin/").content.decode()
    assert 'lang="en"' in html
    assert "Dashboard" in html


def test_the_account_page_offers_thai_and_english(login, demo):
    html = login("author").get("/admin/account/").content.decode()
    assert "ภาษาไทย" in html
    assert "English" in html
