"""Serving Wagtail's pages (config/urls.py: `serve` stands in for Wagtail's
serve view), with two shortcuts through public APIs (docs/performance.md).

Course-tree pages are routed by their URL path
-----------------------------------------------

Wagtail's serve view looks the site, the active locale and the localised home
page up, then routes level by level: a query or two for each. Page types that
set `route_by_url_path` (the course tree below the catalogue: their parent
page types fix every level above them, so the number of path components
names the type) are found
instead in one query by their URL path under the home page's, which is kept
in the default cache per host, port and language under the content version
(core.content_version: any site, locale or page change drops it). The page
found is served as Wagtail's view serves it: its `on_serve_page` and
`before_serve_page` hooks (view restrictions among them), then `page.serve`.
Anything the shortcut does not find live (an untranslated lesson served in
the source language, another page type) is left to Wagtail's view.

Anonymous visitors' pages come from Django's per-view cache
-----------------------------------------------------------

A GET or HEAD
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

import functools

from django.conf import settings
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_page
from django.views.decorators.vary import vary_on_cookie
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .content_version import content_version, versioned_cache_get

# Seconds a site's home address is kept at most (a new content version
# drops it sooner).
HOME_SECONDS = 3600


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


@functools.cache
def _routed_by_url_path() -> dict[int, type[Page]]:
    """{levels below the home page: page type} for the types that set
    `route_by_url_path` and whose single parent type leads up to HomePage
    (worked out once: page types do not change while the process runs). A
    level two such types share is left to Wagtail, and so is the first."""
    from wagtail.models import get_page_models

    from .models import HomePage

    def levels(model, seen=()) -> int | None:
        parents = model.allowed_parent_page_models()
        if len(parents) != 1 or model in seen:
            return None
        if parents[0] is HomePage:
            return 1
        above = levels(parents[0], (*seen, model))
        return None if above is None else above + 1

    found: dict[int, list[type[Page]]] = {}
    for model in get_page_models():
        if getattr(model, "route_by_url_path", False) and (level := levels(model)) is not None:
            found.setdefault(level, []).append(model)
    # Not the level right below the home page: other page types are at home
    # there, and a look-up that misses would cost them a query.
    return {level: models[0] for level, models in found.items() if len(models) == 1 and level > 1}


def _home_url_path(request) -> str:
    """The URL path of the home page Wagtail routes this request from (the
    request's site's root page in the active language), "" when that is not
    a HomePage."""
    from .models import HomePage

    hostname = split_domain_port(request.get_host())[0]
    language = translation.get_language()

    def build() -> str:
        site = Site.find_for_request(request)
        home = site.root_page.localized.specific if site is not None else None
        return home.url_path if isinstance(home, HomePage) else ""

    key = f"core:home:{hostname}:{request.get_port()}:{language}"
    return versioned_cache_get(key, build, timeout=HOME_SECONDS)


def _route_by_url_path(request, path: str):
    components = [component for component in path.split("/") if component]
    model = _routed_by_url_path().get(len(components))
    if model is None:
        return None
    home = _home_url_path(request)
    if not home:
        return None
    page = model.objects.filter(url_path=f"{home}{'/'.join(components)}/", live=True)
    page = page.select_related("locale").first()
    return page.route(request, []) if page is not None else None


def _serve_page(request, path):
    """Wagtail's serve view, with course-tree pages routed by URL path."""
    route = _route_by_url_path(request, path)
    if route is None:
        return wagtail_views.serve(request, path)
    page, args, kwargs = route
    # From here on as Wagtail's serve view goes on once it has routed.
    on_serve_chain = wagtail_views.serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)


_serve_public_only = vary_on_cookie(_public_only(_serve_page))


def serve(request, path):
    """Wagtail's serve view, with course-tree pages routed by URL path and
    through the anonymous page cache when the request qualifies (see the
    module docstring)."""
    if not _cacheable(request):
        return _serve_page(request, path)
    cached = cache_page(settings.PAGE_CACHE_SECONDS, key_prefix=f"pages.{content_version()}")
    return cached(_serve_public_only)(request, path)
