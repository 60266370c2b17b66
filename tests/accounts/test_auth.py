import re
from http import HTTPStatus

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings

from accounts.roles import Role, user_has_role

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "new.officer@example.org",
    "password1": "Port-Control-2026",
    "password2": "Port-Control-2026",
    "full_name": "Дильноза Тураева",
    "country": "UZ",
    "agency": "customs",
    "duty_station": "Andijan border crossing",
    "preferred_language": "uz",
}


def _logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_signup_creates_a_trainee_with_profile_and_sends_verification(client, site_tree):
    response = client.post("/en/accounts/signup/", SIGNUP)
    assert response.status_code == HTTPStatus.FOUND
    user = get_user_model().objects.get(email="new.officer@example.org")
    assert user.full_name == "Дильноза Тураева"
    assert (user.country, user.agency, user.preferred_language) == ("UZ", "customs", "uz")
    assert user.duty_station == "Andijan border crossing"
    assert user_has_role(user, Role.TRAINEE)
    assert not user_has_role(user, Role.MENTOR, Role.STAFF)
    from core.models import AuditEntry

    entry = AuditEntry.objects.get(action="accounts.role_change")
    assert entry.actor == user and entry.details == {"added": [Role.TRAINEE.value], "removed": []}
    # Mandatory verification: not signed in until the address is confirmed.
    assert not _logged_in(client)
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/\S+/accounts/confirm-email/\S+/)", mail.outbox[0].body).group(1)
    assert client.post(link).status_code == HTTPStatus.FOUND
    assert EmailAddress.objects.get(email="new.officer@example.org").verified
    assert _logged_in(client)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("full_name", "", "Требуется заполнить это поле."),
        ("full_name", "Agent 007", "Имя не может содержать цифры."),
        ("email", "not-an-address", "Введите правильный адрес электронной почты."),
        ("country", "XX", "Выберите корректный вариант."),
    ],
)
def test_signup_rejects_bad_values_in_the_users_language_and_saves_nothing(client, field, value, message):
    response = client.post("/ru/accounts/signup/", {**SIGNUP, field: value})
    assert response.status_code == HTTPStatus.OK
    assert message in response.content.decode()
    assert not get_user_model().objects.exists()
    assert not mail.outbox


@override_settings(ACCOUNT_ALLOW_SIGNUP=False)
def test_signup_can_be_switched_off(client):
    response = client.post("/en/accounts/signup/", SIGNUP)
    assert "account/signup_closed.html" in [t.name for t in response.templates]
    assert not get_user_model().objects.exists()


def test_login_goes_to_the_preferred_language(client, make_user, password, site_tree):
    user = make_user(language="ru")
    response = client.post("/en/accounts/login/", {"login": user.email, "password": password})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/ru/"
    assert response.cookies["django_language"].value == "ru"
    assert _logged_in(client)
    page = client.get("/ru/")
    assert page.status_code == HTTPStatus.OK
    assert "Выйти" in page.content.decode()


def test_logout(client, trainee, password):
    client.post("/en/accounts/login/", {"login": trainee.email, "password": password})
    assert _logged_in(client)
    client.post("/en/accounts/logout/")
    assert not _logged_in(client)


def test_wrong_credentials_never_reveal_whether_an_account_exists(client, trainee):
    wrong_password = client.post("/en/accounts/login/", {"login": trainee.email, "password": "nope-nope-1"})
    no_account = client.post("/en/accounts/login/", {"login": "ghost@example.org", "password": "nope-nope-1"})
    assert wrong_password.status_code == no_account.status_code == HTTPStatus.OK

    def errors(response):
        return response.context["form"].non_field_errors()

    assert errors(wrong_password) == errors(no_account)
    assert errors(wrong_password)
    assert not _logged_in(client)


def test_failed_logins_are_rate_limited_per_account(client, trainee, password):
    for _ in range(5):
        client.post("/en/accounts/login/", {"login": trainee.email, "password": "wrong-password"})
    response = client.post("/en/accounts/login/", {"login": trainee.email, "password": password})
    assert not _logged_in(client)
    assert "Too many failed login attempts" in response.content.decode()


def test_password_reset_by_email(client, trainee):
    response = client.post("/en/accounts/password/reset/", {"email": trainee.email})
    assert response.status_code == HTTPStatus.FOUND
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/\S+/accounts/password/reset/key/\S+/)", mail.outbox[0].body).group(
        1
    )
    form_page = client.get(link, follow=True)
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    response = client.post(action, {"password1": "Brand-New-Pass-42", "password2": "Brand-New-Pass-42"})
    assert response.status_code == HTTPStatus.FOUND
    trainee.refresh_from_db()
    assert trainee.check_password("Brand-New-Pass-42")


def test_password_reset_for_unknown_address_looks_the_same(client, trainee):
    known = client.post("/en/accounts/password/reset/", {"email": trainee.email})
    unknown = client.post("/en/accounts/password/reset/", {"email": "ghost@example.org"})
    assert known.status_code == unknown.status_code == HTTPStatus.FOUND
    assert known["Location"] == unknown["Location"]


def _reach_totp_setup(client, password) -> None:
    """allauth asks for the password again before MFA changes; then the set-up page opens."""
    response = client.get("/en/accounts/2fa/totp/activate/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    response = client.post(response["Location"], {"password": password}, follow=True)
    assert response.redirect_chain[-1][0] == "/en/accounts/2fa/totp/activate/"
    assert response.status_code == HTTPStatus.OK


@override_settings(REQUIRE_STAFF_MFA=True)
@pytest.mark.parametrize("role", [Role.MENTOR, Role.STAFF])
def test_staff_roles_must_set_up_mfa_when_required(client, make_user, password, role, site_tree):
    user = make_user(role=role)
    client.post("/en/accounts/login/", {"login": user.email, "password": password})
    for url in ("/en/", "/en/profile/", "/admin/"):
        response = client.get(url)
        assert response.status_code == HTTPStatus.FOUND, url
        assert response["Location"] == "/en/accounts/2fa/totp/activate/", url
    _reach_totp_setup(client, password)


@override_settings(REQUIRE_STAFF_MFA=True)
def test_staff_with_totp_and_trainees_pass_the_mfa_policy(client, make_user, site_tree):
    mentor = make_user(role=Role.MENTOR)
    Authenticator.objects.create(user=mentor, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(mentor)
    assert client.get("/en/").status_code == HTTPStatus.OK
    client.force_login(make_user(role=Role.TRAINEE))
    assert client.get("/en/").status_code == HTTPStatus.OK


@override_settings(REQUIRE_STAFF_MFA=False)
def test_mfa_policy_off_lets_mentors_in(client, mentor, site_tree):
    client.force_login(mentor)
    assert client.get("/en/").status_code == HTTPStatus.OK


def test_every_user_can_reach_totp_setup(client, trainee, password):
    client.post("/en/accounts/login/", {"login": trainee.email, "password": password})
    _reach_totp_setup(client, password)


@pytest.mark.parametrize(
    ("url", "expected_start"),
    [
        ("/admin/login/?next=/admin/pages/", "/en/accounts/login/?next=%2Fadmin%2Fpages%2F"),
        ("/admin/", "/en/accounts/login/?next=/admin/"),
    ],
)
def test_wagtail_admin_signs_in_through_allauth(client, url, expected_start):
    response = client.get(url)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == expected_start


def test_django_admin_signs_in_through_allauth(client):
    response = client.get("/django-admin/login/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/en/accounts/login/")


def test_mentor_reaches_the_wagtail_admin(client, mentor):
    client.force_login(mentor)
    assert client.get("/admin/").status_code == HTTPStatus.OK


@pytest.mark.parametrize("url", ["/admin/", "/admin/pages/", "/admin/snippets/", "/admin/users/"])
def test_trainee_gets_403_on_the_wagtail_admin(client, trainee, url):
    client.force_login(trainee)
    response = client.get(url)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "403" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "name"),
    [("tk", "PGT akademiýasy"), ("ru", "Академия ГПК"), ("en", "PCU Academy")],
)
def test_emails_name_the_platform_in_the_recipients_language_not_the_host(client, trainee, language, name):
    trainee.preferred_language = language
    trainee.save(update_fields=["preferred_language"])
    client.post("/en/accounts/password/reset/", {"email": trainee.email}, HTTP_HOST="127.0.0.1:8101")
    (message,) = mail.outbox
    assert message.subject.startswith(f"[{name}] ")
    assert message.from_email.startswith(f'"{name}" <') or message.from_email.startswith(f"{name} <")
    greeting = message.body.splitlines()[0]
    assert name in greeting
    assert "127.0.0.1" not in greeting
    assert "http://127.0.0.1:8101/" in message.body  # the link still goes to the host asked


@pytest.mark.parametrize(
    ("language", "country"),
    [("tk", "TM"), ("uz", "UZ"), ("kk", "KZ"), ("tg", "TJ"), ("az", "AZ"), ("ru", ""), ("en", "")],
)
def test_signup_starts_from_the_pages_language_and_its_country(client, language, country):
    from tests.html_forms import page_form

    page = client.get(f"/{language}/accounts/signup/").content.decode()
    sent = page_form(page, full_name="").data()
    assert sent["preferred_language"] == [language]
    # Russian and English readers pick their country themselves (none chosen for them).
    assert sent["country"] == [country]
