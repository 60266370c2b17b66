"""Reads: course structure, a learner's progress, what a page shows.

Every learner record is looked up by translation key, so the same numbers come
out whichever language the trainee reads the course in. Page views use a
fixed number of queries whatever the number of lessons.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from django.conf import settings
from django.core.cache import cache
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from accounts.roles import Role, user_has_role
from core.dates import add_months
from core.generations import (
    PAGES_GENERATION_KEY,
    LocalMemo,
    generation_bump,
    generation_current,
)

from . import quiz as quizlib
from .blocks import block_is_assessment, block_is_required
from .models import (
    AssessmentAttempt,
    CompletionRule,
    CourseCompletion,
    CoursePage,
    CourseRequiredLesson,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    source_locale,
)

# ---------------------------------------------------------------------------
# Structure


def course_of(page: Page) -> CoursePage | None:
    """The CoursePage `page` belongs to (itself when it is one), same locale.
    Asked several times while one page is served: looked up once per
    instance (a page routed from the cache arrives with it, see
    CachedViewRestrictionsMixin.warm_route_cache)."""
    if isinstance(page, CoursePage):
        return page
    if "_course_of" not in page.__dict__:
        page.__dict__["_course_of"] = CoursePage.objects.ancestor_of(page, inclusive=True).first()
    return page.__dict__["_course_of"]


def in_source_locale(page: Page) -> Page | None:
    """The source-language version of `page` (specific), or None."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    return page.specific_class.objects.filter(
        translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()


def source_course(page: Page) -> CoursePage | None:
    course = course_of(page)
    return in_source_locale(course) if course is not None else None


def course_lessons(course: CoursePage):
    """Live lessons of `course` (any locale) in reading order."""
    return LessonPage.objects.live().descendant_of(course).order_by("path")


@dataclass(frozen=True)
class RequiredAssessment:
    key: str
    kind: str
    grading: str


def lesson_assessments(lesson: LessonPage) -> list[RequiredAssessment]:
    """The required assessments in `lesson` (quizzes and any extra block that
    declares `is_assessment`), by block id."""
    found = []
    for child in lesson.body:
        if not block_is_assessment(child.block) or not block_is_required(child):
            continue
        # A block may fix how its results are graded (`assessment_grading`);
        # otherwise its value's "grading" says, "best" by default.
        grading = getattr(child.block, "assessment_grading", None)
        if not grading:
            grading = "best"
            with contextlib.suppress(AttributeError):
                grading = child.value.get("grading") or "best"
        kind = getattr(child.block, "assessment_kind", child.block_type)
        found.append(RequiredAssessment(key=str(child.id), kind=kind, grading=grading))
    return found


def required_lesson_keys(course: CoursePage, lessons: list[LessonPage] | None = None) -> list[UUID]:
    """Translation keys of the lessons `course` (source locale) requires, in
    reading order. Rules pointing at deleted or moved lessons are skipped
    (`course_rule_problems` reports them); with no valid rule left, every
    lesson counts."""
    lessons = list(course_lessons(course)) if lessons is None else lessons
    all_keys = [lesson.translation_key for lesson in lessons]
    if course.completion_rule != CompletionRule.SELECTED_LESSONS:
        return all_keys
    chosen = set(
        CourseRequiredLesson.objects.filter(course=course, lesson__isnull=False).values_list(
            "lesson__translation_key", flat=True
        )
    )
    selected = [key for key in all_keys if key in chosen]
    return selected or all_keys


def course_rule_problems(course: CoursePage) -> list[str]:
    """Human-readable problems with `course`'s completion rules."""
    if course.completion_rule != CompletionRule.SELECTED_LESSONS:
        return []
    problems = []
    lesson_keys = {lesson.translation_key for lesson in course_lessons(course)}
    rules = list(CourseRequiredLesson.objects.filter(course=course).select_related("lesson"))
    for rule in rules:
        if rule.lesson is None:
            problems.append(_("A required lesson was deleted; the rule is ignored."))
        elif rule.lesson.translation_key not in lesson_keys:
            problems.append(
                _("“%(title)s” is required but is not a live lesson of this course; the rule is ignored.")
                % {"title": rule.lesson.title}
            )
    if not rules:
        problems.append(_("The course requires selected lessons but lists none; every lesson counts."))
    return problems


# ---------------------------------------------------------------------------
# Learner records


def enrolment_for(*, user, page: Page, with_progress_of: LessonPage | None = None) -> Enrolment | None:
    """`user`'s enrolment in the course `page` belongs to (any page of the
    course tree, in any locale); None when not enrolled. With
    `with_progress_of` (a lesson), the same query reads the user's progress
    row of that lesson, as ``enrolment.lesson_progress`` (None when there is
    none yet)."""
    if user is None or not user.is_authenticated:
        return None
    course = course_of(page)
    if course is None:
        return None
    if with_progress_of is None:
        return Enrolment.objects.filter(user=user, course_key=course.translation_key).first()
    return _enrolment_with_progress(user=user, course_key=course.translation_key, lesson=with_progress_of)


def _enrolment_with_progress(*, user, course_key, lesson: LessonPage) -> Enrolment | None:
    # Every lesson page a trainee opens asks this: one plain query (the ORM
    # took longer to build it with subqueries than the database to run it).
    from django.db import connection

    quote = connection.ops.quote_name
    enrolments, progress = Enrolment._meta, LessonProgress._meta
    sql = (
        # Only quoted table and column names go into the text; values are parameters.
        f"SELECT e.*, p.{quote('id')} AS _progress_id, p.{quote('completed_at')} AS _progress_completed_at, "  # noqa: S608
        f"p.{quote('last_visited_at')} AS _progress_visited_at "
        f"FROM {quote(enrolments.db_table)} e LEFT JOIN {quote(progress.db_table)} p "
        f"ON p.{quote('user_id')} = e.{quote('user_id')} AND p.{quote('lesson_key')} = %s "
        f"WHERE e.{quote('user_id')} = %s AND e.{quote('course_key')} = %s"
    )
    lesson_key = progress.get_field("lesson_key").get_db_prep_value(lesson.translation_key, connection)
    course_key = enrolments.get_field("course_key").get_db_prep_value(course_key, connection)
    enrolment = next(iter(Enrolment.objects.raw(sql, [lesson_key, user.pk, course_key])), None)
    if enrolment is None:
        return None
    enrolment.lesson_progress = None
    if enrolment._progress_id is not None:
        field = LessonProgress._meta.get_field("completed_at")
        enrolment.lesson_progress = LessonProgress(
            pk=enrolment._progress_id,
            user=user,
            course_key=enrolment.course_key,
            lesson_key=lesson.translation_key,
            completed_at=_as_datetime(field, enrolment._progress_completed_at),
            last_visited_at=_as_datetime(field, enrolment._progress_visited_at),
        )
    return enrolment


def _as_datetime(field, value):
    """A datetime read by a raw query, as the ORM would have returned it
    (SQLite gives a naive datetime or text; PostgreSQL an aware one)."""
    from django.db import connection

    if value is None:
        return value
    column = field.get_col(field.model._meta.db_table)
    for converter in connection.ops.get_db_converters(column):
        value = converter(value, column, connection)
    return value


def user_is_enrolled(*, user, page: Page) -> bool:
    """True when `user` is enrolled in the course `page` belongs to (any
    page of the course tree, in any locale)."""
    return enrolment_for(user=user, page=page) is not None


def user_can_view_lesson(*, user, lesson: LessonPage, enrolment=None) -> bool:
    """Mentors and staff see every lesson, trainees those of their courses
    (`enrolment`: theirs in the lesson's course, when already looked up)."""
    if enrolment is not None or user_has_role(user, Role.MENTOR, Role.STAFF):
        return True
    return user_is_enrolled(user=user, page=lesson)


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


def _progress(
    *,
    course_key: UUID,
    required_keys: list[UUID],
    lesson_keys: list[UUID],
    enrolled: bool,
    rows: list[LessonProgress],
    completed_at,
) -> CourseProgress:
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
    """`user`'s progress in `course` (any locale)."""
    source = in_source_locale(course) or course
    lessons = list(course_lessons(source))
    required = required_lesson_keys(source, lessons)
    enrolled = Enrolment.objects.filter(user=user, course_key=source.translation_key).exists()
    rows = list(LessonProgress.objects.filter(user=user, course_key=source.translation_key))
    completion = CourseCompletion.objects.filter(user=user, course_key=source.translation_key).first()
    return _progress(
        course_key=source.translation_key,
        required_keys=required,
        lesson_keys=[lesson.translation_key for lesson in lessons],
        enrolled=enrolled,
        rows=rows,
        completed_at=completion.completed_at if completion else None,
    )


# ---------------------------------------------------------------------------
# What pages show


@dataclass
class OutlineLesson:
    title: str
    url: str
    minutes: int | None
    key: UUID
    translated: bool
    completed: bool
    required: bool


@dataclass
class OutlineModule:
    title: str
    intro: str
    lessons: list[OutlineLesson] = field(default_factory=list)


@dataclass
class CourseOutline:
    modules: list[OutlineModule]
    progress: CourseProgress | None
    can_self_enrol: bool
    continue_url: str | None
    can_retake: bool = False


def _localised(pages: list[Page], locale: Locale, page_model) -> dict[UUID, Page]:
    """Live translations in `locale` of `pages`, by translation key (one query)."""
    keys = [page.translation_key for page in pages]
    if not keys:
        return {}
    return {
        page.translation_key: page
        for page in page_model.objects.live().filter(locale=locale, translation_key__in=keys)
    }


def _join(parent_url: str, slug: str) -> str:
    return f"{parent_url.rstrip('/')}/{slug}/"


@dataclass(frozen=True)
class StructureLesson:
    title: str
    path: str  # relative to the course URL: "module-slug/lesson-slug/"
    minutes: int | None
    key: UUID
    translated: bool
    required: bool
    assessments: tuple[RequiredAssessment, ...]


@dataclass(frozen=True)
class StructureModule:
    title: str
    intro: str
    lessons: tuple[StructureLesson, ...]


@dataclass(frozen=True)
class CourseStructure:
    """What every reader of one language version of a course shares: its
    live modules and lessons in reading order (titles in that language where
    translated, else the source's), which lessons are required and what they
    assess. Cached until any page or completion rule changes
    (`course_structure_changed`)."""

    course_key: UUID
    self_enrolment: bool
    modules: tuple[StructureModule, ...]
    lesson_keys: tuple[UUID, ...]
    required_keys: tuple[UUID, ...]

    def lesson(self, key: UUID) -> StructureLesson | None:
        for module in self.modules:
            for lesson in module.lessons:
                if lesson.key == key:
                    return lesson
        return None

    def neighbours(self, key: UUID) -> tuple[StructureLesson | None, StructureLesson | None]:
        flat = [lesson for module in self.modules for lesson in module.lessons]
        for index, lesson in enumerate(flat):
            if lesson.key == key:
                return (
                    flat[index - 1] if index else None,
                    flat[index + 1] if index + 1 < len(flat) else None,
                )
        return None, None


STRUCTURE_GENERATION_KEY = PAGES_GENERATION_KEY
STRUCTURE_SECONDS = 3600
# Part of the cache key: raise it when CourseStructure changes shape, so a new
# release never reads what an older one stored.
STRUCTURE_FORMAT = 2


def course_structure_changed() -> None:
    """Drop every cached course structure (a new generation)."""
    generation_bump(STRUCTURE_GENERATION_KEY)


def _structure_generation() -> int:
    return generation_current(STRUCTURE_GENERATION_KEY)


def course_structure(course: CoursePage) -> CourseStructure:
    """The structure of `course` in its language (cached, see CourseStructure)."""
    # A course found through course_of() while serving a page carries the
    # generation that request already read.
    generation = course.__dict__.get("_pages_generation") or _structure_generation()
    key = f"courses:structure:v{STRUCTURE_FORMAT}:{course.pk}:{generation}"
    structure = _LOCAL.get(key)
    if structure is None:
        structure = cache.get(key)
        if structure is None:
            structure = _course_structure_build(course)
            cache.set(key, structure, STRUCTURE_SECONDS)
        _LOCAL.set(key, structure)
    return structure


# Structures and catalogue addresses this process has read, by the same keys
# (they carry the generation, read afresh on every request).
_LOCAL = LocalMemo()


def _course_structure_build(course: CoursePage) -> CourseStructure:
    source = in_source_locale(course) or course
    locale = course.locale
    modules = list(ModulePage.objects.live().child_of(source).order_by("path"))
    lessons = list(course_lessons(source))
    local_modules = _localised(modules, locale, ModulePage)
    local_lessons = _localised(lessons, locale, LessonPage)
    required = required_lesson_keys(source, lessons)
    required_set = set(required)
    built = []
    for module in modules:
        local_module = local_modules.get(module.translation_key)
        shown_module = local_module or module
        entries = []
        for lesson in lessons:
            if not lesson.path.startswith(module.path):
                continue
            local_lesson = local_lessons.get(lesson.translation_key) if local_module else None
            shown = local_lesson or lesson
            entries.append(
                StructureLesson(
                    title=shown.title,
                    path=f"{shown_module.slug}/{shown.slug}/",
                    minutes=lesson.minutes,
                    key=lesson.translation_key,
                    translated=local_lesson is not None or locale.pk == source.locale_id,
                    required=lesson.translation_key in required_set,
                    assessments=tuple(lesson_assessments(lesson)),
                )
            )
        built.append(
            StructureModule(title=shown_module.title, intro=shown_module.intro, lessons=tuple(entries))
        )
    return CourseStructure(
        course_key=source.translation_key,
        self_enrolment=bool(source.self_enrolment),
        modules=tuple(built),
        lesson_keys=tuple(lesson.translation_key for lesson in lessons),
        required_keys=tuple(required),
    )


def course_outline(*, user, course: CoursePage, request=None) -> CourseOutline:
    """Modules and lessons of `course` in its language, falling back to the
    source language for what is not translated yet, with `user`'s progress."""
    structure = course_structure(course)
    course_key = structure.course_key
    progress = None
    can_retake = False
    if user.is_authenticated:
        enrolled = Enrolment.objects.filter(user=user, course_key=course_key).exists()
        rows = list(LessonProgress.objects.filter(user=user, course_key=course_key))
        completion = CourseCompletion.objects.filter(user=user, course_key=course_key).first()
        progress = _progress(
            course_key=course_key,
            required_keys=list(structure.required_keys),
            lesson_keys=list(structure.lesson_keys),
            enrolled=enrolled,
            rows=rows,
            completed_at=completion.completed_at if completion else None,
        )
        if enrolled and completion is not None:
            can_retake = course_retake_due(course=in_source_locale(course) or course, completion=completion)

    course_url = course.get_url(request) or ""
    outline_modules = []
    urls: dict[UUID, str] = {}
    for module in structure.modules:
        entry = OutlineModule(title=module.title, intro=module.intro)
        for lesson in module.lessons:
            url = f"{course_url.rstrip('/')}/{lesson.path}"
            urls[lesson.key] = url
            entry.lessons.append(
                OutlineLesson(
                    title=lesson.title,
                    url=url,
                    minutes=lesson.minutes,
                    key=lesson.key,
                    translated=lesson.translated,
                    completed=bool(progress and lesson.key in progress.completed_keys),
                    required=lesson.required,
                )
            )
        outline_modules.append(entry)

    continue_url = None
    if progress and progress.enrolled:
        key = progress.next_lesson_key or progress.last_visited_key
        continue_url = urls.get(key) if key else None
    return CourseOutline(
        modules=outline_modules,
        progress=progress,
        can_self_enrol=structure.self_enrolment,
        continue_url=continue_url,
        can_retake=can_retake,
    )


@dataclass
class QuizState:
    """What the quiz block shows one trainee: the questions without the key,
    the policy, and, after their own submission, their result and feedback."""

    questions: list[quizlib.PublicQuestion]
    attempts_used: int
    max_attempts: int
    grading: str
    pass_mark: int
    score: float | None
    passed: bool
    last_attempt: AssessmentAttempt | None
    last_feedback: list[quizlib.QuestionResult]
    can_submit: bool
    enrolled: bool

    @property
    def attempts_left(self) -> int | None:
        return None if not self.max_attempts else max(self.max_attempts - self.attempts_used, 0)


@dataclass
class LessonView:
    translated: bool
    enrolled: bool
    completed: bool
    can_mark_complete: bool
    has_assessments: bool
    course: CoursePage | None
    course_url: str
    quiz_states: dict[str, QuizState]
    previous_url: str | None = None
    next_url: str | None = None


_UNKNOWN = object()


def lesson_view(
    *, user, lesson: LessonPage, request=None, enrolment=_UNKNOWN, progress=_UNKNOWN
) -> LessonView:
    """What the lesson page shows `user`. `enrolment` is the user's enrolment
    in the course when the caller has already looked it up (None when not
    enrolled); `progress` likewise the user's progress row of the lesson
    (None when the user is not enrolled or has none)."""
    from django.utils import translation

    active_language = translation.get_language() or lesson.locale.language_code
    translated = lesson.locale.language_code == active_language
    course = course_of(lesson)
    if enrolment is _UNKNOWN:
        enrolment = enrolment_for(user=user, page=lesson)
    enrolled = enrolment is not None

    structure = course_structure(course) if course is not None else None
    entry = structure.lesson(lesson.translation_key) if structure is not None else None
    if entry is not None:
        assessments = list(entry.assessments)
    else:  # a draft lesson in preview, or one outside a course
        assessments = lesson_assessments(in_source_locale(lesson) or lesson)

    attempts_by_key: dict[str, list[AssessmentAttempt]] = {}
    if progress is _UNKNOWN or (progress is None and not enrolled):
        # Not known (a preview), or not enrolled: a mentor may still have a
        # row from an earlier enrolment.
        progress = None
        if user.is_authenticated:
            progress = LessonProgress.objects.filter(user=user, lesson_key=lesson.translation_key).first()
    quizzes = [child for child in lesson.body if child.block_type == "quiz"]
    if quizzes and enrolled:
        for attempt in AssessmentAttempt.objects.filter(
            user=user, lesson_key=lesson.translation_key, cycle=enrolment.cycle
        ):
            attempts_by_key.setdefault(attempt.assessment_key, []).append(attempt)

    states = {}
    seed = f"{user.pk}" if user.is_authenticated else "anonymous"
    for child in quizzes:
        value = child.value
        attempts = attempts_by_key.get(str(child.id), [])
        score, passed = effective_result(attempts, value["grading"])
        last = max(attempts, key=lambda a: a.number) if attempts else None
        last_feedback = []
        if last is not None:
            answers = last.details.get("answers", {})
            results = last.details.get("results", {})
            last_feedback = quizlib.feedback(value, answers, results)
        max_attempts = value["max_attempts"] or 0
        states[str(child.id)] = QuizState(
            questions=quizlib.public_questions(value, seed=seed),
            attempts_used=len(attempts),
            max_attempts=max_attempts,
            grading=value["grading"],
            pass_mark=value["pass_mark"],
            score=score,
            passed=passed,
            last_attempt=last,
            last_feedback=last_feedback,
            can_submit=enrolled and (not max_attempts or len(attempts) < max_attempts),
            enrolled=enrolled,
        )

    # Neighbours in reading order, in this lesson's language when translated.
    previous_url = next_url = None
    course_url = ""
    if course is not None:
        if not translated:
            # A source-language lesson served under a translated course: link
            # back to the course in the reader's language.
            active = Locale.objects.filter(language_code=active_language).first()
            local_course = course.get_translation_or_none(active) if active else None
            if local_course is not None and local_course.live:
                course = local_course.specific
                structure = course_structure(course)
        course_url = course.get_url(request) or ""
        if request is not None and structure is not None:
            before, after = structure.neighbours(lesson.translation_key)
            previous_url = f"{course_url.rstrip('/')}/{before.path}" if before else None
            next_url = f"{course_url.rstrip('/')}/{after.path}" if after else None
    return LessonView(
        translated=translated,
        enrolled=enrolled,
        completed=bool(progress and progress.completed_at),
        can_mark_complete=enrolled and not assessments and not (progress and progress.completed_at),
        has_assessments=bool(assessments),
        course=course,
        course_url=course_url,
        quiz_states=states,
        previous_url=previous_url,
        next_url=next_url,
    )


@dataclass
class CatalogueEntry:
    page: CoursePage
    url: str
    enrolled: bool
    completed: bool


def course_catalogue(*, index, user) -> list[CatalogueEntry]:
    courses = list(CoursePage.objects.live().child_of(index).order_by("path"))
    keys = [course.translation_key for course in courses]
    enrolled = set()
    completed = set()
    if user.is_authenticated:
        enrolled = set(
            Enrolment.objects.filter(user=user, course_key__in=keys).values_list("course_key", flat=True)
        )
        completed = set(
            CourseCompletion.objects.filter(user=user, course_key__in=keys).values_list(
                "course_key", flat=True
            )
        )
    return [
        CatalogueEntry(
            page=course,
            url=course.url or "",
            enrolled=course.translation_key in enrolled,
            completed=course.translation_key in completed,
        )
        for course in courses
    ]


@dataclass
class LearningItem:
    title: str
    summary: str
    url: str
    progress: CourseProgress
    continue_url: str | None
    continue_title: str | None


def my_learning(*, user, language: str, request=None) -> list[LearningItem]:
    """The courses `user` is enrolled in, in `language` where translated, with
    progress and the lesson to continue with. A fixed number of queries."""
    enrolments = list(Enrolment.objects.filter(user=user).order_by("created_at"))
    if not enrolments:
        return []
    keys = [enrolment.course_key for enrolment in enrolments]
    src_locale = source_locale()
    locale = Locale.objects.filter(language_code=language).first() or src_locale
    sources = {
        course.translation_key: course
        for course in CoursePage.objects.live().filter(locale=src_locale, translation_key__in=keys)
    }
    local = {
        course.translation_key: course
        for course in CoursePage.objects.live().filter(locale=locale, translation_key__in=keys)
    }
    if not sources:
        return []
    path_filter = Q()
    for course in sources.values():
        path_filter |= Q(path__startswith=course.path)
    lessons = list(LessonPage.objects.live().filter(path_filter).order_by("path"))
    modules = list(ModulePage.objects.live().filter(path_filter).order_by("path"))
    local_lessons = _localised(lessons, locale, LessonPage)
    local_modules = _localised(modules, locale, ModulePage)
    selected_rules = {}
    if any(course.completion_rule == CompletionRule.SELECTED_LESSONS for course in sources.values()):
        for course_id, key in CourseRequiredLesson.objects.filter(
            course__in=list(sources.values()), lesson__isnull=False
        ).values_list("course_id", "lesson__translation_key"):
            selected_rules.setdefault(course_id, set()).add(key)
    rows_by_course: dict[UUID, list[LessonProgress]] = {}
    for row in LessonProgress.objects.filter(user=user, course_key__in=keys):
        rows_by_course.setdefault(row.course_key, []).append(row)
    completions = dict(
        CourseCompletion.objects.filter(user=user, course_key__in=keys).values_list(
            "course_key", "completed_at"
        )
    )

    items = []
    for key in keys:
        source = sources.get(key)
        if source is None:
            continue
        course_lessons_ = [lesson for lesson in lessons if lesson.path.startswith(source.path)]
        all_keys = [lesson.translation_key for lesson in course_lessons_]
        required = all_keys
        if source.completion_rule == CompletionRule.SELECTED_LESSONS:
            chosen = selected_rules.get(source.pk, set())
            required = [k for k in all_keys if k in chosen] or all_keys
        progress = _progress(
            course_key=key,
            required_keys=required,
            lesson_keys=all_keys,
            enrolled=True,
            rows=rows_by_course.get(key, []),
            completed_at=completions.get(key),
        )
        shown = local.get(key, source)
        next_key = progress.next_lesson_key or progress.last_visited_key
        continue_url = continue_title = None
        course_url = shown.get_url(request) or ""
        if next_key is not None:
            lesson = next(lesson for lesson in course_lessons_ if lesson.translation_key == next_key)
            module = next(m for m in modules if lesson.path.startswith(m.path))
            if key in local:
                # Untranslated parts are reached under the translated course's URL.
                local_module = local_modules.get(module.translation_key)
                local_lesson = local_lessons.get(next_key) if local_module else None
                module_slug = (local_module or module).slug
                shown_lesson = local_lesson or lesson
                continue_url = _join(_join(course_url, module_slug), shown_lesson.slug)
                continue_title = shown_lesson.title
            else:
                continue_url, continue_title = lesson.get_url(request), lesson.title
        items.append(
            LearningItem(
                title=shown.title,
                summary=shown.summary,
                url=course_url,
                progress=progress,
                continue_url=continue_url,
                continue_title=continue_title,
            )
        )
    return items


def course_index_url(request=None) -> str | None:
    """The course catalogue in the active language (or the source one)."""
    from django.utils import translation

    from .models import CourseIndexPage

    language = translation.get_language() or "en"
    # On every page a trainee opens (the menu): cached like the course
    # structure, under the generation routing read for this request if any.
    generation = getattr(request, "pages_generation", None) or _structure_generation()
    key = f"courses:index-url:{language}:{generation}"
    found = _LOCAL.get(key)
    if found is None:
        found = cache.get(key)
    if found is None:
        indexes = {
            page.locale.language_code: page
            for page in CourseIndexPage.objects.live().select_related("locale")
        }
        index = indexes.get(language) or indexes.get(settings.LANGUAGE_CODE)
        found = (index.url if index is not None else None) or ""
        cache.set(key, found, STRUCTURE_SECONDS)
    _LOCAL.set(key, found)
    return found or None


def source_courses() -> list[CoursePage]:
    """Every course in the source language, live or not, by title."""
    return list(CoursePage.objects.filter(locale=source_locale()).order_by("title"))


def enrolment_report_rows(enrolments: list[Enrolment]) -> list[dict]:
    """Report rows for `enrolments` (with users selected): learner, course
    and progress. A fixed number of queries for any number of rows."""
    courses = {course.translation_key: course for course in source_courses()}
    path_filter = Q()
    for course in courses.values():
        path_filter |= Q(path__startswith=course.path)
    lessons = list(LessonPage.objects.live().filter(path_filter).order_by("path")) if courses else []
    rules: dict[int, set[UUID]] = {}
    for course_id, key in CourseRequiredLesson.objects.filter(lesson__isnull=False).values_list(
        "course_id", "lesson__translation_key"
    ):
        rules.setdefault(course_id, set()).add(key)
    required_by_course: dict[UUID, set[UUID]] = {}
    for key, course in courses.items():
        keys = [lesson.translation_key for lesson in lessons if lesson.path.startswith(course.path)]
        if course.completion_rule == CompletionRule.SELECTED_LESSONS:
            keys = [k for k in keys if k in rules.get(course.pk, set())] or keys
        required_by_course[key] = set(keys)
    user_ids = {enrolment.user_id for enrolment in enrolments}
    done: dict[tuple[int, UUID], int] = {}
    for user_id, course_key, lesson_key in (
        LessonProgress.objects.completed()
        .filter(user_id__in=user_ids)
        .values_list("user_id", "course_key", "lesson_key")
    ):
        if lesson_key in required_by_course.get(course_key, set()):
            done[(user_id, course_key)] = done.get((user_id, course_key), 0) + 1
    completions = {
        (user_id, key): at
        for user_id, key, at in CourseCompletion.objects.filter(user_id__in=user_ids).values_list(
            "user_id", "course_key", "completed_at"
        )
    }
    rows = []
    for enrolment in enrolments:
        user = enrolment.user
        course = courses.get(enrolment.course_key)
        required = len(required_by_course.get(enrolment.course_key, ()))
        completed = done.get((user.pk, enrolment.course_key), 0)
        rows.append(
            {
                "learner": user.get_full_name(),
                "email": user.email,
                "country": user.get_country_display(),
                "agency": user.get_agency_display(),
                "course": course.title if course else _("(deleted course)"),
                "enrolled_at": enrolment.created_at,
                "how": enrolment.get_source_display(),
                "lessons_completed": completed,
                "lessons_required": required,
                "percent": round(100 * completed / required) if required else 0,
                "completed_at": completions.get((user.pk, enrolment.course_key)),
            }
        )
    return rows
