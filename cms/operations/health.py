"""GET /healthz/: whether this web node can serve (database and cache answer).

For load balancers and monitoring: 200 with ``{"status": "ok", ...}``, or 503 naming what failed.
It also reports how many background tasks wait for the worker, so a stopped worker shows.
Never cached; reveals no settings, versions or errors' text.
"""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request):
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:
        logger.exception("health check: the database does not answer")
        checks["database"] = "error"
    try:
        cache.set("khaosan:healthz", "ok", timeout=10)
        checks["cache"] = "ok" if cache.get("khaosan:healthz") == "ok" else "error"
    except Exception:
        logger.exception("health check: the cache does not answer")
        checks["cache"] = "error"
    if checks["database"] == "ok":
        checks["tasks_waiting"] = _tasks_waiting()
    healthy = checks["database"] == "ok" and checks["cache"] == "ok"
    body = {"status": "ok" if healthy else "error", **checks}
    return JsonResponse(body, status=200 if healthy else 503)


def _tasks_waiting():
    from django_tasks_db.models import DBTaskResult

    try:
        return DBTaskResult.objects.ready().count()
    except Exception:
        logger.exception("health check: the task table does not answer")
        return None
