"""Every URL of the platform, requested by every principal, against the
expected-outcome table kept in `access_matrix.py` and `admin_routes.txt`."""

import re
from http import HTTPStatus
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver

from tests.security.access_matrix import ESCALATION_PRINCIPALS, ESCALATIONS, PRINCIPALS, ROUTES

pytestmark = pytest.mark.django_db

ADMIN_PREFIXES = ("admin/", "django-admin/")
ADMIN_FILE = Path(__file__).with_name("admin_routes.txt")
LANGUAGE_PREFIX = re.compile(r"^(?:{})/".format("|".join(code for code, _name in settings.LANGUAGES)))
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)
SCRIPT_TAG = re.compile(r"<script\b(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I)


def _directive(policy: str, name: str) -> str:
    for part in policy.split(";"):
        if part.strip().startswith(name + " "):
            return part.strip()
    return ""


def csp_problems(path: str, response) -> list[str]:
    """What in this response the platform's CSP would block or fail to cover."""
    policy = response.headers.get("Content-Security-Policy", "")
    if not policy:
        return [f"{path}: no Content-Security-Policy"]
    scripts = _directive(policy, "script-src")
    if "text/html" not in response.headers.get("Content-Type", "") or "'unsafe-inline'" in scripts:
        return []
    body = response.content.decode(errors="replace")
    nonce = re.search(r"'nonce-([^']+)'", scripts)
    # Under 'strict-dynamic' a <script src> in the page needs the nonce too.
    pattern = SCRIPT_TAG if "'strict-dynamic'" in scripts else INLINE_SCRIPT
    problems = []
    for tag in pattern.findall(body):
        if not nonce or f'nonce="{nonce.group(1)}"' not in tag:
            problems.append(f"{path}: script without this response's nonce: {tag}")
    problems += [f"{path}: inline event handler: {m[:80]}" for m in EVENT_HANDLER.findall(body)]
    if "'unsafe-inline'" not in _directive(policy, "style-src"):
        problems += [f"{path}: style attribute: {m[:80]}" for m in STYLE_ATTRIBUTE.findall(body)]
    return problems


def enumerate_routes() -> list[str]:
    """Every URL pattern, as Django prints it, language prefix removed (the
    i18n patterns are the same in every language)."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern)

    seen = []
    for route in walk(get_resolver().url_patterns):
        route = LANGUAGE_PREFIX.sub("", route)
        if route not in seen:
            seen.append(route)
    return seen


def admin_table() -> dict[str, tuple[str, ...]]:
    table = {}
    for line in ADMIN_FILE.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        *outcomes, route = line.split(maxsplit=len(PRINCIPALS))
        table[route] = tuple(outcomes)
    return table


_CONVERTERS = {
    "int": "999999",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "slug": "x",
    "str": "999999",
    "path": "x",
}


def admin_placeholder(route: str) -> str:
    """A concrete path for an admin route: converters and regex groups
    filled with values that name no object."""
    path = re.sub(r"<(?:(\w+):)?\w+>", lambda m: _CONVERTERS.get(m.group(1) or "str", "x"), route)
    path = re.sub(r"\(\?P<\w+>[^)]*\)", "1", path)
    path = re.sub(r"\([^)]*\)", "1", path)
    path = path.replace("^", "").replace("$", "").replace("\\", "")
    return "/" + path


def outcome(response) -> str:
    if response.status_code in (HTTPStatus.FOUND, HTTPStatus.MOVED_PERMANENTLY):
        location = response.headers.get("Location", "")
        return "L" if "/accounts/login/" in location or "/login/" in location else "R"
    return str(response.status_code)


def fetch(clients, world, principal: str, method: str, path: str):
    """One request; signs the principal in again when the request signed
    them out (the logout row), so later rows still test them."""
    client = clients[principal]
    response = getattr(client, method)(path)
    if principal != "anonymous" and "_auth_user_id" not in client.session:
        client.force_login(world.users[principal])
    return response


def test_every_route_has_an_entry():
    routes = enumerate_routes()
    admin = admin_table()
    missing = [
        route
        for route in routes
        if (route not in admin if route.startswith(ADMIN_PREFIXES) else route not in ROUTES)
    ]
    assert not missing, "URLs without an access-matrix entry:\n" + "\n".join(missing)
    stale = (set(ROUTES) | set(admin)) - set(routes)
    assert not stale, f"entries for URLs that no longer exist: {sorted(stale)}"


def _columns(text: str) -> tuple[str, ...]:
    columns = tuple(text.split())
    assert len(columns) == len(PRINCIPALS), f"{text!r} needs one outcome per principal {PRINCIPALS}"
    return columns


def test_platform_routes_answer_each_principal_as_the_matrix_says(world, clients):
    # Every GET first, then every POST: a POST may change the world (enrol,
    # submit, sign out) and the GET rows describe the world as built.
    wrong = []
    for method, column in (("get", 1), ("post", 2)):
        for cases in ROUTES.values():
            for case in cases:
                path, row = case[0].format(**world.values), case[column]
                if row == "-":
                    continue
                for principal, expected in zip(PRINCIPALS, _columns(row), strict=True):
                    response = fetch(clients, world, principal, method, path)
                    wrong += csp_problems(f"{method.upper()} {path} as {principal}", response)
                    got = outcome(response)
                    if got != expected:
                        wrong.append(f"{method.upper()} {path} as {principal}: {got}, expected {expected}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.slow
def test_admin_routes_turn_away_whoever_the_matrix_says(world, clients):
    wrong = []
    for route, row in admin_table().items():
        path = admin_placeholder(route)
        for principal, expected in zip(PRINCIPALS, row, strict=True):
            response = fetch(clients, world, principal, "get", path)
            wrong += csp_problems(f"GET {path} as {principal}", response)
            got = outcome(response)
            if got != expected:
                wrong.append(f"GET {path} ({route}) as {principal}: {got}, expected {expected}")
    assert not wrong, "\n".join(wrong)


ATTACK_PASSWORD = "Attacker-Knows-This-9"
NAMES = {"first_name": "Aziz", "last_name": "Karimov", "full_name": "Aziz Karimov"}


def _full_user_form(superuser_client, url: str) -> dict:
    """The user form as a superuser sees it (every field), as posted."""
    form = superuser_client.get(url).context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None or value is False:
            continue
        data[name] = [getattr(v, "pk", v) for v in value] if isinstance(value, list | tuple) else value
    return data


def _attack(kind: str, client, superuser_client, target, staff_group):
    """Posts one privilege-raising request; returns the response and whether
    it took effect."""
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    raised = {"is_superuser": "on", "password1": ATTACK_PASSWORD, "password2": ATTACK_PASSWORD}
    if kind.startswith("edit-"):
        url = f"/admin/users/edit/{target.pk}/"
        data = {**_full_user_form(superuser_client, url), **raised, **NAMES}
        if kind == "edit-trainee-role":
            data = {**_full_user_form(superuser_client, url), **NAMES, "groups": [staff_group.pk]}
            response = client.post(url, data)
            return response, target.groups.filter(pk=staff_group.pk).exists()
        if kind == "edit-superuser":
            data.pop("is_superuser")
        response = client.post(url, data)
        target = users.get(pk=target.pk)
        took = target.check_password(ATTACK_PASSWORD) and target.is_superuser != (kind == "edit-superuser")
        return response, took
    if kind.startswith("create"):
        email = f"made-{len(users.all())}@example.org"
        data = {
            **_full_user_form(superuser_client, "/admin/users/new/"),
            **raised,
            "email": email,
            **NAMES,
            "country": "UZ",
            "agency": "customs",
            "preferred_language": "en",
            "is_active": "on",
            "groups": [staff_group.pk] if kind == "create-role" else [],
        }
        response = client.post("/admin/users/new/", data)
        made = users.filter(email=email).first()
        took = made is not None and (
            made.is_superuser
            or made.check_password(ATTACK_PASSWORD)
            or made.groups.filter(pk=staff_group.pk).exists()
        )
        return response, took
    if kind == "bulk-role":
        url = f"/admin/bulk/accounts/user/assign_role/?next=/admin/users/&id={target.pk}"
        response = client.post(url, {"role": staff_group.pk})
        return response, target.groups.filter(pk=staff_group.pk).exists()
    url = f"/admin/bulk/accounts/user/set_active_state/?next=/admin/users/&id={target.pk}"
    response = client.post(url, {"mark_as_active": "False"})
    return response, not users.get(pk=target.pk).is_active


def test_only_superusers_raise_privileges_through_the_user_screens(world, clients, make_user):
    """Every principal tries every privilege-raising POST of `ESCALATIONS`
    against a fresh account: only the superuser succeeds."""
    from django.contrib.auth.models import Group
    from django.test import Client

    from accounts.roles import Role

    staff_group = Group.objects.get(name=Role.STAFF.value)
    superuser_client = Client(raise_request_exception=False)
    superuser_client.force_login(
        make_user(role=None, is_superuser=True, is_staff=True, email="root@example.org")
    )
    every = {**clients, "superuser": superuser_client}
    wrong = []
    for kind, (target_kind, row) in ESCALATIONS.items():
        for principal, expected in zip(ESCALATION_PRINCIPALS, row.split(), strict=True):
            target = {
                "trainee": lambda: make_user(role=Role.TRAINEE),
                "staff": lambda: make_user(role=Role.STAFF),
                "superuser": lambda: make_user(role=None, is_superuser=True, is_staff=True),
                "": lambda: None,
            }[target_kind]()
            response, took = _attack(kind, every[principal], superuser_client, target, staff_group)
            got = outcome(response) + ("+" if took else "-")
            if got != expected:
                wrong.append(f"{kind} as {principal}: {got}, expected {expected}")
    assert not wrong, "\n".join(wrong)
