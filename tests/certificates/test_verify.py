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


def test_a_valid_certificate_shows_valid_course_dates_and_initials_not_the_name(client, make_certificate):
    certificate = make_certificate(holder_name="Мерген Аннаев")
    response = client.get(_verify_url(certificate.code))
    assert response.status_code == HTTPStatus.OK
    text = response.content.decode()
    assert "Valid" in text
    assert "Мерген" not in text and "Аннаев" not in text
    assert "М. А." in text
    assert certificate.course_title in text
    assert "No expiry" in text


def _check_name(client, certificate, name):
    """Type the name into the page's form and send it as a browser would
    (with the form's CSRF token, checked)."""
    from django.test import Client

    from tests.privacy.forms import post_form

    url = _verify_url(certificate.code)
    return post_form(Client(enforce_csrf_checks=True), url, url, {"name": name})


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Мерген Аннаев", "Mergen Annayev"),
        ("Mergen Annayev", "мерген   АННАЕВ"),
        ("Мерген Аннаев", "ANNAYEV Mergen"),
        ("Oʻgʻiloy Toʻxtayeva", "Ўғилой Тўхтаева"),
        ("Әлия Нұрланқызы", "Aliya Nurlankyzy"),
        ("Фарҳод Раҳимов", "Farkhod Rakhimov"),
        ("Ňurly Ýazmyradow", "Нурлы Язмырадов"),
        ("Elnur Məmmədov", "Elnur Mammadov"),
    ],
)
def test_a_typed_name_in_the_other_script_matches_and_only_then_shows_the_name(
    client, make_certificate, stored, typed
):
    certificate = make_certificate(holder_name=stored)
    response = _check_name(client, certificate, typed)
    assert response.status_code == HTTPStatus.OK
    text = response.content.decode()
    assert f"The name you typed is the name on this certificate: {stored}." in text


def test_a_wrong_name_does_not_match_and_reveals_nothing(client, make_certificate):
    certificate = make_certificate(holder_name="Мерген Аннаев")
    response = _check_name(client, certificate, "Merdan Annayev")
    assert response.status_code == HTTPStatus.OK
    text = response.content.decode()
    assert "The name you typed is not the name on this certificate." in text
    assert "Мерген" not in text and "Аннаев" not in text and "Merdan" not in text


def test_an_empty_name_is_refused_with_a_reason(client, certificate):
    response = client.post(_verify_url(certificate.code), {"name": "  "})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "This field is required." in response.content.decode()
    assert certificate.holder_name not in response.content.decode()


def test_a_revoked_certificate_says_revoked_even_when_the_name_matches(client, make_certificate, staff):
    certificate = make_certificate(holder_name="Мерген Аннаев")
    certificate_revoke(certificate=certificate, reason="Issued in error", revoked_by=staff)
    text = _check_name(client, certificate, "Mergen Annayev").content.decode()
    assert "Revoked" in text and "Issued in error" in text
    assert "The name you typed is the name on this certificate: Мерген Аннаев." in text


def test_the_course_title_is_in_the_readers_language(
    client, make_course, trainee, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale

    from certificates.services import certificate_issue

    trainee.full_name = "Мерген Аннаев"
    trainee.save()
    course = make_course(slug="privacy-course")
    ru_course = course.copy_for_translation(Locale.objects.get(language_code="ru"), copy_parents=True)
    ru_course.title = "Профилирование контейнеров"
    ru_course.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=False):
        certificate = certificate_issue(user=trainee, course=course, language="en")
    english = client.get(_verify_url(certificate.code)).content.decode()
    assert course.title in english
    russian = client.get(
        reverse("certificates:verify_code", kwargs={"code": certificate.code}).replace("/en/", "/ru/")
    ).content.decode()
    assert "Профилирование контейнеров" in russian


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


def test_name_checks_count_against_the_rate_limit(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(_verify_url(certificate.code), {"name": "x"}).status_code == HTTPStatus.OK
    assert (
        client.post(_verify_url(certificate.code), {"name": "x"}).status_code == HTTPStatus.TOO_MANY_REQUESTS
    )


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
