from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Courses")

    def ready(self) -> None:
        _connect_structure_invalidation()


def _connect_structure_invalidation() -> None:
    """Saving, publishing, moving or deleting any page, or changing a
    completion rule, a locale or a site, drops the cached course structures
    (and the catalogue address in the menu)."""
    from core.generations import generation_bump_on_content_change

    from .models import CourseRequiredLesson
    from .selectors import STRUCTURE_GENERATION_KEY

    generation_bump_on_content_change(
        STRUCTURE_GENERATION_KEY, page_saves=True, models=(CourseRequiredLesson,)
    )
