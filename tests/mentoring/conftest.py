import pytest
from django.utils import translation

from accounts.roles import Role
from core.models import HomePage
from tests.factories.courses import build_course
from tests.factories.mentoring import cohort_build


@pytest.fixture
def course(site_tree):
    home = HomePage.objects.get(locale__language_code="en")
    return build_course(home, lessons=2, slug="profiling")


@pytest.fixture
def other_trainee(make_user):
    return make_user(role=Role.TRAINEE, email="other.trainee@example.org")


@pytest.fixture
def other_mentor(make_user):
    return make_user(role=Role.MENTOR, email="other.mentor@example.org")


@pytest.fixture
def cohort(mentor, trainee, course):
    return cohort_build(mentors=[mentor], trainees=[trainee], courses=[course])


@pytest.fixture
def other_cohort(other_mentor, other_trainee):
    return cohort_build(
        name="Turkmenbashi PCU", country="TM", mentors=[other_mentor], trainees=[other_trainee]
    )


@pytest.fixture(autouse=True)
def _english():
    # A request in another language leaves it active in this thread.
    with translation.override("en"):
        yield
