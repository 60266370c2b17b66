"""Reads for the programme dashboard: every figure is one aggregate query
over the trainees the filters select (a subquery), so the number of queries
does not grow with the number of trainees, enrolments or attempts.

Periods apply to each figure's own date: enrolments by enrolment date,
completions by completion date, attempts by submission, certificates by
issue (revocations by revocation date). With a cohort filter, an event
counts only when it happened while the trainee was in the cohort (between
joining and leaving, both days included; certificates by their issue day).
The definitions are in reports.definitions and docs/reports.md.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from statistics import median

from django.contrib.auth import get_user_model
from django.db.models import (
    Count,
    FloatField,
    OuterRef,
    Q,
    Subquery,
    Sum,
)
from django.db.models.fields.json import KT
from django.db.models.functions import Cast, TruncMonth
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from accounts.roles import Role
from mentoring import stats
from mentoring.selectors import in_cohort_on

from .suppression import TOTAL

EXPIRING_DAYS = 60
SCORE_BUCKETS = 10
DAY_BUCKETS = (7, 14, 30, 60, 90, 180)


@dataclass(frozen=True)
class Filters:
    country: str = ""
    agency: str = ""
    duty_station: str = ""
    cohort: object | None = None
    course_key: str = ""
    date_from: date | None = None
    date_to: date | None = None

    def describe(self) -> dict[str, str]:
        return {
            key: str(value)
            for key, value in (
                ("country", self.country),
                ("agency", self.agency),
                ("duty_station", self.duty_station),
                ("cohort", self.cohort.pk if self.cohort else ""),
                ("course", self.course_key),
                ("from", self.date_from or ""),
                ("to", self.date_to or ""),
            )
            if value
        }


def learners(filters: Filters):
    """Ids of the trainees the profile filters select (a subquery, never
    evaluated here). The cohort filter is not one of them: it applies to each
    event by its date (`mentoring.selectors.in_cohort_on`)."""
    qs = get_user_model().objects.filter(groups__name=Role.TRAINEE.value)
    if filters.country:
        qs = qs.filter(country=filters.country)
    if filters.agency:
        qs = qs.filter(agency=filters.agency)
    if filters.duty_station:
        qs = qs.filter(duty_station=filters.duty_station)
    return qs.values("pk")


def scoped(qs, filters: Filters, *, day: str, user: str = "user"):
    """`qs` narrowed to the trainees the filters select and, with a cohort
    filter, to the rows of the days they were in that cohort."""
    qs = qs.filter(**{f"{user}__in": learners(filters)})
    if filters.cohort is not None:
        qs = qs.filter(in_cohort_on(filters.cohort, user=user, day=day))
    return qs


def period_condition(filters: Filters, field_name: str) -> Q:
    condition = Q()
    tz = timezone.get_current_timezone()
    if filters.date_from:
        condition &= Q(**{f"{field_name}__gte": datetime.combine(filters.date_from, time.min, tzinfo=tz)})
    if filters.date_to:
        end = datetime.combine(filters.date_to + timedelta(days=1), time.min, tzinfo=tz)
        condition &= Q(**{f"{field_name}__lt": end})
    return condition


def _lesson_ids(course_key: str):
    """Ids of the lesson pages (every language) of the course, as a subquery."""
    from courses.models import CoursePage, LessonPage

    paths = CoursePage.objects.filter(translation_key=course_key).values_list("path", flat=True)
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return LessonPage.objects.filter(condition).values("pk")


@dataclass
class Table:
    """One figure: what the chart draws, the accessible table and the export
    (which states `definitions`, one per column, in the columns' order)."""

    key: str
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    chart: object = None
    note: str = ""
    definitions: list[tuple[str, str]] = field(default_factory=list)
    breakdown: object = None  # the reports.breakdown.Breakdown a breakdown table shows


def _table(key: str, title: str, **values) -> Table:
    """An empty table of the dashboard with its columns and their definitions
    (reports.definitions, `values` filled in)."""
    from .definitions import table_definitions

    definitions = table_definitions(key, **values)
    return Table(key, title, [name for name, _text in definitions], definitions=definitions)


@dataclass
class Dashboard:
    figures: list[tuple[str, object]]
    tables: list[Table]

    def table(self, key: str) -> Table | None:
        return next((t for t in self.tables if t.key == key), None)


def course_titles() -> dict[str, str]:
    """Every course's title in the reader's language: its live translation in
    the active locale (Wagtail's `Locale.get_active()`), else the source title.
    Keyed by the course's translation key (as text). Two queries."""
    from wagtail.models import Locale

    from courses.models import CoursePage
    from courses.selectors import source_courses
    from courses.selectors.structure import localised

    courses = source_courses()
    translated = localised(courses, Locale.get_active(), CoursePage)
    return {str(c.translation_key): translated.get(c.translation_key, c).title for c in courses}


def _completions(filters: Filters) -> list:
    """Completions (current and of earlier cycles) under the filters, by course."""
    from courses.models import CourseCompletion, PastCompletion

    found = []
    for model in (CourseCompletion, PastCompletion):
        qs = scoped(model.objects.all(), filters, day="completed_at")
        if filters.course_key:
            qs = qs.filter(course_key=filters.course_key)
        found.append(qs.filter(period_condition(filters, "completed_at")))
    return found


def _enrolment_figures(filters: Filters, titles) -> tuple[Table, Table, Table, dict]:
    from courses.models import CourseCompletion, Enrolment

    every = Enrolment.objects.all()
    if filters.course_key:
        every = every.filter(course_key=filters.course_key)
    # With a cohort filter, enrolments count by their own day.
    in_period = scoped(every, filters, day="created_at").filter(period_condition(filters, "created_at"))
    completed_at = Subquery(
        CourseCompletion.objects.filter(user=OuterRef("user"), course_key=OuterRef("course_key")).values(
            "completed_at"
        )[:1]
    )
    by_course = {
        str(row["course_key"]): row
        for row in in_period.annotate(done=completed_at)
        .values("course_key")
        .annotate(enrolled=Count("pk"), completed=Count("done"))
        .order_by()
    }
    completions = _completions(filters)
    completions_by_course: dict[str, int] = defaultdict(int)
    for qs in completions:
        for key, n in (
            qs.values("course_key").annotate(n=Count("pk")).order_by().values_list("course_key", "n")
        ):
            completions_by_course[str(key)] += n
    # Days from enrolment to completion for the (current) completions in the
    # period; with a cohort filter, those completed while in the cohort.
    durations: dict[str, list[float]] = defaultdict(list)
    completed = every.annotate(done=completed_at).filter(done__isnull=False)
    done = scoped(completed, filters, day="done").filter(period_condition(filters, "done"))
    for key, start, end in done.values_list("course_key", "created_at", "done"):
        durations[str(key)].append(max((end - start).total_seconds() / 86400, 0.0))

    keys = sorted(set(by_course) | set(completions_by_course), key=lambda k: titles.get(k, k))
    courses = _table("courses", _("Enrolments and completions by course"))
    for key in keys:
        row = by_course.get(key, {"enrolled": 0, "completed": 0})
        days = durations.get(key, [])
        courses.rows.append(
            [
                titles.get(key, _("(deleted course)")),
                row["enrolled"],
                row["completed"],
                round(100 * row["completed"] / row["enrolled"], 1) if row["enrolled"] else 0.0,
                completions_by_course.get(key, 0),
                round(median(days), 1) if days else None,
            ]
        )

    monthly = _table("monthly", _("Enrolments and completions by month"))
    months: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for month, n in _count_by_month(in_period, "created_at"):
        months[month][0] += n
    for qs in completions:
        for month, n in _count_by_month(qs, "completed_at"):
            months[month][1] += n
    for month in sorted(months):
        monthly.rows.append([month.strftime("%Y-%m"), *months[month]])

    all_days = [d for values in durations.values() for d in values]
    time_table = _table("time_to_completion", _("Time from enrolment to completion"))
    lower = 0
    for upper in DAY_BUCKETS:
        time_table.rows.append([f"{lower}–{upper}", sum(1 for d in all_days if lower <= d < upper)])
        lower = upper
    time_table.rows.append([f"≥ {lower}", sum(1 for d in all_days if d >= lower)])
    summary = {
        "enrolments": sum(r["enrolled"] for r in by_course.values()),
        "completions": sum(completions_by_course.values()),
        "median_days": round(median(all_days), 1) if all_days else None,
    }
    return courses, monthly, time_table, summary


def _count_by_month(qs, field_name: str) -> list[tuple[date, int]]:
    """(first day of the month, rows of `qs`) for each calendar month of `field_name`. One query."""
    return [
        (_as_date(month), n)
        for month, n in qs.annotate(m=TruncMonth(field_name))
        .values("m")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("m", "n")
    ]


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def _attempts(filters: Filters):
    from exercises.models import Attempt, AttemptMode

    # Practice attempts never count: the figures are over assessed attempts only.
    attempts = scoped(
        Attempt.objects.submitted().filter(mode=AttemptMode.ASSESSED), filters, day="submitted_at"
    ).filter(period_condition(filters, "submitted_at"))
    if filters.course_key:
        attempts = attempts.filter(lesson_page_id__in=_lesson_ids(filters.course_key))
    return attempts


def attempt_figure(key: str):
    """Figure `key` of an attempt's score breakdown (hits, selected, ...) as a
    number the database adds up."""
    return Cast(KT(f"breakdown__{key}"), FloatField())


def _attempt_figures(filters: Filters) -> tuple[Table, Table, dict]:
    attempts = _attempts(filters)
    width = 100 // SCORE_BUCKETS
    aggregates = {
        f"b{i}": Count("pk", filter=Q(score__gte=i * width, score__lt=(i + 1) * width))
        for i in range(SCORE_BUCKETS - 1)
    }
    aggregates[f"b{SCORE_BUCKETS - 1}"] = Count("pk", filter=Q(score__gte=(SCORE_BUCKETS - 1) * width))
    aggregates["n"] = Count("pk")
    aggregates["passed"] = Count("pk", filter=Q(passed=True))
    totals = attempts.aggregate(**aggregates)
    scores = _table("scores", _("Exercise score distribution"))
    for i in range(SCORE_BUCKETS):
        upper = (i + 1) * width
        label = f"{i * width}–{upper}" if i < SCORE_BUCKETS - 1 else f"{i * width}–100"
        scores.rows.append([label, totals[f"b{i}"]])

    trend = _table("skill", _("Hit rate and d′ by month"))
    monthly = (
        attempts.annotate(m=TruncMonth("submitted_at"))
        .values("m")
        .annotate(
            n=Count("pk"),
            consignments=Sum(attempt_figure("consignments")),
            high_risk=Sum(attempt_figure("high_risk")),
            selected=Sum(attempt_figure("selected")),
            hits=Sum(attempt_figure("hits")),
        )
        .order_by("m")
    )
    decisions = 0
    for row in monthly:
        n, p = int(row["consignments"] or 0), int(row["high_risk"] or 0)
        s, tp = int(row["selected"] or 0), int(row["hits"] or 0)
        decisions += n
        low, high = stats.wilson(tp, s)
        d = stats.d_prime(hits=tp, false_alarms=s - tp, high_risk=p, clean=n - p)
        trend.rows.append(
            [
                _as_date(row["m"]).strftime("%Y-%m"),
                row["n"],
                n,
                round(tp / s, 3) if s else 0.0,
                round(low, 3),
                round(high, 3),
                round(d.value, 3),
                round(d.low, 3),
                round(d.high, 3),
            ]
        )
    summary = {
        "attempts": totals["n"],
        "pass_rate": round(100 * totals["passed"] / totals["n"], 1) if totals["n"] else None,
        "decisions": decisions,
    }
    return scores, trend, summary


def _category_figures(filters: Filters) -> Table:
    from exercises.models import AttemptMode
    from mentoring.models import IndicatorTally
    from mentoring.selectors import category_profile

    tallies = scoped(
        IndicatorTally.objects.filter(attempt__mode=AttemptMode.ASSESSED), filters, day="submitted_at"
    ).filter(period_condition(filters, "submitted_at"))
    if filters.course_key:
        tallies = tallies.filter(attempt__lesson_page_id__in=_lesson_ids(filters.course_key))
    table = _table("categories", _("Indicator categories missed most"))
    for row in category_profile(tallies):
        table.rows.append(
            [row.label, row.planted, row.found, row.missed, round(100 * row.miss_rate, 1), row.wrong]
        )
    return table


def _certificate_figures(filters: Filters, titles, today: date) -> tuple[Table, dict]:
    from certificates.models import Certificate

    # With a cohort filter, a certificate counts by the day it was issued.
    certificates = scoped(Certificate.objects.all(), filters, day="issued_at")
    if filters.course_key:
        certificates = certificates.filter(course_key=filters.course_key)
    soon = today + timedelta(days=EXPIRING_DAYS)
    rows = (
        certificates.values("course_key")
        .annotate(
            issued=Count("pk", filter=period_condition(filters, "issued_at")),
            revoked=Count(
                "pk", filter=Q(revocation__isnull=False) & period_condition(filters, "revocation__revoked_at")
            ),
            expiring=Count(
                "pk", filter=Q(revocation__isnull=True, expires_on__gte=today, expires_on__lte=soon)
            ),
            valid=Count(
                "pk",
                filter=Q(revocation__isnull=True) & (Q(expires_on__isnull=True) | Q(expires_on__gte=today)),
            ),
        )
        .order_by()
    )
    table = _table("certificates", _("Certificates"), days=EXPIRING_DAYS)
    totals = {"issued": 0, "revoked": 0, "expiring": 0}
    for row in sorted(rows, key=lambda r: titles.get(str(r["course_key"]), "")):
        table.rows.append(
            [
                titles.get(str(row["course_key"]), _("(deleted course)")),
                row["issued"],
                row["revoked"],
                row["valid"],
                row["expiring"],
            ]
        )
        for key in totals:
            totals[key] += row[key]
    return table, totals


SUPPRESSED = "x"


def breakdown_table(found) -> Table:
    """A breakdown (reports.breakdown) as a table: one row per cell, each
    row's total after its cells and the total row last; hidden cells (small
    cells rule) show SUPPRESSED in every figure."""
    from .definitions import dimension_definition, measure_column_definitions

    dims = [found.rows] + ([found.columns] if found.columns is not None else [])
    if found.columns is not None:
        title = _("Breakdown by %(rows)s and %(columns)s") % {
            "rows": str(found.rows.label).lower(),
            "columns": str(found.columns.label).lower(),
        }
    else:
        title = _("Breakdown by %(rows)s") % {"rows": str(found.rows.label).lower()}
    definitions = [(str(d.label), dimension_definition(d.key)) for d in dims] + measure_column_definitions()
    table = Table(
        "breakdown",
        title,
        [name for name, _text in definitions],
        definitions=definitions,
        breakdown=found,
    )
    for r, c in found.cell_keys():
        labels = [found.label(found.rows, r)] + ([found.label(found.columns, c)] if found.columns else [])
        if (r, c) in found.suppressed:
            values = [SUPPRESSED] * (len(table.columns) - len(labels))
        else:
            values = found.cell(r, c).values()
        table.rows.append(labels + values)
    if found.suppressed:
        table.note = _(
            "x: not shown, so that no one can be singled out (small cells rule, see the definitions)."
        )
    return table


def _interval(value) -> str:
    """d′ and its interval in the reader's number format."""
    if value is None:
        return "—"
    low, middle, high = (number_format(v, 2) for v in (value.low, value.value, value.high))
    return f"{middle} ({low} – {high})"


def programme_dashboard(
    filters: Filters,
    *,
    rows: str = "country",
    columns: str | None = "sex",
    today: date | None = None,
    facts=None,
) -> Dashboard:
    """Every figure of the dashboard under `filters`, with the breakdown by
    `rows` and `columns` (charts are added by the view). The headline counts
    of people are the breakdown's totals. `facts`: facts already read for
    these filters (reports.breakdown.facts), to share with other breakdowns."""
    from .breakdown import breakdown

    today = today or timezone.localdate()
    titles = course_titles()
    found = breakdown(filters, rows, columns, today=today, found=facts)
    total = found.cell(TOTAL)
    courses, monthly, time_table, enrol = _enrolment_figures(filters, titles)
    scores, skill, attempts = _attempt_figures(filters)
    categories = _category_figures(filters)
    certificates, certs = _certificate_figures(filters, titles, today)
    figures = [
        (_("People trained"), total.trained),
        (_("People enrolled"), total.enrolled),
        (_("Enrolments"), enrol["enrolments"]),
        (_("People completing a course"), total.completing),
        (_("Completions"), enrol["completions"]),
        (_("Training hours"), float(round(total.hours, 1))),
        (_("Median days to completion"), enrol["median_days"] if enrol["median_days"] is not None else "—"),
        (_("Exercise attempts"), attempts["attempts"]),
        (_("Pass rate (%)"), attempts["pass_rate"] if attempts["pass_rate"] is not None else "—"),
        # xgettext:no-python-format
        (_("Skill d′ (95 % interval)"), _interval(total.d_prime)),
        (_("Certificates issued"), certs["issued"]),
        (_("Certificates revoked"), certs["revoked"]),
        (_("Expiring soon"), certs["expiring"]),
    ]
    return Dashboard(
        figures=figures,
        tables=[
            breakdown_table(found),
            courses,
            monthly,
            time_table,
            scores,
            skill,
            categories,
            certificates,
        ],
    )


TABLE_KEYS = (
    "breakdown",
    "courses",
    "monthly",
    "time_to_completion",
    "scores",
    "skill",
    "categories",
    "certificates",
)


def enrolment_report_rows(enrolments, *, cohort=None) -> list[dict]:
    """Report rows for `enrolments` (with users selected): learner, course
    (its title in the reader's language) and progress against the course's
    required lessons (`courses.selectors.required_lessons`, the one rule).
    With `cohort`, only the lessons and completions of the days each trainee
    was in it count (`mentoring.selectors.in_cohort_on`). A fixed number of
    queries for any number of rows."""
    from uuid import UUID

    from courses.models import CourseCompletion, LessonPage, LessonProgress
    from courses.selectors import source_courses
    from courses.selectors.structure import required_lesson_choices, required_lessons

    courses = {course.translation_key: course for course in source_courses()}
    titles = course_titles()
    path_filter = Q()
    for course in courses.values():
        path_filter |= Q(path__startswith=course.path)
    lessons = list(LessonPage.objects.live().filter(path_filter).order_by("path")) if courses else []
    chosen = required_lesson_choices()
    required_by_course: dict[UUID, set[UUID]] = {}
    for key, course in courses.items():
        keys = [lesson.translation_key for lesson in lessons if lesson.path.startswith(course.path)]
        required_by_course[key] = set(
            required_lessons(
                keys, completion_rule=course.completion_rule, chosen=chosen.get(course.pk, set())
            )
        )
    user_ids = {enrolment.user_id for enrolment in enrolments}
    progress = LessonProgress.objects.completed().filter(user_id__in=user_ids)
    completed = CourseCompletion.objects.filter(user_id__in=user_ids)
    if cohort is not None:
        progress = progress.filter(in_cohort_on(cohort, day="completed_at"))
        completed = completed.filter(in_cohort_on(cohort, day="completed_at"))
    done: dict[tuple[int, UUID], int] = {}
    for user_id, course_key, lesson_key in progress.values_list("user_id", "course_key", "lesson_key"):
        if lesson_key in required_by_course.get(course_key, set()):
            done[(user_id, course_key)] = done.get((user_id, course_key), 0) + 1
    completions = {
        (user_id, key): at
        for user_id, key, at in completed.values_list("user_id", "course_key", "completed_at")
    }
    rows = []
    for enrolment in enrolments:
        user = enrolment.user
        course = courses.get(enrolment.course_key)
        required = len(required_by_course.get(enrolment.course_key, ()))
        completed = done.get((user.pk, enrolment.course_key), 0)
        rows.append(
            {
                "learner": user.get_full_name(),
                "email": user.email,
                "country": user.get_country_display(),
                "agency": user.get_agency_display(),
                "course": titles.get(str(enrolment.course_key)) if course else _("(deleted course)"),
                "enrolled_at": enrolment.created_at,
                "how": enrolment.get_source_display(),
                "lessons_completed": completed,
                "lessons_required": required,
                "percent": round(100 * completed / required) if required else 0,
                "completed_at": completions.get((user.pk, enrolment.course_key)),
            }
        )
    return rows
