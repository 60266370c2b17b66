"""allauth's e-mails reach people in their own language, with links in that
language, whatever language the request that sent them was in."""

import re

import pytest
from django.core import mail
from django.utils import translation

from tests.accounts.test_auth import SIGNUP

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_afterwards():
    # A request to /ru/... leaves Russian active in this thread.
    yield
    translation.activate("en")


def _translated(language: str, text: str) -> str:
    with translation.override(language):
        result = translation.gettext(text)
    assert result != text, f"no {language} translation of {text!r} to test with"
    return result


def test_verification_mail_is_in_the_language_chosen_at_signup(client, site_tree):
    client.post("/en/accounts/signup/", {**SIGNUP, "preferred_language": "ru"})
    (message,) = mail.outbox
    assert _translated("ru", "Please Confirm Your Email Address") in message.subject
    assert re.search(r"http://testserver/ru/accounts/confirm-email/\S+/", message.body)


def test_password_reset_mail_follows_the_profile_not_the_request(client, make_user):
    user = make_user(language="az")
    client.post("/en/accounts/password/reset/", {"email": user.email})
    (message,) = mail.outbox
    assert _translated("az", "Password Reset Email") in message.subject
    assert re.search(r"http://testserver/az/accounts/password/reset/key/\S+/", message.body)
    assert "/en/" not in message.body


def test_mail_to_an_unknown_address_keeps_the_request_language(client):
    client.post("/ru/accounts/password/reset/", {"email": "nobody@example.org"})
    # allauth's enumeration protection still mails the address, in the page's language.
    (message,) = mail.outbox
    assert re.search("[А-Яа-я]", message.subject + message.body)


@pytest.mark.parametrize(("preferred", "written_in"), [("tk", "tk"), ("", "en")])
def test_mail_in_language_writes_in_the_recipients_language_not_the_active_one(
    make_user, preferred, written_in
):
    from accounts.adapter import mail_in_language

    user = make_user(language="tk", full_name="Merdan Ataýew")
    user.preferred_language = preferred  # no language chosen: the site's default
    asked_in = []

    def context(language):
        asked_in.append(language)
        return {
            "title": "Aktau",
            "version": 3,
            "reviewer": "Reviewer",
            "comment": "",
            "url": "http://testserver/x/",
        }

    with translation.override("ru"):
        mail_in_language(user, template_prefix="scenarios/email/returned", context=context)
        assert translation.get_language() == "ru"
    (message,) = mail.outbox
    with translation.override(written_in):
        platform = translation.gettext("PCU Academy")
        subject = translation.gettext("Your scenario “%(title)s” was returned for changes") % {
            "title": "Aktau"
        }
    assert asked_in == [written_in]
    assert message.to == [user.email]
    assert message.subject == f"[{platform}] {subject}"
    assert platform in message.from_email
    assert "Merdan Ataýew" in message.body and "http://testserver/x/" in message.body
