"""Reads of the courses app, in three modules: `structure` (a course's
pages, required lessons and assessments, cached per language version),
`progress` (a learner's enrolment, progress and results) and `pages` (what
the course, lesson, catalogue and "My learning" pages show one reader).

The names other apps use are importable from here too."""

from .pages import course_catalogue, course_outline, lesson_view, my_learning
from .progress import (
    CourseProgress,
    attempts_for,
    course_progress,
    course_retake_due,
    effective_result,
    enrolment_for,
    user_can_view_lesson,
    user_is_enrolled,
)
from .structure import (
    RequiredAssessment,
    course_index_url,
    course_lessons,
    course_of,
    course_rule_problems,
    course_structure,
    lesson_assessments,
    required_lesson_keys,
    required_lessons,
    source_course,
    source_courses,
)

__all__ = [
    "CourseProgress",
    "RequiredAssessment",
    "attempts_for",
    "course_catalogue",
    "course_index_url",
    "course_lessons",
    "course_of",
    "course_outline",
    "course_progress",
    "course_retake_due",
    "course_rule_problems",
    "course_structure",
    "effective_result",
    "enrolment_for",
    "lesson_assessments",
    "lesson_view",
    "my_learning",
    "required_lesson_keys",
    "required_lessons",
    "source_course",
    "source_courses",
    "user_can_view_lesson",
    "user_is_enrolled",
]
