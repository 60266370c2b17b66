import pytest

from courses.models import (
    AssessmentAttempt,
    CompletionRule,
    CourseCompletion,
    CourseRequiredLesson,
    Enrolment,
    LessonPage,
)
from courses.selectors.progress import course_progress, user_is_enrolled
from courses.selectors.structure import course_rule_problems
from courses.services import (
    CourseError,
    assessment_record_result,
    course_completion_evaluate,
    enrolment_create,
    lesson_mark_complete,
)
from courses.signals import course_completed

pytestmark = pytest.mark.django_db


@pytest.fixture
def received():
    calls = []

    def receiver(sender, **kwargs):
        calls.append(kwargs)

    course_completed.connect(receiver, dispatch_uid="test-receiver")
    yield calls
    course_completed.disconnect(dispatch_uid="test-receiver")


def _lessons(course):
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def test_self_enrolment_is_idempotent(make_course, trainee):
    course = make_course()
    first = enrolment_create(user=trainee, course=course)
    second = enrolment_create(user=trainee, course=course)
    assert first.pk == second.pk
    assert Enrolment.objects.filter(user=trainee).count() == 1
    assert first.course_key == course.translation_key


def test_self_enrolment_refused_when_course_is_by_invitation(make_course, trainee, staff):
    course = make_course(self_enrolment=False)
    with pytest.raises(CourseError, match="invitation"):
        enrolment_create(user=trainee, course=course)
    assert not Enrolment.objects.exists()
    enrolment = enrolment_create(user=trainee, course=course, enrolled_by=staff)
    assert enrolment.source == Enrolment.Source.STAFF
    assert enrolment.enrolled_by == staff


def test_user_is_enrolled_for_any_page_of_the_course(make_course, trainee):
    course = make_course()
    lesson = _lessons(course)[0]
    assert not user_is_enrolled(user=trainee, page=lesson)
    enrolment_create(user=trainee, course=course)
    assert user_is_enrolled(user=trainee, page=lesson)
    assert user_is_enrolled(user=trainee, page=lesson.get_parent())
    assert user_is_enrolled(user=trainee, page=course)


def test_marking_lessons_completes_the_course_once(
    make_course, trainee, received, django_capture_on_commit_callbacks
):
    course = make_course(lessons=2)
    enrolment_create(user=trainee, course=course)
    first, second = _lessons(course)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_mark_complete(user=trainee, lesson=first)
    assert course_progress(user=trainee, course=course).percent == 50
    assert not CourseCompletion.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        lesson_mark_complete(user=trainee, lesson=second)
        lesson_mark_complete(user=trainee, lesson=second)
        course_completion_evaluate(user=trainee, course=course)
    progress = course_progress(user=trainee, course=course)
    assert progress.percent == 100
    assert progress.is_complete
    assert CourseCompletion.objects.filter(user=trainee).count() == 1
    assert len(received) == 1
    assert received[0]["user"] == trainee
    assert received[0]["course"].pk == course.pk
    assert received[0]["completion"].course_key == course.translation_key


def test_mark_complete_needs_enrolment(make_course, trainee):
    course = make_course()
    with pytest.raises(CourseError, match="not enrolled"):
        lesson_mark_complete(user=trainee, lesson=_lessons(course)[0])


def test_lesson_with_a_quiz_cannot_be_marked_complete(make_course, trainee):
    course = make_course(lessons=1, quiz_in_last=True)
    enrolment_create(user=trainee, course=course)
    with pytest.raises(CourseError, match="assessments"):
        lesson_mark_complete(user=trainee, lesson=_lessons(course)[0])


def test_passing_the_required_assessment_completes_lesson_and_course(
    make_course, trainee, received, django_capture_on_commit_callbacks
):
    course = make_course(lessons=1, quiz_in_last=True)
    enrolment_create(user=trainee, course=course)
    lesson = _lessons(course)[0]
    key = lesson.body[0].id
    with django_capture_on_commit_callbacks(execute=True):
        assessment_record_result(
            user=trainee, lesson=lesson, assessment_key=key, kind="quiz", score=20, passed=False
        )
    assert not course_progress(user=trainee, course=course).is_complete
    with django_capture_on_commit_callbacks(execute=True):
        assessment_record_result(
            user=trainee, lesson=lesson, assessment_key=key, kind="quiz", score=90, passed=True
        )
    assert course_progress(user=trainee, course=course).is_complete
    assert len(received) == 1


def test_optional_quiz_does_not_block_marking_complete(make_course, trainee):
    course = make_course(lessons=1, quiz_in_last=True, required=False)
    enrolment_create(user=trainee, course=course)
    lesson_mark_complete(user=trainee, lesson=_lessons(course)[0])
    assert course_progress(user=trainee, course=course).is_complete


@pytest.mark.parametrize("score", [-1, 100.5])
def test_assessment_score_out_of_range_records_nothing(make_course, trainee, score):
    course = make_course(lessons=1, quiz_in_last=True)
    enrolment_create(user=trainee, course=course)
    lesson = _lessons(course)[0]
    with pytest.raises(CourseError, match="between 0 and 100"):
        assessment_record_result(
            user=trainee, lesson=lesson, assessment_key="x", kind="h5p", score=score, passed=True
        )
    assert not AssessmentAttempt.objects.exists()


def test_assessment_result_needs_enrolment(make_course, trainee):
    course = make_course(lessons=1, quiz_in_last=True)
    lesson = _lessons(course)[0]
    with pytest.raises(CourseError, match="not enrolled"):
        assessment_record_result(
            user=trainee, lesson=lesson, assessment_key="x", kind="h5p", score=50, passed=True
        )
    assert not AssessmentAttempt.objects.exists()


def test_selected_lessons_rule_completes_on_the_listed_lessons(make_course, trainee):
    course = make_course(lessons=3)
    first, second, third = _lessons(course)
    course.completion_rule = CompletionRule.SELECTED_LESSONS
    course.save()
    CourseRequiredLesson.objects.create(course=course, lesson=second)
    enrolment_create(user=trainee, course=course)
    assert course_progress(user=trainee, course=course).total == 1
    lesson_mark_complete(user=trainee, lesson=second)
    assert course_progress(user=trainee, course=course).is_complete


def test_rule_pointing_at_a_deleted_lesson_is_reported_not_crashed_on(make_course, trainee):
    course = make_course(lessons=2)
    first, second = _lessons(course)
    course.completion_rule = CompletionRule.SELECTED_LESSONS
    course.save()
    CourseRequiredLesson.objects.create(course=course, lesson=second)
    second.delete()
    problems = course_rule_problems(course)
    assert problems == ["A required lesson was deleted; the rule is ignored."]
    enrolment_create(user=trainee, course=course)
    # With no valid rule left every lesson counts.
    lesson_mark_complete(user=trainee, lesson=first)
    assert course_progress(user=trainee, course=course).is_complete
