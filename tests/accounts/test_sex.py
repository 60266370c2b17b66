"""The optional sex field on the sign-up and profile pages: offered in the
reader's language after a blank first choice, stored when chosen, left blank
when skipped or cleared, and an answer the page does not offer refused with
nothing changed. (The admin's user form, cohort imports, the data download
and erasure are checked with their own fields: tests/accounts/test_admin.py,
tests/mentoring/test_services.py, tests/privacy/.)"""

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model

from accounts.models import Sex
from tests.html_forms import rendered_forms

pytestmark = pytest.mark.django_db

User = get_user_model()
PASSWORD = "Port-Control-2026"
NAME = "Merdan Orazow"  # as the officer types it (the factory's names hold digits, which the form refuses)


def form_of(client, url):
    """The form of the page at `url` that asks for the sex."""
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    (form,) = [f for f in rendered_forms(response.text) if "sex" in f.names()]
    return form


@pytest.mark.parametrize(("fill", "stored"), [({"sex": "female"}, Sex.FEMALE), ({}, "")])
def test_signup_stores_the_sex_chosen_and_leaves_it_blank_when_skipped(client, site_tree, fill, stored):
    url = "/ru/accounts/signup/"
    form = form_of(client, url)
    data = form.data(
        email="aigul@example.org",
        password1=PASSWORD,
        password2=PASSWORD,
        full_name="Айгуль Каримова",
        country="KZ",
        **fill,
    )
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND
    assert User.objects.get(email="aigul@example.org").sex == stored


RUSSIAN = {"female": "Женский", "male": "Мужской", "prefer_not_to_say": "Предпочитаю не указывать"}
TURKMEN = {"female": "Aýal", "male": "Erkek", "prefer_not_to_say": "Görkezmek islemeýärin"}


def test_signup_and_profile_offer_the_three_answers_in_the_readers_language(client, trainee, site_tree):
    from tests.i18n.checks import visible_text

    pages = [("/ru/accounts/signup/", "Пол", RUSSIAN, None), ("/tk/profile/", "Jyns", TURKMEN, trainee)]
    for url, question, labels, user in pages:
        if user is not None:
            client.force_login(user)
        form = form_of(client, url)
        # The field's label, as a text of its own (with a colon on the sign-up page).
        assert question in [text.removesuffix(":") for text in visible_text(client.get(url).text, url[1:3])]
        sex = form.control("sex")
        assert [value for value, _selected in sex.options] == ["", *labels]  # a blank choice first
        assert {value: text for value, text in sex.labels.items() if value} == labels
        assert form.data()["sex"] == [""]  # and chosen until the reader answers


def test_the_profile_saves_a_change_of_sex(client, trainee):
    client.force_login(trainee)
    form = form_of(client, "/en/profile/")
    response = client.post("/en/profile/", form.data(full_name=NAME, sex="prefer_not_to_say"))
    assert response.status_code == HTTPStatus.FOUND
    trainee.refresh_from_db()
    assert trainee.sex == Sex.PREFER_NOT_TO_SAY
    # The page shows the stored answer chosen.
    assert form_of(client, "/en/profile/").data()["sex"] == ["prefer_not_to_say"]


def test_the_profile_clears_the_answer_set_back_to_the_blank_choice(client, trainee):
    trainee.sex = Sex.FEMALE
    trainee.save(update_fields=["sex"])
    client.force_login(trainee)
    form = form_of(client, "/en/profile/")
    assert form.data()["sex"] == ["female"]
    response = client.post("/en/profile/", form.data(full_name=NAME, sex=""))
    assert response.status_code == HTTPStatus.FOUND
    trainee.refresh_from_db()
    assert trainee.sex == ""


def test_the_profile_refuses_an_answer_it_does_not_offer_in_the_readers_language(client, trainee):
    trainee.sex = Sex.PREFER_NOT_TO_SAY
    trainee.save(update_fields=["sex"])
    client.force_login(trainee)
    data = form_of(client, "/ru/profile/").data(full_name=NAME, duty_station="Turkmenbashi seaport PCU")
    data["sex"] = ["other"]  # a forged request: the page offers no such answer
    response = client.post("/ru/profile/", data)
    assert response.status_code == HTTPStatus.OK
    assert "Выберите корректный вариант." in response.text
    before = (trainee.full_name, trainee.duty_station)
    trainee.refresh_from_db()
    assert trainee.sex == Sex.PREFER_NOT_TO_SAY
    assert (trainee.full_name, trainee.duty_station) == before  # nothing else saved either
