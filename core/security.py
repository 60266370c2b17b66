"""Response hardening shared by every app: the Content-Security-Policy with a
per-request nonce, the client address behind the configured proxies, and
cache-backed rate limits (docs/security.md).

Django 5.2 has no CSP of its own; this middleware gives every response one.
Views that need a stricter, different policy (the H5P player and package
files) set the header themselves and are left alone.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

from allauth.core.internal.httpkit import get_client_ip
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject

from core.admin_csp import stamp_admin_scripts

CSP_HEADER = "Content-Security-Policy"


def _content_origin() -> str:
    return (getattr(settings, "H5P_CONTENT_ORIGIN", "") or "").rstrip("/")


def site_policy(nonce: str) -> str:
    """The platform's own pages: scripts and styles from our static files or
    carrying this response's nonce; nothing from anywhere else; never framed."""
    frames = " ".join(filter(None, ["'self'", _content_origin()]))
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}'",
            f"style-src 'self' 'nonce-{nonce}'",
            "img-src 'self' data: blob:",
            "media-src 'self' blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            f"frame-src {frames}",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def admin_policy(nonce: str) -> str:
    """The Wagtail and Django admins (mentors and staff only). Scripts run only
    with this response's nonce, which core.admin_csp gives to our own script
    files and to the inline scripts Wagtail's widgets write; scripts those
    create later are trusted through them ('strict-dynamic'). Wagtail writes
    style attributes, which a nonce cannot cover, so inline styles stay
    allowed. Everything else stays on our own origin, and the admin may frame
    only itself (page previews)."""
    frames = " ".join(filter(None, ["'self'", _content_origin()]))
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}' 'strict-dynamic'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            f"frame-src {frames}",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        ]
    )


def _is_admin_path(path: str) -> bool:
    return any(path.startswith(prefix) for prefix in settings.CSP_ADMIN_PATH_PREFIXES)


class ContentSecurityPolicyMiddleware:
    """Sets ``request.csp_nonce`` (made on first use) and a CSP header on
    every response that has none yet. Templates write
    ``nonce="{{ request.csp_nonce }}"`` on any inline ``<script>``/``<style>``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        nonce = secrets.token_urlsafe(18)
        request.csp_nonce = SimpleLazyObject(lambda: nonce)
        response = self.get_response(request)
        if CSP_HEADER not in response:
            if _is_admin_path(request.path_info):
                response[CSP_HEADER] = admin_policy(nonce)
                _stamp_admin_html(response, nonce)
            else:
                response[CSP_HEADER] = site_policy(nonce)
        return response


def _stamp_admin_html(response, nonce: str) -> None:
    if response.streaming or "text/html" not in response.get("Content-Type", ""):
        return
    charset = response.charset or "utf-8"
    html = response.content.decode(charset, errors="surrogateescape")
    stamped = stamp_admin_scripts(html, nonce)
    if stamped != html:
        response.content = stamped.encode(charset, errors="surrogateescape")
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))


def client_ip(request) -> str:
    """The address of the client, not of our proxy: the entry our own
    proxies appended to X-Forwarded-For (``ALLAUTH_TRUSTED_PROXY_COUNT`` of
    them), else the socket peer. A client writing its own X-Forwarded-For
    only adds entries on the left, which are never read. Same rule as
    allauth's rate limits, so both count the same address."""
    try:
        ip = get_client_ip(request)
    except ImproperlyConfigured:
        # Fewer hops than configured proxies: the request bypassed them.
        ip = request.META.get("REMOTE_ADDR")
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
