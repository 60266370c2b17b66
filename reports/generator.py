"""A large, realistic and deterministic programme dataset for benchmarks and
for trying the dashboards at scale (`manage.py generate_programme_data`).

It builds, with bulk inserts only: trainees spread over the region's
countries, agencies and duty stations (shared/domain.md), mentors, cohorts,
enrolments in the existing courses, lesson progress, completions, submitted
exercise attempts on the existing published scenarios (each scored by
`exercises.scoring` against that scenario's real truth, from a simulated
officer whose skill differs by indicator category and grows with practice),
their indicator tallies, and certificates (a few revoked, some expiring).

The same seed and end date give the same data. Generated accounts cannot
sign in (unusable passwords) and use reserved example.org addresses.
Generated attempts keep the score breakdown's figures but not the
per-consignment outcomes or items (the figures are what reports read).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from math import exp

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Agency, Country, Sex, User
from accounts.roles import Role

BATCH = 2000
EMAIL_DOMAIN = "generated.example.org"

DUTY_STATIONS = {
    Country.KAZAKHSTAN: ("Aktau seaport PCU", "Kuryk seaport PCU", "Altynkol dry port PCU", "CARICC Almaty"),
    Country.AZERBAIJAN: ("Alyat (Port of Baku) PCU", "Baku customs terminal PCU"),
    Country.TURKMENISTAN: ("Turkmenbashi seaport PCU", "Ashgabat dry port PCU", "Farap border crossing PCU"),
    Country.UZBEKISTAN: ("Tashkent Chukursai customs post PCU", "Ayritom / Termez PCU"),
    Country.TAJIKISTAN: ("Dushanbe-2 dry port PCU", "Nizhniy Pyanj PCU"),
    Country.KYRGYZSTAN: ("Bishkek PCU", "Osh PCU"),
}
COUNTRY_WEIGHTS = {
    Country.KAZAKHSTAN: 3,
    Country.UZBEKISTAN: 3,
    Country.TURKMENISTAN: 2,
    Country.AZERBAIJAN: 2,
    Country.TAJIKISTAN: 1.5,
    Country.KYRGYZSTAN: 1.5,
}
LANGUAGE = {
    Country.KAZAKHSTAN: "ru",
    Country.AZERBAIJAN: "en",
    Country.TURKMENISTAN: "tk",
    Country.UZBEKISTAN: "uz",
    Country.TAJIKISTAN: "ru",
    Country.KYRGYZSTAN: "ru",
}
AGENCY_WEIGHTS = {Agency.CUSTOMS: 6, Agency.POLICE: 2, Agency.DRUG_CONTROL: 1, Agency.BORDER_SERVICE: 1}
# "" is a trainee who did not answer.
SEX_WEIGHTS = {Sex.FEMALE: 28, Sex.MALE: 62, Sex.PREFER_NOT_TO_SAY: 4, "": 6}
# Share of trainees who leave their cohort before the end of the history.
LEAVING_SHARE = 0.05
FIRST_NAMES = (
    "Aigul", "Dilshod", "Merdan", "Elnur", "Nodira", "Ruslan", "Asel", "Timur", "Gulnara", "Bakhtiyar",
    "Zarina", "Serik", "Leyla", "Farrukh", "Aziza", "Nurlan", "Shirin", "Rustam", "Madina", "Yerlan",
)  # fmt: skip
LAST_NAMES = (
    "Karimov", "Rahimov", "Orazov", "Mammadov", "Yusupov", "Abdullaev", "Nurmagambetov", "Saidov",
    "Aliyev", "Toktogulov", "Ismoilov", "Berdiyev", "Zhakupov", "Huseynov", "Rakhmonov", "Sadykov",
)  # fmt: skip
# A category the simulated officers of a country tend to miss (a regional pattern to find).
WEAK_CATEGORY = {
    Country.KAZAKHSTAN: "container_seal",
    Country.AZERBAIJAN: "route",
    Country.TURKMENISTAN: "value_weight",
    Country.UZBEKISTAN: "container_seal",
    Country.TAJIKISTAN: "parties",
    Country.KYRGYZSTAN: "documents_timing",
}


class GeneratorError(Exception):
    pass


@dataclass(frozen=True)
class CourseShape:
    page_id: int
    key: uuid.UUID
    title: str
    lesson_keys: tuple[uuid.UUID, ...]
    required: tuple[uuid.UUID, ...]
    exercise: tuple[int, str] | None
    certificate: bool
    validity_months: int | None


@dataclass(frozen=True)
class ScenarioShape:
    scenario_id: int
    truth: tuple  # of exercises.scoring.ConsignmentTruth
    budget: int
    weights: object
    pass_mark: int
    clean_codes: tuple[str, ...]


@dataclass
class Summary:
    trainees: int = 0
    mentors: int = 0
    cohorts: int = 0
    enrolments: int = 0
    lessons: int = 0
    completions: int = 0
    attempts: int = 0
    tallies: int = 0
    certificates: int = 0


@contextmanager
def _historic_dates(*models_fields):
    """Let bulk_create keep the dates we set on auto_now_add fields."""
    fields = [model._meta.get_field(name) for model, name in models_fields]
    saved = [f.auto_now_add for f in fields]
    for f in fields:
        f.auto_now_add = False
    try:
        yield
    finally:
        for f, value in zip(fields, saved, strict=True):
            f.auto_now_add = value


def _courses() -> list[CourseShape]:
    from courses.models import CoursePage, source_locale
    from courses.selectors import course_lessons, required_lesson_keys

    shapes = []
    for course in CoursePage.objects.live().filter(locale=source_locale()).order_by("path"):
        lessons = list(course_lessons(course))
        if not lessons:
            continue
        exercise = None
        for lesson in lessons:
            for child in lesson.body:
                if child.block_type == "exercise":
                    exercise = (lesson.pk, str(child.id))
        shapes.append(
            CourseShape(
                page_id=course.pk,
                key=course.translation_key,
                title=course.title,
                lesson_keys=tuple(lesson.translation_key for lesson in lessons),
                required=tuple(required_lesson_keys(course, lessons)),
                exercise=exercise,
                certificate=course.certificate_enabled,
                validity_months=course.certificate_validity_months,
            )
        )
    return shapes


def _scenarios() -> list[ScenarioShape]:
    from exercises import scoring
    from scenarios.models import Indicator, Scenario
    from scenarios.truth import scenario_truth

    codes = tuple(Indicator.objects.filter(active=True).values_list("code", flat=True))
    shapes = []
    for scenario in Scenario.objects.current().order_by("pk"):
        truth = scenario_truth(scenario=scenario)
        if not truth or not any(t.high_risk for t in truth.values()):
            continue
        rows = tuple(
            scoring.ConsignmentTruth(
                key=str(cid),
                high_risk=t.high_risk,
                severity=float(t.severity),
                indicators=frozenset(t.indicators),
            )
            for cid, t in sorted(truth.items())
        )
        shapes.append(
            ScenarioShape(
                scenario_id=scenario.pk,
                truth=rows,
                budget=scenario.inspection_budget,
                weights=scoring.Weights(
                    weighted_capture=float(scenario.weight_severity),
                    skill=float(scenario.weight_skill),
                    indicator_f1=float(scenario.weight_indicators),
                ),
                pass_mark=scenario.pass_mark,
                clean_codes=codes,
            )
        )
    return shapes


def _aware(day: date, rng: random.Random) -> datetime:
    moment = datetime.combine(day, time(hour=rng.randint(7, 18), minute=rng.randint(0, 59)))
    return timezone.make_aware(moment, timezone.get_current_timezone())


def _weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _simulate(rng, shape: ScenarioShape, ability: float, weak: str, categories: dict[str, str]):
    """One officer's selection on one scenario, scored for real."""
    from exercises import scoring

    high = [t for t in shape.truth if t.high_risk]
    clean = [t for t in shape.truth if not t.high_risk]
    size = shape.budget if rng.random() < 0.85 else max(1, shape.budget - 1)
    # Probability that each pick is a true high-risk consignment grows with ability.
    base = len(high) / len(shape.truth)
    p_hit = base + (1 - base) / (1 + exp(-(ability - 1.2) * 1.8))
    hits = min(len(high), sum(1 for _ in range(size) if rng.random() < p_hit))
    false_alarms = min(len(clean), size - hits)
    chosen = rng.sample(high, hits) + rng.sample(clean, false_alarms)
    selections = []
    for item in chosen:
        cited = set()
        for code in item.indicators:
            chance = 0.35 + 0.12 * ability
            if categories.get(code) == weak:
                chance -= 0.35
            if rng.random() < chance:
                cited.add(code)
        if (not item.high_risk or rng.random() < 0.25) and shape.clean_codes:
            cited.add(rng.choice(shape.clean_codes))
        selections.append(scoring.Selection(key=item.key, indicators=frozenset(cited)))
    return scoring.score(
        scoring.ScoringInput(
            truth=shape.truth,
            selections=tuple(selections),
            budget=shape.budget,
            weights=shape.weights,
            pass_mark=float(shape.pass_mark),
        )
    )


SUMMARY_FIELDS = (
    "consignments", "high_risk", "budget", "selected", "hits", "false_alarms", "misses", "correct_releases",
    "hit_rate", "detection", "capture", "weighted_capture", "expected_hits", "skill", "lift", "sdt_hit_rate",
    "sdt_false_alarm_rate", "d_prime", "criterion", "indicator_precision", "indicator_recall", "indicator_f1",
    "composite", "pass_mark", "passed",
)  # fmt: skip


def _code(rng: random.Random) -> str:
    from certificates.codes import ALPHABET, LENGTH, code_format

    return code_format("".join(rng.choice(ALPHABET) for _ in range(LENGTH)))


def generate(
    *,
    trainees: int,
    attempts: int,
    seed: int,
    end: date | None = None,
    log: Callable[[str], None] = lambda s: None,
) -> Summary:
    """Build the dataset (atomic: on any error nothing is left behind)."""
    from certificates.models import Certificate, CertificateRevocation
    from certificates.services import add_months
    from courses.models import CourseCompletion, Enrolment, LessonProgress
    from exercises.models import Attempt, AttemptMode, AttemptStatus
    from mentoring.models import Cohort, CohortMembership, IndicatorTally
    from mentoring.services import indicator_categories, tallies_from_breakdown

    if trainees < 1 or attempts < 0:
        raise GeneratorError(_("--trainees must be at least 1 and --attempts at least 0."))
    end = end or timezone.localdate()
    prefix = f"s{seed}-"
    if User.objects.filter(email__startswith=f"trainee-{prefix}", email__endswith=EMAIL_DOMAIN).exists():
        raise GeneratorError(
            _("Data for seed %(seed)s already exists in this database; choose another --seed.")
            % {"seed": seed}
        )
    courses = _courses()
    if not courses:
        raise GeneratorError(_("There are no live courses with lessons: run “manage.py seed_demo” first."))
    scenarios = _scenarios()
    if attempts and not scenarios:
        raise GeneratorError(_("There are no published scenarios: run “manage.py seed_demo” first."))
    rng = random.Random(seed)  # noqa: S311 - reproducible sample data, not secrets
    # Sex and leaving dates come from their own sequence, so that adding them
    # left every other generated value of a seed as it was.
    extra = random.Random(f"extra-{seed}")  # noqa: S311 - reproducible sample data, not secrets
    categories = indicator_categories()
    summary = Summary()
    password = make_password(None)
    start = end - timedelta(days=540)

    with transaction.atomic(), _historic_dates((Enrolment, "created_at"), (CourseCompletion, "completed_at")):
        trainee_group = Group.objects.get(name=Role.TRAINEE.value)
        mentor_group = Group.objects.get(name=Role.MENTOR.value)

        # Cohorts of 15-35 officers from one country's duty stations.
        cohort_specs = []
        remaining = trainees
        while remaining > 0:
            size = min(remaining, rng.randint(15, 35))
            country = _weighted(rng, COUNTRY_WEIGHTS)
            stations = rng.sample(DUTY_STATIONS[country], k=min(2, len(DUTY_STATIONS[country])))
            starts = start + timedelta(days=rng.randint(0, 480))
            cohort_specs.append((size, country, stations, starts))
            remaining -= size
        mentors = [
            User(
                email=f"mentor-{prefix}{i:04d}@{EMAIL_DOMAIN}",
                full_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                country=_weighted(rng, COUNTRY_WEIGHTS),
                agency=Agency.CUSTOMS,
                duty_station="Regional mentoring team",
                preferred_language="ru",
                password=password,
            )
            for i in range(max(1, len(cohort_specs) // 4))
        ]
        User.objects.bulk_create(mentors, batch_size=BATCH)
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=m.pk, group_id=mentor_group.pk) for m in mentors], batch_size=BATCH
        )
        summary.mentors = len(mentors)

        cohorts = [
            Cohort(
                name=f"{stations[0]} mentorship {starts:%Y-%m} (generated {seed}/{n + 1})",
                country=country,
                duty_stations="\n".join(stations),
                starts_on=starts,
                ends_on=starts + timedelta(days=3),
            )
            for n, (size, country, stations, starts) in enumerate(cohort_specs)
        ]
        Cohort.objects.bulk_create(cohorts, batch_size=BATCH)
        summary.cohorts = len(cohorts)
        Cohort.mentors.through.objects.bulk_create(
            [
                Cohort.mentors.through(cohort_id=c.pk, user_id=mentors[i % len(mentors)].pk)
                for i, c in enumerate(cohorts)
            ],
            batch_size=BATCH,
        )
        cohort_courses = {}
        links = []
        for cohort in cohorts:
            chosen = rng.sample(courses, k=rng.randint(1, len(courses)))
            cohort_courses[cohort.pk] = chosen
            links += [Cohort.courses.through(cohort_id=cohort.pk, coursepage_id=c.page_id) for c in chosen]
        Cohort.courses.through.objects.bulk_create(links, batch_size=BATCH)

        users, user_cohort = [], []
        number = 0
        for cohort, (size, country, stations, _starts) in zip(cohorts, cohort_specs, strict=True):
            for _i in range(size):
                number += 1
                users.append(
                    User(
                        email=f"trainee-{prefix}{number:06d}@{EMAIL_DOMAIN}",
                        full_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                        country=country,
                        agency=_weighted(rng, AGENCY_WEIGHTS),
                        duty_station=rng.choice(stations),
                        sex=_weighted(extra, SEX_WEIGHTS),
                        preferred_language=LANGUAGE[country],
                        password=password,
                    )
                )
                user_cohort.append(cohort)
        User.objects.bulk_create(users, batch_size=BATCH)
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=u.pk, group_id=trainee_group.pk) for u in users], batch_size=BATCH
        )
        memberships = []
        for u, c in zip(users, user_cohort, strict=True):
            left = None
            if extra.random() < LEAVING_SHARE and (end - c.starts_on).days > 30:
                left = c.starts_on + timedelta(days=extra.randint(30, (end - c.starts_on).days))
            memberships.append(CohortMembership(cohort=c, user=u, joined_on=c.starts_on, left_on=left))
        CohortMembership.objects.bulk_create(memberships, batch_size=BATCH)
        summary.trainees = len(users)
        log(f"  {len(users)} trainees, {len(mentors)} mentors, {len(cohorts)} cohorts")

        # Enrolments, lesson progress, completions and certificates.
        ability = {u.pk: rng.gauss(1.0, 0.55) for u in users}
        enrolments, progress, completions, certificates, revoked = [], [], [], [], []
        for user, cohort in zip(users, user_cohort, strict=True):
            for course in cohort_courses[cohort.pk]:
                enrolled = _aware(min(cohort.starts_on + timedelta(days=rng.randint(0, 10)), end), rng)
                enrolments.append(
                    Enrolment(
                        user=user, course_key=course.key, source=Enrolment.Source.STAFF, created_at=enrolled
                    )
                )
                days = rng.gammavariate(2.0, 12.0) / max(0.4, ability[user.pk])
                finish = enrolled + timedelta(days=days)
                completes = rng.random() < 0.7 and finish.date() <= end
                share = 1.0 if completes else rng.random() * 0.9
                done = course.lesson_keys[: int(round(share * len(course.lesson_keys)))]
                if completes:
                    done = tuple(dict.fromkeys(course.lesson_keys + course.required))
                for n, key in enumerate(done):
                    at = enrolled + (finish - enrolled) * (n + 1) / max(len(done), 1)
                    progress.append(
                        LessonProgress(
                            user=user,
                            course_key=course.key,
                            lesson_key=key,
                            last_visited_at=at,
                            completed_at=at,
                            completed_how=LessonProgress.How.MARKED,
                        )
                    )
                if not completes:
                    continue
                completions.append(CourseCompletion(user=user, course_key=course.key, completed_at=finish))
                if not course.certificate:
                    continue
                completed_on = timezone.localdate(finish)
                certificates.append(
                    Certificate(
                        user=user,
                        course_key=course.key,
                        code=_code(rng),
                        language=user.preferred_language,
                        holder_name=user.full_name,
                        course_title=course.title,
                        completed_on=completed_on,
                        issued_at=finish,
                        expires_on=add_months(completed_on, course.validity_months or 12),
                    )
                )
                if rng.random() < 0.02:
                    revoked.append((len(certificates) - 1, finish + timedelta(days=rng.randint(1, 60))))
        Enrolment.objects.bulk_create(enrolments, batch_size=BATCH)
        LessonProgress.objects.bulk_create(progress, batch_size=BATCH)
        CourseCompletion.objects.bulk_create(completions, batch_size=BATCH)
        Certificate.objects.bulk_create(certificates, batch_size=BATCH)
        CertificateRevocation.objects.bulk_create(
            [
                CertificateRevocation(
                    certificate=certificates[i],
                    reason="Generated: issued in error",
                    revoked_at=min(at, timezone.now()),
                    revoked_by_email="staff@example.org",
                )
                for i, at in revoked
            ],
            batch_size=BATCH,
        )
        summary.enrolments, summary.lessons = len(enrolments), len(progress)
        summary.completions, summary.certificates = len(completions), len(certificates)
        log(
            f"  {len(enrolments)} enrolments, {len(completions)} completions, {len(certificates)} certificates"
        )

        # Exercise attempts: more for some officers than others, improving with practice.
        if attempts:
            weights = [rng.random() + 0.2 for _ in users]
            owners = sorted(rng.choices(range(len(users)), weights=weights, k=attempts))
            practice: dict[int, int] = {}
            batch_attempts, batch_scores = [], []

            def flush():
                _bulk_insert(Attempt, batch_attempts)
                tallies = []
                for attempt, result in zip(batch_attempts, batch_scores, strict=True):
                    # Only what carries indicators counts in a tally (in any order).
                    outcomes = {
                        o.key: {
                            "outcome": str(o.outcome),
                            "found": o.indicators_found,
                            "missed": o.indicators_missed,
                            "wrong": o.indicators_wrong,
                        }
                        for o in result.outcomes
                        if o.indicators_found or o.indicators_missed or o.indicators_wrong
                    }
                    for category, counts in tallies_from_breakdown(
                        {"outcomes": outcomes}, categories
                    ).items():
                        tallies.append(
                            IndicatorTally(
                                attempt=attempt,
                                user_id=attempt.user_id,
                                submitted_at=attempt.submitted_at,
                                category=category,
                                **counts,
                            )
                        )
                _bulk_insert(IndicatorTally, tallies)
                summary.attempts += len(batch_attempts)
                summary.tallies += len(tallies)
                batch_attempts.clear()
                batch_scores.clear()

            for index in owners:
                user, cohort = users[index], user_cohort[index]
                k = practice.get(user.pk, 0)
                practice[user.pk] = k + 1
                shape = scenarios[rng.randrange(len(scenarios))]
                result = _simulate(
                    rng, shape, ability[user.pk] + min(0.12 * k, 1.0), WEAK_CATEGORY[user.country], categories
                )
                course = rng.choice(cohort_courses[cohort.pk])
                lesson = course.exercise or (None, "")
                first = max(cohort.starts_on, start)
                span = max((end - first).days, 0)
                started = _aware(first + timedelta(days=rng.randint(0, span)), rng)
                breakdown = {name: getattr(result, name) for name in SUMMARY_FIELDS}
                breakdown["generated"] = True
                batch_attempts.append(
                    Attempt(
                        public_id=uuid.UUID(int=rng.getrandbits(128), version=4),
                        user=user,
                        scenario_id=shape.scenario_id,
                        status=AttemptStatus.SUBMITTED,
                        # Sample results stand for counted attempts (on the scenario as authored).
                        mode=AttemptMode.ASSESSED,
                        revision=result.selected + 1,
                        started_at=started,
                        selection_locked_at=started + timedelta(minutes=25),
                        submitted_at=started + timedelta(minutes=rng.randint(30, 90)),
                        lesson_page_id=lesson[0],
                        block_id=lesson[1],
                        pass_mark=shape.pass_mark,
                        required=lesson[0] is not None,
                        score=result.composite,
                        passed=result.passed,
                        breakdown=breakdown,
                    )
                )
                batch_scores.append(result)
                if len(batch_attempts) >= BATCH:
                    flush()
                    if summary.attempts % 20000 == 0:
                        log(f"  {summary.attempts} attempts")
            if batch_attempts:
                flush()
        log(f"  {summary.attempts} attempts, {summary.tallies} indicator tallies")
    _analyze()
    return summary


def _bulk_insert(model, objs: list) -> None:
    """Insert `objs` and set their primary keys. On PostgreSQL the rows go
    through COPY with ids drawn from the table's sequence beforehand: for the
    hundreds of thousands of attempts and tallies of a programme-scale
    dataset this is several times faster than bulk_create, whose cost is
    preparing every value in Python. Model save() and signals are skipped
    either way (as with bulk_create); no field of these models fills itself
    on save."""
    from django.db import connection

    if not objs:
        return
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objs, batch_size=BATCH)
        return
    from psycopg.types.json import Jsonb

    meta = model._meta
    table = connection.ops.quote_name(meta.db_table)
    fields = list(meta.concrete_fields)
    json_fields = {field.attname for field in fields if field.get_internal_type() == "JSONField"}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objs)],
        )
        for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
            obj.pk = pk
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row(
                    [
                        Jsonb(getattr(obj, field.attname))
                        if field.attname in json_fields
                        else getattr(obj, field.attname)
                        for field in fields
                    ]
                )
    for obj in objs:
        obj._state.adding = False


def _analyze() -> None:
    """Refresh PostgreSQL's planner statistics: right after a bulk load they
    still describe near-empty tables, and the planner picks plans that are
    orders of magnitude slower until autovacuum catches up."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    from certificates.models import Certificate
    from courses.models import CourseCompletion, Enrolment, LessonProgress
    from exercises.models import Attempt
    from mentoring.models import CohortMembership, IndicatorTally

    models = (User, User.groups.through, CohortMembership, Enrolment, LessonProgress, CourseCompletion,
              Certificate, Attempt, IndicatorTally)  # fmt: skip
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
