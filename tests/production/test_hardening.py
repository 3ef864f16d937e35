"""Hardening, tried over HTTP as a visitor, an attacker or an admin user would meet it: login
lockout, two-factor login, the Content-Security-Policy, safe document downloads, the admin's own
host name, and the edge's refusals of bad input."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.utils.translation import gettext
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model

from content_types.demo.files import minimal_pdf
from content_types.models import FeedbackFormPage
from content_types.public_forms import CONSENT_FIELD

from ..conftest import DEMO_TEST_PASSWORD

Document = get_document_model()


def wrong_login(client, username, address="192.0.2.10"):
    return client.post(
        "/admin/login/", {"username": username, "password": "not-the-password"}, REMOTE_ADDR=address
    )


def test_five_wrong_passwords_lock_the_account_out_from_that_address(demo):
    client = Client()
    for _ in range(4):
        assert wrong_login(client, "author").status_code == 200  # the form again, with an error
    assert wrong_login(client, "author").status_code == 429  # the fifth locks
    locked = client.post(
        "/admin/login/",
        {"username": "author", "password": DEMO_TEST_PASSWORD},
        REMOTE_ADDR="192.0.2.10",
    )
    assert locked.status_code == 429
    assert gettext("Too many failed logins") in locked.content.decode()
    assert "_auth_user_id" not in client.session

    elsewhere = Client().post(
        "/admin/login/",
        {"username": "author", "password": DEMO_TEST_PASSWORD},
        REMOTE_ADDR="198.51.100.7",
    )
    assert elsewhere.status_code == 302  # the owner, from their own address, still gets in


def test_a_successful_login_forgets_earlier_failures(demo):
    client = Client()
    for _ in range(4):
        wrong_login(client, "author")
    ok = client.post(
        "/admin/login/",
        {"username": "author", "password": DEMO_TEST_PASSWORD},
        REMOTE_ADDR="192.0.2.10",
    )
    assert ok.status_code == 302
    for _ in range(4):
        assert wrong_login(Client(), "author").status_code == 200  # counted afresh


# --- Two-factor login


def current_code(device, drift=0):
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=drift)
    return f"{code:06d}"


def test_a_webmaster_without_a_device_must_set_one_up_before_the_admin(login, demo, settings):
    settings.KHAOSAN_REQUIRE_2FA = True
    client = login("webmaster")
    for path in ("/admin/", "/admin/pages/", "/admin/documents/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/2fa/setup/?next=")

    page = client.get("/admin/2fa/setup/?next=/admin/pages/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html  # the QR code
    device = TOTPDevice.objects.get(user__username="webmaster", confirmed=False)

    wrong = client.post("/admin/2fa/setup/", {"token": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200 and not TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.get("/admin/").status_code == 302  # still held at the door
    # A wrong code makes django-otp wait (1 s, doubling) before the next try; pass the wait.
    TOTPDevice.objects.get(pk=device.pk).throttle_reset()

    confirmed = client.post(
        "/admin/2fa/setup/", {"token": current_code(device), "next": "/admin/pages/"}
    )
    assert confirmed.status_code == 302 and confirmed["Location"] == "/admin/pages/"
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.get("/admin/").status_code == 200

    # The next login asks for the code after the password.
    again = login("webmaster")
    response = again.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/2fa/verify/")
    device.refresh_from_db()
    assert again.post("/admin/2fa/verify/", {"token": "123456"}).status_code == 200
    assert again.get("/admin/").status_code == 302
    TOTPDevice.objects.get(pk=device.pk).throttle_reset()
    used = again.post("/admin/2fa/verify/", {"token": current_code(device), "next": "/admin/"})
    assert used.status_code == 200  # a code already used is never accepted again (replay)
    TOTPDevice.objects.get(pk=device.pk).throttle_reset()
    # the app's next code (one step of clock difference is tolerated)
    verified = again.post(
        "/admin/2fa/verify/", {"token": current_code(device, 1), "next": "/admin/"}
    )
    assert verified.status_code == 302 and verified["Location"] == "/admin/"
    assert again.get("/admin/").status_code == 200


def test_a_site_administrator_is_held_too_but_an_author_is_not(login, site_admin, settings):
    settings.KHAOSAN_REQUIRE_2FA = True
    response = login("siteadmin").get("/admin/")
    assert response.status_code == 302 and "/admin/2fa/setup/" in response["Location"]
    assert login("author").get("/admin/").status_code == 200


def test_with_the_setting_off_two_factor_is_a_choice(login, demo, settings):
    settings.KHAOSAN_REQUIRE_2FA = False
    client = login("webmaster")
    assert client.get("/admin/").status_code == 200
    assert "/admin/2fa/setup/" in client.get("/admin/account/").content.decode()


def test_two_factor_pages_need_a_login(client, demo):
    response = client.get("/admin/2fa/setup/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_after_setup_an_open_redirect_is_not_followed(login, demo, settings):
    settings.KHAOSAN_REQUIRE_2FA = True
    client = login("webmaster")
    client.get("/admin/2fa/setup/")
    device = TOTPDevice.objects.get(user__username="webmaster")
    response = client.post(
        "/admin/2fa/setup/", {"token": current_code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


# --- Content-Security-Policy


def test_the_public_site_gets_the_strict_policy_and_the_admin_its_own(client, login, home):
    public = client.get(home.url)
    csp = public["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "object-src 'none'" in csp
    admin = login("webmaster").get("/admin/")
    assert "'unsafe-inline'" in admin["Content-Security-Policy"]


# --- Documents: safe content types, never run by the browser


@pytest.fixture
def documents(demo):
    pdf = Document(title="รายงาน", file=ContentFile(minimal_pdf("report"), name="report.pdf"))
    pdf.save()
    csv = Document(title="สถิติ", file=ContentFile("อำเภอ,จำนวน\n".encode(), name="cases.csv"))
    csv.save()
    return pdf, csv


def test_a_pdf_opens_in_the_browser_and_anything_else_downloads(client, documents):
    pdf, csv = documents
    response = client.get(pdf.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    response = client.get(csv.url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [
        "/documents/{id}/../../cms/settings/base.py",
        "/documents/{id}/..%2F..%2Fcms%2Fsettings%2Fbase.py",
        "/documents/{id}/%2e%2e/%2e%2e/etc/passwd",
        "/documents/{id}/....//....//etc/passwd",
        "/documents/{id}/report.pdf%00.html",
        "/documents/{id}/other-name.pdf",
    ],
)
def test_path_traversal_in_document_urls_finds_nothing(client, documents, path):
    response = client.get(path.format(id=documents[0].pk))
    assert response.status_code == 404
    assert b"import" not in response.content and b"root:" not in response.content


# --- The admin on its own host name


def test_the_admin_answers_only_on_its_own_host_name(client, home, settings):
    settings.KHAOSAN_ADMIN_HOSTNAME = "localhost"
    assert client.get("/admin/login/", HTTP_HOST="testserver").status_code == 404
    assert client.get("/admin/login/", HTTP_HOST="localhost").status_code == 200
    assert client.get(home.url, HTTP_HOST="testserver").status_code == 200


# --- Bad input at the edge


@pytest.fixture
def form_page(demo):
    return FeedbackFormPage.objects.get()


def feedback(page, comment="ขอเพิ่มเวลาให้บริการ"):
    fields = {f.label: f.clean_name for f in page.form_fields.all()}
    return {
        fields["ชื่อ"]: "สมศรี ทดลองใช้",
        fields["อีเมล"]: "somsri@example.com",
        fields["ความคิดเห็น"]: comment,
        CONSENT_FIELD: "on",
    }


def test_an_oversized_body_is_refused_before_it_is_read(client, form_page):
    huge = "ก" * (300 * 1024)
    response = client.post(form_page.url, feedback(form_page, comment=huge))
    assert response.status_code == 413
    assert not FormSubmission.objects.filter(page=form_page).exists()


def test_an_admin_upload_may_be_larger_than_a_public_form_but_not_unbounded(login, demo, settings):
    client = login("webmaster")
    settings.KHAOSAN_ADMIN_MAX_BODY = 1024 * 1024
    before = Document.objects.count()
    response = client.post(
        "/admin/documents/add/",
        {"title": "ใหญ่เกิน", "file": ContentFile(b"%PDF" + b"0" * (2 * 1024 * 1024), "big.pdf")},
    )
    assert response.status_code == 413
    assert Document.objects.count() == before


def test_a_malformed_multipart_post_is_a_clear_refusal(client, form_page):
    body = b'--boundary\r\nContent-Disposition: form-data; name="x"\r\n\r\nno end'
    no_boundary = client.generic("POST", form_page.url, body, content_type="multipart/form-data")
    assert no_boundary.status_code == 400
    bad_boundary = client.generic(
        "POST", form_page.url, body, content_type="multipart/form-data; boundary=" + "b" * 300
    )
    assert bad_boundary.status_code == 400  # longer than any boundary may be
    truncated = client.generic(
        "POST", form_page.url, body, content_type="multipart/form-data; boundary=boundary"
    )
    # what could be read of it is a form without its fields: shown again, with the errors
    assert truncated.status_code == 200 and "errorlist" in truncated.content.decode()
    assert not FormSubmission.objects.filter(page=form_page).exists()


def test_a_flood_of_feedback_from_one_address_behind_the_proxy_is_cut_off(form_page, settings):
    settings.KHAOSAN_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    flood = Client()
    statuses = [
        flood.post(
            form_page.url, feedback(form_page, f"ข้อความที่ {n}"), HTTP_X_REAL_IP="203.0.113.9"
        ).status_code
        for n in range(40)
    ]
    assert statuses[:5] == [200] * 5
    assert set(statuses[5:]) == {429}
    assert FormSubmission.objects.filter(page=form_page).count() == 5

    other = Client().post(form_page.url, feedback(form_page), HTTP_X_REAL_IP="203.0.113.10")
    assert other.status_code == 200  # another visitor behind the same proxy is not affected
    assert FormSubmission.objects.filter(page=form_page).count() == 6
