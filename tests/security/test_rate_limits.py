"""Rate limits count the client, not the proxy in front of us, and a client
writing its own X-Forwarded-For cannot start a fresh counter."""

import json
from http import HTTPStatus

import pytest
from django.test import RequestFactory, override_settings
from django.urls import reverse

from core.security import client_ip

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.5"
CLIENT = "203.0.113.9"


def spoofed(n: int) -> dict:
    """Headers as our one proxy forwards them: whatever the client wrote, then
    the address the proxy saw."""
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"198.51.100.{n}, {CLIENT}"}


@pytest.mark.parametrize(
    ("proxies", "meta", "expected"),
    [
        (0, {"REMOTE_ADDR": CLIENT, "HTTP_X_FORWARDED_FOR": "1.2.3.4"}, CLIENT),
        (1, spoofed(1), CLIENT),
        (1, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": CLIENT}, CLIENT),
        (2, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"6.6.6.6, {CLIENT}, 10.0.0.9"}, CLIENT),
        # Fewer hops than proxies: the request came around them; use the peer.
        (2, {"REMOTE_ADDR": CLIENT, "HTTP_X_FORWARDED_FOR": "6.6.6.6"}, CLIENT),
    ],
)
def test_client_ip_is_what_our_outermost_proxy_saw(proxies, meta, expected):
    with override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=proxies):
        assert client_ip(RequestFactory().get("/", **meta)) == expected


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1, CERTIFICATE_VERIFY_RATE_LIMIT=5)
def test_verification_limit_survives_spoofed_forwarded_for(client):
    url = reverse("certificates:verify_code", args=["K7Q49XMD2HWP5RTA"])
    statuses = [client.get(url, **spoofed(n)).status_code for n in range(7)]
    assert statuses[:5] == [HTTPStatus.NOT_FOUND] * 5
    assert statuses[5:] == [HTTPStatus.TOO_MANY_REQUESTS] * 2
    # Another client behind the same proxy has its own allowance.
    other = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "203.0.113.77"}
    assert client.get(url, **other).status_code == HTTPStatus.NOT_FOUND


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_failed_logins_are_limited_per_client_whatever_it_forwards(client, trainee):
    url = reverse("account_login")
    bodies = [
        client.post(url, {"login": f"nobody{n}@example.org", "password": "wrong"}, **spoofed(n)).content
        for n in range(12)
    ]
    # allauth: 10 failed logins per address and minute (ACCOUNT_RATE_LIMITS),
    # refused with a form error.
    assert not any(b"Too many failed login attempts" in body for body in bodies[:10])
    assert b"Too many failed login attempts" in bodies[-1]


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_password_reset_requests_are_limited_per_account(client, trainee):
    url = reverse("account_reset_password")
    statuses = [client.post(url, {"email": trainee.email}, **spoofed(n)).status_code for n in range(7)]
    assert statuses[-1] == HTTPStatus.TOO_MANY_REQUESTS


@override_settings(RATE_LIMIT_XAPI_PER_MINUTE=3, RATE_LIMIT_AUTOSAVE_PER_MINUTE=3)
def test_h5p_result_and_resume_endpoints_are_limited_per_user(client, trainee):
    from tests.factories.h5p import make_activity

    activity = make_activity()
    client.force_login(trainee)
    for name in ("h5p:xapi", "h5p:state"):
        url = reverse(name, args=[activity.uuid])
        statuses = [
            client.post(url, json.dumps({}), content_type="application/json", **spoofed(n)).status_code
            for n in range(5)
        ]
        assert HTTPStatus.TOO_MANY_REQUESTS not in statuses[:3], name
        assert statuses[3:] == [HTTPStatus.TOO_MANY_REQUESTS] * 2, name


@override_settings(RATE_LIMIT_AUTOSAVE_PER_MINUTE=2)
def test_exercise_autosave_is_limited_per_user_and_saves_nothing_when_refused(client, trainee):
    from exercises.services import attempt_start
    from tests.factories.exercises import published_exercise_scenario

    attempt = attempt_start(user=trainee, scenario=published_exercise_scenario())
    item = attempt.items.order_by("position").first()
    client.force_login(trainee)
    url = reverse("exercises:item", args=[attempt.public_id, item.ref])

    def save(justification):
        attempt.refresh_from_db()
        data = {"selected": "on", "justification": justification, "revision": attempt.revision}
        return client.post(url, data, HTTP_ACCEPT="application/json")

    assert save("first").status_code == HTTPStatus.OK
    assert save("second").status_code == HTTPStatus.OK
    refused = save("third")
    assert refused.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert refused.json()["ok"] is False
    attempt.refresh_from_db()
    assert "third" not in json.dumps(list(attempt.selections.values_list("justification", flat=True)))
