from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Courses")

    def ready(self) -> None:
        from core.content_version import content_version_follow

        from .models import CourseRequiredLesson

        # Course structures and pages are cached under the content version,
        # which pages already raise (core/apps.py); so do completion rules.
        content_version_follow(CourseRequiredLesson)
