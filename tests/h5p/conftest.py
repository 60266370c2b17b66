import pytest
from django.utils import translation

from tests.factories.h5p import make_activity


@pytest.fixture(autouse=True)
def _english():
    # Messages are asserted in English whatever language an earlier test left active.
    with translation.override("en"):
        yield


@pytest.fixture
def activity(db):
    return make_activity()


@pytest.fixture
def activity_factory(db):
    return make_activity


@pytest.fixture
def make_lesson(site_tree):
    """make_lesson(activity, required=True, pass_threshold=80, quiz=False) -> (lesson, block_id).

    A one-lesson course whose lesson holds `activity` (after a quiz when `quiz`).
    """
    from core.models import HomePage
    from courses.models import LessonPage
    from tests.factories.courses import build_course
    from tests.factories.h5p import place_in_lesson

    home = HomePage.objects.get(locale__language_code="en")
    made = []

    def make(activity, *, required=True, pass_threshold=80, quiz=False):
        course = build_course(home, lessons=1, quiz_in_last=quiz, slug=f"h5p-course-{len(made)}")
        lesson = LessonPage.objects.descendant_of(course).get()
        block_id = place_in_lesson(
            lesson, activity, required=required, pass_threshold=pass_threshold, replace=not quiz
        )
        made.append(lesson)
        return LessonPage.objects.get(pk=lesson.pk), block_id

    return make


@pytest.fixture
def placed(make_lesson, activity):
    """(lesson, block_id): `activity` required at 80 % in a one-lesson course."""
    return make_lesson(activity)


@pytest.fixture
def enrolled(trainee, placed):
    from courses.services import enrolment_create

    lesson, _block_id = placed
    enrolment_create(user=trainee, course=lesson.get_parent().get_parent().specific)
    return trainee
