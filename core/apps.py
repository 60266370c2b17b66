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
    """Any change to what a public page shows starts a new page-cache generation."""
    from .generations import generation_bump_on_content_change
    from .page_cache import GENERATION_KEY

    generation_bump_on_content_change(GENERATION_KEY)


def _ensure_locales(sender, **kwargs) -> None:
    """Every content language needs a Wagtail Locale, demo data or not."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
