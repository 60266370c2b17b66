from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        post_migrate.connect(_ensure_locales, sender=self, dispatch_uid="core.ensure_locales")
        _connect_page_cache_invalidation()


def _connect_page_cache_invalidation() -> None:
    """Any change to what a public page shows starts a new page-cache
    generation; any change to pages or their view restrictions a new pages
    generation (core.generations.PAGES_GENERATION_KEY)."""
    from django.db.models.signals import m2m_changed
    from wagtail.models import PageViewRestriction

    from .generations import PAGES_GENERATION_KEY, generation_bump, generation_bump_on_content_change
    from .page_cache import GENERATION_KEY

    generation_bump_on_content_change(GENERATION_KEY)
    generation_bump_on_content_change(PAGES_GENERATION_KEY, page_saves=True, models=(PageViewRestriction,))

    def restriction_groups_changed(sender, **kwargs):
        generation_bump(PAGES_GENERATION_KEY)

    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        weak=False,
        dispatch_uid="core.view_restriction_groups",
    )


def _ensure_locales(sender, **kwargs) -> None:
    """Every content language needs a Wagtail Locale, demo data or not."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
