"""The benchmark's dataset, built in the bench database after `migrate` and
`seed_demo` (run by bench/run.py with DJANGO_SETTINGS_MODULE=bench.settings).

* Content: 3 courses of 3 modules x 10 lessons (English and Russian, made of
  the demo lessons' blocks), an exercise block in the first course, and two
  published scenarios of 50 and 500 consignments made by the scenarios app's
  generator (generation and import of the 500 are timed here).
* Population: `manage.py generate_programme_data` when that command exists
  (the Mentoring and programme tracking capability), else `population_build`
  below: trainees, enrolments, lesson progress, assessment attempts and
  certificates, in bulk.
* The actors the load phase needs, written to a JSON file: session cookies of
  readers, workspace users, submitters, the exam-start cohort and a staff
  member, plus the URLs to drive. Sessions are created directly in the session
  store, as a sign-in would leave them.

    python -m bench.dataset --out var/bench/fixtures.json --trainees 10000 --attempts 200000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import string
import sys
import time
from datetime import timedelta
from pathlib import Path

BENCH_SLUG = "bench-course-{n}"
PASSWORD = "academy-demo"  # noqa: S105 - the demo accounts' documented password
MINIMAL_SLUG = "bench-minimal-page"


def _setup() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()


# ---------------------------------------------------------------------------
# Content


def courses_build(*, languages=("en",)) -> list:
    """Three courses of three modules of ten lessons, reusing the demo lessons'
    blocks in rotation (English only: translating through wagtail-localize
    would double the build time and the load phase reads English pages)."""
    from courses.demo import _locales, content_modules, course_index_ensure, course_load

    locales = {code: loc for code, loc in _locales().items() if code in languages}
    index = course_index_ensure(locales=_locales())
    demo_lessons = [
        lesson for course in content_modules() for module in course["modules"] for lesson in module["lessons"]
    ]
    demo_courses = content_modules()
    built = []
    counter = 0
    for n in range(1, 4):
        template = demo_courses[(n - 1) % len(demo_courses)]
        modules = []
        for m in range(1, 4):
            lessons = []
            for _i in range(10):
                source = demo_lessons[counter % len(demo_lessons)]
                counter += 1
                lessons.append(
                    {
                        **source,
                        "slug": f"lesson-{counter}",
                        "title": {k: f"{v} ({counter})" for k, v in source["title"].items()},
                    }
                )
            modules.append(
                {
                    "slug": f"module-{m}",
                    "title": {k: f"{v} {m}" for k, v in template["modules"][0]["title"].items()},
                    "intro": template["modules"][0].get("intro"),
                    "lessons": lessons,
                }
            )
        data = {
            **template,
            "slug": BENCH_SLUG.format(n=n),
            "title": {k: f"{v} · {n}" for k, v in template["title"].items()},
            "certificate_enabled": True,
            "modules": modules,
        }
        built.append(course_load(data=data, index=index, locales=locales))
    return built


def scenarios_build() -> tuple:
    """Published scenarios of 50 and 500 consignments; returns them with the
    seconds the 500 took to generate and to import."""
    from scenarios.generator import scenario_document_generate
    from scenarios.interchange import scenario_import
    from scenarios.services import scenario_publish_unreviewed

    small = scenario_import(
        document=scenario_document_generate(seed=50, consignments=50, high_risk=5, title="Bench: 50")
    )
    scenario_publish_unreviewed(scenario=small)
    started = time.perf_counter()
    document = scenario_document_generate(seed=500, consignments=500, high_risk=25, title="Bench: 500")
    generated = time.perf_counter()
    large = scenario_import(document=document)
    imported = time.perf_counter()
    scenario_publish_unreviewed(scenario=large)
    return small, large, {"generate_s": generated - started, "import_s": imported - generated}


def minimal_page_build():
    """A bare wagtailcore.Page (title only) under the English home page: what
    a fresh Wagtail site serves, rendered by bench/templates/wagtailcore/page.html."""
    from wagtail.models import Locale, Page

    from core.models import HomePage

    home = HomePage.objects.get(locale=Locale.objects.get(language_code="en"))
    page = Page(title="Welcome to your new Wagtail site!", slug=MINIMAL_SLUG)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


# ---------------------------------------------------------------------------
# Population


def _users(prefix: str, count: int, *, role=None, language: str = "en") -> list:
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from accounts.models import User

    hashed = make_password(PASSWORD)
    users = User.objects.bulk_create(
        [
            User(
                email=f"{prefix}-{i}@bench.example.org",
                password=hashed,
                full_name=f"Bench {prefix.title()} {i}",
                country="UZ",
                agency="customs",
                preferred_language=language,
            )
            for i in range(count)
        ],
        batch_size=2000,
    )
    if role is not None:
        group = Group.objects.get(name=str(role))
        through = User.groups.through
        through.objects.bulk_create(
            [through(user_id=u.pk, group_id=group.pk) for u in users], batch_size=5000
        )
    return users


def population_build(*, trainees: int, attempts: int, seed: int, courses) -> dict:
    """Trainees enrolled in the bench courses with lesson progress, assessment
    attempts (quiz results) and, for those who finished, certificates. Used
    when `generate_programme_data` is not installed."""
    from accounts.roles import Role
    from certificates.models import Certificate
    from courses.models import AssessmentAttempt, Enrolment, LessonPage, LessonProgress

    rng = random.Random(seed)
    users = _users("trainee", trainees, role=Role.TRAINEE)
    course_lessons = [
        (course, list(LessonPage.objects.live().descendant_of(course).order_by("path"))) for course in courses
    ]
    enrolments, progress, results, certificates = [], [], [], []
    now_ = time.time()
    per_trainee = max(1, attempts // max(trainees, 1))
    for user in users:
        course, lessons = course_lessons[rng.randrange(len(course_lessons))]
        enrolments.append(Enrolment(user_id=user.pk, course_key=course.translation_key))
        done = rng.randrange(len(lessons) + 1)
        for lesson in lessons[:done]:
            progress.append(
                LessonProgress(
                    user_id=user.pk,
                    course_key=course.translation_key,
                    lesson_key=lesson.translation_key,
                    completed_at=_ago(now_, rng),
                    last_visited_at=_ago(now_, rng),
                    completed_how="marked",
                )
            )
        for number in range(1, per_trainee + 1):
            lesson = lessons[rng.randrange(len(lessons))]
            score = rng.uniform(20, 100)
            results.append(
                AssessmentAttempt(
                    user_id=user.pk,
                    course_key=course.translation_key,
                    lesson_key=lesson.translation_key,
                    assessment_key=f"bench-{lesson.pk}",
                    kind="quiz",
                    number=number,
                    score=score,
                    passed=score >= 70,
                )
            )
        if done == len(lessons):
            certificates.append(
                Certificate(
                    user_id=user.pk,
                    course_key=course.translation_key,
                    language="en",
                    holder_name=user.full_name,
                    course_title=course.title,
                    completed_on=_ago(now_, rng).date(),
                    pdf_status=Certificate.PdfStatus.PENDING,
                )
            )
    Enrolment.objects.bulk_create(enrolments, batch_size=5000)
    LessonProgress.objects.bulk_create(progress, batch_size=5000)
    AssessmentAttempt.objects.bulk_create(results, batch_size=5000)
    Certificate.objects.bulk_create(certificates, batch_size=2000)
    return {
        "builder": "bench.dataset.population_build",
        "trainees": len(users),
        "enrolments": len(enrolments),
        "lesson_progress": len(progress),
        "assessment_attempts": len(results),
        "certificates": len(certificates),
    }


def _ago(now_: float, rng: random.Random):
    from datetime import UTC, datetime

    return datetime.fromtimestamp(now_ - rng.uniform(0, 180 * 86400), tz=UTC)


def population(*, trainees: int, attempts: int, seed: int, courses) -> dict:
    from django.core.management import call_command, get_commands

    if "generate_programme_data" in get_commands():
        started = time.perf_counter()
        call_command("generate_programme_data", trainees=trainees, attempts=attempts, seed=seed)
        return {
            "builder": "generate_programme_data",
            "trainees": trainees,
            "attempts": attempts,
            "seconds": round(time.perf_counter() - started, 1),
        }
    return population_build(trainees=trainees, attempts=attempts, seed=seed, courses=courses)


# ---------------------------------------------------------------------------
# Actors of the load phase


def session_for(user) -> str:
    """A signed-in session for `user`, as allauth's login leaves it."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


def csrf_secret() -> str:
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _i in range(32))


def _enrol(users, course) -> None:
    from courses.models import Enrolment

    Enrolment.objects.bulk_create(
        [Enrolment(user_id=u.pk, course_key=course.translation_key) for u in users], ignore_conflicts=True
    )


def _open_attempts(users, scenario, per_user: int = 1, selections: int = 0) -> list:
    """Open attempts made in bulk the way `attempt_start` makes them (shuffled
    items, random references), optionally with a few consignments selected."""
    from exercises.models import Attempt, AttemptItem, Selection
    from scenarios.models import Consignment

    ids = list(Consignment.objects.filter(scenario=scenario).values_list("pk", flat=True))
    now_ = __import__("django.utils.timezone", fromlist=["now"]).now()
    attempts = Attempt.objects.bulk_create(
        [
            Attempt(
                user_id=u.pk,
                scenario=scenario,
                started_at=now_,
                deadline=now_ + timedelta(hours=3),
                pass_mark=scenario.pass_mark,
            )
            for u in users
            for _n in range(per_user)
        ],
        batch_size=2000,
    )
    items = []
    for attempt in attempts:
        order = ids[:]
        random.shuffle(order)
        refs = set()
        while len(refs) < len(order):
            refs.add(secrets.token_hex(4))
        items += [
            AttemptItem(attempt=attempt, consignment_id=pk, ref=ref, position=pos)
            for pos, (pk, ref) in enumerate(zip(order, sorted(refs), strict=True), start=1)
        ]
    AttemptItem.objects.bulk_create(items, batch_size=10000)
    if selections:
        chosen = []
        by_attempt: dict[int, list] = {}
        for item in items:
            by_attempt.setdefault(item.attempt_id, []).append(item)
        for attempt in attempts:
            for item in by_attempt[attempt.pk][:selections]:
                chosen.append(
                    Selection(
                        item=item, attempt=attempt, indicators=[], justification="Bench.", selected_at=now_
                    )
                )
        Selection.objects.bulk_create(chosen, batch_size=10000)
    return attempts


def actors_build(*, courses, small, large, submissions: int, minimal) -> dict:
    from django.urls import reverse
    from django.utils import translation

    from accounts.models import User
    from accounts.roles import Role
    from certificates.models import Certificate
    from courses.models import LessonPage
    from courses.services import lesson_block_append
    from exercises.models import AttemptItem

    translation.activate("en")
    course = courses[0]
    lessons = list(
        LessonPage.objects.live().descendant_of(course).filter(locale=course.locale).order_by("path")
    )
    exam_lesson = lessons[0]
    block_id = lesson_block_append(
        lesson=exam_lesson,
        block_type="exercise",
        value={"scenario": str(small.lineage), "pass_mark": None, "grading": "best", "required": True},
    )
    reading_lesson = lessons[len(lessons) // 2]

    readers = _users("reader", 50, role=Role.TRAINEE)
    _enrol(readers, course)
    workers = _users("worker", 50, role=Role.TRAINEE)
    small_attempts = _open_attempts(workers, small)
    large_attempts = _open_attempts(workers, large)
    per_user = 15
    submitters = _users("submitter", max(1, -(-submissions // per_user)), role=Role.TRAINEE)
    pool = _open_attempts(submitters, small, per_user=per_user, selections=3)
    cohort = _users("cohort", 50, role=Role.TRAINEE)
    _enrol(cohort, course)
    staff = User.objects.get(email="staff@example.org")

    certificate = Certificate.objects.create(
        user=readers[0],
        course_key=course.translation_key,
        language="en",
        holder_name=readers[0].full_name,
        course_title=course.title,
        completed_on=exam_lesson.first_published_at.date(),
    )
    first_ref = {
        a.pk: AttemptItem.objects.filter(attempt=a).order_by("position").values_list("ref", flat=True)[0]
        for a in small_attempts
    }

    def ws(attempt):
        return reverse("exercises:workspace", kwargs={"public_id": attempt.public_id})

    sessions = {u.pk: session_for(u) for u in [*readers, *workers, *submitters, *cohort, staff]}
    return {
        "urls": {
            "course_anonymous": course.url,
            "lesson": reading_lesson.url,
            "minimal_wagtail": minimal.url,
            "bare": reverse("bench_bare"),
            "verify": reverse("certificates:verify_code", kwargs={"code": certificate.code}),
            "dashboard": reverse("reports:dashboard"),
            "exercise_start": reverse("exercises:catalogue"),
        },
        "exam": {"lesson": exam_lesson.pk, "block": block_id},
        "readers": [sessions[u.pk] for u in readers],
        "workspace_50": [{"session": sessions[a.user_id], "url": ws(a)} for a in small_attempts],
        "workspace_500": [{"session": sessions[a.user_id], "url": ws(a)} for a in large_attempts],
        "autosave": [
            {
                "session": sessions[a.user_id],
                "url": reverse("exercises:item", kwargs={"public_id": a.public_id, "ref": first_ref[a.pk]}),
            }
            for a in small_attempts
        ],
        "osint": [
            {
                "session": sessions[a.user_id],
                "url": reverse("exercises:osint", kwargs={"public_id": a.public_id}) + "?q=seal",
            }
            for a in large_attempts
        ],
        "submit": [
            {
                "session": sessions[a.user_id],
                "url": reverse("exercises:submit", kwargs={"public_id": a.public_id}),
            }
            for a in pool
        ],
        "cohort": [sessions[u.pk] for u in cohort],
        "staff": sessions[staff.pk],
        "csrf": csrf_secret(),
    }


def certificates_for_bulk(*, count: int, course) -> list[int]:
    """`count` certificates whose PDFs are still to render (one per new
    trainee), for the bulk rendering through the task worker."""
    from certificates.models import Certificate

    users = _users("graduate", count)
    today = time.strftime("%Y-%m-%d")
    made = Certificate.objects.bulk_create(
        [
            Certificate(
                user_id=u.pk,
                course_key=course.translation_key,
                language=("en", "ru", "uz", "tk")[i % 4],
                holder_name=u.full_name,
                course_title=course.title,
                completed_on=today,
                pdf_status=Certificate.PdfStatus.PENDING,
            )
            for i, u in enumerate(users)
        ],
        batch_size=2000,
    )
    return [c.pk for c in made]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--trainees", type=int, default=10000)
    parser.add_argument("--attempts", type=int, default=200000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--submissions", type=int, default=1500)
    parser.add_argument("--bulk-certificates", type=int, default=1000)
    args = parser.parse_args(argv)
    _setup()
    from django.db import transaction

    timings = {}
    t = time.perf_counter()
    with transaction.atomic():
        courses = courses_build()
    timings["courses_s"] = time.perf_counter() - t
    small, large, scenario_timings = scenarios_build()
    minimal = minimal_page_build()
    t = time.perf_counter()
    population_info = population(
        trainees=args.trainees, attempts=args.attempts, seed=args.seed, courses=courses
    )
    timings["population_s"] = time.perf_counter() - t
    t = time.perf_counter()
    with transaction.atomic():
        actors = actors_build(
            courses=courses, small=small, large=large, submissions=args.submissions, minimal=minimal
        )
        bulk_ids = certificates_for_bulk(count=args.bulk_certificates, course=courses[1])
    timings["actors_s"] = time.perf_counter() - t
    actors["bulk_certificates"] = bulk_ids
    actors["population"] = population_info
    actors["scenario_500"] = scenario_timings
    actors["build_timings"] = timings
    actors["scenarios"] = {"small": small.pk, "large": large.pk}
    Path(args.out).write_text(json.dumps(actors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
