"""generate_programme_data: deterministic, consistent, and refusing bad input."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from certificates.models import Certificate
from courses.models import CourseCompletion, Enrolment
from exercises.models import Attempt
from mentoring.models import Cohort, CohortMembership, IndicatorTally

# Bulk inserts: COPY on PostgreSQL, bulk_create elsewhere (reports.generator).
pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def fingerprint():
    return (
        sorted(CohortMembership.objects.values_list("user__email", "user__country", "cohort__name")),
        sorted(Enrolment.objects.values_list("user__email", "course_key", "created_at")),
        sorted(Attempt.objects.values_list("public_id", "user__email", "score", "submitted_at")),
        sorted(
            IndicatorTally.objects.values_list("attempt__public_id", "category", "planted", "missed", "wrong")
        ),
        sorted(Certificate.objects.values_list("code", "user__email", "expires_on")),
    )


def test_the_same_seed_builds_the_same_consistent_data(course, scenario):
    args = [
        "generate_programme_data",
        "--trainees",
        "40",
        "--attempts",
        "120",
        "--seed",
        "7",
        "--end-date",
        "2026-02-15",
    ]
    with transaction.atomic():
        call_command(*args, stdout=StringIO())
        first = fingerprint()
        transaction.set_rollback(True)
    call_command(*args, stdout=StringIO())
    assert fingerprint() == first
    assert CohortMembership.objects.count() == 40 and Attempt.objects.count() == 120
    assert Cohort.objects.exists()
    # Every completion follows its enrolment, every certificate a completion.
    enrolled = {
        (u, k): at for u, k, at in Enrolment.objects.values_list("user_id", "course_key", "created_at")
    }
    for user_id, key, completed in CourseCompletion.objects.values_list(
        "user_id", "course_key", "completed_at"
    ):
        assert completed >= enrolled[(user_id, key)]
    assert Certificate.objects.count() <= CourseCompletion.objects.count()
    assert all(a.breakdown["hits"] <= a.breakdown["selected"] for a in Attempt.objects.all())
    assert all(a.submitted_at.date() <= date(2026, 2, 15) for a in Attempt.objects.all())
    with pytest.raises(CommandError, match="already exists"):
        call_command(*args, stdout=StringIO())


def test_without_courses_it_says_what_to_do(db):
    with pytest.raises(CommandError, match="seed_demo"):
        call_command("generate_programme_data", "--trainees", "5", "--attempts", "0", stdout=StringIO())
