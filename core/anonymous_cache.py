"""Anonymous visitors' public pages through Django's per-view cache
(docs/performance.md).

`serve` stands in for Wagtail's serve view (config/urls.py). A GET or HEAD
that carries no cookie but the language cookie and no Authorization header
(nobody signed in, no session, so no pending message and no page password
entered) goes through `django.views.decorators.cache.cache_page`:

* Django keys the stored page by scheme, host, path with query string,
  active language and the request's Cookie header (the response varies on
  it), so one language is never served for another;
* the key prefix carries the content version (core.content_version), so
  publishing, unpublishing, moving or deleting a page, or changing a view
  restriction, site or locale, drops every stored page at once;
* only a response the page marked `Cache-Control: public` is stored
  (core.models.AnonymousCacheMixin: the home page, the course catalogue and
  course pages, for visitors who are not signed in). Anything else (another
  page type, a view restriction's password form or login redirect, an error)
  is marked private first, which Django's cache never stores.

The pages stored carry no CSRF token (nothing on them posts a form for a
visitor who is not signed in: the language switcher takes none from them,
core.views.set_language) and no CSP nonce. Every other request is served by
Wagtail as usual. DJANGO_PAGE_CACHE_SECONDS (default 300) bounds the age of
a stored page and how long browsers may keep it; 0 turns the cache off.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_page
from django.views.decorators.vary import vary_on_cookie
from wagtail import views as wagtail_views

from .content_version import content_version


def _cacheable(request) -> bool:
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if "authorization" in request.headers:
        return False
    return set(request.COOKIES) <= {settings.LANGUAGE_COOKIE_NAME}


def _public_only(view):
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        control = {part.strip().lower() for part in response.get("Cache-Control", "").split(",")}
        if "public" not in control:
            patch_cache_control(response, private=True)
        return response

    return wrapper


_serve_public_only = vary_on_cookie(_public_only(wagtail_views.serve))


def serve(request, path):
    """Wagtail's serve view, through the anonymous page cache when the
    request qualifies (see the module docstring)."""
    if not _cacheable(request):
        return wagtail_views.serve(request, path)
    cached = cache_page(settings.PAGE_CACHE_SECONDS, key_prefix=f"pages.{content_version()}")
    return cached(_serve_public_only)(request, path)
