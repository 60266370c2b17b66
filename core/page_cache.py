"""Whole-page cache for anonymous visitors of public pages (docs/performance.md).

A page is stored only when all of these hold, and served from the cache only
to requests of the same kind:

* the request is a GET from a visitor with no cookie but the CSRF and language
  cookies (no session: nobody signed in, no pending messages, no page
  password entered) and no Authorization header;
* the page type opts in (`anonymous_cache = True`: the home page, the course
  catalogue and course pages), has no view restrictions and is not a preview;
* the response is a plain 200 that sets no cookie, does not touch the session
  and is not marked private or uncacheable.

Entries are keyed by host, path with query string and active language, so
one language is never served for another. CSRF tokens in a stored page are
replaced by a placeholder and every visitor gets a fresh token of their own
(and the cookie that goes with it) when the page is served; so is the
Content-Security-Policy nonce, which is new for every response. Publishing,
unpublishing, moving or deleting any page, or changing a site, starts a new
generation: every stored page is dropped at once. DJANGO_PAGE_CACHE_SECONDS
(default 600, 0 turns the cache off) bounds the age of an entry.
"""

from __future__ import annotations

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token, get_token
from django.utils import translation

from .generations import generation_bump, generation_current

GENERATION_KEY = "page-cache:generation"
KEY_PREFIX = "page-cache:page:"
# A masked CSRF token: 64 characters of CSRF_ALLOWED_CHARS.
TOKEN_RE = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
UNCACHEABLE_CONTROL = ("private", "no-cache", "no-store", "max-age=0")
ALLOWED_FLAG = "_page_cache_allowed"


def _seconds() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def _placeholder() -> bytes:
    digest = hashlib.sha256(f"page-cache-csrf:{settings.SECRET_KEY}".encode()).hexdigest()[:24]
    return f"__csrf_{digest}__".encode()


def request_is_anonymous_get(request) -> bool:
    """A GET carrying nothing that could make the page personal."""
    if request.method != "GET" or "HTTP_AUTHORIZATION" in request.META:
        return False
    # Wagtail previews run the middleware on a made-up request for the page's
    # own URL: the editor must see the draft, never the stored live page.
    if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
        return False
    allowed = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return not set(request.COOKIES) - allowed


def _key(request) -> str:
    raw = "\n".join(
        (request.scheme, request.get_host(), translation.get_language() or "", request.get_full_path())
    )
    return KEY_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def page_cache_clear() -> None:
    """Drop every stored page (a new generation; old entries are never read again)."""
    generation_bump(GENERATION_KEY)


def _current_generation() -> int:
    return generation_current(GENERATION_KEY)


def page_cache_allow(request, page) -> None:
    """Called before a Wagtail page is served: mark the response as storable
    when the page type opts in and the page is public."""
    if not getattr(page, "anonymous_cache", False) or getattr(request, "is_preview", False):
        return
    # Only requests the cache may store pay for the restriction look-up.
    if _seconds() <= 0 or not request_is_anonymous_get(request):
        return
    if page.get_view_restrictions().exists():
        return
    setattr(request, ALLOWED_FLAG, True)


def _storable(request, response) -> bool:
    if not getattr(request, ALLOWED_FLAG, False) or getattr(request, "is_preview", False):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in UNCACHEABLE_CONTROL):
        return False
    session = getattr(request, "session", None)
    return not (session is not None and session.modified)


def _nonce_placeholder() -> bytes:
    digest = hashlib.sha256(f"page-cache-nonce:{settings.SECRET_KEY}".encode()).hexdigest()[:24]
    return f"__nonce_{digest}__".encode()


def _without_nonce(request, content: bytes) -> bytes:
    """The stored page must not carry this request's CSP nonce: every
    response gets a new one (core.security), and inline code marked with an
    old nonce would be blocked."""
    nonce = getattr(request, "csp_nonce", None)
    if not nonce:
        return content
    return content.replace(str(nonce).encode(), _nonce_placeholder())


def _without_tokens(request, content: bytes) -> bytes:
    content = _without_nonce(request, content)
    secret = request.META.get("CSRF_COOKIE")
    if not secret:
        return content
    placeholder = _placeholder()

    def replace(match: re.Match) -> bytes:
        token = match.group(0).decode()
        return placeholder if _unmask_cipher_token(token) == secret else match.group(0)

    return TOKEN_RE.sub(replace, content)


class AnonymousPageCacheMiddleware:
    """Serves and stores pages for anonymous GETs (see the module docstring).
    Sits just below CsrfViewMiddleware, so a served page's fresh CSRF token
    gets its cookie, and above the middleware that reads the session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = _seconds()
        if seconds <= 0 or not request_is_anonymous_get(request):
            return self.get_response(request)
        key = _key(request)
        found = cache.get_many([GENERATION_KEY, key])
        entry = found.get(key)
        generation = found.get(GENERATION_KEY)
        if entry is not None and generation is not None and entry["generation"] == generation:
            return self._from_entry(request, entry)
        response = self.get_response(request)
        if _storable(request, response) and (generation := _current_generation()) is not None:
            entry = {
                "generation": generation,
                "content": _without_tokens(request, response.content),
                "headers": [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"],
            }
            cache.set(key, entry, timeout=seconds)
            response.headers["X-Page-Cache"] = "miss"
        return response

    def _from_entry(self, request, entry) -> HttpResponse:
        content = entry["content"]
        placeholder = _placeholder()
        if placeholder in content:
            parts = content.split(placeholder)
            content = parts[0] + b"".join(get_token(request).encode() + part for part in parts[1:])
        nonce_placeholder = _nonce_placeholder()
        if nonce_placeholder in content:
            content = content.replace(nonce_placeholder, str(request.csp_nonce).encode())
        response = HttpResponse(content)
        for name, value in entry["headers"]:
            response.headers[name] = value
        response.headers["X-Page-Cache"] = "hit"
        return response
