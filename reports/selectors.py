"""Reads for the programme dashboard: every figure is one aggregate query
over the trainees the filters select (a subquery), so the number of queries
does not grow with the number of trainees, enrolments or attempts.

Periods apply to each figure's own date: enrolments by enrolment date,
completions by completion date, attempts by submission, certificates by
issue (revocations by revocation date).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from statistics import median

from django.contrib.auth import get_user_model
from django.db.models import Count, FloatField, OuterRef, Q, Subquery, Sum
from django.db.models.fields.json import KT
from django.db.models.functions import Cast, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import Role
from mentoring import stats

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
    """Ids of the trainees the filters select (a subquery, never evaluated here)."""
    qs = get_user_model().objects.filter(groups__name=Role.TRAINEE.value)
    if filters.country:
        qs = qs.filter(country=filters.country)
    if filters.agency:
        qs = qs.filter(agency=filters.agency)
    if filters.duty_station:
        qs = qs.filter(duty_station=filters.duty_station)
    if filters.cohort is not None:
        qs = qs.filter(cohort_memberships__cohort=filters.cohort)
    return qs.values("pk")


def _period(filters: Filters, field_name: str) -> Q:
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
    """One figure: what the chart draws, the accessible table and the export."""

    key: str
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    chart: object = None
    note: str = ""


@dataclass
class Dashboard:
    figures: list[tuple[str, object]]
    tables: list[Table]

    def table(self, key: str) -> Table | None:
        return next((t for t in self.tables if t.key == key), None)


def _course_titles() -> dict:
    from courses.selectors import source_courses

    return {str(c.translation_key): c.title for c in source_courses()}


def _enrolment_figures(filters: Filters, people, titles) -> tuple[Table, Table, Table, dict]:
    from courses.models import CourseCompletion, Enrolment

    enrolments = Enrolment.objects.filter(user__in=people)
    completions = CourseCompletion.objects.filter(user__in=people)
    if filters.course_key:
        enrolments = enrolments.filter(course_key=filters.course_key)
        completions = completions.filter(course_key=filters.course_key)
    in_period = enrolments.filter(_period(filters, "created_at"))
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
    completions_by_course = {
        str(key): n
        for key, n in completions.filter(_period(filters, "completed_at"))
        .values("course_key")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("course_key", "n")
    }
    # Days from enrolment to completion for the completions in the period.
    durations: dict[str, list[float]] = defaultdict(list)
    for key, start, end in (
        enrolments.annotate(done=completed_at)
        .filter(done__isnull=False)
        .filter(_period(filters, "done"))
        .values_list("course_key", "created_at", "done")
    ):
        durations[str(key)].append(max((end - start).total_seconds() / 86400, 0.0))

    keys = sorted(set(by_course) | set(completions_by_course), key=lambda k: titles.get(k, k))
    courses = Table(
        "courses",
        _("Enrolments and completions by course"),
        [
            _("Course"),
            _("Enrolments"),
            _("Of which completed"),
            _("Completion rate (%)"),
            _("Completions in the period"),
            _("Median days to completion"),
        ],
    )
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

    monthly = Table(
        "monthly", _("Enrolments and completions by month"), [_("Month"), _("Enrolments"), _("Completions")]
    )
    months: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for month, n in (
        in_period.annotate(m=TruncMonth("created_at"))
        .values("m")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("m", "n")
    ):
        months[_as_date(month)][0] += n
    for month, n in (
        completions.filter(_period(filters, "completed_at"))
        .annotate(m=TruncMonth("completed_at"))
        .values("m")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("m", "n")
    ):
        months[_as_date(month)][1] += n
    for month in sorted(months):
        monthly.rows.append([month.strftime("%Y-%m"), *months[month]])

    all_days = [d for values in durations.values() for d in values]
    time_table = Table(
        "time_to_completion", _("Time from enrolment to completion"), [_("Days"), _("Completions")]
    )
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


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def _attempts(filters: Filters, people):
    from exercises.models import Attempt, AttemptMode

    # Practice attempts never count: the figures are over assessed attempts only.
    attempts = (
        Attempt.objects.submitted()
        .filter(user__in=people, mode=AttemptMode.ASSESSED)
        .filter(_period(filters, "submitted_at"))
    )
    if filters.course_key:
        attempts = attempts.filter(lesson_page_id__in=_lesson_ids(filters.course_key))
    return attempts


def _number(key: str):
    return Cast(KT(f"breakdown__{key}"), FloatField())


def _attempt_figures(filters: Filters, people) -> tuple[Table, Table, dict]:
    attempts = _attempts(filters, people)
    width = 100 // SCORE_BUCKETS
    aggregates = {
        f"b{i}": Count("pk", filter=Q(score__gte=i * width, score__lt=(i + 1) * width))
        for i in range(SCORE_BUCKETS - 1)
    }
    aggregates[f"b{SCORE_BUCKETS - 1}"] = Count("pk", filter=Q(score__gte=(SCORE_BUCKETS - 1) * width))
    aggregates["n"] = Count("pk")
    aggregates["passed"] = Count("pk", filter=Q(passed=True))
    totals = attempts.aggregate(**aggregates)
    scores = Table("scores", _("Exercise score distribution"), [_("Score"), _("Attempts")])
    for i in range(SCORE_BUCKETS):
        upper = (i + 1) * width
        label = f"{i * width}–{upper}" if i < SCORE_BUCKETS - 1 else f"{i * width}–100"
        scores.rows.append([label, totals[f"b{i}"]])

    trend = Table(
        "skill",
        _("Hit rate and d′ by month"),
        [
            _("Month"),
            _("Attempts"),
            _("Decisions"),
            _("Hit rate"),
            # xgettext:no-python-format
            _("Hit rate 95 % low"),
            # xgettext:no-python-format
            _("Hit rate 95 % high"),
            "d′",
            # xgettext:no-python-format
            _("d′ 95 % low"),
            # xgettext:no-python-format
            _("d′ 95 % high"),
        ],
    )
    monthly = (
        attempts.annotate(m=TruncMonth("submitted_at"))
        .values("m")
        .annotate(
            n=Count("pk"),
            consignments=Sum(_number("consignments")),
            high_risk=Sum(_number("high_risk")),
            selected=Sum(_number("selected")),
            hits=Sum(_number("hits")),
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


def _category_figures(filters: Filters, people) -> Table:
    from exercises.models import AttemptMode
    from mentoring.models import IndicatorTally
    from mentoring.selectors import category_profile

    tallies = IndicatorTally.objects.filter(user__in=people, attempt__mode=AttemptMode.ASSESSED).filter(
        _period(filters, "submitted_at")
    )
    if filters.course_key:
        tallies = tallies.filter(attempt__lesson_page_id__in=_lesson_ids(filters.course_key))
    table = Table(
        "categories",
        _("Indicator categories missed most"),
        [_("Category"), _("Planted"), _("Found"), _("Missed"), _("Missed (%)"), _("Over-flagged")],
    )
    for row in category_profile(tallies):
        table.rows.append(
            [row.label, row.planted, row.found, row.missed, round(100 * row.miss_rate, 1), row.wrong]
        )
    return table


def _certificate_figures(filters: Filters, people, titles, today: date) -> tuple[Table, dict]:
    from certificates.models import Certificate

    certificates = Certificate.objects.filter(user__in=people)
    if filters.course_key:
        certificates = certificates.filter(course_key=filters.course_key)
    soon = today + timedelta(days=EXPIRING_DAYS)
    rows = (
        certificates.values("course_key")
        .annotate(
            issued=Count("pk", filter=_period(filters, "issued_at")),
            revoked=Count(
                "pk", filter=Q(revocation__isnull=False) & _period(filters, "revocation__revoked_at")
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
    table = Table(
        "certificates",
        _("Certificates"),
        [
            _("Course"),
            _("Issued in the period"),
            _("Revoked in the period"),
            _("Valid today"),
            _("Expiring within %(days)d days") % {"days": EXPIRING_DAYS},
        ],
    )
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


def programme_dashboard(filters: Filters, *, today: date | None = None) -> Dashboard:
    """Every figure of the dashboard under `filters` (charts are added by the view)."""
    today = today or timezone.localdate()
    people = learners(filters)
    titles = _course_titles()
    trainees = get_user_model().objects.filter(pk__in=people).count()
    courses, monthly, time_table, enrol = _enrolment_figures(filters, people, titles)
    scores, skill, attempts = _attempt_figures(filters, people)
    categories = _category_figures(filters, people)
    certificates, certs = _certificate_figures(filters, people, titles, today)
    figures = [
        (_("Trainees"), trainees),
        (_("Enrolments"), enrol["enrolments"]),
        (_("Completions"), enrol["completions"]),
        (_("Median days to completion"), enrol["median_days"] if enrol["median_days"] is not None else "—"),
        (_("Exercise attempts"), attempts["attempts"]),
        (_("Pass rate (%)"), attempts["pass_rate"] if attempts["pass_rate"] is not None else "—"),
        (_("Certificates issued"), certs["issued"]),
        (_("Certificates revoked"), certs["revoked"]),
        (_("Expiring soon"), certs["expiring"]),
    ]
    return Dashboard(
        figures=figures, tables=[courses, monthly, time_table, scores, skill, categories, certificates]
    )


TABLE_KEYS = ("courses", "monthly", "time_to_completion", "scores", "skill", "categories", "certificates")
