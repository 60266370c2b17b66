from http import HTTPStatus

import pytest

pytestmark = pytest.mark.django_db

VALID = {
    "full_name": "Merdan Orazow",
    "country": "TM",
    "agency": "drug_control",
    "duty_station": "Turkmenbashi seaport PCU",
    "preferred_language": "tk",
}


def test_profile_requires_login(client):
    response = client.get("/en/profile/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/en/accounts/login/")


def test_profile_shows_the_users_values(client, trainee):
    client.force_login(trainee)
    response = client.get("/en/profile/")
    assert response.status_code == HTTPStatus.OK
    assert trainee.full_name in response.content.decode()


def test_profile_saves_and_switches_to_the_new_language(client, trainee):
    client.force_login(trainee)
    response = client.post("/en/profile/", VALID)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/tk/profile/"
    assert response.cookies["django_language"].value == "tk"
    trainee.refresh_from_db()
    assert (trainee.full_name, trainee.country, trainee.agency) == ("Merdan Orazow", "TM", "drug_control")
    assert trainee.preferred_language == "tk"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("full_name", "  ", "Требуется заполнить это поле."),
        ("full_name", "R2D2", "Имя не может содержать цифры."),
        ("country", "Atlantis", "Выберите корректный вариант."),
        ("preferred_language", "xx", "Выберите корректный вариант."),
    ],
)
def test_profile_rejects_bad_values_and_saves_nothing(client, make_user, field, value, message):
    user = make_user(language="ru")
    before = (user.full_name, user.country, user.agency, user.duty_station, user.preferred_language)
    client.force_login(user)
    response = client.post("/ru/profile/", {**VALID, field: value})
    assert response.status_code == HTTPStatus.OK
    assert message in response.content.decode()
    user.refresh_from_db()
    assert (user.full_name, user.country, user.agency, user.duty_station, user.preferred_language) == before


@pytest.mark.django_db
def test_language_choice_reaches_the_wagtail_admin_profile(make_user):
    from wagtail.users.models import UserProfile

    from accounts.services import user_set_language, user_update_profile

    user = make_user(language="en")
    user_set_language(user=user, language="tk")
    assert UserProfile.get_for_user(user).preferred_language == "tk"
    user_update_profile(user=user, data={"preferred_language": "uz"})
    assert UserProfile.get_for_user(user).get_preferred_language() == "uz"
