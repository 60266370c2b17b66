from http import HTTPStatus
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from accounts.roles import Role, user_has_role
from core.models import HomePage

pytestmark = pytest.mark.django_db

DEMO_EMAILS = {
    "trainee.ru@example.org": ("ru", Role.TRAINEE),
    "trainee.uz@example.org": ("uz", Role.TRAINEE),
    "trainee.tk@example.org": ("tk", Role.TRAINEE),
    "trainee.en@example.org": ("en", Role.TRAINEE),
    "mentor@example.org": ("ru", Role.MENTOR),
    "staff@example.org": ("en", Role.STAFF),
}


def _snapshot():
    User = get_user_model()
    return (
        sorted(User.objects.values_list("email", "password", "full_name", "preferred_language")),
        sorted(Page.objects.values_list("id", "title", "locale__language_code", "live")),
        list(Site.objects.values_list("root_page_id", "is_default_site")),
    )


@pytest.mark.slow
def test_seed_demo_builds_the_demo_and_a_second_run_changes_nothing_and_keeps_edits(client, seeded_demo):
    # seed_demo is slow (three courses in four languages): the demo is seeded
    # once per test process (the seeded_demo state) and run again here.
    User = get_user_model()
    for email, (language, role) in DEMO_EMAILS.items():
        user = User.objects.get(email=email)
        assert user.preferred_language == language
        assert user_has_role(user, role)
        assert user.check_password("academy-demo")
    assert User.objects.get(email="admin@example.org").is_superuser
    languages = {code for code, _name in settings.LANGUAGES}
    assert {h.locale.language_code for h in HomePage.objects.all()} == languages
    for language in languages:
        assert client.get(f"/{language}/").status_code == HTTPStatus.OK

    edited = User.objects.get(email="trainee.ru@example.org")
    edited.set_password("changed-by-trainee")
    edited.full_name = "Айгуль К."
    edited.save()
    first = _snapshot()

    call_command("seed_demo", stdout=StringIO())

    assert _snapshot() == first
    edited.refresh_from_db()
    assert edited.check_password("changed-by-trainee")
    assert edited.full_name == "Айгуль К."


def test_every_content_language_has_a_locale_after_migrate():
    from wagtail.models import Locale

    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"en", "ru", "uz", "tk"}


@pytest.mark.slow
def test_seed_demo_skip_leaves_out_an_apps_demo_data(seeded_demo_without_courses):
    """The seeded_demo_without_courses state is `seed_demo --skip courses`."""
    from courses.models import CoursePage
    from scenarios.models import Scenario

    assert not CoursePage.objects.exists()
    assert Scenario.objects.exists()
    assert get_user_model().objects.filter(email="trainee.tk@example.org").exists()
