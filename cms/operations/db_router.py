"""The optional read replica (DATABASE_REPLICA_URL): anonymous page views read from it.

Only safe requests (GET/HEAD) by anonymous visitors outside /admin/ use the replica, so an
editor never sees a page list from before their own save (replication lag). Every write, and
every read anywhere else (the admin, forms, the worker, management commands), uses "default".
"""

from contextvars import ContextVar

from cms.edge import is_admin_path

_read_from_replica = ContextVar("khaosan_read_from_replica", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return "replica" if _read_from_replica.get() else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the same rows as default

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class ReplicaMiddleware:
    """After AuthenticationMiddleware: marks the request as one that may read from the replica."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        use_replica = (
            request.method in ("GET", "HEAD")
            and not is_admin_path(request.path_info)
            and not request.user.is_authenticated
        )
        token = _read_from_replica.set(use_replica)
        try:
            return self.get_response(request)
        finally:
            _read_from_replica.reset(token)
