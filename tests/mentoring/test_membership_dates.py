"""When a trainee joined and left a cohort: set on adding, editable by staff
in the cohort's trainee list, audited, and filled in for existing rows by
the migration."""

import re
from datetime import UTC, date, datetime
from http import HTTPStatus

import pytest
from django.urls import reverse

from core.models import AuditEntry
from mentoring import services
from mentoring.models import CohortMembership


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("starts_on", "today", "expected"),
    [
        (date(2026, 3, 2), date(2026, 2, 10), date(2026, 3, 2)),  # added before the start: the start
        (date(2026, 3, 2), date(2026, 4, 20), date(2026, 4, 20)),  # added later: that day
    ],
)
def test_a_trainee_joins_on_the_later_of_the_day_added_and_the_cohorts_start(
    cohort, staff, starts_on, today, expected, monkeypatch
):
    cohort.starts_on = starts_on
    cohort.save()
    monkeypatch.setattr(services.timezone, "localdate", lambda: today)
    services.trainee_add(
        cohort=cohort,
        data={"email": "new.officer@example.org", "preferred_language": "ru"},
        actor=staff,
        base_url="http://testserver/",
    )
    membership = CohortMembership.objects.get(cohort=cohort, user__email="new.officer@example.org")
    assert membership.joined_on == expected and membership.left_on is None


@pytest.mark.django_db
def test_active_on_counts_the_joining_and_the_leaving_day(cohort, trainee):
    CohortMembership.objects.filter(cohort=cohort, user=trainee).update(
        joined_on=date(2026, 3, 2), left_on=date(2026, 3, 31)
    )
    active = CohortMembership.objects.filter(cohort=cohort)
    assert [active.active_on(day).exists() for day in (date(2026, 3, 1), date(2026, 3, 2))] == [False, True]
    assert [active.active_on(day).exists() for day in (date(2026, 3, 31), date(2026, 4, 1))] == [True, False]


def _row_form(page: str, user_id: int) -> str:
    action = reverse("mentoring_admin:membership_dates", args=[page_cohort(page), user_id])
    return page.split(f'action="{action}"')[1].split("</form>")[0]


def page_cohort(page: str) -> int:
    return int(re.search(r"/admin/mentoring/cohorts/(\d+)/trainees/\d+/dates/", page).group(1))


@pytest.mark.django_db
def test_staff_change_the_dates_in_the_trainee_list_and_it_is_audited(client, staff, cohort, trainee):
    client.force_login(staff)
    url = reverse("mentoring_admin:trainees", args=[cohort.pk])
    page = client.get(url).text
    form = _row_form(page, trainee.pk)
    joined = CohortMembership.objects.get(cohort=cohort, user=trainee).joined_on
    # The row's form shows the stored dates, under the names the view reads.
    assert f'name="joined_on" value="{joined.isoformat()}"' in form and 'name="left_on"' in form
    response = client.post(
        reverse("mentoring_admin:membership_dates", args=[cohort.pk, trainee.pk]),
        {"joined_on": "2026-03-03", "left_on": "2026-05-31"},
    )
    assert response.status_code == HTTPStatus.FOUND and response.url == url
    membership = CohortMembership.objects.get(cohort=cohort, user=trainee)
    assert (membership.joined_on, membership.left_on) == (date(2026, 3, 3), date(2026, 5, 31))
    entry = AuditEntry.objects.get(action="mentoring.membership_dates")
    assert entry.actor == staff and entry.details["trainee"] == trainee.email
    assert entry.details["joined_on"] == "2026-03-03" and entry.details["left_on"] == "2026-05-31"
    assert 'value="2026-05-31"' in _row_form(client.get(url).text, trainee.pk)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"joined_on": "2026-03-03", "left_on": "2026-03-01"}, "cannot leave a cohort before joining it"),
        ({"joined_on": "", "left_on": ""}, "This field is required."),
        ({"joined_on": "soon", "left_on": ""}, "Enter a valid date."),
    ],
)
def test_bad_dates_are_refused_with_the_reason_and_change_nothing(
    client, staff, cohort, trainee, data, message
):
    client.force_login(staff)
    before = (
        CohortMembership.objects.filter(cohort=cohort, user=trainee).values_list("joined_on", "left_on").get()
    )
    response = client.post(reverse("mentoring_admin:membership_dates", args=[cohort.pk, trainee.pk]), data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert message in response.text
    after = (
        CohortMembership.objects.filter(cohort=cohort, user=trainee).values_list("joined_on", "left_on").get()
    )
    assert after == before
    assert not AuditEntry.objects.filter(action="mentoring.membership_dates").exists()


@pytest.mark.django_db
def test_mentors_cannot_change_membership_dates(client, mentor, cohort, trainee):
    client.force_login(mentor)
    before = CohortMembership.objects.get(cohort=cohort, user=trainee).joined_on
    response = client.post(
        reverse("mentoring_admin:membership_dates", args=[cohort.pk, trainee.pk]),
        {"joined_on": "2020-01-01", "left_on": ""},
    )
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert CohortMembership.objects.get(cohort=cohort, user=trainee).joined_on == before


BEFORE = [("mentoring", "0002_retally_cited_reasoning_only")]
AFTER = [("mentoring", "0004_membership_dates_required")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_fills_in_the_later_of_the_day_added_and_the_cohorts_start(make_user, migrator):
    early, late = make_user(email="early@example.org"), make_user(email="late@example.org")
    apps = migrator(BEFORE)
    Cohort = apps.get_model("mentoring", "Cohort")
    Membership = apps.get_model("mentoring", "CohortMembership")
    cohort = Cohort.objects.create(
        name="C", country="KZ", starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 5)
    )
    Membership.objects.create(cohort=cohort, user_id=early.pk)
    Membership.objects.create(cohort=cohort, user_id=late.pk)
    # 19:30 UTC on 1 April is 2 April in Tashkent, the programme's time zone.
    Membership.objects.filter(user_id=early.pk).update(added_at=datetime(2026, 2, 1, 8, tzinfo=UTC))
    Membership.objects.filter(user_id=late.pk).update(added_at=datetime(2026, 4, 1, 19, 30, tzinfo=UTC))
    apps = migrator(AFTER)
    rows = dict(
        apps.get_model("mentoring", "CohortMembership").objects.values_list("user__email", "joined_on")
    )
    assert rows == {"early@example.org": date(2026, 3, 2), "late@example.org": date(2026, 4, 2)}
