"""The Wagtail admin's account settings for people who have a full name only
(no first and last name): they save, and the admin language with them."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from accounts.roles import Role
from tests.html_forms import rendered_forms

pytestmark = pytest.mark.django_db


def account_form(client):
    response = client.get(reverse("wagtailadmin_account"))
    assert response.status_code == HTTPStatus.OK
    forms = [f for f in rendered_forms(response.text) if "locale-preferred_language" in f.names()]
    assert len(forms) == 1
    return forms[0]


@pytest.mark.parametrize("role", [Role.MENTOR, Role.STAFF])
def test_the_admin_language_saves_for_someone_with_only_a_full_name(client, make_user, role):
    user = make_user(role=role, full_name="Merdan Annaýew", first_name="", last_name="")
    client.force_login(user)
    form = account_form(client)
    assert form.value("name_email-full_name") == "Merdan Annaýew"
    assert "name_email-first_name" not in form.names()
    response = client.post(reverse("wagtailadmin_account"), form.data(**{"locale-preferred_language": "tk"}))
    assert response.status_code == HTTPStatus.FOUND
    assert UserProfile.get_for_user(user).preferred_language == "tk"
    user.refresh_from_db()
    assert user.full_name == "Merdan Annaýew" and user.first_name == "" and user.last_name == ""


def test_the_full_name_is_edited_there_and_must_not_be_empty(client, make_user):
    user = make_user(role=Role.MENTOR, full_name="Aigerim Nurlanova")
    client.force_login(user)
    form = account_form(client)
    response = client.post(
        reverse("wagtailadmin_account"), form.data(**{"name_email-full_name": "  Aigerim   Nurlanqyzy "})
    )
    assert response.status_code == HTTPStatus.FOUND
    user.refresh_from_db()
    assert user.full_name == "Aigerim Nurlanqyzy"
    response = client.post(reverse("wagtailadmin_account"), form.data(**{"name_email-full_name": " "}))
    assert response.status_code == HTTPStatus.OK
    assert "This field is required." in response.text
    user.refresh_from_db()
    assert user.full_name == "Aigerim Nurlanqyzy"


def test_trainees_are_still_kept_out_of_the_admin_account_page(client, trainee):
    client.force_login(trainee)
    response = client.get(reverse("wagtailadmin_account"))
    assert response.status_code == HTTPStatus.FORBIDDEN
