"""The player page and package files: who gets them, and the isolation headers."""

import re
from http import HTTPStatus

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse

from h5p import player

pytestmark = pytest.mark.django_db


def embed_src(client, activity) -> str:
    page = client.get(reverse("h5p:play", args=[activity.uuid]))
    assert page.status_code == HTTPStatus.OK
    return re.search(r'class="h5p-player-frame" src="([^"]+)"', page.content.decode()).group(1)


@pytest.fixture
def mentor_client(client, mentor):
    client.force_login(mentor)
    return client


@pytest.mark.parametrize(
    ("who", "status"),
    [("trainee", HTTPStatus.FORBIDDEN), ("mentor", HTTPStatus.OK), ("staff", HTTPStatus.OK)],
)
def test_standalone_player_page_is_for_mentors_and_staff(client, request, activity, who, status):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("h5p:play", args=[activity.uuid])).status_code == status


def test_standalone_player_page_sends_anonymous_users_to_sign_in(client, activity):
    response = client.get(reverse("h5p:play", args=[activity.uuid]))
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]


def test_player_page_says_scores_come_from_the_browser(mentor_client, activity):
    page = mentor_client.get(reverse("h5p:play", args=[activity.uuid])).content.decode()
    assert "H5P scores are reported by your browser" in page


def test_iframe_is_sandboxed_without_same_origin_by_default(mentor_client, activity):
    page = mentor_client.get(reverse("h5p:play", args=[activity.uuid])).content.decode()
    sandbox = re.search(r'sandbox="([^"]+)"', page).group(1).split()
    assert "allow-scripts" in sandbox
    assert "allow-same-origin" not in sandbox
    assert 'data-frame-origin="null"' in page


def test_package_files_are_served_without_cookies_under_the_signed_link(mentor_client, activity):
    src = embed_src(mentor_client, activity)
    anonymous = Client()
    embed = anonymous.get(src)
    assert embed.status_code == HTTPStatus.OK
    assert anonymous.get(src + "package/h5p.json").json()["mainLibrary"] == "PCU.SelectionCheck"
    assert b"Which document" in anonymous.get(src + "package/content/content.json").content
    script = anonymous.get(src + "package/PCU.SelectionCheck-1.0/selection-check.js")
    assert script["Content-Type"] == "text/javascript"


def test_embed_page_has_a_strict_policy_and_its_own_sandbox(
    mentor_client, activity, live_server_origin="http://testserver"
):
    embed = Client().get(embed_src(mentor_client, activity))
    csp = embed["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert "connect-src 'self'" in csp
    assert "form-action 'none'" in csp
    assert f"frame-ancestors {live_server_origin}" in csp
    assert re.search(r"sandbox allow-scripts[^;]*$", csp)
    assert "allow-same-origin" not in csp
    assert "X-Frame-Options" not in embed
    assert embed["Referrer-Policy"] == "no-referrer"
    # No CDN: the player comes from our own static files.
    assert "/static/h5p-standalone/main.bundle.js" in embed.content.decode()
    assert "https://" not in embed.content.decode()


def test_package_files_never_run_script_when_opened_on_their_own(mentor_client, activity):
    src = embed_src(mentor_client, activity)
    response = Client().get(src + "package/content/content.json")
    csp = response["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert csp.endswith("sandbox")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_svg_in_a_library_is_served_as_an_image_in_a_sandbox(mentor_client, activity_factory):
    svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
    activity = activity_factory(extra_files={"PCU.SelectionCheck-1.0/icon.svg": svg})
    response = Client().get(embed_src(mentor_client, activity) + "package/PCU.SelectionCheck-1.0/icon.svg")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "image/svg+xml"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "script-src" not in response["Content-Security-Policy"]  # default-src 'none' applies


def test_opaque_player_may_read_package_files(mentor_client, activity):
    src = embed_src(mentor_client, activity)
    response = Client().get(src + "package/h5p.json", HTTP_ORIGIN="null")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


@pytest.mark.parametrize(
    "path",
    [
        "package/content/../h5p.json",
        "package/content/missing.png",
        "package/PCU.SelectionCheck-1.1/library.json",
        "package/H5P.Other-1.0/library.json",
        "package/library.json",
    ],
)
def test_only_files_of_the_activity_and_its_libraries_are_served(mentor_client, activity, path):
    assert Client().get(embed_src(mentor_client, activity) + path).status_code == HTTPStatus.NOT_FOUND


def test_link_of_one_activity_does_not_open_another(mentor_client, activity, activity_factory):
    other = activity_factory(title="Other", extra_files={"content/secret.txt": "other's file"})
    src = embed_src(mentor_client, activity)
    assert Client().get(src + "package/content/secret.txt").status_code == HTTPStatus.NOT_FOUND
    assert other.files.filter(path="secret.txt").exists()


def test_forged_or_foreign_links_are_refused(activity, trainee):
    forged = "/en/h5p/embed/eyJhIjoxfQ:1xWzzz:forged/"
    assert Client().get(forged).status_code == HTTPStatus.FORBIDDEN
    # A correctly signed link for a user who may not play (a trainee not enrolled).
    payload = {"a": activity.pk, "u": trainee.pk, "o": "http://testserver", "g": "en", "l": None, "b": ""}
    token = signing.dumps(payload, salt=player.SALT, compress=True)
    assert Client().get(reverse("h5p:embed", args=[token])).status_code == HTTPStatus.FORBIDDEN
    assert Client().get(reverse("h5p:file", args=[token, "h5p.json"])).status_code == HTTPStatus.FORBIDDEN


def test_expired_link_is_refused(mentor_client, activity, settings):
    src = embed_src(mentor_client, activity)
    settings.H5P_PLAYER_TOKEN_MAX_AGE = -1
    assert Client().get(src).status_code == HTTPStatus.FORBIDDEN


def test_mentor_who_loses_the_role_loses_the_files(mentor_client, mentor, activity):
    src = embed_src(mentor_client, activity)
    mentor.groups.clear()
    assert Client().get(src + "package/h5p.json").status_code == HTTPStatus.FORBIDDEN


def test_separate_content_origin(mentor_client, activity, settings):
    settings.H5P_CONTENT_ORIGIN = "http://h5p.testserver"
    settings.ALLOWED_HOSTS = ["testserver", "h5p.testserver"]
    page = mentor_client.get(reverse("h5p:play", args=[activity.uuid])).content.decode()
    src = re.search(r'class="h5p-player-frame" src="([^"]+)"', page).group(1)
    assert src.startswith("http://h5p.testserver/en/h5p/embed/")
    assert "allow-same-origin" in re.search(r'sandbox="([^"]+)"', page).group(1)
    assert 'data-frame-origin="http://h5p.testserver"' in page
    path = src.removeprefix("http://h5p.testserver")
    # Package content comes only from the content host, never the platform's.
    assert Client().get(path).status_code == HTTPStatus.NOT_FOUND
    embed = Client(HTTP_HOST="h5p.testserver").get(path)
    assert embed.status_code == HTTPStatus.OK
    assert "frame-ancestors http://testserver" in embed["Content-Security-Policy"]
    assert Client(HTTP_HOST="h5p.testserver").get(path + "package/h5p.json").status_code == HTTPStatus.OK
