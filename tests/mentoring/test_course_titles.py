"""The mentor workspace names each course in the reader's language."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

pytestmark = pytest.mark.django_db


def test_the_workspace_and_the_mentee_page_show_course_titles_in_the_readers_language(
    client, mentor, cohort, trainee, course
):
    russian = course.copy_for_translation(Locale.objects.get(language_code="ru"), copy_parents=True)
    russian.title = "Профилирование контейнеров"
    russian.save_revision().publish()
    client.force_login(mentor)
    with translation.override("ru"):
        workspace = client.get(reverse("mentoring:workspace")).text
        mentee = client.get(reverse("mentoring:mentee", args=[cohort.pk, trainee.pk])).text
    assert "Профилирование контейнеров" in workspace and "Профилирование контейнеров" in mentee
    with translation.override("en"):
        workspace = client.get(reverse("mentoring:workspace")).text
    assert course.title in workspace and "Профилирование контейнеров" not in workspace


def test_a_course_without_a_live_translation_keeps_its_source_title(client, mentor, cohort, course):
    draft = course.copy_for_translation(Locale.objects.get(language_code="uz"), copy_parents=True)
    draft.title = "Konteynerlarni profillash"
    draft.save_revision()  # not published
    client.force_login(mentor)
    with translation.override("uz"):
        workspace = client.get(reverse("mentoring:workspace")).text
    assert course.title in workspace and "Konteynerlarni profillash" not in workspace
