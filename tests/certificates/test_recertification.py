"""Re-certification: after the certificate expires the trainee takes the
course again (a new cycle) and receives a new certificate with a new code."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from courses.models import (
    AssessmentAttempt,
    CourseCompletion,
    Enrolment,
    LessonPage,
    LessonProgress,
    PastCompletion,
)
from courses.services import ERR_NO_RETAKE, CourseError, course_restart, quiz_submit

pytestmark = pytest.mark.django_db

RIGHT = {"q1": ["o1"], "q2": ["true"]}


def _age(user, course, *, months=13):
    """Pretend the completion and its certificate happened `months` ago."""
    then = timezone.now() - timedelta(days=31 * months)
    CourseCompletion.objects.filter(user=user, course_key=course.translation_key).update(completed_at=then)
    Certificate.objects.filter(user=user).update(
        completed_on=then.date(), expires_on=(then + timedelta(days=365)).date()
    )


def _complete_with_quiz(user, course, capture):
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    from courses.services import enrolment_create, lesson_mark_complete

    with capture(execute=True):
        enrolment_create(user=user, course=course)
        for lesson in lessons[:-1]:
            lesson_mark_complete(user=user, lesson=lesson)
        key = lessons[-1].body[0].id
        quiz_submit(user=user, lesson=lessons[-1], assessment_key=key, answers=RIGHT)
    return lessons


def test_a_valid_certificate_cannot_be_retaken(make_course, complete_course, trainee):
    course = make_course(validity_months=12)
    complete_course(trainee, course)
    with pytest.raises(CourseError) as error:
        course_restart(user=trainee, course=course)
    assert error.value.message == ERR_NO_RETAKE
    assert Enrolment.objects.get(user=trainee).cycle == 1
    assert CourseCompletion.objects.filter(user=trainee).exists()


def test_a_course_whose_certificate_never_expires_cannot_be_retaken(make_course, complete_course, trainee):
    course = make_course(validity_months=None)
    complete_course(trainee, course)
    _age(trainee, course, months=60)
    with pytest.raises(CourseError):
        course_restart(user=trainee, course=course)


def test_after_expiry_the_trainee_retakes_and_gets_a_new_certificate(
    make_course, trainee, django_capture_on_commit_callbacks
):
    course = make_course(validity_months=12, lessons=2, quiz_in_last=True, max_attempts=1)
    lessons = _complete_with_quiz(trainee, course, django_capture_on_commit_callbacks)
    first = Certificate.objects.get(user=trainee)
    _age(trainee, course)
    assert Certificate.objects.get(pk=first.pk).status(timezone.localdate()) == Certificate.Status.EXPIRED

    course_restart(user=trainee, course=course)

    enrolment = Enrolment.objects.get(user=trainee)
    assert (enrolment.cycle, enrolment.cycle_started_at is not None) == (2, True)
    past = PastCompletion.objects.get(user=trainee)
    assert past.cycle == 1
    assert not CourseCompletion.objects.filter(user=trainee).exists()
    assert not LessonProgress.objects.filter(user=trainee, completed_at__isnull=False).exists()
    # The quiz allowed one attempt; the new cycle gives a fresh one, and the
    # first cycle's pass no longer completes the lesson.
    quiz_lesson = lessons[-1]
    key = quiz_lesson.body[0].id
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons[:-1]:
            from courses.services import lesson_mark_complete

            lesson_mark_complete(user=trainee, lesson=lesson)
    assert not CourseCompletion.objects.filter(user=trainee).exists()
    with django_capture_on_commit_callbacks(execute=True):
        quiz_submit(user=trainee, lesson=quiz_lesson, assessment_key=key, answers=RIGHT)
    assert list(AssessmentAttempt.objects.filter(user=trainee).values_list("cycle", flat=True)) == [1, 2]

    assert CourseCompletion.objects.filter(user=trainee).exists()
    second = Certificate.objects.get(user=trainee, cycle=2)
    assert second.code != first.code
    assert second.status(timezone.localdate()) == Certificate.Status.VALID
    assert Certificate.objects.get(pk=first.pk).status(timezone.localdate()) == Certificate.Status.EXPIRED


def test_the_course_page_offers_the_retake_only_after_expiry(make_course, complete_course, client, trainee):
    course = make_course(validity_months=12)
    complete_course(trainee, course)
    client.force_login(trainee)
    action = reverse("courses:restart", args=[course.pk])
    assert action not in client.get(course.url).content.decode()
    refused = client.post(action, {"next": course.url}, follow=True)
    assert str(ERR_NO_RETAKE) in refused.content.decode()
    assert Enrolment.objects.get(user=trainee).cycle == 1

    _age(trainee, course)
    page = client.get(course.url).content.decode()
    assert action in page
    client.post(action, {"next": course.url})
    assert Enrolment.objects.get(user=trainee).cycle == 2
    assert action not in client.get(course.url).content.decode()


def test_another_trainee_cannot_restart_for_someone_else(make_course, complete_course, client, make_user):
    course = make_course(validity_months=12)
    owner, other = make_user(), make_user()
    complete_course(owner, course)
    _age(owner, course)
    client.force_login(other)
    client.post(reverse("courses:restart", args=[course.pk]))
    assert Enrolment.objects.get(user=owner).cycle == 1
    assert not PastCompletion.objects.exists()
