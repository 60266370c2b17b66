from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.roles import Role
from tests.factories.mentoring import cohort_build


@pytest.fixture
def posting(make_user):
    trainee = make_user(full_name="Aigul Karimova", duty_station="Khorgos dry port PCU", agency="police")
    mentor = make_user(role=Role.MENTOR)
    cohort = cohort_build(mentors=[mentor], trainees=[trainee])
    return trainee, mentor, cohort


def _pages(client, cohort, trainee):
    workspace = client.get(reverse("mentoring:workspace"), {"cohort": cohort.pk})
    mentee = client.get(reverse("mentoring:mentee", args=[cohort.pk, trainee.pk]))
    assert workspace.status_code == mentee.status_code == HTTPStatus.OK
    return workspace.content.decode() + mentee.content.decode()


def test_a_mentor_sees_name_and_country_but_not_agency_or_duty_station(client, posting):
    trainee, mentor, cohort = posting
    client.force_login(mentor)
    text = _pages(client, cohort, trainee)
    assert "Aigul Karimova" in text
    assert trainee.get_country_display() in text
    assert "Khorgos dry port PCU" not in text
    assert "Police" not in text


def test_programme_staff_see_agency_and_duty_station(client, posting, staff):
    trainee, _mentor, cohort = posting
    client.force_login(staff)
    text = _pages(client, cohort, trainee)
    assert "Khorgos dry port PCU" in text
    assert "Police" in text
