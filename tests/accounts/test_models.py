import pytest
from django.contrib.auth import authenticate, get_user_model
from django.db import IntegrityError
from django.utils import translation

from accounts.models import Country

pytestmark = pytest.mark.django_db


def test_user_model_is_ours_and_logs_in_by_email():
    User = get_user_model()
    assert User._meta.label == "accounts.User"
    assert User.USERNAME_FIELD == "email"
    user = User.objects.create_user(email="Officer@Example.ORG", password="s3cret-pass")
    assert user.email == "officer@example.org"
    assert authenticate(email="officer@example.org", password="s3cret-pass") == user


def test_email_is_unique():
    User = get_user_model()
    User.objects.create_user(email="a@example.org", password="x")
    with pytest.raises(IntegrityError):
        User.objects.create_user(email="a@example.org", password="y")


def test_superuser_gets_staff_flags():
    user = get_user_model().objects.create_superuser(email="root@example.org", password="x")
    assert user.is_staff and user.is_superuser


def test_profile_keeps_certificate_name_in_any_script(make_user):
    user = make_user(full_name="Мердан Оразов", country=Country.TURKMENISTAN)
    user.refresh_from_db()
    assert user.full_name == "Мердан Оразов"
    assert str(user) == "Мердан Оразов"
    assert user.get_full_name() == "Мердан Оразов"
    with translation.override("en"):
        assert user.get_country_display() == "Turkmenistan"
