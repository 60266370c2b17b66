"""The programme dashboard's figures against a small hand-computed fixture,
its filters, and a number of queries that does not grow with the data."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.roles import Role
from certificates.models import Certificate, CertificateRevocation
from courses.models import CourseCompletion, Enrolment
from exercises.models import Attempt, AttemptMode, AttemptStatus
from mentoring import stats
from mentoring.models import IndicatorTally
from reports.selectors import Filters, programme_dashboard
from tests.factories.mentoring import cohort_build

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Asia/Tashkent")
TODAY = date(2026, 2, 15)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


def attempt(user, scenario, day, *, score, passed, n=40, p=6, s=5, tp=3):
    breakdown = {"consignments": n, "high_risk": p, "selected": s, "hits": tp}
    return Attempt.objects.create(
        user=user,
        scenario=scenario,
        status=AttemptStatus.SUBMITTED,
        mode=AttemptMode.ASSESSED,  # the figures count assessed attempts only
        started_at=at(day, 9),
        submitted_at=at(day),
        pass_mark=60,
        score=score,
        passed=passed,
        breakdown=breakdown,
    )


def tally(a, category, *, planted, missed, wrong=0):
    IndicatorTally.objects.create(
        attempt=a,
        user=a.user,
        submitted_at=a.submitted_at,
        category=category,
        planted=planted,
        found=planted - missed,
        missed=missed,
        wrong=wrong,
    )


@pytest.fixture
def programme(make_user, course, scenario, mentor):
    aigul = make_user(country="KZ", agency="customs", duty_station="Aktau seaport PCU", full_name="Aigul")
    dilshod = make_user(
        country="UZ", agency="police", duty_station="Tashkent dry port PCU", full_name="Dilshod"
    )
    make_user(role=Role.MENTOR, country="KZ")  # not a trainee: never counted
    cohort = cohort_build(mentors=[mentor], trainees=[aigul], courses=[course])
    cohort.memberships.update(joined_on=date(2026, 1, 1))
    key = course.translation_key
    Enrolment.objects.create(user=aigul, course_key=key)
    Enrolment.objects.create(user=dilshod, course_key=key)
    Enrolment.objects.filter(user=aigul).update(created_at=at(date(2026, 1, 10)))
    Enrolment.objects.filter(user=dilshod).update(created_at=at(date(2026, 2, 1)))
    CourseCompletion.objects.create(user=aigul, course_key=key)
    CourseCompletion.objects.filter(user=aigul).update(completed_at=at(date(2026, 1, 20)))
    a1 = attempt(aigul, scenario, date(2026, 1, 12), score=55, passed=False, tp=3)
    a2 = attempt(aigul, scenario, date(2026, 1, 25), score=75, passed=True, tp=4)
    b1 = attempt(dilshod, scenario, date(2026, 2, 3), score=15, passed=False, tp=1)
    tally(a1, "container_seal", planted=2, missed=2)
    tally(a2, "container_seal", planted=2, missed=1)
    tally(a2, "parties", planted=2, missed=0, wrong=1)
    tally(b1, "container_seal", planted=2, missed=2)
    Certificate.objects.create(
        user=aigul,
        course_key=key,
        language="en",
        holder_name="Aigul",
        course_title=course.title,
        completed_on=date(2026, 1, 20),
        issued_at=at(date(2026, 1, 20)),
        expires_on=date(2026, 3, 1),
    )
    revoked = Certificate.objects.create(
        user=dilshod,
        course_key=key,
        language="en",
        holder_name="Dilshod",
        course_title=course.title,
        completed_on=date(2026, 2, 2),
        issued_at=at(date(2026, 2, 2)),
    )
    CertificateRevocation.objects.create(certificate=revoked, reason="Error", revoked_at=at(date(2026, 2, 5)))
    return {"aigul": aigul, "dilshod": dilshod, "cohort": cohort, "course": course}


def rows(dashboard, key):
    return dashboard.table(key).rows


def test_figures_match_the_hand_computed_programme(programme):
    d = programme_dashboard(Filters(), today=TODAY)
    figures = dict(d.figures)
    assert figures["People trained"] == 2
    assert figures["Enrolments"] == 2 and figures["Completions"] == 1
    assert figures["Median days to completion"] == 10.0
    assert figures["Exercise attempts"] == 3 and figures["Pass rate (%)"] == 33.3
    assert (figures["Certificates issued"], figures["Certificates revoked"], figures["Expiring soon"]) == (
        2,
        1,
        1,
    )
    assert rows(d, "courses") == [[programme["course"].title, 2, 1, 50.0, 1, 10.0]]
    assert rows(d, "monthly") == [["2026-01", 1, 1], ["2026-02", 1, 0]]
    assert dict(rows(d, "time_to_completion"))["7–14"] == 1
    scores = dict(rows(d, "scores"))
    assert (scores["10–20"], scores["50–60"], scores["70–80"], scores["0–10"]) == (1, 1, 1, 0)
    january, february = rows(d, "skill")
    dp = stats.d_prime(hits=7, false_alarms=3, high_risk=12, clean=68)
    assert january[:4] == ["2026-01", 2, 80, 0.7]
    assert january[6] == round(dp.value, 3) and january[7] == round(dp.low, 3)
    assert february[:4] == ["2026-02", 1, 40, 0.2]
    assert rows(d, "categories") == [["Container and seal", 6, 1, 5, 83.3, 0], ["Parties", 2, 2, 0, 0.0, 1]]
    assert rows(d, "certificates") == [[programme["course"].title, 2, 1, 1, 1]]


@pytest.mark.parametrize(
    "filters",
    [
        {"country": "KZ"},
        {"agency": "customs"},
        {"duty_station": "Aktau seaport PCU"},
        {"cohort": "COHORT"},
    ],
)
def test_each_filter_narrows_to_the_trainees_it_selects(programme, filters):
    if "cohort" in filters:
        filters = {"cohort": programme["cohort"]}
    d = programme_dashboard(Filters(**filters), today=TODAY)
    figures = dict(d.figures)
    assert figures["People trained"] == 1 and figures["Exercise attempts"] == 2
    assert rows(d, "categories")[0] == ["Container and seal", 4, 1, 3, 75.0, 0]


def test_the_period_applies_to_each_figures_own_date(programme):
    d = programme_dashboard(Filters(date_from=date(2026, 2, 1), date_to=date(2026, 2, 28)), today=TODAY)
    figures = dict(d.figures)
    assert figures["Enrolments"] == 1 and figures["Completions"] == 0 and figures["Exercise attempts"] == 1
    assert figures["Certificates issued"] == 1 and figures["Certificates revoked"] == 1


def test_the_course_filter_keeps_attempts_made_in_that_courses_lessons(programme, scenario):
    from courses.models import LessonPage

    lesson = LessonPage.objects.live().descendant_of(programme["course"]).first()
    Attempt.objects.filter(user=programme["aigul"]).update(lesson_page_id=lesson.pk)
    d = programme_dashboard(Filters(course_key=str(programme["course"].translation_key)), today=TODAY)
    assert dict(d.figures)["Exercise attempts"] == 2
    assert dict(d.figures)["Enrolments"] == 2


def _queries(**kwargs) -> int:
    from reports.generator import generate

    generate(**kwargs)
    with CaptureQueriesContext(connection) as captured:
        programme_dashboard(Filters(), today=TODAY)
    with CaptureQueriesContext(connection) as filtered:
        programme_dashboard(Filters(country="KZ", date_from=date(2025, 1, 1)), today=TODAY)
    return len(captured.captured_queries), len(filtered.captured_queries)


def test_the_number_of_queries_is_the_same_for_10_and_1000_trainees(course, scenario):
    small = _queries(trainees=10, attempts=30, seed=1, end=TODAY)
    large = _queries(trainees=1000, attempts=3000, seed=2, end=TODAY)
    assert small == large
    assert Attempt.objects.count() == 3030


def test_the_hit_rate_and_d_prime_have_a_chart_and_an_axis_each_in_the_readers_language(
    client, staff, programme
):
    """A rate of 0–1 drawn on d′'s axis was a flat line at the bottom; each
    now has its own chart, with titles and axis names in Russian."""
    import re

    from django.conf import settings
    from django.urls import reverse

    from tests.core.svg_charts import parse

    client.force_login(staff)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    page = client.get(reverse("reports:dashboard"), {"date_from": "2026-01-01", "date_to": "2026-02-28"})
    section = page.text.split('id="report-skill"')[1].split("</section>")[0]
    rate, d_prime = (parse(svg) for svg in re.findall(r"<svg class=\"chart\".*?</svg>", section, flags=re.S))
    assert rate.of("chart-title") == ["Доля попаданий по месяцам с 95-процентным интервалом"]
    assert rate.of("chart-axis-title") == ["Доля попаданий", "Месяц"]
    assert rate.of("chart-tick") == ["0 %", "25 %", "50 %", "75 %", "100 %"]
    assert rate.of("chart-label") == ["2026-01", "2026-02"]
    assert d_prime.of("chart-title") == ["d′ по месяцам с 95-процентным интервалом"]
    assert d_prime.of("chart-axis-title") == ["d′", "Месяц"]
    assert "0" in d_prime.of("chart-tick") or "0,0" in d_prime.of("chart-tick")
    # Both months' points: 70 % and 20 % on the rate axis, in the reader's format.
    assert "<title>2026-01 · Доля попаданий: 70 %</title>" in section
    assert "<title>2026-02 · Доля попаданий: 20 %</title>" in section
    for chart in (rate, d_prime):
        assert not chart.outside()
    # Every other chart of the dashboard names its axes and keeps its texts inside.
    others = re.findall(r"<svg class=\"chart\".*?</svg>", page.text.replace(section, ""), flags=re.S)
    assert len(others) >= 5
    for svg in others:
        chart = parse(svg)
        assert chart.of("chart-axis-title"), chart.title
        assert not chart.outside(), chart.title


def test_the_monthly_table_counts_enrolments_and_completions_each_by_its_own_month(population):
    from .population import Q1
    from .population import TODAY as POPULATION_TODAY

    d = programme_dashboard(Filters(date_from=Q1[0], date_to=Q1[1]), today=POPULATION_TODAY)
    # January: uzm2's earlier cycle; February and March: current completions (kzf1's of B included).
    assert rows(d, "monthly") == [["2026-01", 24, 1], ["2026-02", 1, 5], ["2026-03", 0, 5]]


def test_with_a_cohort_enrolments_count_by_their_day_and_completion_times_by_the_completions(population):
    from .population import TODAY as POPULATION_TODAY

    d = programme_dashboard(Filters(cohort=population.cohort), today=POPULATION_TODAY)
    # Enrolled while in the cohort: kzm1 in A (10 Jan) and kzf1 in B (5 Feb); kzf1..kzf3
    # enrolled in A before joining on 1 Feb.
    assert dict(d.figures)["Enrolments"] == 2
    # Completed while in the cohort: kzf1..kzf3 in A (36 days after enrolling) and kzf1
    # in B (24 days); not kzm1, who completed A after leaving.
    assert dict(d.figures)["Median days to completion"] == 36.0
    bands = dict(rows(d, "time_to_completion"))
    assert (bands["14–30"], bands["30–60"], bands["60–90"]) == (1, 3, 0)
