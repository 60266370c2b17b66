"""An exercise placed in a lesson: started from the lesson by enrolled
trainees only, and its submitted score counts towards the lesson."""

import uuid
from http import HTTPStatus

import pytest
from django.urls import reverse

from courses.models import LessonPage
from courses.selectors import course_progress
from courses.services import enrolment_create
from exercises.models import Attempt
from exercises.services import attempt_save_item, attempt_submit
from scenarios.truth import scenario_truth

pytestmark = pytest.mark.django_db


@pytest.fixture
def placed(site_tree, scenario):
    """(lesson, block_id): the scenario as the only, required assessment of a one-lesson course."""
    from core.models import HomePage
    from tests.factories.courses import build_course

    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=1, slug="exercise-course")
    lesson = LessonPage.objects.descendant_of(course).get()
    block_id = str(uuid.uuid4())
    value = {"scenario": str(scenario.lineage), "pass_mark": 30, "grading": "best", "required": True}
    lesson.body = [{"type": "exercise", "id": block_id, "value": value}]
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk), block_id


def _start(client, lesson, block_id, **extra):
    """The lesson block's "Start an assessed attempt" button."""
    data = {"lesson": lesson.pk, "block": block_id, "scenario": "0", "mode": "assessed", **extra}
    return client.post("/en/exercises/", data)


def _select_all_high_risk(attempt):
    truth = scenario_truth(scenario=attempt.scenario)
    high = [i for i in attempt.items.order_by("position") if truth[i.consignment_id].high_risk]
    for item in high[: attempt.scenario.inspection_budget]:
        attempt_save_item(
            attempt=attempt,
            user=attempt.user,
            ref=item.ref,
            selected=True,
            indicators=sorted(truth[item.consignment_id].indicators),
            justification="Seal events and route do not fit.",
        )


def test_lesson_page_offers_the_exercise_with_its_ids(client, trainee, placed):
    lesson, block_id = placed
    enrolment_create(user=trainee, course=lesson.get_parent().get_parent().specific)
    client.force_login(trainee)
    html = client.get(lesson.url).content.decode()
    assert "Your result:" not in html
    assert f'name="block" value="{block_id}"' in html
    assert f'name="lesson" value="{lesson.pk}"' in html


def test_only_enrolled_trainees_start_a_lesson_exercise(client, trainee, placed):
    lesson, block_id = placed
    client.force_login(trainee)
    response = _start(client, lesson, block_id)
    assert response.status_code == HTTPStatus.FOUND
    assert not Attempt.objects.exists()
    assert "Enrol in the course" in client.get(response["Location"]).content.decode()


def test_unknown_block_starts_nothing(client, trainee, placed):
    lesson, _block_id = placed
    enrolment_create(user=trainee, course=lesson.get_parent().get_parent().specific)
    client.force_login(trainee)
    _start(client, lesson, "not-a-block")
    assert not Attempt.objects.exists()


def test_a_passed_lesson_exercise_completes_the_lesson_and_the_course(
    client, trainee, placed, django_capture_on_commit_callbacks
):
    lesson, block_id = placed
    course = lesson.get_parent().get_parent().specific
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    # The pass mark comes from the page's block, whatever the form says.
    _start(client, lesson, block_id, pass_mark="100")
    attempt = Attempt.objects.get()
    assert (attempt.lesson_page_id, attempt.block_id, attempt.pass_mark, attempt.required) == (
        lesson.pk,
        block_id,
        30,
        True,
    )
    assert not course_progress(user=trainee, course=course).is_complete
    _select_all_high_risk(attempt)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = attempt_submit(attempt=attempt, user=trainee)
    assert attempt.passed
    assert course_progress(user=trainee, course=course).is_complete
    # The lesson's exercise block shows the result that counts, with its debrief.
    html = client.get(lesson.url).content.decode()
    assert f"Your result: {attempt.score:.0f} / 100. Passed." in html
    assert reverse("exercises:debrief", kwargs={"public_id": attempt.public_id}) in html


def test_a_failed_lesson_exercise_leaves_the_lesson_open(
    client, trainee, placed, django_capture_on_commit_callbacks
):
    lesson, block_id = placed
    course = lesson.get_parent().get_parent().specific
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)
    _start(client, lesson, block_id)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = attempt_submit(attempt=Attempt.objects.get(), user=trainee)
    assert not attempt.passed
    assert not course_progress(user=trainee, course=course).is_complete
    html = client.get(lesson.url).content.decode()
    assert f"Your result: {attempt.score:.0f} / 100. You need 30: try again to improve it." in html
