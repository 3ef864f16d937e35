"""gunicorn's logs as JSON lines, like the application's (cms.operations.logs)."""

from gunicorn import glogging

from .logs import JSONFormatter


class JSONLogger(glogging.Logger):
    """One JSON object per request in the access log; JSON error-log lines too.

    Values are escaped by ``json.dumps``, so a quote in a user agent never breaks the line.
    The client's address is nginx's X-Real-IP when present (gunicorn only sees nginx).
    """

    def setup(self, cfg):
        super().setup(cfg)
        for handler in (*self.error_log.handlers, *self.access_log.handlers):
            handler.setFormatter(JSONFormatter())

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        status = resp.status
        if isinstance(status, str):
            status = status.split(None, 1)[0]
        fields = {
            "remote": environ.get("HTTP_X_REAL_IP") or environ.get("REMOTE_ADDR", ""),
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "query": environ.get("QUERY_STRING", ""),
            "status": int(status),
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "referer": environ.get("HTTP_REFERER", ""),
            "user_agent": environ.get("HTTP_USER_AGENT", ""),
        }
        self.access_log.info(
            "%s %s %s", fields["method"], fields["path"], fields["status"], extra=fields
        )
