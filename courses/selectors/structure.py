"""Reads of a course's structure: its pages in reading order, which lessons
it requires and what they assess, the catalogue's address. What every reader
of one language version of a course shares is built once and kept in the
default cache under the content version (core.content_version), which any
change to pages or completion rules raises."""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from uuid import UUID

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from core.content_version import versioned_cache_get

from ..blocks import block_is_assessment, block_is_required
from ..models import (
    CompletionRule,
    CourseIndexPage,
    CoursePage,
    CourseRequiredLesson,
    LessonPage,
    ModulePage,
    source_language_version,
    source_locale,
)

# Seconds a cached structure or address is kept at most (a new content
# version drops it sooner). Its keys need no format number: a new release,
# whatever changed in CourseStructure, never reads what an older one stored
# (the release fingerprint, core.release).
STRUCTURE_SECONDS = 3600


def course_of(page: Page) -> CoursePage | None:
    """The CoursePage `page` belongs to (itself when it is one), same locale."""
    if isinstance(page, CoursePage):
        return page
    return CoursePage.objects.ancestor_of(page, inclusive=True).first()


def source_course(page: Page) -> CoursePage | None:
    """The course `page` belongs to, in the source language."""
    course = course_of(page)
    return source_language_version(course) if course is not None else None


def course_lessons(course: CoursePage):
    """Live lessons of `course` (any locale) in reading order."""
    return LessonPage.objects.live().descendant_of(course).order_by("path")


def source_courses() -> list[CoursePage]:
    """Every course in the source language, live or not, by title."""
    return list(CoursePage.objects.filter(locale=source_locale()).order_by("title"))


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


# ---------------------------------------------------------------------------
# Required lessons


def required_lessons(
    lesson_keys: Sequence[UUID], *, completion_rule: str, chosen: Collection[UUID]
) -> list[UUID]:
    """The rule for which lessons a course requires, out of its live lessons
    `lesson_keys` (translation keys in reading order): every lesson, or under
    the "selected lessons" rule the `chosen` ones among them, in reading
    order. A choice that is not a live lesson of the course (deleted, moved)
    is skipped (`course_rule_problems` reports it); with no valid choice
    left, every lesson counts."""
    if completion_rule != CompletionRule.SELECTED_LESSONS:
        return list(lesson_keys)
    selected = [key for key in lesson_keys if key in chosen]
    return selected or list(lesson_keys)


def required_lesson_choices(courses: Iterable[CoursePage] | None = None) -> dict[int, set[UUID]]:
    """{course id: translation keys of the lessons its rules name} for
    `courses` (every course when None), in one query; none when no course
    of `courses` has the "selected lessons" rule."""
    rules = CourseRequiredLesson.objects.filter(lesson__isnull=False)
    if courses is not None:
        selecting = [
            course for course in courses if course.completion_rule == CompletionRule.SELECTED_LESSONS
        ]
        if not selecting:
            return {}
        rules = rules.filter(course__in=selecting)
    chosen: dict[int, set[UUID]] = {}
    for course_id, key in rules.values_list("course_id", "lesson__translation_key"):
        chosen.setdefault(course_id, set()).add(key)
    return chosen


def required_lesson_keys(course: CoursePage, lessons: list[LessonPage] | None = None) -> list[UUID]:
    """Translation keys of the lessons `course` (source locale) requires, in
    reading order (`required_lessons`)."""
    lessons = list(course_lessons(course)) if lessons is None else lessons
    chosen = required_lesson_choices([course]).get(course.pk, set())
    return required_lessons(
        [lesson.translation_key for lesson in lessons], completion_rule=course.completion_rule, chosen=chosen
    )


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
# The cached structure


def localised(pages: list[Page], locale: Locale, page_model) -> dict[UUID, Page]:
    """Live translations in `locale` of `pages`, by translation key (one query)."""
    keys = [page.translation_key for page in pages]
    if not keys:
        return {}
    return {
        page.translation_key: page
        for page in page_model.objects.live().filter(locale=locale, translation_key__in=keys)
    }


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
    """What every reader of one language version of a course shares: the
    course (its id, title and translation key), its live modules and lessons
    in reading order (titles in that language where translated, else the
    source's), which lessons are required and what they assess."""

    course_id: int
    course_title: str
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


def _structure_at(path: str, build) -> CourseStructure | None:
    # Keyed by the course's place in the page tree, which a lesson knows
    # without a query; a move raises the content version like any change.
    return versioned_cache_get(f"courses:structure:{path}", build, timeout=STRUCTURE_SECONDS)


def course_structure(course: CoursePage) -> CourseStructure:
    """The structure of `course` in its language, from the cache when the
    content has not changed since it was built (one cache read)."""
    return _structure_at(course.path, lambda: course_structure_build(course))


def lesson_course_structure(lesson: LessonPage) -> CourseStructure | None:
    """The structure of the course `lesson` belongs to (None when it is not
    in a course), from the cache without a query: a lesson's course is its
    grandparent (page types fix LessonPage > ModulePage > CoursePage), whose
    tree path is the start of the lesson's."""
    path = lesson.path[: Page.steplen * max(lesson.depth - 2, 0)]

    def build() -> CourseStructure | None:
        course = CoursePage.objects.filter(path=path).first() if path else None
        return course_structure_build(course) if course is not None else None

    structure = _structure_at(path, build) if path else None
    if structure is None:  # not where page types put it: look it up
        course = course_of(lesson)
        structure = course_structure(course) if course is not None else None
    return structure


def course_structure_build(course: CoursePage) -> CourseStructure:
    """The structure of `course`, read from the database (a fixed number of
    queries whatever its size)."""
    source = source_language_version(course) or course
    locale = course.locale
    modules = list(ModulePage.objects.live().child_of(source).order_by("path"))
    lessons = list(course_lessons(source))
    local_modules = localised(modules, locale, ModulePage)
    local_lessons = localised(lessons, locale, LessonPage)
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
        course_id=course.pk,
        course_title=course.title,
        course_key=source.translation_key,
        self_enrolment=bool(source.self_enrolment),
        modules=tuple(built),
        lesson_keys=tuple(lesson.translation_key for lesson in lessons),
        required_keys=tuple(required),
    )


def course_index_url() -> str | None:
    """The course catalogue in the active language (or the source one).
    On every page (the menu): cached like the course structure."""
    language = translation.get_language() or settings.LANGUAGE_CODE

    def build() -> str:
        indexes = {
            page.locale.language_code: page
            for page in CourseIndexPage.objects.live().select_related("locale")
        }
        index = indexes.get(language) or indexes.get(settings.LANGUAGE_CODE)
        return (index.url if index is not None else None) or ""

    return versioned_cache_get(f"courses:index-url:{language}", build, timeout=STRUCTURE_SECONDS) or None
