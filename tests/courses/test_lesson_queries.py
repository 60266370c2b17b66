"""The lesson page runs the same number of queries however large the course
and however much the trainee has done (docs/performance.md)."""

from http import HTTPStatus

from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from courses.services import enrolment_create, lesson_mark_complete, lesson_visit


def _lesson_queries(client, course, trainee) -> int:
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    enrolment_create(user=trainee, course=course)
    for lesson in lessons[: len(lessons) // 2]:
        lesson_mark_complete(user=trainee, lesson=lesson)
        lesson_visit(user=trainee, lesson=lesson)
    page = lessons[len(lessons) // 2]
    # The first reader builds the course structure and the lesson's shared
    # blocks and records the visit; what the next request does is measured.
    client.get(page.url)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(page.url)
    assert response.status_code == HTTPStatus.OK
    assert page.title in response.content.decode()
    return len(ctx.captured_queries)


def test_lesson_page_queries_do_not_grow_with_the_course(make_course, client, make_user):
    small_reader, large_reader = make_user(), make_user()
    client.force_login(small_reader)
    small = _lesson_queries(client, make_course(lessons=4, modules=2, slug="small"), small_reader)
    client.force_login(large_reader)
    large = _lesson_queries(client, make_course(lessons=40, modules=5, slug="large"), large_reader)
    assert small == large


def test_an_unpublished_lesson_is_not_found_by_its_address(make_course, client, trainee):
    course = make_course(lessons=2)
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").last()
    url = lesson.url
    assert client.get(url).status_code == HTTPStatus.OK
    lesson.unpublish()
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
