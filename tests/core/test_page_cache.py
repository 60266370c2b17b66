"""The anonymous page cache (core/page_cache.py): what it serves, to whom it
never serves a stored page, and when stored pages are dropped."""

import re
from http import HTTPStatus

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from core.models import HomePage
from courses.services import enrolment_create
from tests.factories.courses import build_course

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def _page_cache_on():
    with override_settings(PAGE_CACHE_SECONDS=600):
        yield


@pytest.fixture
def course(site_tree):
    home = HomePage.objects.get(locale__language_code="en")
    return build_course(home, lessons=3, modules=1, slug="cached-course")


def test_anonymous_visitors_share_one_stored_page(course, client):
    first = client.get(course.url)
    second = Client().get(course.url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.status_code == HTTPStatus.OK
    assert course.title in second.content.decode()
    assert "Sign in to enrol" in second.content.decode()


def test_each_visitor_gets_their_own_working_csrf_token(course):
    Client().get(course.url)
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(course.url)
    assert page["X-Page-Cache"] == "hit"
    tokens = set(TOKEN.findall(page.content.decode()))
    assert tokens, "the language switcher needs a token"
    assert "csrftoken" in page.cookies
    switched = visitor.post(
        reverse("set_language"), {"language": "ru", "next": course.url, "csrfmiddlewaretoken": tokens.pop()}
    )
    assert switched.status_code == HTTPStatus.FOUND


def test_a_signed_in_trainee_never_gets_a_stored_page(course, client, trainee):
    Client().get(course.url)  # stored for anonymous visitors
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    response = client.get(course.url)
    body = response.content.decode()
    assert "X-Page-Cache" not in response
    assert "Sign in to enrol" not in body
    assert "Your progress" in body and "Continue where you left off" in body


def test_a_signed_in_trainees_page_is_never_stored(course, client, trainee):
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    client.get(course.url)
    anonymous = Client().get(course.url)
    assert anonymous["X-Page-Cache"] == "miss"
    assert "Continue where you left off" not in anonymous.content.decode()
    assert trainee.email not in anonymous.content.decode()


def test_a_preview_never_gets_the_stored_page_nor_leaks_into_it(course):
    Client().get(course.url)
    course.title = "Unpublished draft title"
    course.save_revision()
    preview = course.get_latest_revision_as_object().make_preview_request()
    assert "Unpublished draft title" in preview.content.decode()
    served = Client().get(course.url)
    assert served["X-Page-Cache"] == "hit"
    assert "Unpublished draft title" not in served.content.decode()


def test_a_preview_with_an_empty_cache_is_not_stored(course):
    course.title = "Unpublished draft title"
    course.save_revision()
    course.get_latest_revision_as_object().make_preview_request()
    served = Client().get(course.url)
    assert served["X-Page-Cache"] == "miss"
    assert "Unpublished draft title" not in served.content.decode()


def test_each_language_is_stored_apart(site_tree):
    english = Client().get("/en/")
    Client().get("/en/")
    russian = Client().get("/ru/")
    assert english["X-Page-Cache"] == "miss"
    assert russian["X-Page-Cache"] == "miss"
    assert 'lang="ru"' in russian.content.decode()
    again = Client().get("/ru/")
    assert again["X-Page-Cache"] == "hit"
    assert 'lang="ru"' in again.content.decode()


def test_a_language_cookie_does_not_change_the_stored_language(site_tree):
    Client().get("/en/")
    visitor = Client()
    visitor.cookies["django_language"] = "tk"
    response = visitor.get("/en/")
    assert response["X-Page-Cache"] == "hit"
    assert '<html lang="en">' in response.content.decode()


def test_publishing_drops_stored_pages(course):
    Client().get(course.url)
    course.title = "A new title"
    course.save_revision().publish()
    response = Client().get(course.url)
    assert response["X-Page-Cache"] == "miss"
    assert "A new title" in response.content.decode()


def test_publishing_a_lesson_refreshes_the_course_outline(course):
    from courses.models import LessonPage

    Client().get(course.url)
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson.title = "Renamed lesson"
    lesson.save_revision().publish()
    assert "Renamed lesson" in Client().get(course.url).content.decode()


def test_pages_that_do_not_opt_in_are_not_stored(course, trainee):
    from courses.models import LessonPage

    lesson = LessonPage.objects.descendant_of(course).first()
    Client().get(lesson.url)
    assert "X-Page-Cache" not in Client().get(lesson.url)
    assert "X-Page-Cache" not in Client().get(reverse("account_login"))


def test_restricted_pages_are_not_stored(course):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=course, restriction_type="password", password="s3cret")
    Client().get(course.url)
    assert "X-Page-Cache" not in Client().get(course.url)


@override_settings(PAGE_CACHE_SECONDS=0)
def test_zero_seconds_turns_the_cache_off(course):
    Client().get(course.url)
    assert "X-Page-Cache" not in Client().get(course.url)


def test_a_stored_page_carries_each_visitors_own_csp_nonce(rf):
    from django.http import HttpResponse

    from core.page_cache import ALLOWED_FLAG, AnonymousPageCacheMiddleware
    from core.security import ContentSecurityPolicyMiddleware

    def view(request):
        setattr(request, ALLOWED_FLAG, True)
        return HttpResponse(f'<script nonce="{request.csp_nonce}" src="/static/x.js"></script>')

    stack = ContentSecurityPolicyMiddleware(AnonymousPageCacheMiddleware(view))
    nonces = []
    for expected in ("miss", "hit"):
        response = stack(rf.get("/en/nonce-page/"))
        assert response["X-Page-Cache"] == expected
        nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
        nonces.append(nonce)
    assert nonces[0] != nonces[1]
