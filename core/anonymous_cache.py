"""Anonymous visitors' public pages from the cache (docs/performance.md).

`AnonymousPageCacheMiddleware` sits right above CsrfViewMiddleware. A GET or
HEAD that carries no cookie but the language cookie and no Authorization
header (nobody signed in, no session, so no pending message and no page
password entered) is answered from the default cache when the same page was
stored under the current content version, read in the same round trip:

* a stored page is keyed by scheme, host, path with query string and the
  active language, so one language is never served for another. The only
  cookie such a request may carry, the language cookie, acts on the page
  through the active language alone, so it is not part of the key: the
  visitors of one page in one language share one entry. Responses say
  `Vary: Cookie` for caches downstream;
* the content version (core.content_version) moves on when a page is
  published, unpublished, moved or deleted, or a view restriction, site or
  locale changes: every stored page is dropped at once;
* only a response its page marked `Cache-Control: public` is stored
  (core.models.AnonymousCacheMixin: the home page, the course catalogue and
  course pages, for visitors who are not signed in); anything else (another
  page type or view, a view restriction's password form or login redirect,
  an error) is never stored;
* a response that sets a cookie is never stored: a page that rendered a
  CSRF token (CsrfViewMiddleware, below, then sets its cookie) stays the
  visitor's own. The pages stored carry no token (the language switcher
  takes none from visitors who are not signed in, core.views.set_language)
  and must use no CSP nonce.

DJANGO_PAGE_CACHE_SECONDS (default 600) bounds the age of a stored page; 0
turns the cache off.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .content_version import versioned_cache_lookup, versioned_cache_set


def _cacheable(request) -> bool:
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if "authorization" in request.headers:
        return False
    return set(request.COOKIES) <= {settings.LANGUAGE_COOKIE_NAME}


def _page_key(request) -> str:
    raw = "\n".join(
        (
            request.scheme,
            request.get_host(),
            translation.get_language() or "",
            request.get_full_path(),
        )
    )
    return "core:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _is_public(response) -> bool:
    return "public" in {part.strip().lower() for part in response.get("Cache-Control", "").split(",")}


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous visitors' public pages (see the module
    docstring). Above CsrfViewMiddleware, below LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable(request):
            return self.get_response(request)
        key = _page_key(request)
        version, entry = versioned_cache_lookup(key)
        if entry is not None:
            response = HttpResponse(entry["content"])
            for name, value in entry["headers"]:
                response[name] = value
            return response
        response = self.get_response(request)
        if not _is_public(response):
            return response
        patch_vary_headers(response, ("Cookie",))
        if response.status_code == 200 and not response.streaming and not response.cookies:
            entry = {"content": response.content, "headers": list(response.items())}
            versioned_cache_set(key, version, entry, timeout=settings.PAGE_CACHE_SECONDS)
        return response
