from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ScenariosConfig(AppConfig):
    name = "scenarios"
    label = "scenarios"
    verbose_name = _("Scenarios")

    def ready(self) -> None:
        from core.content_version import content_version_follow

        from .models import Indicator

        # The indicator catalogue is kept in the cache (selectors.indicator_catalogue).
        content_version_follow(Indicator)
