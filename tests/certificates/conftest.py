import pytest
from django.utils import translation

from tests.factories.certificates import CertificateFactory


@pytest.fixture
def make_certificate(db):
    """make_certificate(user=..., expires_on=..., language=..., ...)."""

    def make(**kwargs):
        return CertificateFactory(**kwargs)

    return make


@pytest.fixture
def certificate(make_certificate, trainee):
    return make_certificate(user=trainee)


@pytest.fixture(autouse=True)
def _english():
    # Another test's request may leave its language active in this thread.
    with translation.override("en"):
        yield


@pytest.fixture
def en_home(site_tree):
    from core.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def make_course(en_home):
    """make_course(certificate_enabled=True, validity_months=None, lessons=2, slug=...)."""
    from tests.factories.courses import build_course

    def make(*, certificate_enabled=True, validity_months=None, **kwargs):
        course = build_course(en_home, **kwargs)
        course.certificate_enabled = certificate_enabled
        course.certificate_validity_months = validity_months
        course.save_revision().publish()
        course.refresh_from_db()
        return course

    return make


@pytest.fixture
def complete_course(django_capture_on_commit_callbacks):
    """complete_course(user, course): enrol and mark every lesson done, running
    the after-commit work (the completion signal, the PDF task) as a real
    request would."""
    from courses.models import LessonPage
    from courses.services import enrolment_create, lesson_mark_complete

    def complete(user, course):
        with django_capture_on_commit_callbacks(execute=True):
            enrolment_create(user=user, course=course)
            for lesson in LessonPage.objects.live().descendant_of(course):
                lesson_mark_complete(user=user, lesson=lesson)

    return complete
