"""gunicorn's configuration: ``gunicorn -c cms/gunicorn.conf.py cms.wsgi``.

Every value can be changed from the environment (docs/configuration.md). nginx (or the load
balancer) sits in front: it buffers slow clients, terminates TLS and limits body sizes, so the
workers here are threaded sync workers that only ever talk to nginx.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two processes per core plus one, capped: each holds a database connection per thread.
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 9)))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 4))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests (0: never), so a slow leak can never grow for
# long; the jitter keeps the workers from restarting all at once. Cached pages come at ~1000/s
# on two cores, so a low number would have workers restarting every few seconds under load.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 20000))
max_requests_jitter = max_requests // 5
# Request line and headers: refuse what no browser sends (the body is limited by cms.edge).
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
# Only nginx on this host (or the load balancer's addresses) may say the request was HTTPS.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proxy_allow_ips = forwarded_allow_ips
# gunicorn's control socket (gunicornc) is not used; systemd signals the master instead.
control_socket_disable = True
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
wsgi_app = "cms.wsgi:application"

# Logs: on stderr, JSON lines (one per request), as the application's own logs.
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None  # empty: no access log
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
logger_class = "cms.operations.gunicorn_logging.JSONLogger"


def post_worker_init(worker):
    """Load the Thai word dictionary before the worker takes requests: built on first use, it
    would make a new worker's first search take seconds (measured: about 4 s on two cores)."""
    from content_types.thai_search import index_text, query_text

    index_text("ข่าวประชาสัมพันธ์ของหน่วยงาน")
    query_text("ข่าว")
