import pytest
from wagtail.models import Locale

from core.models import HomePage
from courses.models import LessonPage
from tests.conftest import SAMPLE_PACKAGE  # noqa: F401 - imported from here by the course tests
from tests.factories.courses import build_course


@pytest.fixture
def en_home(site_tree):
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def make_course(en_home):
    """make_course(lessons=2, modules=1, quiz_in_last=False, self_enrolment=True, **quiz options)."""

    def make(**kwargs):
        return build_course(en_home, **kwargs)

    return make


def translation_of(page, language):
    return page.get_translation(Locale.objects.get(language_code=language)).specific


@pytest.fixture
def sample_lessons(sample_course):
    return list(LessonPage.objects.live().descendant_of(sample_course).order_by("path"))


@pytest.fixture(autouse=True)
def _english_messages():
    # A request to /ru/... leaves Russian active in this thread; the services'
    # messages are compared in English.
    from django.utils import translation

    with translation.override("en"):
        yield
