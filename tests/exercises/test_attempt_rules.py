"""Which attempts may be started: one open attempt per trainee and exercise in
every language, and only on the current version of a scenario."""

import uuid
from http import HTTPStatus

import pytest

from courses.models import LessonPage
from courses.services import enrolment_create
from exercises import errors, services
from exercises.models import Attempt

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "ru", "uz", "tk")


@pytest.fixture
def placed(site_tree, scenario):
    """(lesson, block_id): the scenario as the required exercise of a one-lesson course."""
    from core.models import HomePage
    from tests.factories.courses import build_course

    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=1, slug="rules-course")
    lesson = LessonPage.objects.descendant_of(course).get()
    block_id = str(uuid.uuid4())
    value = {"scenario": str(scenario.lineage), "pass_mark": 30, "grading": "best", "required": True}
    lesson.body = [{"type": "exercise", "id": block_id, "value": value}]
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk), block_id


@pytest.fixture
def translated(placed):
    """The lesson in four languages (one translation key, one block id)."""
    from wagtail.models import Locale

    lesson, block_id = placed
    versions = {"en": lesson}
    for code in LANGUAGES[1:]:
        copy = lesson.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=True)
        copy.save_revision().publish()
        versions[code] = LessonPage.objects.get(pk=copy.pk)
    return versions, block_id


def _start_in(client, language, lesson, block_id, **extra):
    return client.post(f"/{language}/exercises/", {"lesson": lesson.pk, "block": block_id, **extra})


def test_the_language_versions_of_a_lesson_open_one_attempt_not_four(client, trainee, translated):
    versions, block_id = translated
    assert len({v.pk for v in versions.values()}) == 4
    assert len({v.translation_key for v in versions.values()}) == 1
    enrolment_create(user=trainee, course=versions["en"].get_parent().get_parent().specific)
    client.force_login(trainee)
    locations = set()
    for language, lesson in versions.items():
        response = _start_in(client, language, lesson, block_id)
        assert response.status_code == HTTPStatus.FOUND
        locations.add(response["Location"].split("/exercises/", 1)[1])
    attempt = Attempt.objects.get()
    assert locations == {f"attempts/{attempt.public_id}/"}
    assert attempt.lesson_key == versions["en"].translation_key
    assert attempt.block_id == block_id


def test_a_second_attempt_starts_only_after_the_open_one_is_submitted(trainee, translated):
    versions, block_id = translated
    enrolment_create(user=trainee, course=versions["en"].get_parent().get_parent().specific)
    scenario = services.Scenario.objects.current().get()
    first = services.attempt_start(
        user=trainee, scenario=scenario, lesson_page_id=versions["ru"].pk, block_id=block_id
    )
    again = services.attempt_start(
        user=trainee, scenario=scenario, lesson_page_id=versions["tk"].pk, block_id=block_id
    )
    assert again == first
    services.attempt_submit(attempt=first, user=trainee)
    second = services.attempt_start(
        user=trainee, scenario=scenario, lesson_page_id=versions["uz"].pk, block_id=block_id
    )
    assert second != first
    assert Attempt.objects.open().count() == 1


def test_the_standalone_exercise_is_a_separate_exercise(trainee, translated):
    versions, block_id = translated
    enrolment_create(user=trainee, course=versions["en"].get_parent().get_parent().specific)
    scenario = services.Scenario.objects.current().get()
    in_lesson = services.attempt_start(
        user=trainee, scenario=scenario, lesson_page_id=versions["en"].pk, block_id=block_id
    )
    standalone = services.attempt_start(user=trainee, scenario=scenario)
    assert standalone != in_lesson
    assert services.attempt_start(user=trainee, scenario=scenario) == standalone


def test_an_open_attempt_past_its_time_is_submitted_before_a_new_one_starts(make_scenario, trainee):
    from datetime import timedelta

    from django.utils import timezone

    scenario = make_scenario(time_limit_minutes=10)
    start = timezone.now() - timedelta(minutes=30)
    old = services.attempt_start(user=trainee, scenario=scenario, now=start)
    new = services.attempt_start(user=trainee, scenario=scenario)
    old.refresh_from_db()
    assert new != old
    assert old.is_submitted and old.expired
    assert Attempt.objects.open().get() == new


@pytest.fixture
def two_versions(scenario, mentor):
    from scenarios.services import scenario_new_version, scenario_publish_unreviewed

    v2 = scenario_publish_unreviewed(scenario=scenario_new_version(scenario=scenario, user=mentor))
    scenario.refresh_from_db()
    assert scenario.superseded_at is not None
    return scenario, v2


def test_starting_a_superseded_version_is_refused_and_creates_nothing(client, trainee, two_versions):
    v1, v2 = two_versions
    client.force_login(trainee)
    response = client.post("/en/exercises/", {"scenario": v1.pk}, follow=True)
    assert not Attempt.objects.exists()
    assert str(errors.SUPERSEDED) in response.content.decode()
    with pytest.raises(errors.ExerciseError) as refused:
        services.attempt_start(user=trainee, scenario=v1)
    assert refused.value.message == errors.SUPERSEDED
    assert not Attempt.objects.exists()
    # The current version starts.
    client.post("/en/exercises/", {"scenario": v2.pk})
    assert Attempt.objects.get().scenario_id == v2.pk


def test_an_open_attempt_on_a_version_since_replaced_is_resumed(trainee, scenario, mentor):
    from scenarios.services import scenario_new_version, scenario_publish_unreviewed

    attempt = services.attempt_start(user=trainee, scenario=scenario)
    v2 = scenario_publish_unreviewed(scenario=scenario_new_version(scenario=scenario, user=mentor))
    assert services.attempt_start(user=trainee, scenario=v2) == attempt
    assert Attempt.objects.get().scenario_id == scenario.pk


@pytest.mark.parametrize(("policy", "expected"), [("best", 0), ("last", 1)])
def test_grading_policy_picks_the_best_or_the_last_assessed_attempt_in_any_language(
    trainee, translated, policy, expected
):
    from exercises.selectors import lesson_attempt_that_counts
    from scenarios.truth import scenario_truth

    versions, block_id = translated
    enrolment_create(user=trainee, course=versions["en"].get_parent().get_parent().specific)
    scenario = services.Scenario.objects.current().get()
    truth = scenario_truth(scenario=scenario)
    submitted = []
    for good, language, mode in (
        (True, "ru", "assessed"),
        (False, "uz", "assessed"),
        (True, "en", "practice"),
    ):
        attempt = services.attempt_start(
            user=trainee,
            scenario=scenario,
            lesson_page_id=versions[language].pk,
            block_id=block_id,
            mode=mode,
        )
        item = next(i for i in attempt.items.all() if truth[i.consignment_id].high_risk == good)
        services.attempt_save_item(
            attempt=attempt, user=trainee, ref=item.ref, selected=True, indicators=["IND-21"]
        )
        submitted.append(services.attempt_submit(attempt=attempt, user=trainee))
    assert submitted[0].score > submitted[1].score
    chosen = lesson_attempt_that_counts(
        user=trainee, lesson_key=versions["tk"].translation_key, block_id=block_id, policy=policy
    )
    assert chosen == submitted[expected]
