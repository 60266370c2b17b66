"""Demo cohort: the demo mentor and the four demo trainees in one
mentorship, enrolled in every demo course, with some reading lessons done and
two earlier exercise attempts each (a month and two months ago), so the
mentor workspace and the programme dashboard show figures over time.

Runs after `exercises.demo` (INSTALLED_APPS order). Idempotent: an existing
demo cohort is left alone, with any later edits.
"""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from accounts.models import Country, User

from .models import Cohort, CohortMembership
from .services import cohort_enrol

COHORT_NAME = "Caspian seaports and dry ports — PCU mentorship (demo)"
TRAINEES = (
    "trainee.ru@example.org",
    "trainee.uz@example.org",
    "trainee.tk@example.org",
    "trainee.en@example.org",
)
NOTE = "Strong on documents; misses seal and dwell-time signals. Next session: rip-on/rip-off case."


def _history(trainees, mentor, *, stdout=None) -> None:
    from courses.models import LessonPage
    from courses.selectors.structure import lesson_assessments
    from courses.services import CourseError, lesson_mark_complete
    from exercises.demo import _play
    from scenarios.models import Scenario

    scenarios = list(Scenario.objects.current().filter(title__en__startswith="Demo:").order_by("pk"))
    now = timezone.now()
    for index, user in enumerate(trainees):
        if scenarios:
            for months, good in ((2, False), (1, index % 2 == 0)):
                when = now - timedelta(days=30 * months + index)
                _play(user, scenarios[(index + months) % len(scenarios)], good=good, when=when)
        # Reading lessons done: more for the first trainees, none for the last.
        done = 0
        for lesson in LessonPage.objects.live().filter(locale__language_code="en").order_by("path"):
            if done >= 3 * (len(trainees) - 1 - index):
                break
            if lesson_assessments(lesson):
                continue
            try:
                lesson_mark_complete(user=user, lesson=lesson)
            except CourseError:
                continue
            done += 1
    if stdout:
        stdout.write("  demo history: earlier attempts and lessons")


@transaction.atomic
def seed(*, stdout=None) -> None:
    if Cohort.objects.filter(name=COHORT_NAME).exists():
        return
    mentor = User.objects.filter(email="mentor@example.org").first()
    trainees = list(User.objects.filter(email__in=TRAINEES).order_by("email"))
    if mentor is None or not trainees:
        return
    from courses.models import CoursePage, source_locale

    today = timezone.localdate()
    cohort = Cohort.objects.create(
        name=COHORT_NAME,
        country=Country.KAZAKHSTAN,
        duty_stations="\n".join(sorted({t.duty_station for t in trainees if t.duty_station})),
        # Early enough for the history below (attempts up to 63 days ago), which
        # counts for the cohort only from the day its trainees joined.
        starts_on=date(today.year, 1, 12) if today.month > 3 else today - timedelta(days=70),
        ends_on=date(today.year, 12, 18),
    )
    cohort.mentors.add(mentor)
    cohort.courses.set(CoursePage.objects.live().filter(locale=source_locale()))
    for user in trainees:
        # Their generated history (below) starts with the cohort.
        CohortMembership.objects.create(cohort=cohort, user=user, joined_on=cohort.starts_on)
    cohort_enrol(cohort=cohort)
    _history(trainees, mentor, stdout=stdout)
    from .models import SessionNote

    SessionNote.objects.create(
        cohort=cohort, mentee=trainees[0], author=mentor, session_on=today - timedelta(days=3), text=NOTE
    )
    if stdout:
        stdout.write(f"  cohort {COHORT_NAME!r}")
