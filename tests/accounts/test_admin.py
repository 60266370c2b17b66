from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, make_user):
    client.force_login(make_user(role=None, is_superuser=True, is_staff=True))
    return client


@pytest.mark.parametrize(
    "url", ["/admin/", "/admin/users/", "/admin/users/new/", "/admin/groups/", "/django-admin/accounts/user/"]
)
def test_admin_screens_open(admin_client, url):
    assert admin_client.get(url).status_code == HTTPStatus.OK


def test_staff_create_a_user_in_the_wagtail_admin(admin_client):
    response = admin_client.post(
        "/admin/users/new/",
        {
            "email": "created.by.staff@example.org",
            "first_name": "Aziz",
            "last_name": "Karimov",
            "full_name": "Азиз Каримов",
            "country": "UZ",
            "agency": "customs",
            "duty_station": "Termez PCU",
            "preferred_language": "uz",
            "password1": "Some-Strong-Pass-9",
            "password2": "Some-Strong-Pass-9",
            "is_active": "on",
        },
    )
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    user = get_user_model().objects.get(email="created.by.staff@example.org")
    assert (user.full_name, user.country, user.duty_station, user.preferred_language) == (
        "Азиз Каримов",
        "UZ",
        "Termez PCU",
        "uz",
    )


def test_staff_edit_a_profile_in_the_wagtail_admin(admin_client, make_user):
    user = make_user()
    response = admin_client.get(f"/admin/users/edit/{user.pk}/")
    assert response.status_code == HTTPStatus.OK
    assert 'name="duty_station"' in response.content.decode()
    assert 'name="sex"' in response.content.decode()


def test_staff_role_reaches_user_management(client, staff):
    client.force_login(staff)
    assert client.get("/admin/users/").status_code == HTTPStatus.OK
