"""Cohorts built directly for tests."""

from datetime import date

from mentoring.models import Cohort, CohortMembership


def cohort_build(
    *, mentors=(), trainees=(), courses=(), name: str = "Aktau and Altynkol PCU", **kwargs
) -> Cohort:
    cohort = Cohort.objects.create(
        name=name,
        country=kwargs.pop("country", "KZ"),
        duty_stations=kwargs.pop("duty_stations", "Aktau seaport PCU\nAltynkol dry port PCU"),
        starts_on=kwargs.pop("starts_on", date(2026, 3, 2)),
        ends_on=kwargs.pop("ends_on", date(2026, 3, 5)),
        **kwargs,
    )
    cohort.mentors.set(mentors)
    cohort.courses.set(courses)
    for user in trainees:
        CohortMembership.objects.create(cohort=cohort, user=user)
    return cohort
