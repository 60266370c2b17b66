"""Reads of a learner's records: enrolment, progress in a course, results of
assessments. Every record is looked up by translation key, so the same
numbers come out whichever language the trainee reads the course in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from wagtail.models import Page

from accounts.roles import Role, user_has_role
from core.dates import add_months
from core.models import lineage_paths

from ..models import (
    AssessmentAttempt,
    CourseCompletion,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    source_language_version,
)
from .structure import (
    course_lessons,
    course_of,
    required_lesson_keys,
)


def enrolment_for(
    *,
    user,
    page: Page | None = None,
    course_key: UUID | None = None,
    with_progress_of: LessonPage | None = None,
) -> Enrolment | None:
    """`user`'s enrolment in the course `page` belongs to (any page of the
    course tree, in any locale), or in the course whose translation key is
    `course_key` when the caller knows it; None when not enrolled. With
    `with_progress_of` (a lesson), the user's progress row of that lesson
    comes with it, as ``enrolment.lesson_progress`` (None when there is none
    yet)."""
    if user is None or not user.is_authenticated:
        return None
    if course_key is None:
        course = course_of(page)
        if course is None:
            return None
        course_key = course.translation_key
    # get(), not first(): one row at most (a unique constraint each), and no
    # ordering to build. Two plain queries cost less to build than one
    # joining them.
    try:
        enrolment = Enrolment.objects.get(user=user, course_key=course_key)
    except Enrolment.DoesNotExist:
        return None
    if with_progress_of is not None:
        try:
            enrolment.lesson_progress = LessonProgress.objects.get(
                user=user, lesson_key=with_progress_of.translation_key
            )
        except LessonProgress.DoesNotExist:
            enrolment.lesson_progress = None
    return enrolment


def user_is_enrolled(*, user, page: Page) -> bool:
    """True when `user` is enrolled in the course `page` belongs to (any
    page of the course tree, in any locale)."""
    return enrolment_for(user=user, page=page) is not None


def user_enrolled_in_any(*, user, pages) -> bool:
    """True when `user` is enrolled in the course of at least one of `pages`
    (a queryset of pages of course trees, any locale), in two queries however
    many pages: their tree paths, then the enrolled courses among the
    ancestors those paths name."""
    if user is None or not user.is_authenticated:
        return False
    ancestors = {
        ancestor for path in pages.values_list("path", flat=True) for ancestor in lineage_paths(path)
    }
    if not ancestors:
        return False
    return CoursePage.objects.filter(
        path__in=ancestors,
        translation_key__in=Enrolment.objects.filter(user=user).values("course_key"),
    ).exists()


def user_can_view_lesson(*, user, enrolment: Enrolment | None) -> bool:
    """Mentors and staff see every lesson, trainees those of their courses
    (`enrolment`: theirs in the lesson's course as the caller looked it up,
    None when they are not enrolled or the lesson is in no course)."""
    return enrolment is not None or user_has_role(user, Role.MENTOR, Role.STAFF)


def effective_result(attempts: list[AssessmentAttempt], grading: str) -> tuple[float | None, bool]:
    """(score, passed) under `grading`: "best" keeps the best attempt, "last"
    the latest one."""
    if not attempts:
        return None, False
    if grading == "last":
        last = max(attempts, key=lambda a: a.number)
        return last.score, last.passed
    return max(a.score for a in attempts), any(a.passed for a in attempts)


def attempts_for(*, user, lesson_key: UUID, assessment_key: str) -> list[AssessmentAttempt]:
    """`user`'s attempts at one assessment in their enrolment's current cycle."""
    cycle = Enrolment.objects.filter(user=user, course_key=OuterRef("course_key")).values("cycle")[:1]
    return list(
        AssessmentAttempt.objects.filter(
            user=user, lesson_key=lesson_key, assessment_key=assessment_key, cycle=Subquery(cycle)
        )
    )


def course_retake_due(*, course: CoursePage, completion: CourseCompletion | None) -> bool:
    """Whether the trainee may take `course` (source locale) again: it issues
    certificates that expire and the current completion's has expired."""
    if completion is None or not course.certificate_enabled or not course.certificate_validity_months:
        return False
    expires_on = add_months(timezone.localdate(completion.completed_at), course.certificate_validity_months)
    return timezone.localdate() >= expires_on


@dataclass
class CourseProgress:
    course_key: UUID
    enrolled: bool
    total: int
    completed: int
    completed_keys: set[UUID]
    completed_at: datetime | None
    next_lesson_key: UUID | None
    last_visited_key: UUID | None

    @property
    def percent(self) -> int:
        return round(100 * self.completed / self.total) if self.total else 0

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


def progress_from_rows(
    *,
    course_key: UUID,
    required_keys: list[UUID],
    lesson_keys: list[UUID],
    enrolled: bool,
    rows: list[LessonProgress],
    completed_at,
) -> CourseProgress:
    """A learner's progress in one course from their lesson progress `rows`."""
    completed_keys = {row.lesson_key for row in rows if row.completed_at}
    visited = [row for row in rows if row.last_visited_at]
    last = max(visited, key=lambda row: row.last_visited_at) if visited else None
    next_key = next((key for key in lesson_keys if key not in completed_keys), None)
    return CourseProgress(
        course_key=course_key,
        enrolled=enrolled,
        total=len(required_keys),
        completed=len([key for key in required_keys if key in completed_keys]),
        completed_keys=completed_keys,
        completed_at=completed_at,
        next_lesson_key=next_key,
        last_visited_key=last.lesson_key if last else None,
    )


def course_progress(*, user, course: CoursePage) -> CourseProgress:
    """`user`'s progress in `course` (any locale), counted from the database."""
    source = source_language_version(course) or course
    lessons = list(course_lessons(source))
    required = required_lesson_keys(source, lessons)
    enrolled = Enrolment.objects.filter(user=user, course_key=source.translation_key).exists()
    rows = list(LessonProgress.objects.filter(user=user, course_key=source.translation_key))
    completion = CourseCompletion.objects.filter(user=user, course_key=source.translation_key).first()
    return progress_from_rows(
        course_key=source.translation_key,
        required_keys=required,
        lesson_keys=[lesson.translation_key for lesson in lessons],
        enrolled=enrolled,
        rows=rows,
        completed_at=completion.completed_at if completion else None,
    )
