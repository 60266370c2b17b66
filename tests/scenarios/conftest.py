import pytest

from accounts.roles import Role
from tests.factories.scenarios import scenario_build


@pytest.fixture
def draft_scenario(db):
    return scenario_build()


@pytest.fixture
def second_mentor(make_user):
    return make_user(role=Role.MENTOR)


@pytest.fixture
def published_scenario(db, make_user):
    from scenarios.services import scenario_approve, scenario_submit_for_review

    author = make_user(role=Role.MENTOR)
    reviewer = make_user(role=Role.MENTOR)
    scenario = scenario_build(created_by=author)
    scenario_submit_for_review(scenario=scenario, user=author)
    return scenario_approve(scenario=scenario, reviewer=reviewer)


@pytest.fixture(autouse=True)
def _english():
    # Other tests may leave a language active in this thread.
    from django.utils import translation

    with translation.override("en"):
        yield
