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
# A worker is replaced after this many requests, so a slow leak can never grow for long.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = 200
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
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
logger_class = "cms.operations.gunicorn_logging.JSONLogger"
