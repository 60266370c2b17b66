from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentoringConfig(AppConfig):
    name = "mentoring"
    label = "mentoring"
    verbose_name = _("Mentoring")

    def ready(self):
        from . import receivers  # noqa: F401
