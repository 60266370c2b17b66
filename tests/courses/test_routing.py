"""Course-tree pages are routed by their URL path (core.models.HomePage.route)
to the page Wagtail's own routing finds; what is cached for them (the course
structure, the lesson's shared blocks) follows every change at once; a
lesson visit is written at most once a minute (docs/performance.md)."""

import datetime as dt
from http import HTTPStatus

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core.content_version import DRAFT_ONLY_FIELDS
from courses.models import LessonPage, LessonProgress
from courses.services import VISIT_RESOLUTION, enrolment_create


def _lesson(course, slug="lesson-1"):
    return LessonPage.objects.live().descendant_of(course).get(slug=slug)


def test_a_view_restriction_added_to_the_course_applies_to_its_lessons_at_once(make_course, client, trainee):
    course = make_course(lessons=2)
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    url = _lesson(course).url
    assert client.get(url).status_code == HTTPStatus.OK
    assert client.get(url).status_code == HTTPStatus.OK  # the structure and blocks now from the cache

    restriction = PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.GROUPS)
    officers = Group.objects.create(name="Officers of another unit")
    restriction.groups.add(officers)
    assert client.get(url).status_code != HTTPStatus.OK

    trainee.groups.add(officers)
    assert client.get(url).status_code == HTTPStatus.OK
    restriction.groups.remove(officers)
    assert client.get(url).status_code != HTTPStatus.OK

    restriction.delete()
    assert client.get(url).status_code == HTTPStatus.OK


def _reading(make_course, client, trainee):
    """A lesson of a two-lesson course that `trainee`, signed in on
    `client`, is enrolled in."""
    course = make_course(lessons=2)
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    return _lesson(course)


def test_a_moved_or_renamed_lesson_is_routed_by_its_new_address(make_course, client, trainee):
    lesson = _reading(make_course, client, trainee)
    course = lesson.get_parent().get_parent()
    old_url = lesson.url
    assert client.get(old_url).status_code == HTTPStatus.OK
    lesson.slug = "reading-the-manifest"
    lesson.save_revision().publish()
    assert client.get(old_url).status_code == HTTPStatus.NOT_FOUND
    assert client.get(_lesson(course, "reading-the-manifest").url).status_code == HTTPStatus.OK


def test_a_republished_lesson_shows_its_new_text(make_course, client, trainee):
    course = make_course(lessons=1)
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    lesson = _lesson(course)
    assert "Compare the seal numbers" not in client.get(lesson.url).content.decode()
    lesson.body = [("rich_text", "<p>Compare the seal numbers.</p>")]
    lesson.save_revision().publish()
    assert "Compare the seal numbers" in client.get(lesson.url).content.decode()


def test_a_visit_is_written_at_most_once_a_minute(make_course, client, trainee):
    course = make_course(lessons=2)
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    lesson = _lesson(course)
    client.get(lesson.url)
    first = LessonProgress.objects.get(user=trainee, lesson_key=lesson.translation_key).last_visited_at
    assert first is not None

    with CaptureQueriesContext(connection) as ctx:
        client.get(lesson.url)
    assert not [q for q in ctx.captured_queries if q["sql"].startswith("UPDATE")]
    assert (
        LessonProgress.objects.get(user=trainee, lesson_key=lesson.translation_key).last_visited_at == first
    )

    earlier = timezone.now() - VISIT_RESOLUTION - dt.timedelta(seconds=1)
    LessonProgress.objects.filter(user=trainee, lesson_key=lesson.translation_key).update(
        last_visited_at=earlier
    )
    client.get(lesson.url)
    assert (
        LessonProgress.objects.get(user=trainee, lesson_key=lesson.translation_key).last_visited_at > earlier
    )


def test_a_preview_shows_the_draft_even_after_the_live_lesson_was_cached(make_course, client, trainee):
    course = make_course(lessons=1)
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    lesson = _lesson(course)
    lesson.body = [("rich_text", "<p>Compare the seal numbers.</p>")]
    lesson.save_revision().publish()
    assert "Compare the seal numbers" in client.get(lesson.url).content.decode()

    draft = _lesson(course)
    draft.body = [("rich_text", "<p>Weigh the container first.</p>")]
    preview = draft.make_preview_request().render().content.decode()
    assert "Weigh the container first" in preview
    assert "Compare the seal numbers" not in preview
    assert "Compare the seal numbers" in client.get(lesson.url).content.decode()


def test_two_readers_of_the_cached_lesson_each_see_their_own_state(make_course, client, make_user):
    from courses.services import lesson_mark_complete

    course = make_course(lessons=2)
    done, fresh = make_user(), make_user()
    for user in (done, fresh):
        enrolment_create(user=user, course=course)
    lesson = _lesson(course)
    lesson_mark_complete(user=done, lesson=lesson)

    client.force_login(done)
    assert "You have completed this lesson." in client.get(lesson.url).content.decode()
    client.force_login(fresh)
    page = client.get(lesson.url).content.decode()
    assert "You have completed this lesson." not in page
    assert "Mark as complete" in page
    client.force_login(done)
    assert "You have completed this lesson." in client.get(lesson.url).content.decode()


def _request(url):
    from django.test import RequestFactory
    from django.utils import translation

    language = url.strip("/").split("/")[0]
    translation.activate(language)
    return RequestFactory().get(url), url.removeprefix(f"/{language}/")


def test_every_page_of_the_course_tree_is_routed_to_the_page_wagtail_finds(make_course):
    from wagtail.models import Page

    from core.serving import route_by_url_path

    course = make_course(lessons=2, modules=2)
    pages = Page.objects.descendant_of(course, inclusive=True).live().specific()
    assert len(pages) == 5  # the course, two modules, two lessons
    for page in pages:
        request, path = _request(page.url)
        wagtails = Page.find_for_request(request, path)
        request, path = _request(page.url)
        ours = route_by_url_path(request, path).page
        assert ours.pk == wagtails.pk == page.pk
        assert type(ours) is type(wagtails)


def test_a_routed_lesson_is_found_again_without_a_query_as_the_database_holds_it(make_course):
    from core.serving import route_by_url_path

    lesson = _lesson(make_course(lessons=1))
    lesson.body = [("rich_text", "<p>Compare the seal numbers.</p>")]
    lesson.save_revision().publish()
    with CaptureQueriesContext(connection) as ctx:
        route_by_url_path(*_request(lesson.url))  # the home page's address and the lesson's row now kept
    assert ctx.captured_queries
    with CaptureQueriesContext(connection) as ctx:
        found = route_by_url_path(*_request(lesson.url)).page
        assert not ctx.captured_queries
        stored = LessonPage.objects.select_related("locale").get(pk=lesson.pk)
        kept = [f for f in LessonPage._meta.concrete_fields if f.name not in DRAFT_ONLY_FIELDS]
        for field in kept:
            if field.name != "body":
                assert getattr(found, field.attname) == getattr(stored, field.attname), field.name
        assert found.locale == stored.locale and found.locale.language_code == stored.locale.language_code
    assert len(ctx.captured_queries) == 1  # only the comparison's
    # The body is the stored one, read again by Wagtail when a block needs it.
    assert list(found.body.raw_data) == list(stored.body.raw_data)
    assert "Compare the seal numbers" in found.body[0].render()
    # What a draft's saving writes (no new content version) is read from the
    # database when asked for, never from the kept row.
    draft = LessonPage.objects.get(pk=lesson.pk)
    draft.title = "A draft title"
    draft.save_revision()
    found = route_by_url_path(*_request(lesson.url)).page
    assert found.draft_title == "A draft title" and found.has_unpublished_changes
    assert found.latest_revision_id == LessonPage.objects.get(pk=lesson.pk).latest_revision_id
    found.title = "Saved from a routed page"
    found.save(update_fields=["title"])
    assert LessonPage.objects.get(pk=lesson.pk).title == "Saved from a routed page"


def test_an_unpublished_lesson_is_no_longer_served_once_routed_from_the_cache(make_course, client, trainee):
    lesson = _reading(make_course, client, trainee)
    url = lesson.url
    assert client.get(url).status_code == HTTPStatus.OK
    assert client.get(url).status_code == HTTPStatus.OK  # routed from the cache
    lesson.unpublish()
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_pages_the_shortcut_does_not_find_are_left_to_wagtail(make_course):
    from wagtail.models import Page

    from core.serving import route_by_url_path

    course = make_course(lessons=1)
    index = course.get_parent()
    assert route_by_url_path(*_request(index.url)) is None  # the catalogue: Wagtail routes it
    assert route_by_url_path(*_request(course.url + "no-such-module/")) is None
    lesson = _lesson(course)
    Page.objects.filter(pk=lesson.pk).update(live=False)
    assert route_by_url_path(*_request(lesson.url)) is None
