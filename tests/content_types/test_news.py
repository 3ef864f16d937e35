"""News and job recruitment (seed 004 clause 1.9, ITA O7), tried as visitors and editors do."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, rich_text

from content_types.models import AnnouncementPage, NewsIndexPage, NewsPage
from content_types.models.news import GALLERY_REQUIRED, NewsKind
from content_types.thai_search import query_text
from governance.governed import REQUIREMENT_MESSAGES
from tests.helpers import approve_request, publish_as_setup, publish_child

from ..admin_forms import page_form
from ..helpers import add_url, pr_group, thai


def news_index():
    return NewsIndexPage.objects.get()


def news_form(title, slug, action="publish", gallery=(), **fields):
    fields.setdefault("kind", NewsKind.GENERAL)
    fields.setdefault("information_date", "2026-06-01")
    fields.setdefault("gallery_images", inline_formset(list(gallery)))
    return page_form(title, slug, action=action, owner_work_group=pr_group().pk, **fields)


def add_news(parent, slug, kind=NewsKind.GENERAL, day=date(2026, 1, 1), title=None):
    page = NewsPage(title=title or f"ข่าว {slug}", slug=slug, kind=kind, information_date=day)
    publish_child(parent, page)
    return page


# --- the public site -------------------------------------------------------------------------


def test_a_news_page_shows_its_kind_source_and_buddhist_era_date(client, demo):
    response = client.get("/news/pr-dengue-campaign/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>รณรงค์ป้องกันโรคไข้เลือดออกทั่วจังหวัด</h1>" in html
    assert thai(NewsKind.PR.label) in html
    assert "สำนักงานสาธารณสุขจังหวัดตัวอย่าง" in html  # the source
    assert "15 มิถุนายน 2569" in html


def test_photo_news_shows_every_photo_with_its_alt_text_and_caption(client, demo):
    html = client.get("/news/photo-walk-run/").content.decode()
    assert html.count("<figure>") == 3
    assert 'alt="เจ้าหน้าที่วัดความดันโลหิตให้ผู้ร่วมงาน"' in html
    assert "<figcaption>กิจกรรมเดิน-วิ่งเพื่อสุขภาพ: มอบรางวัล</figcaption>" in html


def test_an_alert_is_labelled_as_one(client, demo):
    html = client.get("/news/alert-heat-stroke/").content.decode()
    assert (
        f'<p class="news-kind news-kind--alert"><strong>{thai(NewsKind.ALERT.label)}</strong></p>'
        in html
    )
    general = client.get("/news/general-holiday-hours/").content.decode()
    assert "news-kind--alert" not in general


def test_a_job_announcement_shows_positions_period_and_how_to_apply(client, demo):
    page = AnnouncementPage.objects.get()
    html = client.get(page.url).content.decode()
    assert "<h3>นักวิชาการสาธารณสุข</h3>" in html
    assert "<dd>3</dd>" in html  # two posts and one post in all
    assert "jobs@example.com" in html
    closing = page.closing_date
    assert f"{closing.day} " in html and str(closing.year + 543) in html
    assert "recruitment-closed" not in html


def test_a_job_announcement_past_its_closing_date_says_it_has_closed(client, demo):
    page = AnnouncementPage.objects.get()
    page.closing_date = timezone.localdate() - timedelta(days=1)
    publish_as_setup(page)
    assert "recruitment-closed" in client.get(page.url).content.decode()


def test_the_news_index_lists_news_and_announcements_newest_first(client, demo):
    html = client.get("/news/").content.decode()
    titles = [page.title for page in NewsPage.objects.live().order_by("-information_date")]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    assert AnnouncementPage.objects.get().title in html
    assert '<label for="id_kind">' in html  # the filter is a labelled select


def test_the_news_index_filters_by_kind(client, demo):
    html = client.get("/news/", {"kind": NewsKind.ALERT}).content.decode()
    assert "เตือนภัยโรคลมร้อนช่วงอากาศร้อนจัด" in html
    assert "รณรงค์ป้องกันโรคไข้เลือดออกทั่วจังหวัด" not in html
    assert AnnouncementPage.objects.get().title not in html

    jobs = client.get("/news/", {"kind": "recruitment"}).content.decode()
    assert AnnouncementPage.objects.get().title in jobs
    assert "เตือนภัยโรคลมร้อนช่วงอากาศร้อนจัด" not in jobs


def test_the_news_index_shows_twenty_a_page_and_keeps_the_filter_across_pages(client, demo):
    for number in range(22):
        add_news(news_index(), f"pr-{number}", kind=NewsKind.PR, day=date(2025, 1, 1 + number))
    first = client.get("/news/", {"kind": NewsKind.PR})
    assert len(first.context["listing"]) == 20
    assert first.context["listing"].paginator.count == 24  # and the two demo PR news
    html = first.content.decode()
    assert 'href="?kind=pr&amp;page=2" rel="next"' in html
    second = client.get("/news/", {"kind": NewsKind.PR, "page": 2})
    assert [page.slug for page in second.context["listing"]] == ["pr-3", "pr-2", "pr-1", "pr-0"]


def test_thai_search_finds_a_news_item_by_a_word_inside_its_unspaced_title(demo):
    results = Page.objects.live().search(query_text("ไข้เลือดออก"))
    assert "pr-dengue-campaign" in [page.slug for page in results]
    photos = Page.objects.live().search(query_text("วัดความดันโลหิต"))  # an alt text
    assert "photo-walk-run" in [page.slug for page in photos]


def test_thai_search_finds_a_job_announcement_by_its_position(demo):
    results = Page.objects.live().search(query_text("เจ้าพนักงานธุรการ"))
    assert "recruitment-public-health-officer" in [page.slug for page in results]


# --- publication periods ---------------------------------------------------------------------


def test_alerts_default_to_thirty_days_and_other_news_to_a_year(demo):
    alert = NewsPage.objects.get(slug="alert-heat-stroke")
    news = NewsPage.objects.get(slug="pr-dengue-campaign")
    assert alert.default_expire_at() == alert.first_published_at + timedelta(days=30)
    assert news.default_expire_at() == news.first_published_at + timedelta(days=365)


def test_a_job_announcement_expires_at_the_end_of_its_closing_day_in_bangkok():
    page = AnnouncementPage(closing_date=date(2026, 12, 5))
    expire_at = page.default_expire_at()
    bangkok = ZoneInfo("Asia/Bangkok")
    assert expire_at == datetime.combine(date(2026, 12, 5), time.max, tzinfo=bangkok)
    assert expire_at.astimezone(ZoneInfo("UTC")).isoformat() == "2026-12-05T16:59:59.999999+00:00"
    assert AnnouncementPage().default_expire_at() is None


# --- the editor ------------------------------------------------------------------------------


def test_news_without_its_date_is_refused_on_publish_and_keeps_what_was_typed(login, demo):
    client = login("admin")
    response = client.post(
        add_url(NewsPage, news_index()),
        news_form("ข่าวไม่มีวันที่", "no-date", information_date="", source_name="กลุ่มงาน ก"),
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["information_date"] == [REQUIREMENT_MESSAGES["information_date"]]
    assert form["source_name"].value() == "กลุ่มงาน ก"
    assert not NewsPage.objects.filter(slug="no-date").exists()


def test_news_without_its_date_can_be_saved_as_a_draft(login, demo):
    client = login("admin")
    response = client.post(
        add_url(NewsPage, news_index()),
        news_form("ร่างข่าว", "draft-news", action=None, information_date=""),
    )
    assert response.status_code == 302
    assert not NewsPage.objects.get(slug="draft-news").live


def test_photo_news_without_images_is_refused_on_publish(login, demo):
    client = login("admin")
    response = client.post(
        add_url(NewsPage, news_index()), news_form("ภาพข่าว", "photo-empty", kind=NewsKind.PHOTO)
    )
    assert response.status_code == 200
    assert response.context["form"].errors["kind"] == [GALLERY_REQUIRED]
    assert not NewsPage.objects.filter(slug="photo-empty").exists()


def test_removing_every_photo_from_live_photo_news_is_refused(login, demo):
    page = NewsPage.objects.get(slug="photo-walk-run")
    photos = [
        {"id": item.pk, "image": item.image_id, "alt_text": item.alt_text, "DELETE": "1"}
        for item in page.gallery_images.all()
    ]
    response = login("admin").post(
        f"/admin/pages/{page.pk}/edit/",
        news_form(
            page.title,
            page.slug,
            kind=NewsKind.PHOTO,
            gallery_images=inline_formset(photos, initial=len(photos)),
        ),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["kind"] == [GALLERY_REQUIRED]
    assert NewsPage.objects.get(pk=page.pk).gallery_images.count() == 3


def test_photo_news_without_images_can_be_saved_as_a_draft(login, demo):
    client = login("admin")
    client.post(
        add_url(NewsPage, news_index()),
        news_form("ภาพข่าว", "photo-draft", action=None, kind=NewsKind.PHOTO),
    )
    page = NewsPage.objects.get(slug="photo-draft")
    assert not page.live
    assert "gallery_images" in page.missing_requirements()


def test_photo_news_with_an_image_is_published(login, demo, client):
    image = get_image_model().objects.first()
    admin = login("admin")
    response = admin.post(
        add_url(NewsPage, news_index()),
        news_form(
            "ภาพข่าวประชุม",
            "photo-meeting",
            kind=NewsKind.PHOTO,
            action="submit",
            gallery=[{"image": image.pk, "alt_text": "ผู้เข้าประชุมในห้องประชุม", "caption": ""}],
        ),
    )
    assert response.status_code == 302
    page = approve_request(NewsPage.objects.get(slug="photo-meeting"))
    assert page.live and page.missing_requirements() == {}
    assert 'alt="ผู้เข้าประชุมในห้องประชุม"' in client.get(page.url).content.decode()


def test_a_job_announcement_needs_a_closing_date_and_a_position_to_be_published(login, demo):
    client = login("admin")
    data = page_form(
        "ประกาศรับสมัครงาน",
        "job-incomplete",
        action="publish",
        owner_work_group=pr_group().pk,
        information_date="2026-11-01",
        closing_date="",
        how_to_apply=rich_text("<p>สมัครด้วยตนเอง</p>"),
        positions=inline_formset([]),
    )
    response = client.post(add_url(AnnouncementPage, news_index()), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert "closing_date" in form.errors
    assert form.formsets["positions"].non_form_errors()
    assert not AnnouncementPage.objects.filter(slug="job-incomplete").exists()


def test_seed_demo_builds_the_news_once(demo):
    call_command("seed_demo")
    images = get_image_model().objects.count()
    call_command("seed_demo")
    home = Site.objects.get(is_default_site=True).root_page  # the province's others have theirs
    assert NewsIndexPage.objects.descendant_of(home).count() == 1
    live = NewsPage.objects.live().descendant_of(home)
    assert live.count() == 6  # plus the demo's requests awaiting approval
    assert {page.kind for page in live} == set(NewsKind.values)
    assert NewsPage.objects.get(kind=NewsKind.PHOTO).gallery_images.count() == 3
    assert AnnouncementPage.objects.count() == 1
    assert get_image_model().objects.count() == images


@pytest.mark.parametrize("model", [NewsPage, AnnouncementPage])
def test_the_editor_opens_the_form_of_each_news_page_type(login, demo, model):
    response = login("admin").get(add_url(model, news_index()))
    assert response.status_code == 200
    assert isinstance(response.context["form"], model.base_form_class)
