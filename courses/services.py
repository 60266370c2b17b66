"""Writes: enrolment, lesson progress, assessment results, course completion.

Every record is keyed to the translation key of the course and lesson. Errors
are `CourseError`s with translated messages; a failing call changes nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.errors import UserFacingError

from . import quiz as quizlib
from .models import (
    AssessmentAttempt,
    CourseCompletion,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    PastCompletion,
    source_language_version,
)
from .selectors.progress import attempts_for, course_retake_due, effective_result
from .selectors.structure import (
    course_lessons,
    course_of,
    lesson_assessments,
    required_lesson_keys,
    source_course,
)
from .signals import course_completed


class CourseError(UserFacingError):
    """A request the course rules refuse; `message` is translated."""


ERR_NOT_A_COURSE = _("This page is not part of a course.")
ERR_NO_SELF_ENROLMENT = _("This course is open by invitation only: ask programme staff to enrol you.")
ERR_NOT_ENROLLED = _("You are not enrolled in this course.")
ERR_HAS_ASSESSMENTS = _("This lesson is completed by passing its assessments.")
ERR_UNKNOWN_ASSESSMENT = _("This lesson has no such assessment.")
ERR_NO_ATTEMPTS_LEFT = _("You have used every attempt this quiz allows.")
ERR_BAD_SCORE = _("A score must be between 0 and 100.")
ERR_NOT_LIVE = _("This course is not published.")
ERR_NO_RETAKE = _(
    "You can take this course again once your certificate has expired; until then it is still valid."
)


def _source_course(page: Page) -> CoursePage:
    """`selectors.source_course`, refused when `page` is in no course."""
    source = source_course(page)
    if source is None:
        raise CourseError(ERR_NOT_A_COURSE)
    return source


def _locked_enrolment(*, user, course_key) -> Enrolment:
    # Locking the enrolment row serialises one learner's writes in one course
    # (attempt numbers, completion) on databases that support it.
    enrolment = Enrolment.objects.select_for_update().filter(user=user, course_key=course_key).first()
    if enrolment is None:
        raise CourseError(ERR_NOT_ENROLLED)
    return enrolment


@transaction.atomic
def enrolment_create(*, user, course: CoursePage, enrolled_by=None) -> Enrolment:
    """Enrol `user` in `course` (any locale). Without `enrolled_by` this is
    self-enrolment and the course must allow it. Idempotent: enrolling twice
    returns the first enrolment."""
    source = _source_course(course)
    if not source.live:
        raise CourseError(ERR_NOT_LIVE)
    if enrolled_by is None and not source.self_enrolment:
        raise CourseError(ERR_NO_SELF_ENROLMENT)
    existing = Enrolment.objects.filter(user=user, course_key=source.translation_key).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Enrolment.objects.create(
                user=user,
                course_key=source.translation_key,
                source=Enrolment.Source.SELF if enrolled_by is None else Enrolment.Source.STAFF,
                enrolled_by=enrolled_by,
            )
    except IntegrityError:
        # A concurrent request enrolled the same person first.
        return Enrolment.objects.get(user=user, course_key=source.translation_key)


_LOOK_UP = object()


# A visit within this many seconds of the last recorded one of the same
# lesson is not written again (a reload, a quiz submission, a trainee
# reading): "continue where you left off" keeps minute precision and a busy
# lesson page does not write on every request.
VISIT_RESOLUTION = dt.timedelta(seconds=60)


def lesson_visit(
    *, user, lesson: LessonPage, course_key=_LOOK_UP, enrolment=_LOOK_UP
) -> LessonProgress | None:
    """Remember that `user` opened `lesson` ("continue where you left off").
    Does nothing for people who are not enrolled. `course_key` (the
    translation key of the lesson's course, None outside one) and
    `enrolment` (the user's enrolment in it) are what the caller has looked
    up already. Returns the user's progress row of the lesson (None when not
    enrolled), so the lesson page need not read it again."""
    if not user.is_authenticated:
        return None
    if course_key is _LOOK_UP:
        course = course_of(lesson)
        course_key = course.translation_key if course is not None else None
    if course_key is None:
        return None
    if enrolment is _LOOK_UP:
        enrolment = Enrolment.objects.filter(user=user, course_key=course_key).first()
    if enrolment is None:
        return None
    now = timezone.now()
    if hasattr(enrolment, "lesson_progress"):  # read with the enrolment (enrolment_for)
        progress = enrolment.lesson_progress
    else:
        progress = LessonProgress.objects.filter(user=user, lesson_key=lesson.translation_key).first()
    if progress is not None:
        if progress.last_visited_at is None or now - progress.last_visited_at >= VISIT_RESOLUTION:
            LessonProgress.objects.filter(pk=progress.pk).update(last_visited_at=now)
            progress.last_visited_at = now
        return progress
    progress, _created = LessonProgress.objects.update_or_create(
        user=user,
        lesson_key=lesson.translation_key,
        defaults={"course_key": course_key, "last_visited_at": now},
    )
    return progress


def _complete_lesson(*, user, course_key, lesson_key, how: str) -> bool:
    progress, _created = LessonProgress.objects.get_or_create(
        user=user, lesson_key=lesson_key, defaults={"course_key": course_key}
    )
    if progress.completed_at is not None:
        return False
    progress.completed_at = timezone.now()
    progress.completed_how = how
    progress.save(update_fields=["completed_at", "completed_how"])
    return True


@transaction.atomic
def lesson_mark_complete(*, user, lesson: LessonPage) -> LessonProgress:
    """Mark a reading lesson (one without required assessments) as complete,
    then re-evaluate the course. Idempotent."""
    source = _source_course(lesson)
    _locked_enrolment(user=user, course_key=source.translation_key)
    source_lesson = source_language_version(lesson) or lesson
    if lesson_assessments(source_lesson):
        raise CourseError(ERR_HAS_ASSESSMENTS)
    _complete_lesson(
        user=user,
        course_key=source.translation_key,
        lesson_key=lesson.translation_key,
        how=LessonProgress.How.MARKED,
    )
    course_completion_evaluate(user=user, course=source)
    return LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)


@transaction.atomic
def assessment_record_result(
    *,
    user,
    lesson: LessonPage,
    assessment_key: str,
    kind: str,
    score: float,
    passed: bool,
    details: dict | None = None,
) -> AssessmentAttempt:
    """Store one result (score 0..100) of the assessment `assessment_key` (the
    StreamField block id) in `lesson` (any locale) for an enrolled `user`, then
    complete the lesson when all its required assessments are passed under
    their grading policy, and the course when its rules are met."""
    if not 0 <= float(score) <= 100:
        raise CourseError(ERR_BAD_SCORE)
    source = _source_course(lesson)
    enrolment = _locked_enrolment(user=user, course_key=source.translation_key)
    number = (
        AssessmentAttempt.objects.filter(
            user=user, lesson_key=lesson.translation_key, assessment_key=assessment_key
        ).aggregate(n=Max("number"))["n"]
        or 0
    ) + 1
    attempt = AssessmentAttempt.objects.create(
        user=user,
        course_key=source.translation_key,
        lesson_key=lesson.translation_key,
        assessment_key=str(assessment_key),
        kind=kind,
        number=number,
        score=float(score),
        passed=bool(passed),
        details=details or {},
        cycle=enrolment.cycle,
    )
    source_lesson = source_language_version(lesson) or lesson
    required = lesson_assessments(source_lesson)
    if required and all(
        effective_result(
            attempts_for(user=user, lesson_key=lesson.translation_key, assessment_key=item.key), item.grading
        )[1]
        for item in required
    ):
        _complete_lesson(
            user=user,
            course_key=source.translation_key,
            lesson_key=lesson.translation_key,
            how=LessonProgress.How.ASSESSMENTS,
        )
        course_completion_evaluate(user=user, course=source)
    return attempt


@dataclass(frozen=True)
class QuizOutcome:
    attempt: AssessmentAttempt
    score: float
    passed: bool


@transaction.atomic
def quiz_submit(
    *, user, lesson: LessonPage, assessment_key: str, answers: Mapping[str, Sequence[str]]
) -> QuizOutcome:
    """Check `answers` (question id -> chosen option ids, "true"/"false" or a
    number) against the quiz `assessment_key` in `lesson` and record the
    attempt. Bad answers, a missing enrolment or no attempts left raise
    CourseError and record nothing."""
    source = _source_course(lesson)
    enrolment = _locked_enrolment(user=user, course_key=source.translation_key)
    # The key comes from the source lesson: a translation cannot change it.
    source_lesson = source_language_version(lesson) or lesson
    block = next(
        (
            child
            for child in source_lesson.body
            if child.block_type == "quiz" and str(child.id) == assessment_key
        ),
        None,
    )
    if block is None:
        raise CourseError(ERR_UNKNOWN_ASSESSMENT)
    value = block.value
    try:
        clean = quizlib.normalise_answers(value, answers)
    except quizlib.QuizAnswerError as error:
        raise CourseError(error.args[0]) from None
    used = AssessmentAttempt.objects.filter(
        user=user, lesson_key=lesson.translation_key, assessment_key=assessment_key, cycle=enrolment.cycle
    ).count()
    if value["max_attempts"] and used >= value["max_attempts"]:
        raise CourseError(ERR_NO_ATTEMPTS_LEFT)
    percent, results = quizlib.score(value, clean)
    passed = percent >= value["pass_mark"]
    attempt = assessment_record_result(
        user=user,
        lesson=lesson,
        assessment_key=assessment_key,
        kind="quiz",
        score=percent,
        passed=passed,
        details={"answers": clean, "results": results},
    )
    return QuizOutcome(attempt=attempt, score=percent, passed=passed)


@transaction.atomic
def course_completion_evaluate(*, user, course: CoursePage) -> CourseCompletion | None:
    """Record `user`'s completion of `course` when every required lesson is
    complete. Sends `course_completed` once, after commit, when the record is
    new. Returns the completion, if any."""
    source = _source_course(course)
    existing = CourseCompletion.objects.filter(user=user, course_key=source.translation_key).first()
    if existing is not None:
        return existing
    lessons = list(course_lessons(source))
    required = required_lesson_keys(source, lessons)
    if not required:
        return None
    done = set(
        LessonProgress.objects.completed()
        .filter(user=user, lesson_key__in=required)
        .values_list("lesson_key", flat=True)
    )
    if len(done) < len(set(required)):
        return None
    try:
        with transaction.atomic():
            completion = CourseCompletion.objects.create(user=user, course_key=source.translation_key)
    except IntegrityError:
        return CourseCompletion.objects.get(user=user, course_key=source.translation_key)
    transaction.on_commit(
        lambda: course_completed.send(
            sender=CourseCompletion, completion=completion, user=user, course=source
        )
    )
    return completion


@transaction.atomic
def course_restart(*, user, course: CoursePage) -> Enrolment:
    """Take `course` again to re-certify, once the certificate of the current
    completion has expired: the completion moves to PastCompletion, lesson
    completions are cleared and the next cycle starts, in which only new
    assessment attempts count. Raises CourseError before then."""
    source = _source_course(course)
    enrolment = _locked_enrolment(user=user, course_key=source.translation_key)
    completion = CourseCompletion.objects.filter(user=user, course_key=source.translation_key).first()
    if completion is None or not course_retake_due(course=source, completion=completion):
        raise CourseError(ERR_NO_RETAKE)
    PastCompletion.objects.create(
        user=user,
        course_key=source.translation_key,
        cycle=enrolment.cycle,
        completed_at=completion.completed_at,
    )
    completion.delete()
    LessonProgress.objects.filter(user=user, course_key=source.translation_key).update(
        completed_at=None, completed_how=""
    )
    enrolment.cycle += 1
    enrolment.cycle_started_at = timezone.now()
    enrolment.save(update_fields=["cycle", "cycle_started_at"])
    return enrolment


MENTOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MENTOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


@transaction.atomic
def course_tree_permissions_grant() -> None:
    """Let the Mentor group author and publish pages under every course index
    (each language's tree) and upload images, videos and documents for them.
    Idempotent; never removes what an administrator granted."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

    from accounts.roles import Role

    from .models import CourseIndexPage

    group, _created = Group.objects.get_or_create(name=Role.MENTOR.value)
    page_perms = list(
        Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=MENTOR_PAGE_PERMISSIONS)
    )
    for index in CourseIndexPage.objects.all():
        for permission in page_perms:
            GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)
    root = Collection.get_first_root_node()
    if root is None:
        return
    for app_label, codename in MENTOR_COLLECTION_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


@transaction.atomic
def lesson_block_append(*, lesson: LessonPage, block_type: str, value: dict) -> str:
    """Append one block to `lesson` and to every translation of it, with one
    block id (the assessment key, shared so results count across languages);
    publish the live pages. Returns the block id."""
    block_id = str(uuid.uuid4())
    for page in [lesson, *lesson.get_translations().specific()]:
        page.body = [*page.body.raw_data, {"type": block_type, "id": block_id, "value": dict(value)}]
        revision = page.save_revision()
        if page.live:
            revision.publish()
    return block_id
