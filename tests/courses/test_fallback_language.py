"""Kazakh, Tajik and Azerbaijani pages that still hold the Russian text
(LANGUAGE_FALLBACKS) say so and mark that text as Russian."""

import re

import pytest
from django.utils import translation

from core.content_language import page_text_language
from courses.services import enrolment_create

from .conftest import translation_of

pytestmark = pytest.mark.django_db

NOTICE = {
    "kk": "Бұл сабақ сіздің тіліңізге әлі аударылмаған, сондықтан басқа тілде (Орыс тілі) көрсетілген.",
    "tg": "Ин дарс ҳанӯз ба забони шумо тарҷума нашудааст, бинобар ин бо забони дигар (Русӣ) нишон дода мешавад.",
    "az": "Bu dərs hələ dilinizə tərcümə olunmayıb, ona görə başqa dildə (Rus dili) göstərilir.",
}


def lesson_html(client, lesson, language):
    with translation.override(language):
        url = translation_of(lesson, language).url
    return client.get(url).content.decode()


def article_lang(html):
    return re.search(r'<article class="lesson-page" lang="([a-z]+)">', html).group(1)


@pytest.fixture
def reader(sample_course, client, make_user):
    def sign_in(language):
        user = make_user(language=language)
        enrolment_create(user=user, course=sample_course)
        client.force_login(user)
        return client

    return sign_in


@pytest.mark.parametrize("language", ["kk", "tg", "az"])
def test_a_lesson_in_the_fallback_language_says_so_and_marks_its_text_russian(
    reader, sample_lessons, language
):
    client = reader(language)
    html = lesson_html(client, sample_lessons[0], language)
    assert f'<html lang="{language}">' in html
    assert NOTICE[language] in html
    assert re.search(rf'<p class="notice" role="note" lang="{language}">', html)
    assert article_lang(html) == "ru"
    # The text under that mark is the Russian lesson's.
    assert translation_of(sample_lessons[0], "ru").title in html


@pytest.mark.parametrize("language", ["ru", "uz", "tk"])
def test_a_translated_lesson_has_no_notice(reader, sample_lessons, language):
    html = lesson_html(reader(language), sample_lessons[0], language)
    assert 'class="notice"' not in html
    assert article_lang(html) == language


def test_once_the_lesson_is_translated_the_notice_goes(reader, sample_lessons):
    lesson = translation_of(sample_lessons[0], "kk")
    assert page_text_language(lesson) == "ru"
    lesson.title = "Үш құжат"
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    assert page_text_language(lesson) == "kk"
    html = lesson_html(reader("kk"), sample_lessons[0], "kk")
    assert "басқа тілде" not in html
    assert article_lang(html) == "kk"


def test_the_course_page_marks_its_russian_text(sample_course, client):
    with translation.override("kk"):
        url = translation_of(sample_course, "kk").url
    html = client.get(url).content.decode()
    title = translation_of(sample_course, "ru").title
    assert f'<h1 lang="ru">{title}</h1>' in html
    with translation.override("ru"):
        url = translation_of(sample_course, "ru").url
    assert f'<h1 lang="ru">{title}</h1>' in client.get(url).content.decode()


def test_the_answer_is_cached_until_either_translation_is_published(sample_lessons):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    lesson = translation_of(sample_lessons[0], "kk")
    assert page_text_language(lesson) == "ru"
    with CaptureQueriesContext(connection) as queries:
        assert page_text_language(lesson) == "ru"
    assert len(queries) == 0
    # The Russian lesson changes: the Kazakh one no longer reads like it.
    russian = translation_of(sample_lessons[0], "ru")
    russian.title = "Три документа (новая редакция)"
    russian.save_revision().publish()
    assert page_text_language(lesson) == "kk"
