from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from .content_version import content_version_follow_pages

        post_migrate.connect(_ensure_locales, sender=self, dispatch_uid="core.ensure_locales")
        # What is cached from published content follows every change to it.
        content_version_follow_pages()


def _ensure_locales(sender, **kwargs) -> None:
    """Every content language needs a Wagtail Locale, demo data or not."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
