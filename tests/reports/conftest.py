import pytest
from django.utils import translation

from core.models import HomePage
from tests.factories.courses import build_course


@pytest.fixture
def course(site_tree):
    home = HomePage.objects.get(locale__language_code="en")
    return build_course(home, lessons=2, slug="profiling")


@pytest.fixture
def scenario(db):
    from tests.factories.exercises import published_exercise_scenario

    return published_exercise_scenario()


@pytest.fixture(autouse=True)
def _english():
    # A request in another language leaves it active in this thread.
    with translation.override("en"):
        yield


@pytest.fixture
def population(make_user, site_tree, scenario, mentor):
    """The programme with known answers of tests/reports/population.py."""
    from .population import build

    home = HomePage.objects.get(locale__language_code="en")
    return build(make_user=make_user, home=home, scenario=scenario, mentor=mentor)
