from http import HTTPStatus
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from courses import demo
from courses.models import CoursePage, LessonPage, ModulePage

from .conftest import SAMPLE_PACKAGE, translation_of

pytestmark = pytest.mark.django_db


def test_loader_builds_the_course_in_four_languages_through_wagtail_localize(sample_course):
    for language, title in [("ru", "Пробный курс"), ("uz", "Namuna kurs"), ("tk", "Nusga kurs")]:
        course = translation_of(sample_course, language)
        assert course.title == title
        assert course.live
    lessons = LessonPage.objects.descendant_of(sample_course)
    assert lessons.count() == 2
    assert LessonPage.objects.filter(locale__language_code="uz").count() == 2
    assert ModulePage.objects.filter(locale__language_code="tk").get().title == "Resminamalar"
    # Mentors keep editing the translations in wagtail-localize.
    assert Translation.objects.filter(target_locale__language_code="ru").count() >= 4
    assert StringTranslation.objects.filter(locale__language_code="uz", data__contains="konosament").exists()


def test_loader_translates_rich_text_and_keeps_block_ids(sample_course):
    lesson = LessonPage.objects.descendant_of(sample_course).get(slug="reading-documents")
    ru = translation_of(lesson, "ru")
    html = str(ru.body[1].value)
    assert (
        "Сначала прочтите <b>коносамент</b>" in html or "Сначала прочтите <strong>коносамент</strong>" in html
    )
    assert 'href="https://example.org/routes"' in html
    assert [b.id for b in ru.body] == [b.id for b in lesson.body]
    quiz = LessonPage.objects.descendant_of(sample_course).get(slug="document-quiz")
    tk_quiz = translation_of(quiz, "tk")
    src_q = quiz.body[0].value["questions"]
    tk_q = tk_quiz.body[0].value["questions"]
    assert [q.id for q in tk_q] == [q.id for q in src_q]
    assert tk_q[0].value["options"][0]["text"] == "Konosament"
    assert tk_q[0].value["options"][0]["correct"] is True
    assert tk_q[3].value["answer"] == 12


def _snapshot():
    return sorted(Page.objects.values_list("id", "title", "locale__language_code", "live"))


def test_loader_is_idempotent_and_keeps_edits(sample_course):
    first = _snapshot()
    ru = translation_of(sample_course, "ru")
    ru.title = "Пробный курс (правка)"
    ru.save_revision().publish()
    demo.seed(package=SAMPLE_PACKAGE)
    assert len(_snapshot()) == len(first)
    assert translation_of(sample_course, "ru").title == "Пробный курс (правка)"


@pytest.mark.parametrize("language", ["en", "ru", "uz", "tk"])
def test_course_page_renders_in_each_language(sample_course, client, language):
    course = translation_of(sample_course, language) if language != "en" else sample_course
    response = client.get(course.url)
    assert response.status_code == HTTPStatus.OK
    assert course.title in response.content.decode()


@pytest.mark.slow
def test_seed_demo_runs_twice_with_an_empty_content_package(seeded_demo):
    call_command("seed_demo", stdout=StringIO())
    assert CoursePage.objects.count() == len(demo.content_modules()) * len(settings.LANGUAGES)


@pytest.mark.parametrize("language", ["kk", "tg", "az"])
def test_languages_without_content_take_the_russian_text_until_translated(sample_course, language):
    assert translation_of(sample_course, language).title == translation_of(sample_course, "ru").title
    assert translation_of(sample_course, language).title != sample_course.title


def test_the_loaded_pages_are_in_the_search_index_and_later_saves_are_indexed_again(sample_course):
    ru = translation_of(sample_course, "ru")
    assert ru in CoursePage.objects.live().search("Пробный")
    # The per-save index updates are switched back on after loading.
    ru.title = "Учебный курс"
    ru.save_revision().publish()
    assert list(CoursePage.objects.live().search("Учебный")) == [ru]
