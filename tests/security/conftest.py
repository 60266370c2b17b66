"""A small platform with one of everything a URL can point at, and a signed-in
client for each principal of the access-control matrix."""

from types import SimpleNamespace

import pytest
from django.test import Client, RequestFactory
from django.utils import translation

from accounts.roles import Role


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def world(site_tree, make_user):
    """Objects owned by `trainee`; `other_trainee` has the same role and none
        of them. `mentor` mentors the trainee's cohort, `other_mentor` another
    cohort (the other trainee's). Keys are the placeholders of `access_matrix.ROUTES` paths."""
    from certificates.models import Certificate
    from core.models import HomePage
    from courses.models import LessonPage
    from courses.services import enrolment_create
    from exercises import services as exercise_services
    from h5p import player
    from tests.factories.certificates import CertificateFactory
    from tests.factories.courses import build_course
    from tests.factories.exercises import published_exercise_scenario
    from tests.factories.h5p import make_activity, place_in_lesson
    from tests.factories.mentoring import cohort_build
    from tests.factories.scenarios import ScenarioFactory

    users = {
        "trainee": make_user(role=Role.TRAINEE, email="owner@example.org"),
        "other_trainee": make_user(role=Role.TRAINEE, email="other@example.org"),
        "mentor": make_user(role=Role.MENTOR, email="mentor@example.org"),
        "other_mentor": make_user(role=Role.MENTOR, email="other-mentor@example.org"),
        "staff": make_user(role=Role.STAFF, email="staff@example.org"),
    }
    trainee = users["trainee"]
    # `mentor` runs the trainee's cohort; `other_mentor` runs one the other
    # trainee is in, and so must not see the trainee's records.
    cohort = cohort_build(mentors=[users["mentor"]], trainees=[trainee], name="Matrix cohort")
    other_cohort = cohort_build(
        mentors=[users["other_mentor"]], trainees=[users["other_trainee"]], name="Other cohort"
    )
    from mentoring.services import session_note_add

    note = session_note_add(cohort=cohort, mentee=trainee, author=users["mentor"], text="Matrix note")

    home = HomePage.objects.get(locale__language_code="en")
    course = build_course(home, lessons=1, quiz_in_last=True, slug="matrix-course")
    lesson = LessonPage.objects.descendant_of(course).get()
    activity = make_activity(title="Matrix activity")
    place_in_lesson(lesson, activity)
    lesson = LessonPage.objects.get(pk=lesson.pk)
    enrolment_create(user=trainee, course=course.specific)
    quiz_key = next(block.id for block in lesson.body if block.block_type == "quiz")

    scenario = published_exercise_scenario()
    attempt = exercise_services.attempt_start(user=trainee, scenario=scenario)
    item = attempt.items.order_by("position").first()
    finished_scenario = published_exercise_scenario()
    finished = exercise_services.attempt_start(user=trainee, scenario=finished_scenario)
    exercise_services.attempt_submit(attempt=finished, user=trainee)
    draft = ScenarioFactory()

    certificate = CertificateFactory(user=trainee)
    assert Certificate.objects.filter(pk=certificate.pk).exists()

    request = RequestFactory().get("/")
    request.user = trainee
    token = player.player_token(request=request, activity=activity, lesson_id=lesson.pk)

    osint_ref = ""
    from exercises import selectors as exercise_selectors

    hits = exercise_selectors.osint_search(attempt=attempt, query="", language="en").hits
    if hits:
        osint_ref = hits[0].ref

    values = {
        "attempt": attempt.public_id,
        "item": item.ref,
        "osint_ref": osint_ref or "nothing",
        "finished": finished.public_id,
        "finished_pk": finished.pk,
        "attempt_pk": attempt.pk,
        "scenario": scenario.pk,
        "draft": draft.pk,
        "course": course.pk,
        "course_url": course.get_url(),
        "lesson": lesson.pk,
        "lesson_url": lesson.get_url(),
        "quiz": quiz_key,
        "activity": activity.uuid,
        "token": token,
        "package_file": "content/content.json",
        "certificate": certificate.pk,
        "code": certificate.code,
        "user": trainee.pk,
        "other_user": users["other_trainee"].pk,
        "cohort": cohort.pk,
        "other_cohort": other_cohort.pk,
        "note": note.pk,
    }
    return SimpleNamespace(users=users, values=values, certificate=certificate, attempt=attempt)


@pytest.fixture
def clients(world):
    """principal name -> a test client signed in as that principal."""
    made = {"anonymous": Client(raise_request_exception=False)}
    for name, user in world.users.items():
        client = Client(raise_request_exception=False)
        client.force_login(user)
        made[name] = client
    return made
