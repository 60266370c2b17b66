"""Every cell of the breakdowns against a programme with known answers
(tests/reports/population.py): people counted once, every filter and the
period applied, cohort attribution by joining and leaving dates, training
hours, d′ and the small-cell rule."""

from datetime import date

import pytest

from mentoring import stats
from reports.breakdown import NO_COURSE, NOT_STATED, breakdown, facts
from reports.selectors import Filters, breakdown_table, programme_dashboard
from reports.suppression import TOTAL

from .population import Q1, TODAY

pytestmark = pytest.mark.django_db

T = TOTAL
F, M, NS = "female", "male", NOT_STATED
# people trained, enrolled, completing; completions, hours, issued, revoked, expiring, attempts
FIELDS = (
    "trained",
    "enrolled",
    "completing",
    "completions",
    "hours",
    "issued",
    "revoked",
    "expiring",
    "attempts",
)


def figures(cell) -> tuple:
    return (
        cell.trained,
        cell.enrolled,
        cell.completing,
        cell.completions,
        float(cell.hours),
        cell.issued,
        cell.revoked,
        cell.expiring,
        cell.attempts,
    )


QUARTER = Filters(date_from=Q1[0], date_to=Q1[1])

COUNTRY_BY_SEX = {
    ("KZ", F): (6, 6, 4, 5, 17.5, 4, 1, 1, 0),
    ("KZ", M): (9, 8, 3, 3, 12.0, 0, 0, 0, 2),
    ("KZ", NS): (0, 0, 0, 0, 0.0, 0, 0, 0, 0),
    ("KZ", T): (15, 14, 7, 8, 29.5, 4, 1, 1, 2),
    ("UZ", F): (2, 2, 1, 1, 4.0, 0, 0, 0, 1),
    ("UZ", M): (6, 6, 1, 2, 8.0, 0, 0, 0, 0),
    ("UZ", NS): (2, 2, 0, 0, 0.0, 0, 0, 0, 0),
    ("UZ", T): (10, 10, 2, 3, 12.0, 0, 0, 0, 1),
    (T, F): (8, 8, 5, 6, 21.5, 4, 1, 1, 1),
    (T, M): (15, 14, 4, 5, 20.0, 0, 0, 0, 2),
    (T, NS): (2, 2, 0, 0, 0.0, 0, 0, 0, 0),
    (T, T): (25, 24, 9, 11, 41.5, 4, 1, 1, 3),
}


def test_every_cell_of_country_by_sex_in_the_quarter(population):
    found = breakdown(QUARTER, "country", "sex", today=TODAY)
    assert found.row_values == ["KZ", "UZ"] and found.column_values == [F, M, NS]
    for key, expected in COUNTRY_BY_SEX.items():
        assert figures(found.cell(*key)) == expected, key
    # d′ pools kzm1's two forms (with the interval over forms).
    forms = (stats.FormSums.one(n=40, p=6, s=5, t=tp) for tp in population.forms)
    expected = stats.pooled_d_prime_of_sums(sum(forms, stats.FormSums()))
    got = found.cell("KZ", M).d_prime
    assert (got.value, got.low, got.high) == pytest.approx((expected.value, expected.low, expected.high))
    assert found.cell("KZ", F).d_prime is None


def test_sex_cells_of_fewer_than_five_people_and_their_complements_are_hidden(population):
    found = breakdown(QUARTER, "country", "sex", today=TODAY)
    # Primary: UZ women (2), UZ not stated (2) and all not stated (2). Complementary: KZ
    # women (alone hidden in the women's column), KZ not stated (alone in KZ's row, the
    # smallest: 0) and all women (alone in the total row, the smallest).
    assert found.suppressed == {("UZ", F), ("UZ", NS), (T, NS), ("KZ", F), ("KZ", NS), (T, F)}
    table = breakdown_table(found)
    shown = {(row[0], row[1]): row[2:] for row in table.rows}
    assert shown[("Uzbekistan", "Female")] == ["x"] * 12
    assert shown[("Kazakhstan", "Female")] == ["x"] * 12
    assert shown[("Kazakhstan", "Male")][:3] == [9, 8, 3]
    assert shown[("Total", "Total")][:5] == [25, 24, 9, 11, 41.5]
    assert "small cells rule" in table.note


def test_tables_without_sex_show_every_cell(population):
    found = breakdown(QUARTER, "country", "agency", today=TODAY)
    assert not found.suppressed
    assert figures(found.cell("UZ", "police"))[:2] == (2, 2)
    assert figures(found.cell("KZ", "police"))[:3] == (
        2,
        1,
        0,
    )  # kzp2 trained by a lesson, enrolled in December
    assert "small cells" not in breakdown_table(found).note


def test_sex_alone_hides_the_smallest_cell_beside_a_small_one(population):
    found = breakdown(Filters(date_from=Q1[0], date_to=Q1[1], country="UZ"), "sex", today=TODAY)
    assert [figures(found.cell(v))[0] for v in (F, M, NS, T)] == [2, 6, 2, 10]
    assert found.suppressed == {(F, T), (NS, T)}


def test_by_course_attempts_follow_their_lesson_and_hours_their_course(population):
    found = breakdown(QUARTER, "course", today=TODAY)
    a, b = str(population.course_a.translation_key), str(population.course_b.translation_key)
    assert found.row_values == [b, a, NO_COURSE]  # "Course osint", "Course profiling", then no course
    assert figures(found.cell(a)) == (25, 24, 9, 10, 40.0, 4, 1, 1, 2)
    assert figures(found.cell(b)) == (1, 1, 1, 1, 1.5, 0, 0, 0, 0)  # 30 + 60 lesson minutes
    assert figures(found.cell(NO_COURSE)) == (1, 0, 0, 0, 0.0, 0, 0, 0, 1)
    assert figures(found.cell(T)) == COUNTRY_BY_SEX[(T, T)]
    assert found.label(found.rows, NO_COURSE) == "No course (exercise catalogue)"


def test_a_course_filter_leaves_every_kind_of_event_of_that_course_only(population):
    # Course B has kzf1's enrolment and completion only: an event of course A
    # (an enrolment, kzp2's lesson, uzm2's earlier cycle, a certificate, an
    # attempt from A's lesson) counted under B's filter would show here.
    by_course = breakdown(QUARTER, "course", today=TODAY)
    for course in (population.course_a, population.course_b):
        key = str(course.translation_key)
        filtered = breakdown(Filters(course_key=key, date_from=Q1[0], date_to=Q1[1]), "sex", today=TODAY)
        assert figures(filtered.cell(T)) == figures(by_course.cell(key)), course.title
    b = str(population.course_b.translation_key)
    assert figures(by_course.cell(b)) == (1, 1, 1, 1, 1.5, 0, 0, 0, 0)


def test_by_month_a_person_counts_once_in_the_total(population):
    found = breakdown(QUARTER, "month", today=TODAY)
    january, february, march = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)
    july = date(2026, 7, 1)  # kzf1's certificate expires then: counted by the month it expires
    assert found.row_values == [january, february, march, july]
    assert [found.cell(m).trained for m in (january, february, march)] == [24, 7, 6]
    assert [found.cell(m).completions for m in (january, february, march)] == [1, 5, 5]
    assert found.cell(july).expiring == 1 and not found.cell(july).trained
    assert found.cell(T).trained == 25  # not 24 + 7 + 6
    quarter = breakdown(QUARTER, "quarter", "sex", today=TODAY)
    assert figures(quarter.cell(date(2026, 1, 1), T)) == (25, 24, 9, 11, 41.5, 4, 1, 0, 3)
    assert quarter.label(quarter.rows, date(2026, 1, 1)) == "Q1 2026"


@pytest.mark.parametrize(
    ("period", "trained", "enrolled", "completions"),
    [
        ((date(2025, 12, 1), date(2025, 12, 31)), 1, 1, 0),  # kzp2's enrolment
        ((date(2026, 4, 1), date(2026, 4, 30)), 1, 0, 1),  # uzm1's completion
        ((date(2026, 5, 1), date(2026, 5, 31)), 0, 0, 0),
        ((None, None), 25, 25, 12),
    ],
)
def test_people_trained_respects_the_period(population, period, trained, enrolled, completions):
    filters = Filters(date_from=period[0], date_to=period[1])
    figures_ = dict(programme_dashboard(filters, today=TODAY).figures)
    assert figures_["People trained"] == trained
    assert figures_["People enrolled"] == enrolled
    assert figures_["Completions"] == completions


def test_a_cohort_counts_only_what_happened_between_joining_and_leaving(population):
    expected = (4, 2, 3, 4, 13.5, 3, 1, 1, 1)
    by_filter = breakdown(Filters(cohort=population.cohort), "country", today=TODAY)
    assert figures(by_filter.cell(T)) == expected
    by_dimension = breakdown(Filters(), "cohort", today=TODAY)
    assert by_dimension.row_values == [population.cohort.pk]
    assert figures(by_dimension.cell(population.cohort.pk)) == expected
    assert by_dimension.label(by_dimension.rows, population.cohort.pk) == "Aktau PCU"
    d = dict(programme_dashboard(Filters(cohort=population.cohort), today=TODAY).figures)
    assert (d["People trained"], d["Enrolments"], d["Completions"], d["Exercise attempts"]) == (4, 2, 4, 1)
    assert (d["Certificates issued"], d["Certificates revoked"], d["Expiring soon"]) == (3, 1, 1)


def test_every_filter_narrows_every_figure(population):
    a = str(population.course_a.translation_key)
    cases = [
        (Filters(country="UZ", date_from=Q1[0], date_to=Q1[1]), COUNTRY_BY_SEX[("UZ", T)]),
        (Filters(agency="police", date_from=Q1[0], date_to=Q1[1]), (4, 3, 0, 0, 0.0, 0, 0, 0, 0)),
        (Filters(duty_station="UZ port", date_from=Q1[0], date_to=Q1[1]), COUNTRY_BY_SEX[("UZ", T)]),
        (Filters(course_key=a, date_from=Q1[0], date_to=Q1[1]), (25, 24, 9, 10, 40.0, 4, 1, 1, 2)),
    ]
    for filters, expected in cases:
        found = breakdown(filters, "country", "sex", today=TODAY)
        assert figures(found.cell(T)) == expected, filters
        headline = dict(programme_dashboard(filters, today=TODAY).figures)
        assert headline["People trained"] == expected[0] and headline["Completions"] == expected[3]
        assert headline["Exercise attempts"] == expected[8]


def test_the_dashboard_headline_is_the_breakdowns_total(population):
    d = programme_dashboard(QUARTER, today=TODAY)
    headline = dict(d.figures)
    assert (headline["People trained"], headline["People enrolled"], headline["Enrolments"]) == (25, 24, 25)
    assert (headline["People completing a course"], headline["Completions"], headline["Training hours"]) == (
        9,
        11,
        41.5,
    )
    assert headline["Exercise attempts"] == 3
    total = d.table("breakdown").rows[-1]
    assert total[:2] == ["Total", "Total"] and total[2:7] == [25, 24, 9, 11, 41.5]


def test_facts_read_once_serve_several_breakdowns(population):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    found = facts(QUARTER, extras=("course",), today=TODAY)
    with CaptureQueriesContext(connection) as captured:
        by_agency = breakdown(QUARTER, "agency", "sex", today=TODAY, found=found)
        by_course = breakdown(QUARTER, "course", "sex", today=TODAY, found=found)
    # Only course titles are read: no event table again, and not the lessons'
    # minutes behind the training hours (read with the facts).
    events = (
        "courses_enrolment",
        "exercises_attempt",
        "certificates_certificate",
        "courses_coursecompletion",
        '"courses_lessonpage"."minutes"',
    )
    assert not [q["sql"] for q in captured.captured_queries if any(t in q["sql"] for t in events)]
    assert figures(by_agency.cell(T, T)) == figures(by_course.cell(T, T)) == COUNTRY_BY_SEX[(T, T)]
