"""The benchmark's dataset, built in the bench database after `migrate` and
`seed_demo` (run by bench/run.py with DJANGO_SETTINGS_MODULE=bench.settings).

* Content: 3 courses of 3 modules x 10 lessons (English and Russian, made of
  the demo lessons' blocks), an exercise block in the first course, and two
  published scenarios of 50 and 1,000 consignments made by the scenarios app's
  generator (generation and import of the 1,000 are timed here).
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


LARGE = 1000  # consignments of the large scenario (the generator's maximum)


def scenarios_build() -> tuple:
    """Published scenarios of 50 and 1,000 consignments; returns them with the
    seconds the 1,000 took to generate, to import and to publish."""
    from scenarios.generator import scenario_document_generate
    from scenarios.interchange import scenario_import
    from scenarios.services import scenario_publish_unreviewed

    small = scenario_import(
        document=scenario_document_generate(seed=50, consignments=50, high_risk=5, title="Bench: 50")
    )
    scenario_publish_unreviewed(scenario=small)
    started = time.perf_counter()
    document = scenario_document_generate(
        seed=LARGE, consignments=LARGE, high_risk=LARGE // 20, title=f"Bench: {LARGE}"
    )
    generated = time.perf_counter()
    large = scenario_import(document=document)
    imported = time.perf_counter()
    large = scenario_publish_unreviewed(scenario=large)
    published = time.perf_counter()
    return (
        small,
        large,
        {
            "consignments": LARGE,
            "generate_s": generated - started,
            "import_s": imported - generated,
            "publish_s": published - imported,
        },
    )


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


def _open_attempts(users, scenario, per_user: int = 1, selections: int = 0, assessed_every: int = 0) -> list:
    """Open attempts made in bulk the way `attempt_start` makes them (shuffled
    items, random references), optionally with a few consignments selected;
    with `assessed_every` n, every n-th attempt is an assessed one on its own
    parallel form (a secret seed, as `attempt_start` derives it)."""
    from core.seeds import seed_derive
    from exercises.models import Attempt, AttemptItem, AttemptMode, Selection
    from scenarios.models import Consignment

    ids = list(Consignment.objects.filter(scenario=scenario).values_list("pk", flat=True))
    now_ = __import__("django.utils.timezone", fromlist=["now"]).now()
    made = []
    for n, (u, _k) in enumerate((u, k) for u in users for k in range(per_user)):
        attempt = Attempt(
            user_id=u.pk,
            scenario=scenario,
            started_at=now_,
            deadline=now_ + timedelta(hours=3),
            pass_mark=scenario.pass_mark,
        )
        if assessed_every and n % assessed_every == 0:
            attempt.mode = AttemptMode.ASSESSED
            attempt.form_seed = seed_derive(purpose="exercises.form", parts=(attempt.public_id,))
        made.append(attempt)
    attempts = Attempt.objects.bulk_create(made, batch_size=2000)
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
        if len(items) >= 100_000:
            AttemptItem.objects.bulk_create(items, batch_size=10000)
            items = []
    AttemptItem.objects.bulk_create(items, batch_size=10000)
    if selections:
        chosen = []
        for attempt in attempts:
            for item in AttemptItem.objects.filter(attempt=attempt).order_by("position")[:selections]:
                chosen.append(
                    Selection(
                        item=item,
                        attempt=attempt,
                        indicators=["IND-21"],
                        justification="Bench.",
                        selected_at=now_,
                    )
                )
        Selection.objects.bulk_create(chosen, batch_size=10000)
    return attempts


def _examining(attempts) -> None:
    """Lock the selection of `attempts` (the examination stage)."""
    from exercises.models import Attempt, AttemptStatus

    now_ = __import__("django.utils.timezone", fromlist=["now"]).now()
    Attempt.objects.filter(pk__in=[a.pk for a in attempts]).update(
        status=AttemptStatus.EXAMINING, selection_locked_at=now_
    )


def _submitted(attempts) -> None:
    """Submit `attempts` through the service (scored against the truth)."""
    from exercises.models import Attempt
    from exercises.services import attempt_submit

    for attempt in Attempt.objects.filter(pk__in=[a.pk for a in attempts]):
        attempt_submit(attempt=attempt)


def actors_build(*, courses, small, large, submissions: int, minimal, cohort_size: int = 200) -> dict:
    """The signed-in actors of the load phase and the URLs they drive. Every
    page of an exercise is driven on both scenarios (the 50-consignment one
    for the small-versus-large query comparison); every other attempt on the
    large one is assessed, so half of the workspace requests read a parallel
    form."""
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
    large_attempts = _open_attempts(workers, large, assessed_every=2)
    examiners = _users("examiner", 50, role=Role.TRAINEE)
    examining = {
        "small": _open_attempts(examiners, small, selections=4),
        "large": _open_attempts(examiners, large, selections=4, assessed_every=2),
    }
    for attempts in examining.values():
        _examining(attempts)
    debriefed = _users("debriefed", 50, role=Role.TRAINEE)
    submitted = {
        "small": _open_attempts(debriefed, small, selections=4),
        "large": _open_attempts(debriefed, large, selections=4, assessed_every=2),
    }
    for attempts in submitted.values():
        _submitted(attempts)
    per_user = 15
    submitters = _users("submitter", max(1, -(-submissions // per_user)), role=Role.TRAINEE)
    pool = _open_attempts(submitters, large, per_user=per_user, selections=3)
    cohort = _users("cohort", cohort_size, role=Role.TRAINEE)
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
    rng = random.Random(7)

    def refs(attempt) -> list[str]:
        return list(
            AttemptItem.objects.filter(attempt=attempt).order_by("position").values_list("ref", flat=True)
        )

    sessions = {
        u.pk: session_for(u)
        for u in [*readers, *workers, *examiners, *debriefed, *submitters, *cohort, staff]
    }

    def page(name, attempt, **kwargs) -> dict:
        url = reverse(f"exercises:{name}", kwargs={"public_id": attempt.public_id, **kwargs})
        return {"session": sessions[attempt.user_id], "url": url}

    def item_pages(attempts) -> list[dict]:
        # A different consignment for every request: each trainee reads a few of theirs.
        return [page("item", a, ref=ref) for a in attempts for ref in rng.sample(refs(a), 4)]

    def osint(attempts) -> list[dict]:
        return [{**page("osint", a), "url": page("osint", a)["url"] + "?q=seal"} for a in attempts]

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
        "workspace_small": [page("workspace", a) for a in small_attempts],
        "workspace_large": [page("workspace", a) for a in large_attempts],
        "consignment_small": item_pages(small_attempts),
        "consignment_large": item_pages(large_attempts),
        "autosave": [page("item", a, ref=refs(a)[0]) for a in small_attempts],
        "osint_small": osint(small_attempts),
        "osint_large": osint(large_attempts),
        "examination_small": [page("examine", a) for a in examining["small"]],
        "examination_large": [page("examine", a) for a in examining["large"]],
        "debrief_small": [page("debrief", a) for a in submitted["small"]],
        "debrief_large": [page("debrief", a) for a in submitted["large"]],
        "submit": [page("submit", a) for a in pool],
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
    parser.add_argument("--submissions", type=int, default=4500)
    parser.add_argument("--bulk-certificates", type=int, default=1000)
    parser.add_argument("--cohort", type=int, default=200)
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
            courses=courses,
            small=small,
            large=large,
            submissions=args.submissions,
            minimal=minimal,
            cohort_size=args.cohort,
        )
        bulk_ids = certificates_for_bulk(count=args.bulk_certificates, course=courses[1])
    timings["actors_s"] = time.perf_counter() - t
    actors["bulk_certificates"] = bulk_ids
    actors["population"] = population_info
    actors["scenario_large"] = scenario_timings
    actors["build_timings"] = timings
    actors["scenarios"] = {"small": small.pk, "large": large.pk}
    Path(args.out).write_text(json.dumps(actors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
