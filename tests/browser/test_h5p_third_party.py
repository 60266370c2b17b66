"""A package made elsewhere (H5P Group's True/False Question as h5p.org
exported it) plays in a lesson from our own servers, in the trainee's
language, and its score completes the lesson."""

import io

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from core.models import HomePage
from courses.models import LessonPage, LessonProgress
from courses.services import enrolment_create
from h5p.models import H5PAttempt
from h5p.services import activity_import
from tests.browser.test_h5p_player import sign_in
from tests.factories.courses import build_course
from tests.factories.h5p import place_in_lesson
from tests.h5p.third_party import pack_truefalse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_trainee_answers_a_true_false_question_in_russian_and_completes_the_lesson(
    live_server, page, site_tree, make_user, password
):
    activity = activity_import(stream=io.BytesIO(pack_truefalse()), may_upload_libraries=True)
    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=1, slug="true-false")
    lesson = LessonPage.objects.descendant_of(course).get()
    place_in_lesson(lesson, activity, required=True, pass_threshold=80, replace=True)
    russian = lesson.copy_for_translation(Locale.objects.get(language_code="ru"), copy_parents=True)
    russian.save_revision().publish()  # its course and module are live aliases of the English ones
    trainee = make_user(language="ru")
    enrolment_create(user=trainee, course=course)
    outside = []
    page.on(
        "request",
        lambda request: outside.append(request.url) if not request.url.startswith(live_server.url) else None,
    )
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)

    sign_in(page, live_server, trainee, password)
    page.goto(f"{live_server.url}{russian.url}")
    expect(page.locator(".lesson-status .badge-ok")).to_have_count(0)
    content = page.frame_locator("iframe.h5p-player-frame")
    # The package's texts are in English; the library's Russian defaults replace them.
    content.get_by_role("radio", name="Ложь").click()
    content.get_by_role("button", name="Проверить").click()
    page.locator("[data-h5p-player]").get_by_text("Ваш результат сохранён.").wait_for(timeout=20000)

    attempt = H5PAttempt.objects.get(user=trainee, activity=activity)
    assert (attempt.raw_score, attempt.max_score, attempt.score) == (1.0, 1.0, 100.0)
    assert LessonProgress.objects.completed().filter(user=trainee, lesson_key=lesson.translation_key).exists()
    page.reload()
    expect(page.locator(".lesson-status .badge-ok")).to_have_text("Вы прошли этот урок.")
    assert outside == []
    assert not [text for text in errors if "Content Security Policy" in text], errors
