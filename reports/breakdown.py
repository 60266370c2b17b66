"""Breakdown tables: the programme's figures by one dimension or two crossed
(country × sex, course × quarter, ...), with totals, every filter applied,
and small cells hidden wherever sex is shown (reports.suppression).

A fixed number of queries whatever the number of trainees (`facts`), each
grouped by the database per person and by the keys that are not profile
fields (course, month, cohort): one UNION of the distinct (person, keys)
pairs of every kind of event (for the counts of people), one per kind of
event for the counts, one for the exercise sums behind d′, and the trainees'
profile fields. The two dimensions are then crossed in Python, so facts read
once serve every breakdown over the profile fields and those keys (people
have to be counted once however many cells add up to a total).
Definitions: reports.definitions and docs/reports.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import Case, Count, F, Q, Sum, UUIDField, Value, When
from django.db.models.functions import TruncDate, TruncMonth
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import Agency, Country, Sex
from core import charts
from mentoring import stats

from .suppression import TOTAL, suppressed_cells

NOT_STATED = "not_stated"
NO_COURSE = "no_course"


@dataclass(frozen=True)
class Dimension:
    key: str
    label: object
    kind: str  # "user", "cohort", "course" or "time"
    field: str = ""


DIMENSIONS = {
    d.key: d
    for d in (
        Dimension("country", gettext_lazy("Country"), "user", "country"),
        Dimension("agency", gettext_lazy("Agency"), "user", "agency"),
        Dimension("duty_station", gettext_lazy("Duty station or unit"), "user", "duty_station"),
        Dimension("cohort", gettext_lazy("Cohort"), "cohort"),
        Dimension("course", gettext_lazy("Course"), "course"),
        Dimension("sex", gettext_lazy("Sex"), "user", "sex"),
        Dimension("month", gettext_lazy("Month"), "time", "month"),
        Dimension("quarter", gettext_lazy("Quarter"), "time", "quarter"),
    )
}
SEX_ORDER = (Sex.FEMALE.value, Sex.MALE.value, NOT_STATED)


@dataclass(frozen=True)
class Source:
    """One kind of event: its rows, whose they are and which date they carry."""

    name: str
    rows: Callable  # (filters, today) -> queryset, course filter applied
    date: str  # the period and the time dimensions
    cohort_date: str  # which day decides the cohort it counts for
    course: str | None = "course_key"  # None: attempts, by their lesson
    user: str = "user"
    in_period: bool = True
    training: bool = True  # makes its person "trained"


def _of_course(qs, filters):
    """`qs` (rows with a course key) narrowed to the filters' course, if they name one."""
    return qs.filter(course_key=filters.course_key) if filters.course_key else qs


def _enrolments(filters, today):
    from courses.models import Enrolment

    return _of_course(Enrolment.objects.all(), filters)


def _lessons(filters, today):
    from courses.models import LessonProgress

    return _of_course(LessonProgress.objects.completed(), filters)


def _completions(filters, today):
    from courses.models import CourseCompletion

    return _of_course(CourseCompletion.objects.all(), filters)


def _past_completions(filters, today):
    from courses.models import PastCompletion

    return _of_course(PastCompletion.objects.all(), filters)


def _attempts(filters, today):
    from exercises.models import Attempt, AttemptMode

    from .selectors import _lesson_ids

    qs = Attempt.objects.submitted().filter(mode=AttemptMode.ASSESSED)
    return qs.filter(lesson_page_id__in=_lesson_ids(filters.course_key)) if filters.course_key else qs


def _certificates(filters, today):
    from certificates.models import Certificate

    return _of_course(Certificate.objects.all(), filters)


def _revoked(filters, today):
    return _certificates(filters, today).filter(revocation__isnull=False)


def _expiring(filters, today):
    from .selectors import EXPIRING_DAYS

    return _certificates(filters, today).filter(
        revocation__isnull=True, expires_on__gte=today, expires_on__lte=today + timedelta(days=EXPIRING_DAYS)
    )


ENROLMENTS = Source("enrolments", _enrolments, "created_at", "created_at")
LESSONS = Source("lessons", _lessons, "completed_at", "completed_at")
COMPLETIONS = Source("completions", _completions, "completed_at", "completed_at")
PAST_COMPLETIONS = Source("past_completions", _past_completions, "completed_at", "completed_at")
ATTEMPTS = Source("attempts", _attempts, "submitted_at", "submitted_at", course=None)
ISSUED = Source("issued", _certificates, "issued_at", "issued_at", training=False)
REVOKED = Source("revoked", _revoked, "revocation__revoked_at", "issued_at", training=False)
EXPIRING = Source("expiring", _expiring, "expires_on", "issued_at", in_period=False, training=False)
SOURCES = (ENROLMENTS, LESSONS, COMPLETIONS, PAST_COMPLETIONS, ATTEMPTS, ISSUED, REVOKED, EXPIRING)


@dataclass
class Cell:
    """Every figure of one cell of a breakdown. The counts of people: trained,
    enrolled, completing, and `people`, anyone behind any of its figures (what
    the small-cell rule counts)."""

    trained: int = 0
    people: int = 0
    enrolled: int = 0
    completing: int = 0
    enrolments: int = 0
    completions: int = 0
    hours: Decimal = Decimal(0)
    issued: int = 0
    revoked: int = 0
    expiring: int = 0
    attempts: int = 0
    sums: stats.FormSums = field(default_factory=stats.FormSums)

    def absorb(self, vector: list) -> None:
        """Add the additive figures of `vector` (see `breakdown`)."""
        self.enrolments += vector[0]
        self.completions += vector[1]
        self.hours += vector[2]
        self.issued += vector[3]
        self.revoked += vector[4]
        self.expiring += vector[5]
        self.attempts += vector[6]
        self.sums = self.sums + stats.FormSums(*vector[7:])

    @property
    def d_prime(self) -> stats.DPrime | None:
        if not self.sums.forms or not self.sums.n:
            return None
        return stats.pooled_d_prime_of_sums(self.sums)

    def values(self) -> list:
        """The figures in the order of reports.definitions.MEASURES (d′ as value, low, high)."""
        d = self.d_prime
        return [
            self.trained,
            self.enrolled,
            self.completing,
            self.completions,
            float(round(self.hours, 1)),
            self.issued,
            self.revoked,
            self.expiring,
            self.attempts,
            round(d.value, 3) if d else None,
            round(d.low, 3) if d else None,
            round(d.high, 3) if d else None,
        ]


@dataclass
class Breakdown:
    """The figures by `rows` (and `columns`), with every margin: cells are
    keyed (row value, column value), TOTAL standing for all values."""

    rows: Dimension
    columns: Dimension | None
    row_values: list
    column_values: list
    cells: dict
    labels: dict  # (dimension key, value) -> label
    suppressed: set

    @property
    def shows_sex(self) -> bool:
        return self.rows.key == "sex" or (self.columns is not None and self.columns.key == "sex")

    def cell(self, row, column=TOTAL) -> Cell:
        return self.cells.get((row, column)) or Cell()

    def label(self, dimension: Dimension, value) -> str:
        if value is TOTAL:
            return _("Total")
        return self.labels.get((dimension.key, value), str(value))

    def is_suppressed(self, row, column=TOTAL) -> bool:
        return (row, column) in self.suppressed

    def cell_keys(self) -> list[tuple]:
        """Every cell in display order: each row's cells then its total, and
        the total row last. A crossed table lists every combination when it
        shows sex (zeros are part of what protects small cells), otherwise
        only those with figures."""
        if self.columns is None:
            return [(r, TOTAL) for r in self.row_values] + [(TOTAL, TOTAL)]
        keys = []
        for r in [*self.row_values, TOTAL]:
            for c in self.column_values:
                if self.shows_sex or (r, c) in self.cells:
                    keys.append((r, c))
            keys.append((r, TOTAL))
        return keys


def _course_of_lesson(lessons: dict[int, str]):
    """The course key of an attempt's lesson, as an expression."""
    by_course: dict[str, list[int]] = defaultdict(list)
    for lesson_id, key in lessons.items():
        by_course[key].append(lesson_id)
    whens = [When(lesson_page_id__in=ids, then=Value(key)) for key, ids in by_course.items()]
    if not whens:
        return Value(None, output_field=UUIDField())
    return Case(*whens, default=Value(None), output_field=UUIDField())


# What a fact is keyed by besides its person: the dimensions that are not
# profile fields ("time" is the month; quarters are made of months).
EXTRAS = ("course", "time", "cohort")


def _extras(dims) -> tuple[str, ...]:
    kinds = {d.kind for d in dims if d is not None}
    return tuple(kind for kind in EXTRAS if kind in kinds)


def _rows(source: Source, filters, today, extras: tuple[str, ...], lessons: dict[int, str]):
    """The source's rows under every filter, annotated with the person (`u`)
    and the extra keys (`x_course`, `x_time`, `x_cohort`)."""
    from mentoring.models import membership_active_on

    from .selectors import period_condition, scoped

    qs = scoped(source.rows(filters, today), filters, day=source.cohort_date, user=source.user)
    if source.in_period:
        qs = qs.filter(period_condition(filters, source.date))
    keys = {"u": F(source.user)}
    if "course" in extras:
        keys["x_course"] = F(source.course) if source.course else _course_of_lesson(lessons)
    if "time" in extras:
        keys["x_time"] = TruncMonth(source.date)
    if "cohort" in extras:
        # The cohorts the person was in on the day: one join, filtered in one call
        # so that the cohort read below is the membership these conditions chose.
        path = f"{source.user}__cohort_memberships"
        condition = membership_active_on(TruncDate(source.cohort_date), path=path)
        if filters.cohort is not None:
            condition &= Q(**{f"{path}__cohort": filters.cohort})
        qs = qs.filter(condition)
        keys["x_cohort"] = F(f"{path}__cohort")
    return qs.order_by().annotate(**keys)


@dataclass
class Facts:
    """Everything the breakdowns over `extras` (and the profile fields) are
    made of: per person and extra keys, read once, so that several
    breakdowns cost one set of queries."""

    extras: tuple[str, ...]
    users: dict  # person -> (country, agency, duty station, sex)
    pairs: list  # (person, extras, training?) for every kind of event
    enrolments: list  # (person, extras, enrolments)
    completions: list  # (person, extras, course key, completions)
    attempts: list  # (person, extras, attempts, FormSums values in field order)
    certificates: dict  # "issued", "revoked", "expiring" -> [(person, extras, count)]
    hours: dict  # course key -> hours one completion delivers (`_course_hours`)

    def covers(self, rows: str, columns: str | None) -> bool:
        dims = (DIMENSIONS[rows], DIMENSIONS[columns] if columns else None)
        return set(_extras(dims)) <= set(self.extras)


def facts(filters, *, extras: tuple[str, ...] = (), today: date) -> Facts:
    """Read the facts for breakdowns by the profile fields and `extras`.
    Eleven queries (two more with courses), whatever the number of people or events."""
    from django.contrib.auth import get_user_model

    from .selectors import attempt_figure, learners

    extras = tuple(kind for kind in EXTRAS if kind in extras)
    lessons = _lesson_courses() if "course" in extras else {}
    names = ["u", *(f"x_{kind}" for kind in extras)]
    width = len(extras)

    def split(row):
        return row[0], tuple(row[1 : 1 + width]), row[1 + width :]

    pairs = [
        _rows(s, filters, today, extras, lessons)
        .annotate(tag=Value("t" if s.training else "c"))
        .values_list(*names, "tag")
        .distinct()
        for s in SOURCES
    ]
    found = Facts(
        extras=extras,
        users={},
        pairs=[],
        enrolments=[],
        completions=[],
        attempts=[],
        certificates={},
        hours=_course_hours(),
    )
    for row in pairs[0].union(*pairs[1:]):
        user, keys, (tag,) = split(row)
        found.pairs.append((user, keys, tag == "t"))
    for row in (
        _rows(ENROLMENTS, filters, today, extras, lessons)
        .values(*names)
        .annotate(n=Count("pk"))
        .values_list(*names, "n")
    ):
        user, keys, (n,) = split(row)
        found.enrolments.append((user, keys, n))
    for source in (COMPLETIONS, PAST_COMPLETIONS):
        for row in (
            _rows(source, filters, today, extras, lessons)
            .values(*names, "course_key")
            .annotate(n=Count("pk"))
            .values_list(*names, "course_key", "n")
        ):
            user, keys, (course, n) = split(row)
            found.completions.append((user, keys, str(course), n))
    for source, name in ((ISSUED, "issued"), (REVOKED, "revoked"), (EXPIRING, "expiring")):
        found.certificates[name] = []
        for row in (
            _rows(source, filters, today, extras, lessons)
            .values(*names)
            .annotate(n=Count("pk"))
            .values_list(*names, "n")
        ):
            user, keys, (n,) = split(row)
            found.certificates[name].append((user, keys, n))
    counts = {
        "n": attempt_figure("consignments"),
        "p": attempt_figure("high_risk"),
        "s": attempt_figure("selected"),
        "t": attempt_figure("hits"),
    }
    sums = {name: Sum(expression) for name, expression in counts.items()}
    letters = list(counts)
    for i, a in enumerate(letters):
        for b in letters[i:]:
            sums[a + b] = Sum(counts[a] * counts[b])
    for row in (
        _rows(ATTEMPTS, filters, today, extras, lessons)
        .values(*names)
        .annotate(
            attempts=Count("pk"), forms=Count("pk", filter=Q(breakdown__has_key="consignments")), **sums
        )
    ):
        keys = tuple(row[name] for name in names[1:])
        # In FormSums' field order: forms, then n, p, s, t, then the products.
        part = (row["forms"], *(round(row[name] or 0) for name in sums))
        found.attempts.append((row["u"], keys, row["attempts"], part))
    found.users = {
        pk: (country, agency, station, sex)
        for pk, country, agency, station, sex in get_user_model()
        .objects.filter(pk__in=learners(filters))
        .values_list("pk", "country", "agency", "duty_station", "sex")
    }
    return found


USER_FIELDS = {"country": 0, "agency": 1, "duty_station": 2, "sex": 3}


def _getter(dimension: Dimension | None, found: Facts):
    """A function (person, extras) -> the person's value on `dimension`."""
    if dimension is None:
        return lambda user, keys: TOTAL
    if dimension.kind == "user":
        index = USER_FIELDS[dimension.key]
        users = found.users
        if dimension.key == "sex":
            stated = {Sex.FEMALE.value, Sex.MALE.value}
            return lambda user, keys: users[user][3] if users[user][3] in stated else NOT_STATED
        return lambda user, keys: users[user][index] or ""
    index = found.extras.index(dimension.kind)
    if dimension.kind == "course":
        return lambda user, keys: str(keys[index]) if keys[index] is not None else NO_COURSE
    if dimension.kind == "time":
        from .selectors import _as_date

        if dimension.key == "quarter":

            def quarter(user, keys):
                month = _as_date(keys[index])
                return month.replace(month=(month.month - 1) // 3 * 3 + 1, day=1)

            return quarter
        return lambda user, keys: _as_date(keys[index]).replace(day=1)
    return lambda user, keys: keys[index]


def _course_hours() -> dict[str, Decimal]:
    """Hours one completion of each course delivers: its estimated hours, or
    its live lessons' estimated minutes over 60."""
    from courses.models import CoursePage, LessonPage, source_locale

    hours = {}
    courses = list(
        CoursePage.objects.filter(locale=source_locale()).values_list(
            "path", "translation_key", "estimated_hours"
        )
    )
    minutes: dict[str, int] = defaultdict(int)
    lessons = LessonPage.objects.live().filter(locale=source_locale(), minutes__isnull=False)
    for path, value in lessons.values_list("path", "minutes"):
        for course_path, key, _h in courses:
            if path.startswith(course_path):
                minutes[str(key)] += value
    for _path, key, estimated in courses:
        hours[str(key)] = estimated if estimated is not None else Decimal(minutes[str(key)]) / 60
    return hours


def _lesson_courses() -> dict[int, str]:
    """Every lesson page (any language) and the key of its course."""
    from courses.models import CoursePage, LessonPage

    courses = list(CoursePage.objects.values_list("path", "translation_key"))
    result = {}
    for pk, path in LessonPage.objects.values_list("pk", "path"):
        for course_path, key in courses:
            if path.startswith(course_path):
                result[pk] = str(key)
                break
    return result


def _labels(dims, values_by_dim) -> dict:
    from mentoring.models import Cohort

    from .selectors import course_titles

    labels = {}
    for dimension, values in zip(dims, values_by_dim, strict=True):
        if dimension is None:
            continue
        key = dimension.key
        if key == "country":
            choices = dict(Country.choices)
            labels |= {(key, v): str(choices.get(v, v)) if v else _("Not stated") for v in values}
        elif key == "agency":
            choices = dict(Agency.choices)
            labels |= {(key, v): str(choices.get(v, v)) if v else _("Not stated") for v in values}
        elif key == "duty_station":
            labels |= {(key, v): v or _("Not stated") for v in values}
        elif key == "sex":
            labels |= {
                (key, Sex.FEMALE.value): str(Sex.FEMALE.label),
                (key, Sex.MALE.value): str(Sex.MALE.label),
                (key, NOT_STATED): _("Not stated"),
            }
        elif key == "cohort":
            names = dict(Cohort.objects.filter(pk__in=[v for v in values if v]).values_list("pk", "name"))
            labels |= {(key, v): names.get(v, str(v)) for v in values}
        elif key == "course":
            titles = course_titles()
            labels |= {
                (key, v): _("No course (exercise catalogue)")
                if v == NO_COURSE
                else titles.get(v, _("(deleted course)"))
                for v in values
            }
        elif key == "month":
            labels |= {(key, v): v.strftime("%Y-%m") for v in values}
        elif key == "quarter":
            labels |= {(key, v): quarter_label(v) for v in values}
    return labels


def quarter_label(day: date) -> str:
    """The calendar quarter of `day` in the reader's words ("Q1 2026", "1-й квартал 2026")."""
    return _("Q%(quarter)d %(year)d") % {"quarter": (day.month - 1) // 3 + 1, "year": day.year}


def _ordered(dimension: Dimension, values: set, labels: dict) -> list:
    if dimension.key == "sex":
        return list(SEX_ORDER)
    if dimension.kind == "time":
        return sorted(values)
    last = {"", NO_COURSE}
    return sorted(values, key=lambda v: (v in last, labels.get((dimension.key, v), str(v)).casefold()))


def breakdown(
    filters, rows: str, columns: str | None = None, *, today: date, found: Facts | None = None
) -> Breakdown:
    """The breakdown of every measure by `rows` (and `columns`) under
    `filters`, from `found` when given (facts read for these filters, covering
    the two dimensions), else from facts read for it."""
    dims = (DIMENSIONS[rows], DIMENSIONS[columns] if columns else None)
    if found is None or not found.covers(rows, columns):
        found = facts(filters, extras=_extras(dims), today=today)
    first, second = _getter(dims[0], found), _getter(dims[1], found)
    cells: dict[tuple, Cell] = defaultdict(Cell)
    seen: tuple[set, set] = (set(), set())
    crossed = dims[1] is not None

    def margins(a, b) -> tuple:
        if crossed:
            return ((a, b), (a, TOTAL), (TOTAL, b), (TOTAL, TOTAL))
        return ((a, TOTAL), (TOTAL, TOTAL))

    def key_of(user, keys) -> tuple:
        a, b = first(user, keys), second(user, keys)
        seen[0].add(a)
        if crossed:
            seen[1].add(b)
        return a, b

    # People are counted once in every cell they reach, margins included
    # (the sets are dropped once counted: only the counts are kept).
    groups: dict[tuple, tuple[set, set, set, set]] = defaultdict(lambda: (set(), set(), set(), set()))
    for user, keys, training in found.pairs:
        for key in margins(*key_of(user, keys)):
            people, trained, _e, _c = groups[key]
            people.add(user)
            if training:
                trained.add(user)
    for user, keys, _n in found.enrolments:
        for key in margins(*key_of(user, keys)):
            groups[key][2].add(user)
    for user, keys, _course, _n in found.completions:
        for key in margins(*key_of(user, keys)):
            groups[key][3].add(user)
    for key, (people, trained, enrolled, completing) in groups.items():
        cell = cells[key]
        cell.people, cell.trained, cell.enrolled, cell.completing = (
            len(people),
            len(trained),
            len(enrolled),
            len(completing),
        )
    # Counts and sums add up: first by inner cell, then into the margins.
    # Vector: enrolments, completions, hours, issued, revoked, expiring,
    # attempts, then the FormSums values.
    inner: dict[tuple, list] = defaultdict(lambda: [0, 0, Decimal(0), 0, 0, 0, 0] + [0] * 15)
    for user, keys, n in found.enrolments:
        inner[key_of(user, keys)][0] += n
    for user, keys, course, n in found.completions:
        vector = inner[key_of(user, keys)]
        vector[1] += n
        vector[2] += n * found.hours.get(course, Decimal(0))
    for index, name in ((3, "issued"), (4, "revoked"), (5, "expiring")):
        for user, keys, n in found.certificates[name]:
            inner[key_of(user, keys)][index] += n
    for user, keys, n, part in found.attempts:
        vector = inner[key_of(user, keys)]
        vector[6] += n
        for i, value in enumerate(part, start=7):
            vector[i] += value
    for key, vector in inner.items():
        for target in margins(*key):
            cells[target].absorb(vector)

    labels = _labels(dims, seen)
    row_values = _ordered(dims[0], seen[0], labels)
    column_values = _ordered(dims[1], seen[1], labels) if crossed else []
    result = Breakdown(
        rows=dims[0],
        columns=dims[1],
        row_values=row_values,
        column_values=column_values,
        cells=dict(cells),
        labels=labels,
        suppressed=set(),
    )
    if result.shows_sex:
        people = {key: cell.people for key, cell in cells.items()}
        result.suppressed = suppressed_cells(people, row_values, column_values)
    return result


def breakdown_chart(found, title: str):
    """People trained by the breakdown's rows, one bar per column value when
    there are at most three (sex has three); hidden cells draw no bar."""
    labels = [found.label(found.rows, r) for r in found.row_values]
    if not labels:
        return None
    if found.columns is not None and len(found.column_values) <= 3:
        series = [
            charts.Series(
                found.label(found.columns, c),
                [None if found.is_suppressed(r, c) else found.cell(r, c).trained for r in found.row_values],
            )
            for c in found.column_values
        ]
    else:
        series = [
            charts.Series(
                _("People trained"),
                [
                    None if found.is_suppressed(r, TOTAL) else found.cell(r, TOTAL).trained
                    for r in found.row_values
                ],
            )
        ]
    return charts.bar_chart(
        title=title,
        labels=labels,
        series=series,
        x_label=str(found.rows.label),
        y_label=_("Number of people"),
    )
