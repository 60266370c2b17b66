from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Courses")

    def ready(self) -> None:
        _connect_structure_invalidation()


def _connect_structure_invalidation() -> None:
    """The course structure cache lives under the pages generation (any page
    saved, published, moved or deleted, a view restriction, a locale or a
    site changed: core/apps.py); changing a completion rule starts a new one
    too."""
    from core.generations import PAGES_GENERATION_KEY, generation_bump_on_content_change

    from .models import CourseRequiredLesson

    generation_bump_on_content_change(PAGES_GENERATION_KEY, page_saves=True, models=(CourseRequiredLesson,))
