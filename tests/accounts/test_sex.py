"""The optional sex field: collected at sign-up, on the profile, in the admin,
by a cohort's add form and import, carried by the data download, erased with
the account."""

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model

from accounts.forms import ProfileForm, SignupProfileForm
from accounts.models import Sex

pytestmark = pytest.mark.django_db

User = get_user_model()


def test_signup_stores_the_sex_given_and_leaves_it_blank_when_skipped(client, site_tree):
    base = {
        "password1": "Port-Control-2026",
        "password2": "Port-Control-2026",
        "full_name": "Айгуль Каримова",
        "country": "KZ",
        "agency": "customs",
        "duty_station": "",
        "preferred_language": "ru",
    }
    client.post("/ru/accounts/signup/", {**base, "email": "a@example.org", "sex": "female"})
    client.post("/ru/accounts/signup/", {**base, "email": "b@example.org", "sex": ""})
    assert User.objects.get(email="a@example.org").sex == Sex.FEMALE
    assert User.objects.get(email="b@example.org").sex == ""


def test_signup_and_profile_offer_the_three_answers_in_the_readers_language(client, trainee, site_tree):
    page = client.get("/ru/accounts/signup/").content.decode()
    for label in ("Пол", "Женский", "Мужской", "Предпочитаю не указывать"):
        assert label in page
    client.force_login(trainee)
    page = client.get("/tk/profile/").content.decode()
    for label in ("Jyns", "Aýal", "Erkek", "Görkezmek islemeýärin"):
        assert label in page


def test_the_profile_saves_a_change_of_sex_and_refuses_an_unknown_value(client, trainee):
    client.force_login(trainee)
    data = {
        "full_name": "Merdan Orazow",
        "country": "TM",
        "agency": "customs",
        "duty_station": "",
        "preferred_language": "en",
    }
    response = client.post("/en/profile/", {**data, "sex": "prefer_not_to_say"})
    assert response.status_code == HTTPStatus.FOUND
    trainee.refresh_from_db()
    assert trainee.sex == Sex.PREFER_NOT_TO_SAY
    response = client.post("/ru/profile/", {**data, "sex": "other"})
    assert response.status_code == HTTPStatus.OK
    assert "Выберите корректный вариант." in response.content.decode()
    trainee.refresh_from_db()
    assert trainee.sex == Sex.PREFER_NOT_TO_SAY


def test_sex_is_optional_on_both_forms():
    assert not SignupProfileForm.base_fields["sex"].required
    form = ProfileForm(
        {"full_name": "Merdan Orazow", "country": "TM", "agency": "customs", "preferred_language": "tk"}
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["sex"] == ""
