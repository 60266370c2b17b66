"""Reads of what a course page, a lesson page, the catalogue and "My
learning" show one reader: the cached course structure (structure.py) with
the reader's own records (progress.py). Each page view runs a fixed number
of queries whatever the number of lessons."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from django.db.models import Q
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Locale

from core.content_version import versioned_cache_get

from .. import quiz as quizlib
from ..models import (
    AssessmentAttempt,
    CourseCompletion,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    source_language_version,
    source_locale,
)
from .progress import (
    CourseProgress,
    course_retake_due,
    effective_result,
    enrolment_for,
    progress_from_rows,
)
from .structure import (
    CourseStructure,
    course_index_url,
    course_structure,
    lesson_assessments,
    lesson_course_structure,
    localised,
    required_lesson_choices,
    required_lessons,
)


def _join(parent_url: str, slug: str) -> str:
    return f"{parent_url.rstrip('/')}/{slug}/"


# ---------------------------------------------------------------------------
# Course page


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
        progress = progress_from_rows(
            course_key=course_key,
            required_keys=list(structure.required_keys),
            lesson_keys=list(structure.lesson_keys),
            enrolled=enrolled,
            rows=rows,
            completed_at=completion.completed_at if completion else None,
        )
        if enrolled and completion is not None:
            source = source_language_version(course) or course
            can_retake = course_retake_due(course=source, completion=completion)

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


# ---------------------------------------------------------------------------
# Lesson page


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


# Lesson blocks whose HTML is the same for every reader of the page in one
# language; the quiz, exercise and H5P blocks show each reader their own
# state and are rendered for every request.
SHARED_BLOCK_TYPES = frozenset(
    {"heading", "rich_text", "image", "video", "callout", "document", "glossary_term"}
)
# Seconds a lesson's reading is kept at most (a new content version drops it
# sooner). Its key needs no format number: a new release never reads what an
# older one stored (the release fingerprint, core.release).
LESSON_READING_SECONDS = 3600


@dataclass(frozen=True)
class LessonReading:
    """What every reader of one live lesson in one language shares, read in
    one cache round trip: its course's structure (None outside a course),
    the view restrictions it is under (ids; most lessons have none), its
    body as parts in reading order (the HTML of a run of blocks that show
    every reader the same, SHARED_BLOCK_TYPES, or the id of a block rendered
    for each reader) and the course catalogue's address for the menu."""

    structure: CourseStructure | None
    restriction_ids: tuple[int, ...]
    body_parts: tuple[BodyPart, ...]
    catalogue_url: str | None


@dataclass(frozen=True)
class BodyPart:
    html: str = ""  # rendered once for every reader
    block_id: str = ""  # else: rendered for each reader


def _body_parts(lesson: LessonPage) -> tuple[BodyPart, ...]:
    parts: list[BodyPart] = []
    run: list[str] = []
    for block in lesson.body:
        if block.block_type in SHARED_BLOCK_TYPES:
            # Rendered without the request: nothing of one reader can get in.
            context = {"page": lesson, "self": lesson, "block_id": block.id}
            run.append(block.render_as_block(context=context))
            continue
        if run:
            parts.append(BodyPart(html=mark_safe("".join(run))))  # noqa: S308 - blocks rendered by their templates
            run = []
        parts.append(BodyPart(block_id=str(block.id)))
    if run:
        parts.append(BodyPart(html=mark_safe("".join(run))))  # noqa: S308 - blocks rendered by their templates
    return tuple(parts)


def lesson_reading(lesson: LessonPage) -> LessonReading:
    """The reading of `lesson` in the active language, kept in the default
    cache by lesson, live revision and language under the content version
    (core.content_version: any publication, a view restriction, a linked
    page, image or document changing)."""
    language = translation.get_language()

    def build() -> LessonReading:
        # The live lesson as stored, whatever `lesson` holds (a draft or a
        # revision keeps the live revision's id): nothing unpublished gets in.
        live = LessonPage.objects.live().filter(pk=lesson.pk).first()
        return LessonReading(
            structure=lesson_course_structure(lesson),
            restriction_ids=tuple(lesson.lineage_view_restrictions().values_list("pk", flat=True)),
            body_parts=_body_parts(live) if live is not None else (),
            catalogue_url=course_index_url(),
        )

    key = f"courses:lesson:{lesson.path}:{lesson.live_revision_id}:{language}"
    return versioned_cache_get(key, build, timeout=LESSON_READING_SECONDS)


def lesson_body(lesson: LessonPage, reading: LessonReading | None) -> list[dict]:
    """The lesson's body for the template: [{"html": ...}] for a run of
    shared blocks from `reading`, [{"block": bound block}] for a block
    rendered for this reader. Without a reading (a preview) every block is
    rendered."""
    if reading is None:
        return [{"block": block} for block in lesson.body]
    positions = {str(item["id"]): index for index, item in enumerate(lesson.body.raw_data)}
    parts = []
    for part in reading.body_parts:
        if part.html:
            parts.append({"html": part.html})
        elif part.block_id in positions:
            parts.append({"block": lesson.body[positions[part.block_id]]})
    return parts


@dataclass
class LessonView:
    translated: bool
    enrolled: bool
    completed: bool
    can_mark_complete: bool
    has_assessments: bool
    course_title: str  # empty outside a course
    course_url: str
    quiz_states: dict[str, QuizState]
    previous_url: str | None = None
    next_url: str | None = None


# Not looked up by the caller (a preview): lesson_view reads it.
UNKNOWN = object()


def lesson_view(
    *, user, lesson: LessonPage, request=None, structure=UNKNOWN, enrolment=UNKNOWN, progress=UNKNOWN
) -> LessonView:
    """What the lesson page shows `user`. `structure`, `enrolment` and
    `progress` are what the caller has already looked up: the structure of
    the lesson's course (None outside a course), the user's enrolment in it
    (None when not enrolled) and the user's progress row of the lesson (None
    when not enrolled or there is none yet)."""
    active_language = translation.get_language() or lesson.locale.language_code
    translated = lesson.locale.language_code == active_language
    if structure is UNKNOWN:
        structure = lesson_course_structure(lesson)
    if enrolment is UNKNOWN:
        enrolment = (
            enrolment_for(user=user, course_key=structure.course_key) if structure is not None else None
        )
    enrolled = enrolment is not None

    entry = structure.lesson(lesson.translation_key) if structure is not None else None
    if entry is not None:
        assessments = list(entry.assessments)
    else:  # a draft lesson in preview, or one outside a course
        assessments = lesson_assessments(source_language_version(lesson) or lesson)

    attempts_by_key: dict[str, list[AssessmentAttempt]] = {}
    if progress is UNKNOWN or (progress is None and not enrolled):
        # Not known (a preview), or not enrolled: a mentor may still have a
        # row from an earlier enrolment.
        progress = None
        if user.is_authenticated:
            progress = LessonProgress.objects.filter(user=user, lesson_key=lesson.translation_key).first()
    # Found by type in the stored data: only the quizzes become blocks.
    quizzes = [lesson.body[i] for i, item in enumerate(lesson.body.raw_data) if item["type"] == "quiz"]
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

    # The course and the neighbours in reading order, in the reader's language.
    previous_url = next_url = None
    course_url = ""
    if structure is not None:
        local_course = None
        if not translated:
            # A source-language lesson served under a translated course: link
            # back to the course in the reader's language.
            local_course = (
                CoursePage.objects.live()
                .filter(translation_key=structure.course_key, locale__language_code=active_language)
                .first()
            )
            if local_course is not None:
                structure = course_structure(local_course)
        served_at = request.path if request is not None and local_course is None else ""
        entry = structure.lesson(lesson.translation_key)
        if entry is not None and served_at.endswith(f"/{entry.path}"):
            # The address the lesson is served at is the course's followed
            # by the lesson's place in it.
            course_url = served_at.removesuffix(entry.path)
        else:
            course = local_course or CoursePage.objects.get(pk=structure.course_id)
            course_url = course.get_url(request) or ""
        if request is not None:
            before, after = structure.neighbours(lesson.translation_key)
            previous_url = f"{course_url.rstrip('/')}/{before.path}" if before else None
            next_url = f"{course_url.rstrip('/')}/{after.path}" if after else None
    return LessonView(
        translated=translated,
        enrolled=enrolled,
        completed=bool(progress and progress.completed_at),
        can_mark_complete=enrolled and not assessments and not (progress and progress.completed_at),
        has_assessments=bool(assessments),
        course_title=structure.course_title if structure is not None else "",
        course_url=course_url,
        quiz_states=states,
        previous_url=previous_url,
        next_url=next_url,
    )


# ---------------------------------------------------------------------------
# Catalogue


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


# ---------------------------------------------------------------------------
# My learning


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
    local_lessons = localised(lessons, locale, LessonPage)
    local_modules = localised(modules, locale, ModulePage)
    chosen = required_lesson_choices(sources.values())
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
        lessons_of_course = [lesson for lesson in lessons if lesson.path.startswith(source.path)]
        all_keys = [lesson.translation_key for lesson in lessons_of_course]
        progress = progress_from_rows(
            course_key=key,
            required_keys=required_lessons(
                all_keys, completion_rule=source.completion_rule, chosen=chosen.get(source.pk, set())
            ),
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
            lesson = next(lesson for lesson in lessons_of_course if lesson.translation_key == next_key)
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
