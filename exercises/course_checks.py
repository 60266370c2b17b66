"""Whether a course's certificate can be earned at all with its exercises.

A course with exercises issues its certificate only after
`CoursePage.evidence_min_forms` (K) submitted assessed attempts in its
lessons (certificates/evidence.py). Each exercise block allows a fixed
number of assessed attempts; when they add up to fewer than K, no trainee
can ever earn the certificate, and nobody notices until a trainee asks. The
page editor says so (exercises/wagtail_hooks.py).
"""

from __future__ import annotations

from django.utils.translation import ngettext

from .selectors import exercise_block_attempts


def course_assessed_forms_reachable(course) -> int:
    """How many assessed attempts the exercise blocks of `course`'s live
    lessons (source language) allow in all; 0 for a course without exercises."""
    from courses.models import source_language_version
    from courses.selectors import course_lessons

    source = source_language_version(course) or course
    return sum(
        exercise_block_attempts(child.value)
        for lesson in course_lessons(source)
        for child in lesson.body
        if child.block_type == "exercise"
    )


def course_evidence_warning(course) -> str:
    """The editor's warning when `course`'s exercises cannot reach the
    assessed forms its certificate needs ("" when they can, or when the
    course issues no certificate or has no exercises)."""
    if not getattr(course, "certificate_enabled", False):
        return ""
    reachable = course_assessed_forms_reachable(course)
    needed = course.evidence_min_forms
    if reachable == 0 or reachable >= needed:
        return ""
    return ngettext(
        "No trainee can earn this course's certificate: its exercises allow %(reachable)d assessed attempt "
        "in all, and the certificate needs %(needed)d assessed forms. Raise the exercise blocks' “Assessed "
        "attempts”, add an exercise, or lower “Assessed forms needed for the certificate”.",
        "No trainee can earn this course's certificate: its exercises allow %(reachable)d assessed attempts "
        "in all, and the certificate needs %(needed)d assessed forms. Raise the exercise blocks' “Assessed "
        "attempts”, add an exercise, or lower “Assessed forms needed for the certificate”.",
        reachable,
    ) % {"reachable": reachable, "needed": needed}


def course_evidence_warn(request, page) -> None:
    """For the page editor's hooks: warn on a course page, or a page inside a
    course, whose course cannot reach its certificate's assessed forms."""
    from django.contrib import messages

    from courses.models import source_language_version
    from courses.selectors import course_of

    course = course_of(page.specific)
    if course is None:
        return
    source = source_language_version(course) or course
    warning = course_evidence_warning(source)
    if warning:
        messages.warning(request, warning)
