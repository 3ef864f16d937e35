"""The feedback channel: PDPA consent, spam protection, the thank-you page, the notification
email, and who may read what the public sent."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import translation
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, rich_text

from content_types.demo import seed_demo
from content_types.models import FeedbackFormField, FeedbackFormPage, GeneralPage
from content_types.models.feedback import RATE_LIMIT, RATE_LIMITED_MESSAGE
from content_types.public_forms import CONSENT_FIELD, HONEYPOT_FIELD
from content_types.thai_search import query_text
from governance.models import WorkGroup
from tests.helpers import approve_request, publish_as_setup

from ..admin_forms import page_form
from ..conftest import DEMO_TEST_PASSWORD

COMMENT = "ขอให้เพิ่มเวลาให้บริการฉีดวัคซีนในวันเสาร์"
LANDING = "content_types/feedback_form_page_landing.html"
SUBMISSIONS_PANEL = "wagtailforms/panels/form_responses_panel.html"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Every test starts with no posts counted against the test client's address."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def form_page(demo):
    return FeedbackFormPage.objects.get()


def field_name(page, label):
    return page.form_fields.get(label=label).clean_name


def answers(page, consent=True, **extra):
    data = {
        field_name(page, "ชื่อ"): "สมศรี ทดลองใช้",
        field_name(page, "อีเมล"): "somsri@example.com",
        field_name(page, "ความคิดเห็น"): COMMENT,
    }
    if consent:
        data[CONSENT_FIELD] = "on"
    return data | extra


def template_names(response):
    return [template.name for template in response.templates]


def test_the_form_shows_its_fields_the_privacy_notice_and_the_consent_box(client, form_page):
    response = client.get(form_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("ชื่อ", "อีเมล", "ความคิดเห็น"):
        assert f'name="{field_name(form_page, label)}"' in html
    assert "เก็บรักษาไว้ไม่เกิน 1 ปี" in html  # the privacy notice
    assert f'type="checkbox" name="{CONSENT_FIELD}"' in html
    assert 'class="form-honeypot" hidden aria-hidden="true"' in html
    assert f'name="{HONEYPOT_FIELD}"' in html and 'tabindex="-1"' in html


def test_the_privacy_policy_link_shows_once_the_policy_page_is_live(client, home, form_page):
    policy = GeneralPage(title="นโยบายคุ้มครองข้อมูลส่วนบุคคล", slug="privacy", live=False)
    home.add_child(instance=policy)
    form_page.privacy_policy_page = policy
    form_page.save()
    assert 'href="/privacy/"' not in client.get(form_page.url).content.decode()

    publish_as_setup(policy)
    assert 'href="/privacy/"' in client.get(form_page.url).content.decode()


def test_the_consent_box_stays_when_the_editor_removes_every_field(client, form_page):
    form_page.form_fields.all().delete()
    html = client.get(form_page.url).content.decode()
    assert f'name="{CONSENT_FIELD}"' in html


def test_a_consenting_post_is_stored_mailed_and_thanked(client, form_page):
    response = client.post(form_page.url, answers(form_page))

    assert response.status_code == 200
    assert LANDING in template_names(response)
    assert "ขอบคุณสำหรับความคิดเห็น" in response.content.decode()
    submission = FormSubmission.objects.get(page=form_page)
    assert submission.form_data[field_name(form_page, "ความคิดเห็น")] == COMMENT
    assert submission.form_data[CONSENT_FIELD] is True
    assert HONEYPOT_FIELD not in submission.form_data
    [email] = mail.outbox
    assert email.to == ["saraban@example.com"]
    assert COMMENT in email.body


def test_without_consent_the_post_is_refused_and_nothing_is_kept(client, form_page):
    response = client.post(form_page.url, answers(form_page, consent=False))

    assert response.status_code == 200
    assert LANDING not in template_names(response)
    assert list(response.context["form"].errors) == [CONSENT_FIELD]
    assert COMMENT in response.content.decode()  # what was typed is still there
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


def test_a_filled_honeypot_is_thanked_but_nothing_is_kept_or_sent(client, form_page):
    response = client.post(
        form_page.url, answers(form_page, **{HONEYPOT_FIELD: "https://spam.example.com"})
    )

    assert response.status_code == 200
    assert LANDING in template_names(response)
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


def test_posts_beyond_the_limit_get_429_and_are_not_kept(client, form_page):
    for _ in range(RATE_LIMIT):
        assert client.post(form_page.url, answers(form_page)).status_code == 200

    response = client.post(form_page.url, answers(form_page))

    assert response.status_code == 429
    with translation.override("th"):
        assert str(RATE_LIMITED_MESSAGE) in response.content.decode()
    assert COMMENT in response.content.decode()
    assert FormSubmission.objects.count() == RATE_LIMIT
    assert len(mail.outbox) == RATE_LIMIT
    # The limit is per address: another visitor is not held back.
    other = client.post(form_page.url, answers(form_page), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200
    assert FormSubmission.objects.count() == RATE_LIMIT + 1


def test_refused_posts_count_towards_the_limit(client, form_page):
    for _ in range(RATE_LIMIT):
        client.post(form_page.url, answers(form_page, consent=False))
    assert client.post(form_page.url, answers(form_page)).status_code == 429
    assert not FormSubmission.objects.exists()


def submissions_url(page):
    return f"/admin/forms/submissions/{page.pk}/"


def denied(response):
    """Wagtail answers a forbidden admin view with a 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and "/login/" not in response["Location"]
    )


@pytest.mark.parametrize("username", ["author", "head", "cio"])
def test_authors_heads_and_the_cio_cannot_read_submissions(client, login, form_page, username):
    client.post(form_page.url, answers(form_page))
    user_client = login(username)

    assert denied(user_client.get(submissions_url(form_page)))
    assert form_page.title not in user_client.get("/admin/forms/").content.decode()


def test_the_author_who_owns_the_form_can_edit_it_but_not_read_its_submissions(
    client, login, demo, form_page
):
    client.post(form_page.url, answers(form_page))
    assert form_page.owner == demo["author"]
    author = login("author")

    edit = author.get(f"/admin/pages/{form_page.pk}/edit/")
    assert edit.status_code == 200
    assert SUBMISSIONS_PANEL not in template_names(edit)
    assert denied(author.get(submissions_url(form_page)))
    assert denied(author.get(f"{submissions_url(form_page)}?export=csv"))


@pytest.mark.parametrize("username", ["webmaster", "siteadmin", "admin"])
def test_webmasters_and_site_admins_read_submissions(
    client, login, site_admin, form_page, username
):
    client.post(form_page.url, answers(form_page))
    user_client = login(username)

    response = user_client.get(submissions_url(form_page))
    assert response.status_code == 200
    assert COMMENT in response.content.decode()
    assert form_page.title in user_client.get("/admin/forms/").content.decode()
    edit = user_client.get(f"/admin/pages/{form_page.pk}/edit/")
    assert SUBMISSIONS_PANEL in template_names(edit)


def editor_post(page, action=None, privacy_notice="<p>เก็บข้อมูลเพื่อตอบกลับเท่านั้น</p>"):
    """The editor's form, adding a telephone field; ``privacy_notice=None`` leaves the notice
    empty the way the rich-text editor sends it."""
    fields = [{"label": "โทรศัพท์", "field_type": "singleline", "required": "", "help_text": ""}]
    return page_form(
        page.title,
        page.slug,
        action=action,
        owner_work_group=WorkGroup.objects.get(name="กลุ่มงานประชาสัมพันธ์").pk,
        form_fields=inline_formset(
            [field | {"choices": "", "default_value": ""} for field in fields]
        ),
        privacy_notice="null" if privacy_notice is None else rich_text(privacy_notice),
        thank_you_text=rich_text(""),
        to_address="saraban@example.com",
    )


def test_the_editor_saves_a_draft_without_the_privacy_notice_but_will_not_publish_it(
    login, form_page
):
    admin = login("admin")
    url = f"/admin/pages/{form_page.pk}/edit/"

    refused = admin.post(url, editor_post(form_page, action="publish", privacy_notice=None))
    assert refused.status_code == 200
    assert "privacy_notice" in refused.context["form"].errors

    saved = admin.post(url, editor_post(form_page, privacy_notice=None))
    assert saved.status_code == 302
    form_page.refresh_from_db()
    draft = form_page.get_latest_revision_as_object()
    assert "โทรศัพท์" in [field.label for field in draft.form_fields.all()]
    assert not draft.privacy_notice


def test_the_editor_publishes_the_form_with_its_fields(client, login, form_page):
    response = login("admin").post(
        f"/admin/pages/{form_page.pk}/edit/", editor_post(form_page, action="submit")
    )
    assert response.status_code == 302
    form_page = approve_request(form_page)
    assert "โทรศัพท์" in [field.label for field in form_page.form_fields.all()]
    assert "โทรศัพท์" in client.get(form_page.url).content.decode()


def test_thai_search_finds_the_feedback_form(form_page):
    results = Page.objects.live().search(query_text("รับฟังความคิดเห็น"))
    assert form_page.pk in [page.pk for page in results]


def test_seed_demo_again_adds_no_second_form_or_fields(demo, form_page):
    fields = FeedbackFormField.objects.count()
    seed_demo(DEMO_TEST_PASSWORD)
    assert FeedbackFormPage.objects.count() == 1
    assert FeedbackFormField.objects.count() == fields == 3
