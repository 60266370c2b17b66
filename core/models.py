import copy
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from .generations import PAGES_GENERATION_KEY, LocalMemo, generation_current


class HomePage(Page):
    """The site root in each language: a short welcome and the way in."""

    # Served to anonymous visitors from core.page_cache (the same for all of them).
    anonymous_cache = True

    intro = models.CharField(_("introduction"), max_length=400, blank=True)
    body = RichTextField(_("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Pages that set `route_by_url_path` (the course tree, whose parent
        types fix every level above it) are found by their URL path in two
        queries instead of one or two per level. Anything else, and anything
        the shortcut does not find live (an untranslated lesson served from
        the source language, for one), is routed level by level as usual."""
        if path_components:
            page = self._route_by_url_path(request, path_components)
            if page is not None:
                return RouteResult(page)
        return super().route(request, path_components)

    def _route_by_url_path(self, request, path_components):
        url_path = f"{self.url_path}{'/'.join(path_components)}/"
        # The page found is kept under the pages generation, which any page
        # save, move or deletion changes (core.generations), with what
        # serving it asks first (`warm_route_cache`: its view restrictions
        # and course), so one cache read routes the request.
        generation = generation_current(PAGES_GENERATION_KEY)
        if request is not None:
            request.pages_generation = generation
        digest = hashlib.sha256(url_path.encode()).hexdigest()[:32]
        key = f"core:route:v2:{self.pk}:{digest}:{generation}"
        page = _ROUTED.get(key)
        if page is None:
            page = cache.get(key)
            if page is None:
                page = self._find_by_url_path(url_path, len(path_components))
                if page is not None:
                    page.__dict__["_pages_generation"] = generation
                    if hasattr(page, "warm_route_cache"):
                        page.warm_route_cache()
                    cache.set(key, page, ROUTE_CACHE_SECONDS)
            if page is not None:
                _ROUTED.set(key, page)
        if page is None:
            return None
        if request is not None and getattr(request, "_wagtail_site", None) is not None:
            # The next request for this address skips Wagtail's site and home page lookups.
            remember_route(request, generation, request._wagtail_site, page)
        # Each request serves its own copy: serving sets attributes on it.
        page = copy.copy(page)
        page.__dict__["_pages_generation"] = generation
        return page

    def _find_by_url_path(self, url_path: str, levels: int):
        found = (
            Page.objects.filter(url_path=url_path, depth=self.depth + levels, live=True)
            .only("id", "content_type_id")
            .first()
        )
        model = found.specific_class if found is not None else None
        if model is None or not getattr(model, "route_by_url_path", False):
            return None
        # The page with its locale, which every page of the tree shows.
        page = model.objects.select_related("locale").get(pk=found.pk)
        return page if page.path.startswith(self.path) else None


# Routed pages are dropped with their generation; this only bounds the memory
# a page nobody asks for again keeps.
ROUTE_CACHE_SECONDS = 3600
# The pages this process routed lately, by the same keys (which carry the
# generation read for every request).
_ROUTED = LocalMemo(size=1024)

# Course-tree addresses this process routed, with the Wagtail site and page
# found, by host, port, path, active language and pages generation (which any
# page, view restriction, site or locale change raises): routed_early() serves
# them before Wagtail looks the site and the localised home page up again.
_EARLY_ROUTES = LocalMemo(size=4096)
# The same addresses without the generation: only these read it early.
_EARLY_ADDRESSES = LocalMemo(size=4096)


def _early_address(request) -> tuple:
    return (request._get_raw_host(), request.get_port(), request.path, translation.get_language())


def remember_route(request, generation, site, page) -> None:
    address = _early_address(request)
    _EARLY_ADDRESSES.set(address, True)
    _EARLY_ROUTES.set((*address, generation), (site, page))


def routed_early(request) -> bool:
    """For a course-tree address this process has routed under the current
    pages generation, give the request Wagtail's site and route result, so
    that Wagtail's serve view asks the database for neither. Anything else is
    left to Wagtail."""
    address = _early_address(request)
    if _EARLY_ADDRESSES.get(address) is None:
        return False
    generation = generation_current(PAGES_GENERATION_KEY)
    found = _EARLY_ROUTES.get((*address, generation))
    if found is None:
        return False
    site, page = found
    page = copy.copy(page)
    page.__dict__["_pages_generation"] = generation
    request.pages_generation = generation
    request._wagtail_site = copy.copy(site)
    request._wagtail_route_for_request = RouteResult(page)
    return True


class AuditEntry(models.Model):
    """One recorded staff or security-relevant action (see core.audit)."""

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept so the entry still names the person after the account is deleted.
    actor_repr = models.CharField(_("who (as recorded)"), max_length=254, blank=True)
    action = models.CharField(_("action"), max_length=64, db_index=True)
    target_type = models.CharField(_("object type"), max_length=100, blank=True)
    target_id = models.CharField(_("object id"), max_length=64, blank=True)
    target_repr = models.CharField(_("object"), max_length=255, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    class Meta:
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_repr or '-'} {self.action}"
