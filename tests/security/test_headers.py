"""Security headers on every response, CSRF on every state-changing endpoint,
and a clear 503 page when the database is unavailable."""

import re
from http import HTTPStatus

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

from tests.security.test_access_matrix import admin_placeholder, enumerate_routes

pytestmark = pytest.mark.django_db


def nonce_of(response) -> str:
    return re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)


def directives(response) -> dict[str, str]:
    """The policy as {directive: sources}, whatever order the header lists them in."""
    policy = response["Content-Security-Policy"]
    return dict((part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";"))


SITE_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data: blob:",
    "media-src": "'self' blob:",
    "font-src": "'self' data:",
    "connect-src": "'self'",
    "frame-src": "'self'",
    "worker-src": "'self'",
    "manifest-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def test_site_pages_carry_a_strict_policy(client, site_tree):
    response = client.get("/en/")
    # No page of ours writes an inline script or style, so no nonce either.
    assert directives(response) == SITE_POLICY
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_a_page_using_the_nonce_gets_a_fresh_one_in_its_policy(rf):
    from django.http import HttpResponse

    from core.security import ContentSecurityPolicyMiddleware

    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">go()</script>')

    middleware = ContentSecurityPolicyMiddleware(view)
    first, second = middleware(rf.get("/en/")), middleware(rf.get("/en/"))
    for response in (first, second):
        nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
        assert directives(response)["script-src"] == f"'self' 'nonce-{nonce}'"
        assert directives(response)["style-src"] == f"'self' 'nonce-{nonce}'"
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert nonce_of(first) != nonce_of(second)


def test_the_content_origin_may_be_framed(client, site_tree, settings):
    settings.H5P_CONTENT_ORIGIN = "https://*.h5p.academy.example.org"
    assert directives(client.get("/en/"))["frame-src"] == "'self' https://*.h5p.academy.example.org"


def test_error_and_json_responses_carry_the_policy_too(client):
    for response in (client.get("/en/no-such-page/"), client.get(reverse("certificates:verify_key"))):
        assert directives(response) == SITE_POLICY


def test_admin_pages_get_the_admin_policy(client, staff):
    client.force_login(staff)
    response = client.get(reverse("wagtailadmin_home"))
    nonce = nonce_of(response)
    admin = {key: value for key, value in SITE_POLICY.items() if key != "manifest-src"}
    assert directives(response) == {
        **admin,
        "script-src": f"'self' 'nonce-{nonce}' 'strict-dynamic'",
        "style-src": "'self' 'unsafe-inline'",
        "worker-src": "'self' blob:",
        "frame-ancestors": "'self'",
    }
    # Wagtail's own script files carry this response's nonce.
    assert f'<script nonce="{nonce}" src="/static/wagtailadmin/' in response.content.decode()
    assert nonce != nonce_of(client.get(reverse("wagtailadmin_home")))


def test_h5p_player_keeps_its_own_sandboxing_policy(mentor, rf):
    from h5p import player
    from tests.factories.h5p import make_activity

    activity = make_activity()
    request = rf.get("/")
    request.user = mentor
    token = player.player_token(request=request, activity=activity)
    response = Client().get(reverse("h5p:embed", args=[token]))
    assert response.status_code == HTTPStatus.OK
    policy = response["Content-Security-Policy"]
    assert "sandbox allow-scripts" in policy
    assert "'nonce-" not in policy


def test_inline_script_with_the_nonce_is_the_only_kind_templates_may_write():
    """Our templates: no inline event handlers, no inline scripts without the
    nonce; style attributes only in admin-only widgets."""
    from pathlib import Path

    from django.conf import settings

    base = Path(settings.BASE_DIR)
    problems = []
    admin_only = {"scenarios/templates/scenarios/widgets/translated_text.html"}
    for template in base.glob("*/templates/**/*.html"):
        relative = str(template.relative_to(base))
        if relative.startswith((".venv", "node_modules")) or "h5p/embed.html" in relative:
            continue  # the H5P player page has its own policy (docs/security.md)
        text = template.read_text()
        for tag in re.findall(r"<script\b[^>]*>", text):
            if "src=" not in tag and "application/json" not in tag and "csp_nonce" not in tag:
                problems.append(f"{relative}: {tag}")
        if re.search(r"<[a-z][^>]*\son[a-z]+=", text):
            problems.append(f"{relative}: inline event handler")
        if relative not in admin_only and re.search(r"<[a-z][^>]*\sstyle=", text):
            problems.append(f"{relative}: style attribute")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("principal", ["trainee", "staff"])
def test_every_endpoint_refuses_a_post_without_a_csrf_token(principal, request, site_tree):
    user = request.getfixturevalue(principal)
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.force_login(user)
    accepted = []
    for route in enumerate_routes():
        path = "/" if route == r"^((?:[\w\-]+/)*)$" else admin_placeholder(route)
        if not path.startswith(("/admin/", "/django-admin/")):
            path = (
                "/en" + path
                if not path.startswith(("/documents/", "/i18n/", "/healthz", "/scenarios/", "/media/"))
                else path
            )
        response = client.post(path, {"x": "1"})
        # Trainees are turned away from the admin before any view (and its CSRF check) runs.
        turned_away = principal == "trainee" and path.startswith("/admin/")
        if response.status_code != HTTPStatus.FORBIDDEN or not (turned_away or b"CSRF" in response.content):
            accepted.append(f"{path}: {response.status_code}")
    assert not accepted, "POST without a CSRF token not refused by the CSRF check:\n" + "\n".join(accepted)


def _database_down(*args, **kwargs):
    raise OperationalError("could not connect to server: Connection refused")


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("text/html", "Временно недоступно"),
        ("application/json", '"retry": true'),
    ],
)
def test_database_unavailable_gives_a_503_in_the_users_language(
    monkeypatch, client, trainee, accept, expected
):
    from certificates import views

    monkeypatch.setattr(views.selectors, "certificates_for_user", _database_down)
    client.force_login(trainee)
    client.raise_request_exception = False
    response = client.get("/ru/certificates/", HTTP_ACCEPT=accept)
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response["Retry-After"] == "30"
    assert expected in response.content.decode()
    assert "Content-Security-Policy" in response


def test_other_server_errors_stay_500(monkeypatch, client, trainee):
    from certificates import views

    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(views.selectors, "certificates_for_user", broken)
    client.force_login(trainee)
    client.raise_request_exception = False
    assert client.get("/en/certificates/").status_code == HTTPStatus.INTERNAL_SERVER_ERROR


PERSONAL_PAGES = [
    ("trainee", "/en/exercises/attempts/{finished}/debrief/"),
    ("trainee", "/en/certificates/"),
    ("trainee", "/en/profile/"),
    ("trainee", "/en/learning/"),
    ("mentor", "/en/mentoring/"),
    ("mentor", "/en/mentoring/cohorts/{cohort}/trainees/{user}/"),
    ("mentor", "/en/exercises/review/{finished}/"),
    ("staff", "/admin/users/"),
]


def test_pages_with_personal_data_are_private_to_shared_caches(world, clients):
    wrong = []
    for who, path in PERSONAL_PAGES:
        response = clients[who].get(path.format(**world.values))
        directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
        if response.status_code != HTTPStatus.OK or "private" not in directives or "public" in directives:
            wrong.append(f"{path} as {who}: {response.status_code} {response.get('Cache-Control')!r}")
    assert not wrong, "\n".join(wrong)
    # Public pages for anonymous visitors stay shareable.
    assert "private" not in clients["anonymous"].get("/en/").get("Cache-Control", "")


def test_private_composes_with_other_cache_directives(rf):
    from django.http import HttpResponse
    from django.utils.cache import patch_cache_control

    from core.security import cache_private

    response = HttpResponse()
    patch_cache_control(response, no_store=True)
    cache_private(response)
    assert {d.strip() for d in response["Cache-Control"].split(",")} == {"no-store", "private"}
    public = HttpResponse()
    patch_cache_control(public, public=True, max_age=60)
    assert "private" not in cache_private(public)["Cache-Control"]
