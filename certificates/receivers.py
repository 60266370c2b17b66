"""Issuing certificates when the Courses app reports a completion."""

import logging

from .services import CertificateError, certificate_issue

logger = logging.getLogger(__name__)


def issue_on_course_completed(sender, *, completion, user, course, **kwargs) -> None:
    if not getattr(course, "certificate_enabled", False):
        return
    from .selectors import score_summary

    try:
        certificate_issue(
            user=user,
            course=course,
            completed_at=completion.completed_at,
            score_summary_for=score_summary,
        )
    except CertificateError as exc:
        logger.warning("No certificate for %s in course %s: %s", user.pk, course.pk, exc)


def issue_on_assessed_attempt(sender, *, attempt, **kwargs) -> None:
    """Re-check the evidence rule on each submitted assessed attempt in a
    lesson: a trainee who completed the course before the rule held gets
    the certificate as soon as it does (issuance is idempotent)."""
    from exercises.models import AttemptMode

    if attempt.mode != AttemptMode.ASSESSED or attempt.lesson_page_id is None:
        return
    from courses.models import CourseCompletion, LessonPage
    from courses.selectors.structure import source_course

    lesson = LessonPage.objects.filter(pk=attempt.lesson_page_id).first()
    course = source_course(lesson) if lesson is not None else None
    if course is None or not course.certificate_enabled:
        return
    completion = CourseCompletion.objects.filter(user=attempt.user, course_key=course.translation_key).first()
    if completion is None:
        return  # issued on completion, when the rule is checked again
    issue_on_course_completed(sender, completion=completion, user=attempt.user, course=course)
