"""Serving Wagtail's pages (config/urls.py: `serve` stands in for Wagtail's
serve view), with a shortcut through public APIs (docs/performance.md).
Anonymous visitors' pages are cached by core.anonymous_cache.

Course-tree pages are routed by their URL path
-----------------------------------------------

Wagtail's serve view looks the site, the active locale and the localised home
page up, then routes level by level: a query or two for each. Page types that
set `route_by_url_path` (the course tree below the catalogue: their parent
page types fix every level above them, so the number of path components
names the type) are found instead in one query by their URL path under the
home page's, which is kept in the default cache per host, port and language
under the content version (core.content_version: any site, locale or page
change drops it). The page found is kept there too, as its row, under the
content version, and built again from it with Django's `Model.from_db`: a
reader of a course page or a lesson asks the database nothing to route it. The page found is served as Wagtail's view serves it: its
`on_serve_page` and `before_serve_page` hooks (view restrictions among them),
then `page.serve`. Anything the shortcut does not find live (an untranslated
lesson served in the source language, another page type) is left to
Wagtail's view.
"""

import functools
import hashlib

from django.conf import settings
from django.db import router
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

from .content_version import (
    DRAFT_ONLY_FIELDS,
    versioned_cache_get,
    versioned_cache_lookup,
    versioned_cache_set,
)

# Seconds a site's home address is kept at most (a new content version drops
# it sooner); a routed page's row: settings.ROUTE_CACHE_SECONDS.
HOME_SECONDS = 3600


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


@functools.cache
def _kept_fields(model) -> tuple:
    """The concrete fields of `model` a kept row holds: all but those a
    draft's saving writes to a page's row without starting a new content
    version (core.content_version.DRAFT_ONLY_FIELDS: the latest revision,
    the draft title, the lock), which Django loads from the database if
    anything asks for them."""
    return tuple(field for field in model._meta.concrete_fields if field.name not in DRAFT_ONLY_FIELDS)


def _row(instance) -> tuple:
    """The values of `instance`'s kept fields, as `Model.from_db` takes
    them back: a StreamField's as its stored data, which Wagtail reads again
    lazily (a lesson's body, rendered from the lesson's reading, is parsed
    only for the blocks rendered for each reader)."""
    values = []
    for field in _kept_fields(type(instance)):
        value = getattr(instance, field.attname)
        values.append(field.get_prep_value(value) if isinstance(field, StreamField) else value)
    return tuple(values)


@functools.cache
def _kept_names(model) -> tuple[str, ...]:
    return tuple(field.attname for field in _kept_fields(model))


def _from_row(model, row: tuple):
    return model.from_db(router.db_for_read(model), _kept_names(model), row)


def _route_key(request, model, components) -> str:
    raw = "\n".join(
        (
            split_domain_port(request.get_host())[0],
            str(request.get_port()),
            translation.get_language() or "",
            model._meta.label,
            "/".join(components),
        )
    )
    return "core:route:" + hashlib.sha256(raw.encode()).hexdigest()


def _page_found(request, model, components):
    """The live page of type `model` at `components` below the home page,
    None when there is none (or two: Wagtail's routing decides then)."""
    home = _home_url_path(request)
    if not home:
        return None
    # get(), not first(): no ordering to build (the pages' default ordering by
    # tree path costs a third of this look-up).
    try:
        return model.objects.select_related("locale").get(
            url_path=f"{home}{'/'.join(components)}/", live=True
        )
    except (model.DoesNotExist, model.MultipleObjectsReturned):
        return None


def route_by_url_path(request, path: str):
    """The RouteResult of a course-tree page below the catalogue at `path`
    (relative to the home page, as Wagtail's serve view gets it), found by
    its URL path; None when it is not one (see the module docstring).

    A page found is kept in the default cache under the content version, as
    its row (its field values, its locale's), and built again from it with
    Django's `Model.from_db`, as a query would build it: any page, site,
    locale or view-restriction change starts a new content version. What is
    not found is looked up every time (no entry for every address asked)."""
    components = [component for component in path.split("/") if component]
    model = _routed_by_url_path().get(len(components))
    if model is None:
        return None
    seconds = settings.ROUTE_CACHE_SECONDS
    if seconds > 0:
        key = _route_key(request, model, components)
        version, rows = versioned_cache_lookup(key)
        if rows is not None:
            page_row, locale_row = rows
            page = _from_row(model, page_row)
            page.locale = _from_row(Locale, locale_row)
            return page.route(request, [])
    page = _page_found(request, model, components)
    if page is None:
        return None
    if seconds > 0:
        versioned_cache_set(key, version, (_row(page), _row(page.locale)), timeout=seconds)
    return page.route(request, [])


def serve(request, path):
    """Wagtail's serve view, with course-tree pages routed by URL path (see
    the module docstring)."""
    route = route_by_url_path(request, path)
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
