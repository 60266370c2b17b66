"""The course structure (modules, lessons, required lessons) is cached for
the course and lesson pages; every change editors make shows at once."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import CompletionRule, CourseRequiredLesson, LessonPage, ModulePage
from courses.selectors.pages import course_outline
from courses.selectors.structure import course_structure
from courses.services import enrolment_create


def _titles(course):
    return [lesson.title for module in course_structure(course).modules for lesson in module.lessons]


def test_the_structure_is_built_once_and_read_from_the_cache(make_course):
    course = make_course(lessons=3)
    course_structure(course)
    with CaptureQueriesContext(connection) as ctx:
        again = course_structure(course)
    assert not any("courses_lessonpage" in q["sql"] or "courses_modulepage" in q["sql"] for q in ctx)
    assert [lesson.title for lesson in again.modules[0].lessons] == ["Lesson 1", "Lesson 2", "Lesson 3"]


def test_a_published_new_lesson_and_a_renamed_one_show_at_once(make_course):
    course = make_course(lessons=2)
    assert _titles(course) == ["Lesson 1", "Lesson 2"]
    module = ModulePage.objects.child_of(course).get()
    added = module.add_child(instance=LessonPage(title="Lesson 3", slug="lesson-3", locale=course.locale))
    added.save_revision().publish()
    first = LessonPage.objects.get(slug="lesson-1")
    first.title = "Reading the bill of lading"
    first.save_revision().publish()
    assert _titles(course) == ["Reading the bill of lading", "Lesson 2", "Lesson 3"]


def test_an_unpublished_or_deleted_lesson_leaves_the_outline(make_course):
    course = make_course(lessons=3)
    assert len(_titles(course)) == 3
    LessonPage.objects.get(slug="lesson-2").unpublish()
    assert _titles(course) == ["Lesson 1", "Lesson 3"]
    LessonPage.objects.get(slug="lesson-3").delete()
    assert _titles(course) == ["Lesson 1"]


def test_a_changed_completion_rule_changes_the_required_lessons(make_course, trainee):
    course = make_course(lessons=2)
    enrolment_create(user=trainee, course=course)
    outline = course_outline(user=trainee, course=course)
    assert [lesson.required for lesson in outline.modules[0].lessons] == [True, True]
    course.completion_rule = CompletionRule.SELECTED_LESSONS
    course.save()
    CourseRequiredLesson.objects.create(course=course, lesson=LessonPage.objects.get(slug="lesson-2"))
    outline = course_outline(user=trainee, course=course)
    assert [lesson.required for lesson in outline.modules[0].lessons] == [False, True]
    assert outline.progress.total == 1


def test_a_direct_change_without_a_signal_waits_for_the_next_content_version(make_course):
    """The cache really is read: a row changed behind Wagtail's back (no
    signal) shows only once the content version moves on."""
    from core.content_version import content_version_bump

    course = make_course(lessons=1)
    assert _titles(course) == ["Lesson 1"]
    LessonPage.objects.filter(slug="lesson-1").update(title="Changed behind the signals")
    assert _titles(course) == ["Lesson 1"]
    content_version_bump()
    assert _titles(course) == ["Changed behind the signals"]


def _redis_or_skip():
    import redis

    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/15", socket_connect_timeout=0.5).ping()
    except redis.exceptions.RedisError:
        pytest.skip("needs Redis on 127.0.0.1:6379")


def test_the_content_version_counts_on_redis_even_over_a_value_it_cannot_count(settings):
    """Production keeps the cache in Redis, which only counts integers."""
    from django.core.cache import caches

    from core.content_version import KEY, content_version, content_version_bump

    _redis_or_skip()
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        }
    }
    cache = caches["default"]
    try:
        content_version_bump()  # the key is missing
        first = cache.get(KEY)
        content_version_bump()
        assert cache.get(KEY) == first + 1
        cache.set(KEY, 1.5, timeout=None)  # what an older release may have left
        content_version_bump()
        assert isinstance(cache.get(KEY), int)
        version = content_version()
        content_version_bump()
        assert content_version() != version
    finally:
        cache.delete(KEY)


def test_saving_a_draft_keeps_the_caches_and_publishing_it_drops_them(make_course):
    """An editor's drafts and autosaves change nothing a reader sees, so they
    leave every cached page standing; publishing the draft drops them."""
    from core.content_version import content_version

    course = make_course(lessons=1)
    lesson = LessonPage.objects.get(slug="lesson-1")
    before = content_version()
    lesson.title = "Draft title"
    revision = lesson.save_revision()
    assert content_version() == before
    assert _titles(course) == ["Lesson 1"]
    revision.publish()
    assert content_version() != before
    assert _titles(course) == ["Draft title"]
