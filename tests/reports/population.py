"""A small programme with known answers for the breakdown, export and report
tests: two countries, two agencies, every sex (and none stated), two
courses (one with estimated hours, one with lesson minutes only), a cohort
with joining and leaving dates, and events before, in and after the first
quarter of 2026.

People (26 trainees):
  kzf1..kzf6  KZ customs female      kzm1..kzm7  KZ customs male
  kzp1, kzp2  KZ police male         uzf1, uzf2  UZ customs female
  uzm1..uzm7  UZ customs male        uzn1 (no answer), uzn2 (prefers not to say): UZ police

Events:
  every trainee enrols in A on 10 Jan, except kzp2 (20 Dec 2025) and uzm7 (nothing at all);
  kzp2 completes a lesson of A on 10 Feb; kzf1 enrols in B on 5 Feb and completes it on 1 Mar;
  A completed: kzf1..kzf4 15 Feb, uzf1 20 Feb, kzm1..kzm3 10 Mar, uzm2 20 Mar (and an earlier
  cycle on 15 Jan), uzm1 5 Apr;
  certificates of A issued 15 Feb to kzf1 (expires 1 Jul 2026), kzf2 (revoked 5 Mar), kzf3, kzf4;
  assessed attempts: kzm1 on 5 and 20 Feb from A's lesson, uzf1 on 15 Mar from the catalogue;
  cohort "Aktau PCU": kzf1..kzf3 from 1 Feb, kzm1 from 1 Jan to 10 Feb.
"""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from certificates.models import Certificate, CertificateRevocation
from courses.models import CourseCompletion, Enrolment, LessonPage, LessonProgress, PastCompletion
from exercises.models import Attempt, AttemptMode, AttemptStatus
from tests.factories.mentoring import cohort_build

TZ = ZoneInfo("Asia/Tashkent")
TODAY = date(2026, 6, 15)
Q1 = (date(2026, 1, 1), date(2026, 3, 31))
RUSSIAN_TITLE = "Профилирование контейнеров"


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


@dataclass
class Population:
    people: dict
    course_a: object
    course_b: object
    cohort: object
    forms: list  # the decision counts of kzm1's two attempts


def _attempt(user, scenario, day, *, tp, lesson=None):
    return Attempt.objects.create(
        user=user,
        scenario=scenario,
        status=AttemptStatus.SUBMITTED,
        mode=AttemptMode.ASSESSED,
        started_at=at(day, 9),
        submitted_at=at(day),
        pass_mark=60,
        score=50,
        passed=False,
        lesson_page_id=lesson.pk if lesson else None,
        breakdown={"consignments": 40, "high_risk": 6, "selected": 5, "hits": tp},
    )


def build(*, make_user, home, scenario, mentor) -> Population:
    from wagtail.models import Locale

    from tests.factories.courses import build_course

    course_a = build_course(home, lessons=2, slug="profiling")
    course_a.estimated_hours = Decimal("4.0")
    course_a.save_revision().publish()
    course_b = build_course(home, lessons=2, slug="osint")
    minutes = iter((30, 60))
    for lesson in LessonPage.objects.live().descendant_of(course_b).order_by("path"):
        lesson.minutes = next(minutes)
        lesson.save_revision().publish()
    russian = course_a.copy_for_translation(Locale.objects.get(language_code="ru"), copy_parents=True)
    russian.title = RUSSIAN_TITLE
    russian.save_revision().publish()

    groups = [
        ("kzf", 6, "KZ", "customs", "female"),
        ("kzm", 7, "KZ", "customs", "male"),
        ("kzp", 2, "KZ", "police", "male"),
        ("uzf", 2, "UZ", "customs", "female"),
        ("uzm", 7, "UZ", "customs", "male"),
    ]
    people = {}
    for prefix, count, country, agency, sex in groups:
        for n in range(1, count + 1):
            people[f"{prefix}{n}"] = make_user(
                email=f"{prefix}{n}@example.org",
                country=country,
                agency=agency,
                sex=sex,
                duty_station=f"{country} port",
            )
    people["uzn1"] = make_user(
        email="uzn1@example.org", country="UZ", agency="police", sex="", duty_station="UZ port"
    )
    people["uzn2"] = make_user(
        email="uzn2@example.org",
        country="UZ",
        agency="police",
        sex="prefer_not_to_say",
        duty_station="UZ port",
    )
    a, b = course_a.translation_key, course_b.translation_key

    def enrol(name, key, day):
        Enrolment.objects.create(user=people[name], course_key=key)
        Enrolment.objects.filter(user=people[name], course_key=key).update(created_at=at(day))

    def complete(name, key, day):
        CourseCompletion.objects.create(user=people[name], course_key=key)
        CourseCompletion.objects.filter(user=people[name], course_key=key).update(completed_at=at(day))

    for name in people:
        if name not in ("kzp2", "uzm7"):
            enrol(name, a, date(2026, 1, 10))
    enrol("kzp2", a, date(2025, 12, 20))
    lesson_a = LessonPage.objects.live().descendant_of(course_a).order_by("path").first()
    LessonProgress.objects.create(
        user=people["kzp2"],
        course_key=a,
        lesson_key=lesson_a.translation_key,
        completed_at=at(date(2026, 2, 10)),
        completed_how=LessonProgress.How.MARKED,
    )
    enrol("kzf1", b, date(2026, 2, 5))
    complete("kzf1", b, date(2026, 3, 1))
    for name in ("kzf1", "kzf2", "kzf3", "kzf4"):
        complete(name, a, date(2026, 2, 15))
    complete("uzf1", a, date(2026, 2, 20))
    for name in ("kzm1", "kzm2", "kzm3"):
        complete(name, a, date(2026, 3, 10))
    complete("uzm2", a, date(2026, 3, 20))
    PastCompletion.objects.create(
        user=people["uzm2"], course_key=a, cycle=1, completed_at=at(date(2026, 1, 15))
    )
    complete("uzm1", a, date(2026, 4, 5))

    for name, expires in (
        ("kzf1", date(2026, 7, 1)),
        ("kzf2", None),
        ("kzf3", date(2027, 2, 15)),
        ("kzf4", date(2027, 2, 15)),
    ):
        certificate = Certificate.objects.create(
            user=people[name],
            course_key=a,
            language="en",
            holder_name=name,
            course_title=course_a.title,
            completed_on=date(2026, 2, 15),
            issued_at=at(date(2026, 2, 15)),
            expires_on=expires,
        )
        if name == "kzf2":
            CertificateRevocation.objects.create(
                certificate=certificate, reason="Error", revoked_at=at(date(2026, 3, 5))
            )

    _attempt(people["kzm1"], scenario, date(2026, 2, 5), tp=3, lesson=lesson_a)
    _attempt(people["kzm1"], scenario, date(2026, 2, 20), tp=4, lesson=lesson_a)
    _attempt(people["uzf1"], scenario, date(2026, 3, 15), tp=1)

    cohort = cohort_build(
        name="Aktau PCU",
        mentors=[mentor],
        trainees=[people["kzf1"], people["kzf2"], people["kzf3"], people["kzm1"]],
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 12, 31),
    )
    cohort.memberships.exclude(user=people["kzm1"]).update(joined_on=date(2026, 2, 1))
    cohort.memberships.filter(user=people["kzm1"]).update(
        joined_on=date(2026, 1, 1), left_on=date(2026, 2, 10)
    )
    return Population(people=people, course_a=course_a, course_b=course_b, cohort=cohort, forms=[3, 4])
