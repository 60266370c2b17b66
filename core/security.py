"""Response hardening shared by every app: the Content-Security-Policy, the
client address behind the configured proxies, cache-backed rate limits and
private caching (docs/security.md).

Django 5.2 has no CSP of its own; django-csp gives every response the policy
in ``settings.CONTENT_SECURITY_POLICY`` and ``request.csp_nonce``. Views that
need a stricter, different policy (the H5P player and package files) set
the header themselves and are left alone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from allauth.account.adapter import get_adapter
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.utils.cache import patch_cache_control


def is_admin_path(path: str) -> bool:
    return path.startswith(tuple(settings.CSP_ADMIN_PATH_PREFIXES))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, customised the documented way (extending
    ``get_policy_parts``) for what its settings cannot say:

    - ``frame-src`` also allows ``H5P_CONTENT_ORIGIN``, read for every
      response, so the lesson page may frame the H5P player on its origin;
    - under ``CSP_ADMIN_PATH_PREFIXES`` the directives of
      ``CSP_ADMIN_DIRECTIVES`` replace the platform's, and the nonce is always
      in the header: with ``'strict-dynamic'`` a script runs only through it.
    """

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        origin = (settings.H5P_CONTENT_ORIGIN or "").rstrip("/")
        if origin:
            update = dict(parts.update or {})
            update["frame-src"] = [*update.get("frame-src", ()), origin]
            parts.update = update
        if is_admin_path(request.path_info):
            parts.replace = {**settings.CSP_ADMIN_DIRECTIVES, **(parts.replace or {})}
            parts.nonce = str(request.csp_nonce)
        return parts


def client_ip(request) -> str:
    """The address of the client, not of our proxy: the entry our own
    proxies appended to X-Forwarded-For (``ALLAUTH_TRUSTED_PROXY_COUNT`` of
    them), else the socket peer. A client writing its own X-Forwarded-For
    only adds entries on the left, which are never read. Same rule as
    allauth's rate limits, so both count the same address."""
    try:
        ip = get_adapter(request).get_client_ip(request)
    except ImproperlyConfigured:
        # Fewer hops than configured proxies: the request bypassed them.
        ip = request.META.get("REMOTE_ADDR")
    except PermissionDenied:
        # allauth found no address at all.
        ip = None
    return ip or "unknown"


@dataclass(frozen=True)
class Limit:
    """At most ``count`` hits per ``seconds``, counted per key."""

    count: int
    seconds: int


def rate_limit_hit(*, scope: str, key: str, limit: Limit) -> bool:
    """Counts one hit for ``key`` in ``scope`` and answers True when it goes
    over the limit. Counters live in the shared cache (fixed windows), so
    every app server counts together."""
    if limit.count <= 0:
        return False
    window = int(time.time() // limit.seconds)
    cache_key = f"ratelimit:{scope}:{key}:{window}"
    cache.add(cache_key, 0, timeout=limit.seconds * 2)
    try:
        count = cache.incr(cache_key)
    except ValueError:
        # Expired between add and incr.
        cache.add(cache_key, 1, timeout=limit.seconds * 2)
        count = 1
    return count > limit.count


def rate_limit_key(request) -> str:
    """Signed-in users are counted as themselves, anyone else by address."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    return f"ip:{client_ip(request)}"


def cache_private(response):
    """Mark `response` as for one person only: shared caches (proxies, CDNs)
    must not keep it. Composes with other directives (`no-store` on attempt
    pages, `never_cache`) through `patch_cache_control`; a response a view
    declared `public` (a course image) is left as it is."""
    if "public" not in response.get("Cache-Control", ""):
        patch_cache_control(response, private=True)
    return response


class PrivateCacheMiddleware:
    """Every response to a signed-in person carries `Cache-Control: private`:
    their debrief, certificates, profile, mentor pages and anything else
    built from their session. Anonymous pages (cached by
    `core.anonymous_cache`) are untouched. Below AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            cache_private(response)
        return response
