"""Demo H5P activity built on our own content type (no network needed), placed
in a demo lesson.

Runs after the courses seed (INSTALLED_APPS order): the activity goes, as a
required block with a pass threshold of 80 %, at the end of one demo lesson
and of that lesson's translations, keeping the same block id so results
count across languages. Idempotent: once a page uses the activity, nothing
more is placed.
"""

from __future__ import annotations

import io

from django.db import transaction

from . import sample
from .models import H5PActivity
from .selectors import activity_pages
from .services import activity_import

DEMO_TITLE = "Which document states the cargo?"
BLOCK_NAME = "h5p_activity"
DEMO_PASS_THRESHOLD = 80
# The activity asks about shipping documents: a lesson of a course about
# documents suits it best.
PREFERRED_COURSE_WORD = "document"


def demo_activity(*, stdout=None) -> H5PActivity:
    activity = H5PActivity.objects.filter(title=DEMO_TITLE).order_by("pk").first()
    if activity is not None:
        return activity
    package = sample.pack_h5p(title=DEMO_TITLE)
    activity = activity_import(stream=io.BytesIO(package), may_upload_libraries=True)
    if stdout:
        stdout.write(f"  H5P activity {activity.title!r} (id {activity.pk})")
    return activity


def demo_lesson():
    """The source-language lesson for the demo activity: the first lesson
    without assessments in a course about documents, else in any course
    (reading order); None when there is no course."""
    from courses.models import CoursePage, LessonPage, source_locale
    from courses.selectors.structure import lesson_assessments

    courses = list(CoursePage.objects.live().filter(locale=source_locale()).order_by("path"))
    courses.sort(key=lambda course: PREFERRED_COURSE_WORD not in course.slug)
    fallback = None
    for course in courses:
        for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
            fallback = fallback or lesson
            if not lesson_assessments(lesson):
                return lesson
    return fallback


def lesson_place(*, activity: H5PActivity, lesson, stdout=None) -> str:
    """Append `activity` as a required block to `lesson` and each of its
    translations, with one block id. Returns the block id."""
    from courses.services import lesson_block_append

    value = {"activity": activity.pk, "required": True, "pass_threshold": DEMO_PASS_THRESHOLD}
    block_id = lesson_block_append(lesson=lesson, block_type=BLOCK_NAME, value=value)
    if stdout:
        stdout.write(f"  H5P activity placed in lesson {lesson.title!r}")
    return block_id


@transaction.atomic
def seed(*, stdout=None) -> None:
    activity = demo_activity(stdout=stdout)
    if activity_pages(activity=activity).exists():
        return
    lesson = demo_lesson()
    if lesson is not None:
        lesson_place(activity=activity, lesson=lesson, stdout=stdout)
