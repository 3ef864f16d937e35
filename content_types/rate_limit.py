"""A per-client limit on posts, counted in Django's cache: spam is slowed with no outside service.

Production needs a cache shared by every worker (Redis) for the count to hold across processes.
Behind a reverse proxy, ``KHAOSAN_CLIENT_IP_HEADER`` names the header the proxy sets with the
client's address (e.g. ``HTTP_X_REAL_IP``); otherwise every visitor would share the proxy's.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The client's address; of a forwarded list, the last entry, the one our proxy added."""
    header = getattr(settings, "KHAOSAN_CLIENT_IP_HEADER", "REMOTE_ADDR")
    value = request.META.get(header) or request.META.get("REMOTE_ADDR", "")
    return value.split(",")[-1].strip()


def over_limit(request, scope, limit, window):
    """Count this request; True once the client sent more than ``limit`` within ``window`` s.

    The address is kept only as a hash: it is personal data (PDPA) and the count needs no more.
    """
    digest = hashlib.sha256(client_ip(request).encode()).hexdigest()
    key = f"khaosan:rate:{scope}:{digest}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
