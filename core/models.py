from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction

from .content_version import versioned_cache_get


def lineage_paths(path: str) -> list[str]:
    """The tree paths of the page at `path` and of each of its ancestors, the
    root's first. A page's tree path (treebeard's materialised path) is its
    parent's and Page.steplen characters more."""
    step = Page.steplen
    return [path[:end] for end in range(step, len(path) + 1, step)]


class AnonymousCacheMixin:
    """A page type whose page is the same for every visitor who is not signed
    in. Its responses to them are marked `Cache-Control: public`, which lets
    the anonymous page cache (core.anonymous_cache) store them; anything
    else it serves, and every other page type, is never stored there."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not request.user.is_authenticated:
            patch_cache_control(response, public=True)
        return response


class LineageViewRestrictionsMixin:
    """Wagtail's view restrictions of a page: its own and its ancestors', an
    alias standing for its source (Wagtail's rule). Which restrictions apply
    is kept in the default cache under the content version, which every
    change to pages and restrictions raises (core.content_version); most
    pages have none, and their readers then ask the database nothing. The
    restrictions themselves (and the groups they admit) are read afresh."""

    def get_view_restrictions(self):
        ids = self.view_restriction_ids()
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)

    def view_restriction_ids(self) -> list[int]:
        """Ids of the restrictions this page is under, from the cache."""
        return versioned_cache_get(
            f"core:view-restrictions:{self.path}",
            lambda: list(self.lineage_view_restrictions().values_list("pk", flat=True)),
            timeout=VIEW_RESTRICTIONS_SECONDS,
        )

    def lineage_view_restrictions(self):
        """The restrictions, read from the database (one query)."""
        sources = Page.objects.filter(path__in=lineage_paths(self.path)).values(
            source=Coalesce("alias_of_id", "id")
        )
        return PageViewRestriction.objects.filter(page_id__in=sources)


# Seconds the restrictions a page is under are kept at most (a new content
# version drops them sooner).
VIEW_RESTRICTIONS_SECONDS = 3600


class HomePage(AnonymousCacheMixin, LineageViewRestrictionsMixin, Page):
    """The site root in each language: a short welcome and the way in."""

    intro = models.CharField(_("introduction"), max_length=400, blank=True)
    body = RichTextField(_("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


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
