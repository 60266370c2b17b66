"""The page editor warns when a course's exercise blocks allow fewer assessed
attempts in all than the assessed forms its certificate needs (K)."""

import pytest
from django.urls import reverse

from accounts.roles import Role
from core.models import HomePage
from courses.models import LessonPage
from courses.services import lesson_block_append
from exercises.course_checks import course_assessed_forms_reachable
from tests.factories.courses import build_course
from tests.factories.exercises import published_exercise_scenario

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site_tree):
    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=2, slug="evidence")
    course.certificate_enabled = True
    course.evidence_min_forms = 3
    course.save_revision().publish()
    return course


def add_exercise(course, attempts):
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").last()
    scenario = published_exercise_scenario()
    value = {"scenario": str(scenario.lineage), "pass_mark": None, "grading": "best", "attempts": attempts}
    lesson_block_append(lesson=lesson, block_type="exercise", value=value | {"required": True})


def editor_messages(client, make_user, page):
    client.force_login(make_user(role=Role.MENTOR, is_superuser=True))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return " ".join(str(m) for m in response.context["messages"])


def test_the_course_editor_warns_when_k_forms_are_out_of_reach(client, make_user, course):
    add_exercise(course, attempts=2)
    assert course_assessed_forms_reachable(course) == 2
    text = editor_messages(client, make_user, course)
    assert "No trainee can earn this course's certificate" in text
    assert "allow 2 assessed attempts in all, and the certificate needs 3 assessed forms" in text
    # The lessons of the course say so too.
    lesson = LessonPage.objects.live().descendant_of(course).first()
    assert "No trainee can earn" in editor_messages(client, make_user, lesson)


@pytest.mark.parametrize(
    ("attempts", "exercises", "certificate"), [(3, 1, True), (2, 2, True), (1, 1, False), (0, 0, True)]
)
def test_no_warning_when_the_forms_are_reachable_or_nothing_is_gated(
    client, make_user, course, attempts, exercises, certificate
):
    for _ in range(exercises):
        add_exercise(course, attempts=attempts)
    course.certificate_enabled = certificate
    course.save_revision().publish()
    assert "No trainee can earn" not in editor_messages(client, make_user, course)
