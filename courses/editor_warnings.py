"""What publishing a lesson does to the learners of a live course, said to
the author in the page editor before they publish, and once they have
(courses/wagtail_hooks.py).

A live course counts its live lessons (or the lessons its completion rule
selects): publishing one more required lesson lowers the share of required
lessons done for everyone enrolled who has started, and nobody is told.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext, ngettext

from .models import (
    CourseCompletion,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    source_language_version,
)
from .selectors import course_lessons, course_of, required_lessons
from .selectors.structure import required_lesson_choices


@dataclass(frozen=True)
class LessonPublishImpact:
    course: CoursePage
    required_before: int
    affected: int  # enrolled, started, not completed: their share of lessons done drops


def lesson_publish_impact(
    *, lesson: LessonPage, parent=None, publishing: bool = False
) -> LessonPublishImpact | None:
    """What publishing `lesson` (under `parent`, for a lesson not yet in the
    tree) does to its live course: None when it adds no required lesson
    (the course is not live, the lesson is already live or a translation of
    a live one, or the completion rule does not select it)."""
    # Live already: counted already. While it is being published, the create
    # view has saved the new page as live just before its first publication.
    live = LessonPage.objects.filter(pk=lesson.pk, live=True) if lesson.pk else LessonPage.objects.none()
    if publishing:
        live = live.filter(first_published_at__isnull=False)
    if live.exists():
        return None
    course = course_of(parent if lesson.pk is None else lesson)
    if course is None or not course.live:
        return None
    source = source_language_version(course)
    if source is None or source.pk != course.pk:
        # A lesson of a translated tree: its source-language lesson is the one counted.
        return None
    keys = [each.translation_key for each in course_lessons(source) if each.pk != lesson.pk]
    chosen = required_lesson_choices([source]).get(source.pk, set())  # read once for both
    before = required_lessons(keys, completion_rule=source.completion_rule, chosen=chosen)
    if lesson.translation_key in before:
        return None
    after = required_lessons(
        [*keys, lesson.translation_key], completion_rule=source.completion_rule, chosen=chosen
    )
    if lesson.translation_key not in after:
        return None
    started = (
        LessonProgress.objects.filter(
            course_key=source.translation_key, lesson_key__in=before, completed_at__isnull=False
        )
        .values_list("user_id", flat=True)
        .distinct()
    )
    affected = (
        Enrolment.objects.filter(course_key=source.translation_key, user_id__in=started)
        .exclude(
            user_id__in=CourseCompletion.objects.filter(course_key=source.translation_key).values("user_id")
        )
        .count()
    )
    return LessonPublishImpact(course=source, required_before=len(before), affected=affected)


def impact_warning(impact: LessonPublishImpact, *, published: bool = False) -> str:
    """The editor's warning (before publishing) or notice (after)."""
    values = {
        "course": impact.course.title,
        "count": impact.affected,
        "before": impact.required_before,
        "after": impact.required_before + 1,
    }
    if published:
        return (
            ngettext(
                "Published in the live course “%(course)s”, which now requires %(after)d lessons: the progress "
                "of %(count)d enrolled trainee dropped (all %(before)d lessons done is now %(before)d of %(after)d).",
                "Published in the live course “%(course)s”, which now requires %(after)d lessons: the progress "
                "of %(count)d enrolled trainees dropped (all %(before)d lessons done is now %(before)d of %(after)d).",
                impact.affected,
            )
            % values
        )
    if not impact.affected:
        return (
            gettext(
                "Publishing this lesson adds a required lesson to the live course “%(course)s” "
                "(%(before)d → %(after)d); no enrolled trainee has started it yet."
            )
            % values
        )
    return (
        ngettext(
            "Publishing this lesson adds a required lesson to the live course “%(course)s” (%(before)d → "
            "%(after)d): the progress of %(count)d enrolled trainee who has started it will drop "
            "(trainees who finished it keep their completion).",
            "Publishing this lesson adds a required lesson to the live course “%(course)s” (%(before)d → "
            "%(after)d): the progress of %(count)d enrolled trainees who have started it will drop "
            "(trainees who finished it keep their completion).",
            impact.affected,
        )
        % values
    )


def lesson_publish_impact_warn(request, *, page=None, page_class=None, parent=None) -> None:
    """For the page editor's hooks: a warning message when the lesson being
    added (`page_class` under `parent`) or edited (`page`) would lower the
    progress of its live course's trainees."""
    from django.contrib import messages

    if page is not None:
        page = page.specific
        if not isinstance(page, LessonPage):
            return
        impact = lesson_publish_impact(lesson=page)
    else:
        if page_class is None or not issubclass(page_class, LessonPage):
            return
        impact = lesson_publish_impact(lesson=LessonPage(locale=parent.locale), parent=parent)
    if impact is not None:
        messages.warning(request, impact_warning(impact))


# Where the before-publishing hook leaves its measure for the after-publishing
# one: on the request, so nothing outlives it.
IMPACT_ATTRIBUTE = "lesson_publish_impact"


def lesson_publish_impact_measure(request, *, page) -> None:
    """For the before-publishing hook: what publishing `page` (a lesson) is
    about to do to its live course, kept on the request for
    `lesson_publish_impact_report`. Measured now, since once the lesson is
    live it is counted already."""
    page = page.specific
    impact = lesson_publish_impact(lesson=page, publishing=True) if isinstance(page, LessonPage) else None
    setattr(request, IMPACT_ATTRIBUTE, (page.pk, impact))


def lesson_publish_impact_report(request, *, page) -> None:
    """For the after-publishing hook: tell the editor what publishing `page`
    did to its live course's trainees, when it did go live (a publication
    scheduled for later has done nothing yet)."""
    from django.contrib import messages

    measured = getattr(request, IMPACT_ATTRIBUTE, None)
    if measured is None or measured[0] != page.pk:
        return
    impact = measured[1]
    page = page.specific
    if impact is not None and page.live:
        messages.warning(request, impact_warning(impact, published=True))
