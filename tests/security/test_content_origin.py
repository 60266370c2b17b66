"""With H5P_CONTENT_ORIGIN set, the content host serves player pages,
package files and static files only (404 for everything else, the sign-in
page above all), and every activity has an origin of its own, so two players
on one page cannot reach each other."""

import re
from http import HTTPStatus

import pytest
from django.test import Client

from tests.security.test_access_matrix import admin_placeholder, enumerate_routes

pytestmark = pytest.mark.django_db

PATTERN = "http://*.h5p.testserver"
CONTENT_ROUTES = ("h5p/embed/<str:token>/", "h5p/embed/<str:token>/package/<path:path>")


@pytest.fixture
def content_origin(settings):
    settings.H5P_CONTENT_ORIGIN = PATTERN
    settings.ALLOWED_HOSTS = ["testserver", ".h5p.testserver", "h5p.example.org"]
    return settings


def _embed_srcs(page: str) -> list[str]:
    return re.findall(r'class="h5p-player-frame" src="([^"]+)"', page)


def _origins(page: str) -> list[str]:
    return re.findall(r'data-frame-origin="([^"]+)"', page)


@pytest.mark.parametrize("origin", [PATTERN, "http://h5p.example.org"])
def test_the_content_host_answers_404_for_every_platform_path(content_origin, origin, make_user, site_tree):
    content_origin.H5P_CONTENT_ORIGIN = origin
    host = "0123456789abcdef0123456789abcdef.h5p.testserver" if "*" in origin else "h5p.example.org"
    visitor = Client(HTTP_HOST=host, raise_request_exception=False)
    signed_in = Client(HTTP_HOST=host, raise_request_exception=False)
    signed_in.force_login(make_user())
    served = []
    paths = [
        "/",
        "/en/",
        "/en/accounts/login/",
        "/admin/",
        "/media/images/x.png",
        "/healthz",
        "/en/accounts/signup/",
    ]
    for route in enumerate_routes():
        if route in CONTENT_ROUTES:
            continue
        path = "/" if route == r"^((?:[\w\-]+/)*)$" else admin_placeholder(route)
        paths += [path, "/en" + path, "/ru" + path]
    for path in paths:
        for client in (visitor, signed_in):
            for method in ("get", "post"):
                response = getattr(client, method)(path)
                if response.status_code != HTTPStatus.NOT_FOUND:
                    served.append(f"{method.upper()} {path}: {response.status_code}")
    assert not served, "\n".join(served)


def test_each_activity_plays_on_its_own_origin(content_origin, make_user, site_tree):
    from accounts.roles import Role
    from core.models import HomePage
    from courses.models import LessonPage
    from tests.factories.courses import build_course
    from tests.factories.h5p import make_activity, place_in_lesson

    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=1, slug="two-players")
    lesson = LessonPage.objects.descendant_of(course).get()
    first, second = make_activity(title="First"), make_activity(title="Second")
    place_in_lesson(lesson, first)
    place_in_lesson(LessonPage.objects.get(pk=lesson.pk), second)
    mentor = make_user(role=Role.MENTOR)
    client = Client()
    client.force_login(mentor)
    page = client.get(LessonPage.objects.get(pk=lesson.pk).get_url()).content.decode()

    srcs, origins = _embed_srcs(page), _origins(page)
    expected = [f"http://{a.uuid.hex}.h5p.testserver" for a in (first, second)]
    assert origins == expected
    assert [src.split("/en/")[0] for src in srcs] == expected
    # Two origins: the same-origin policy keeps each player out of the other's
    # document, storage and cookies.
    assert len(set(origins)) == 2

    first_host, second_host = (origin.removeprefix("http://") for origin in expected)
    first_path, second_path = (src.removeprefix(origin) for src, origin in zip(srcs, expected, strict=True))
    # Each player and its files come from its own host only.
    assert Client(HTTP_HOST=first_host).get(first_path).status_code == HTTPStatus.OK
    assert Client(HTTP_HOST=first_host).get(first_path + "package/h5p.json").status_code == HTTPStatus.OK
    assert Client(HTTP_HOST=second_host).get(first_path).status_code == HTTPStatus.NOT_FOUND
    assert (
        Client(HTTP_HOST=first_host).get(second_path + "package/h5p.json").status_code == HTTPStatus.NOT_FOUND
    )
    assert Client().get(first_path).status_code == HTTPStatus.NOT_FOUND
    # The platform page may frame exactly those origins.
    policy = client.get(LessonPage.objects.get(pk=lesson.pk).get_url())["Content-Security-Policy"]
    assert f"frame-src 'self' {PATTERN}" in policy


def test_a_single_content_origin_still_works(content_origin, make_user):
    from accounts.roles import Role
    from tests.factories.h5p import make_activity

    content_origin.H5P_CONTENT_ORIGIN = "http://h5p.example.org"
    activity = make_activity()
    client = Client()
    client.force_login(make_user(role=Role.MENTOR))
    page = client.get(f"/en/h5p/activities/{activity.uuid}/play/").content.decode()
    [src] = _embed_srcs(page)
    assert src.startswith("http://h5p.example.org/en/h5p/embed/")
    path = src.removeprefix("http://h5p.example.org")
    assert Client(HTTP_HOST="h5p.example.org").get(path).status_code == HTTPStatus.OK
