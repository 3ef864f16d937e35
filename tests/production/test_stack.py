"""The production stack as a server runs it: gunicorn and the task worker, real processes, on
production settings, against a throwaway PostgreSQL database and Redis (docs/deploy.md)."""

import json
import re

import pytest

from .conftest import copy_media
from .helpers import (
    GUNICORN,
    PYTHON,
    Process,
    database_url,
    free_port,
    http,
    manage,
    needs_postgres,
    needs_redis,
    production_env,
    scratch_database,
    wait_until,
)

HTTPS = {"X-Forwarded-Proto": "https"}  # as nginx says of a visitor's HTTPS request


@pytest.fixture(scope="module")
def stack(tmp_path_factory, seeded_postgres):
    """The demo agency served by gunicorn, with ``manage.py db_worker`` running beside it."""
    tmp = tmp_path_factory.mktemp("stack")
    seed, seed_media = seeded_postgres
    with scratch_database("khaosan_stack", template=seed) as name:
        env = production_env(
            DATABASE_URL=database_url(name),
            REDIS_URL="redis://127.0.0.1:6379/13",
            MEDIA_ROOT=str(copy_media(seed_media, tmp / "media")),
            STATIC_ROOT=str(tmp / "static"),
            EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
            EMAIL_FILE_PATH=str(tmp / "mail"),
        )
        manage(env, "collectstatic", "--noinput")
        news_url = manage(
            env,
            "shell",
            "--no-imports",
            "-c",
            "from content_types.models import NewsPage; from wagtail.models import Site; "
            "site = Site.objects.get(is_default_site=True); "
            "print(NewsPage.objects.live().descendant_of(site.root_page).first().relative_url(site))",
        ).strip()

        port = free_port()
        web = Process(
            [GUNICORN, "-c", "cms/gunicorn.conf.py"],
            {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "2"},
            tmp / "web.log",
        )
        worker = Process(
            [PYTHON, "manage.py", "db_worker", "--interval", "0.2"], env, tmp / "worker.log"
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until(lambda: http(base + "/healthz/")[0] == 200, "gunicorn answers", process=web)
            yield {
                "base": base,
                "env": env,
                "news": news_url,
                "web": web,
                "worker": worker,
                "tmp": tmp,
            }
        finally:
            web.stop()
            worker.stop()


pytestmark = [needs_postgres, needs_redis]


def test_health_check_reports_database_cache_and_task_queue(stack):
    status, headers, body = http(stack["base"] + "/healthz/")
    assert status == 200
    report = json.loads(body)
    assert report["status"] == "ok"
    assert report["database"] == "ok" and report["cache"] == "ok"
    assert isinstance(report["tasks_waiting"], int)
    assert "no-cache" in headers["Cache-Control"] or "max-age=0" in headers["Cache-Control"]


def test_plain_http_is_sent_to_https(stack):
    status, headers, _ = http(stack["base"] + "/")
    assert status == 301
    assert headers["Location"].startswith("https://")


def test_home_and_news_pages_are_served_in_thai_with_security_headers(stack):
    status, headers, body = http(stack["base"] + "/", HTTPS)
    html = body.decode()
    assert status == 200
    assert "สำนักงานสาธารณสุขจังหวัดตัวอย่าง" in html
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script" not in html and "style=" not in html  # nothing the policy would block

    status, _, body = http(stack["base"] + stack["news"], HTTPS)
    assert status == 200
    assert "วันที่เผยแพร่" in body.decode()


def test_static_files_are_served_hashed_and_long_cached_by_whitenoise(stack):
    _, _, body = http(stack["base"] + "/", HTTPS)
    css = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body.decode())
    assert css, "the stylesheet link carries its content hash"
    status, headers, content = http(
        stack["base"] + css.group(1), {**HTTPS, "Accept-Encoding": "gzip"}
    )
    assert status == 200
    assert headers["Content-Type"].startswith("text/css")
    assert "immutable" in headers["Cache-Control"]
    assert headers.get("Content-Encoding") == "gzip"


def test_search_sitemap_and_admin_login_are_served(stack):
    status, _, body = http(stack["base"] + "/search/?q=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7", HTTPS)
    assert status == 200
    status, headers, body = http(stack["base"] + "/sitemap.xml", HTTPS)
    assert status == 200 and b"<urlset" in body
    status, headers, body = http(stack["base"] + "/admin/login/", HTTPS)
    assert status == 200
    # the admin's own, looser policy: Wagtail's admin needs inline styles
    assert "'unsafe-inline'" in headers["Content-Security-Policy"]
    assert "csrftoken" in headers["Set-Cookie"] and "Secure" in headers["Set-Cookie"]


def test_the_worker_runs_queued_tasks(stack):
    mail = stack["tmp"] / "mail"
    manage(
        stack["env"],
        "shell",
        "--no-imports",
        "-c",
        "from cms.operations.tasks import send_mail; "
        "send_mail('ทดสอบงานเบื้องหลัง', 'ส่งโดย worker', None, ['webmaster@example.go.th'])",
    )
    wait_until(
        lambda: (
            mail.exists()
            and any("webmaster@example.go.th" in f.read_text() for f in mail.iterdir())
        ),
        "the worker sends the queued email",
        process=stack["worker"],
    )
    wait_until(
        lambda: json.loads(http(stack["base"] + "/healthz/")[2])["tasks_waiting"] == 0,
        "the health check shows the queue empty",
    )


def test_logs_are_json_lines(stack):
    http(stack["base"] + "/", HTTPS)
    lines = [line for line in stack["web"].output().splitlines() if line.startswith("{")]
    entries = [json.loads(line) for line in lines]
    access = [e for e in entries if e["logger"] == "gunicorn.access" and e["path"] == "/"]
    assert access and access[-1]["status"] == 200 and access[-1]["method"] == "GET"
