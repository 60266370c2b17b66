"""The staff cohort admin: what the listing shows."""

from datetime import date, timedelta
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.users.models import UserProfile

from tests.factories.mentoring import cohort_build

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_cohort_list_shows_future_dates_as_dates_in_the_admin_language(client, staff, language):
    starts = timezone.localdate() + timedelta(days=40)
    cohort_build(name="Next spring", starts_on=starts, ends_on=starts + timedelta(days=3))
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = language
    profile.save()
    client.force_login(staff)
    response = client.get(reverse("cohorts:index"))
    assert response.status_code == HTTPStatus.OK
    with translation.override(language):
        expected = [
            date_format(starts, "DATE_FORMAT"),
            date_format(starts + timedelta(days=3), "DATE_FORMAT"),
        ]
    for text in expected:
        assert text in response.text
    assert "Just now" not in response.text and "Только что" not in response.text


def test_a_past_cohort_shows_its_calendar_dates(client, staff):
    cohort_build(name="Last year", starts_on=date(2025, 3, 2), ends_on=date(2025, 3, 5))
    client.force_login(staff)
    response = client.get(reverse("cohorts:index"))
    with translation.override("en"):
        assert date_format(date(2025, 3, 2), "DATE_FORMAT") in response.text
