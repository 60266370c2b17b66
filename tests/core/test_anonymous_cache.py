"""The anonymous page cache (core/anonymous_cache.py): what it serves, to
whom it never serves a stored page, what it never stores, and when stored
pages are dropped.

A stored page is recognised by a title changed in the database behind
Wagtail's back (a queryset update sends no signal, so the content version
stays): whoever still sees the old title got the stored page."""

import re
from http import HTTPStatus

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from core.content_version import content_version_bump
from core.models import HomePage
from courses.models import CoursePage, LessonPage
from courses.services import enrolment_create, lesson_mark_complete
from tests.factories.courses import build_course

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def _page_cache_on():
    # The course pages' rows are looked up every time: the tests retitle a
    # page behind the signals to tell a stored page from a fresh one.
    with override_settings(PAGE_CACHE_SECONDS=600, ROUTE_CACHE_SECONDS=0):
        yield


@pytest.fixture
def course(site_tree):
    home = HomePage.objects.get(locale__language_code="en")
    return build_course(home, lessons=3, modules=1, slug="cached-course")


def _retitle_behind_the_signals(page, title):
    Page.objects.filter(pk=page.pk).update(title=title)


def test_anonymous_visitors_share_one_stored_page(course):
    first = Client().get(course.url)
    assert first.status_code == HTTPStatus.OK
    _retitle_behind_the_signals(course, "Retitled behind the signals")
    with CaptureQueriesContext(connection) as ctx:
        second = Client().get(course.url)
    assert second.status_code == HTTPStatus.OK
    body = second.content.decode()
    assert course.title in body and "Retitled behind the signals" not in body
    assert "Sign in to enrol" in body
    assert ctx.captured_queries == []
    assert "public" in second["Cache-Control"]
    assert "Cookie" in second["Vary"]


def test_a_stored_page_carries_no_csrf_token_and_sets_no_cookie(course):
    response = Client().get(course.url)
    assert not TOKEN.search(response.content.decode())
    assert not response.cookies
    again = Client().get(course.url)
    assert not TOKEN.search(again.content.decode())
    assert not again.cookies


def test_the_language_switcher_works_without_a_token_for_a_visitor(course):
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(course.url).content.decode()
    assert 'action="/i18n/setlang/"' in page
    switched = visitor.post(reverse("set_language"), {"language": "ru", "next": course.url})
    assert switched.status_code == HTTPStatus.FOUND
    assert switched.cookies["django_language"].value == "ru"


def test_a_signed_in_persons_language_switch_still_needs_their_token(course, trainee):
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)
    page = client.get(course.url).content.decode()
    refused = client.post(reverse("set_language"), {"language": "ru", "next": course.url})
    assert refused.status_code == HTTPStatus.FORBIDDEN
    trainee.refresh_from_db()
    assert trainee.preferred_language == "en"
    token = TOKEN.search(page).group(1)
    accepted = client.post(
        reverse("set_language"), {"language": "ru", "next": course.url, "csrfmiddlewaretoken": token}
    )
    assert accepted.status_code == HTTPStatus.FOUND
    trainee.refresh_from_db()
    assert trainee.preferred_language == "ru"


def test_a_signed_in_trainee_never_gets_the_stored_page(course, client, trainee):
    Client().get(course.url)  # stored for visitors
    _retitle_behind_the_signals(course, "Retitled behind the signals")
    enrolment_create(user=trainee, course=course)  # an enrolment changes no content
    client.force_login(trainee)
    body = client.get(course.url).content.decode()
    assert "Retitled behind the signals" in body
    assert "Sign in to enrol" not in body
    assert "Your progress" in body and "Continue where you left off" in body


def test_a_signed_in_trainees_page_is_never_stored_for_visitors(course, client, trainee):
    enrolment_create(user=trainee, course=course)
    lesson_mark_complete(user=trainee, lesson=LessonPage.objects.descendant_of(course).first())
    client.force_login(trainee)
    mine = client.get(course.url)
    assert "private" in mine["Cache-Control"]
    visitor = Client().get(course.url).content.decode()
    assert "Continue where you left off" not in visitor
    assert "Done" not in visitor
    assert trainee.email not in visitor and trainee.get_short_name() not in visitor


def test_two_signed_in_trainees_each_see_their_own_progress(course, make_user):
    done, fresh = make_user(), make_user()
    for user in (done, fresh):
        enrolment_create(user=user, course=course)
    lesson_mark_complete(user=done, lesson=LessonPage.objects.descendant_of(course).first())
    pages = {}
    tokens = {}
    for user in (done, fresh, done):
        client = Client()
        client.force_login(user)
        pages[user.pk] = client.get(course.url).content.decode()
        tokens.setdefault(user.pk, set()).update(TOKEN.findall(pages[user.pk]))
    assert 'value="33"' in pages[done.pk]
    assert 'value="0"' in pages[fresh.pk]
    assert tokens[done.pk].isdisjoint(tokens[fresh.pk])


def test_a_visitor_with_a_session_is_served_afresh(course):
    Client().get(course.url)
    _retitle_behind_the_signals(course, "Retitled behind the signals")
    visitor = Client()
    visitor.cookies["sessionid"] = "some-session"
    assert "Retitled behind the signals" in visitor.get(course.url).content.decode()


def test_each_language_is_stored_apart(site_tree):
    english = Client().get("/en/")
    russian = Client().get("/ru/")
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="ru">' in russian.content.decode()
    again = Client().get("/ru/")
    assert '<html lang="ru">' in again.content.decode()
    assert '<html lang="en">' in Client().get("/en/").content.decode()


def test_a_language_cookie_shares_the_stored_page_of_its_address(site_tree):
    """The address names the language: a visitor whose language cookie says
    otherwise is served the page stored for that address, in its language,
    without rendering it again."""
    Client().get("/en/")
    visitor = Client()
    visitor.cookies["django_language"] = "tk"
    with CaptureQueriesContext(connection) as queries:
        response = visitor.get("/en/")
    assert '<html lang="en">' in response.content.decode()
    assert len(queries) == 0


def test_publishing_drops_stored_pages(course):
    Client().get(course.url)
    course.title = "A new title"
    course.save_revision().publish()
    assert "A new title" in Client().get(course.url).content.decode()


def test_publishing_a_lesson_refreshes_the_course_outline(course):
    Client().get(course.url)
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson.title = "Renamed lesson"
    lesson.save_revision().publish()
    assert "Renamed lesson" in Client().get(course.url).content.decode()


def test_unpublishing_a_course_takes_it_away_from_visitors(course):
    assert Client().get(course.url).status_code == HTTPStatus.OK
    CoursePage.objects.get(pk=course.pk).unpublish()
    assert Client().get(course.url).status_code == HTTPStatus.NOT_FOUND


def test_a_draft_never_reaches_visitors(course):
    Client().get(course.url)
    course.title = "Unpublished draft title"
    course.save_revision()
    preview = course.get_latest_revision_as_object().make_preview_request()
    assert "Unpublished draft title" in preview.content.decode()
    assert "Unpublished draft title" not in Client().get(course.url).content.decode()


def test_a_view_restriction_applies_to_a_stored_page_at_once(course):
    Client().get(course.url)
    PageViewRestriction.objects.create(page=course, restriction_type="password", password="s3cret")
    response = Client().get(course.url)
    assert course.summary not in response.content.decode()
    assert "password" in response.content.decode().lower()
    # The password form is never stored: it is not the page, and it carries a token.
    assert "private" in response["Cache-Control"]


def test_a_lesson_is_never_stored_for_visitors(course):
    lesson = LessonPage.objects.descendant_of(course).first()
    for _ in range(2):
        response = Client().get(lesson.url)
        assert response.status_code == HTTPStatus.FOUND  # to the login page
        assert "public" not in response.get("Cache-Control", "")


def test_a_new_content_version_drops_every_stored_page(course):
    Client().get(course.url)
    _retitle_behind_the_signals(course, "Retitled behind the signals")
    content_version_bump()
    assert "Retitled behind the signals" in Client().get(course.url).content.decode()


@override_settings(PAGE_CACHE_SECONDS=0)
def test_zero_seconds_turns_the_cache_off(course):
    Client().get(course.url)
    _retitle_behind_the_signals(course, "Retitled behind the signals")
    assert "Retitled behind the signals" in Client().get(course.url).content.decode()
