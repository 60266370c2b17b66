import json
from datetime import date, timedelta
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import signing
from certificates.services import certificate_revoke


def _verify_url(code: str) -> str:
    return reverse("certificates:verify_code", kwargs={"code": code})


def test_a_valid_certificate_shows_valid_with_name_course_and_dates(client, certificate):
    response = client.get(_verify_url(certificate.code))
    assert response.status_code == HTTPStatus.OK
    text = response.content.decode()
    assert "Valid" in text
    assert certificate.holder_name in text
    assert certificate.course_title in text
    assert "No expiry" in text


def test_the_verify_page_shows_nothing_beyond_the_listed_facts(client, certificate):
    text = client.get(_verify_url(certificate.code)).content.decode()
    assert certificate.user.email not in text
    assert certificate.user.duty_station not in text


def test_an_expired_certificate_shows_expired(client, make_certificate):
    certificate = make_certificate(expires_on=timezone.localdate() - timedelta(days=1))
    text = client.get(_verify_url(certificate.code)).content.decode()
    assert "Expired" in text
    assert "This certificate was genuine but expired" in text


def test_a_revoked_certificate_shows_revoked_with_reason_and_date(client, certificate, staff):
    certificate_revoke(certificate=certificate, reason="Issued to the wrong officer", revoked_by=staff)
    text = client.get(_verify_url(certificate.code)).content.decode()
    assert "Revoked" in text
    assert "Issued to the wrong officer" in text
    assert "This certificate was revoked on" in text


def test_an_unknown_code_is_clearly_not_found(client, db):
    response = client.get(_verify_url("ZZZZ-ZZZZ-ZZZZ-ZZZZ"))
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "No certificate has the code ZZZZ-ZZZZ-ZZZZ-ZZZZ" in response.content.decode()


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("K7Q4-9XMD", "this one has 8"),
        ("K7Q4-9XMD-2HWP-5RT%24", "these characters are not allowed: $"),
    ],
)
def test_malformed_codes_are_rejected_with_the_reason(client, db, code, message):
    response = client.get(reverse("certificates:verify") + f"?code={code}")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert message in response.content.decode()


def test_the_form_sends_a_typed_code_to_its_canonical_page(client, certificate):
    typed = certificate.code.replace("-", " ").lower()
    response = client.get(reverse("certificates:verify"), {"code": typed})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == _verify_url(certificate.code)


def test_the_printed_unprefixed_address_redirects_to_a_language(client, certificate):
    response = client.get(f"/verify/{certificate.code}/", follow=True)
    assert response.status_code == HTTPStatus.OK
    assert response.redirect_chain[0][0] == f"/en/verify/{certificate.code}/"


def test_verification_is_rate_limited_per_client(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 3
    for _ in range(3):
        assert client.get(_verify_url(certificate.code)).status_code == HTTPStatus.OK
    limited = client.get(_verify_url(certificate.code))
    assert limited.status_code == HTTPStatus.TOO_MANY_REQUESTS
    other = client.get(_verify_url(certificate.code), REMOTE_ADDR="10.1.2.3")
    assert other.status_code == HTTPStatus.OK


def test_the_key_endpoint_publishes_the_public_key_only(client, settings, db):
    response = client.get(reverse("certificates:verify_key"))
    assert response.status_code == HTTPStatus.OK
    data = json.loads(response.content)
    assert data["algorithm"] == "Ed25519"
    assert data["public_key"] == signing.public_key_b64()
    assert data["key_id"] == signing.key_id(signing.public_key())
    assert settings.CERTIFICATE_SIGNING_KEY not in response.content.decode()


def test_the_key_endpoint_is_rate_limited(client, settings, db):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 1
    assert client.get(reverse("certificates:verify_key")).status_code == HTTPStatus.OK
    assert client.get(reverse("certificates:verify_key")).status_code == HTTPStatus.TOO_MANY_REQUESTS


def test_status_uses_the_expiry_date_inclusively(make_certificate):
    certificate = make_certificate(expires_on=date(2030, 1, 31))
    assert certificate.status(date(2030, 1, 31)) == "valid"
    assert certificate.status(date(2030, 2, 1)) == "expired"
