import pytest

from tests.factories.exercises import published_exercise_scenario


@pytest.fixture
def scenario(db):
    return published_exercise_scenario()


@pytest.fixture
def make_scenario(db):
    return published_exercise_scenario


@pytest.fixture
def attempt(scenario, trainee):
    from exercises.services import attempt_start

    return attempt_start(user=trainee, scenario=scenario)


@pytest.fixture(autouse=True)
def _english():
    from django.utils import translation

    with translation.override("en"):
        yield
