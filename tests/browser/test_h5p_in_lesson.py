import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from courses.models import CoursePage, LessonProgress
from courses.services import enrolment_create
from h5p import demo as h5p_demo
from h5p.models import H5PActivity, H5PAttempt
from h5p.selectors import activity_pages
from tests.browser.test_h5p_player import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_enrolled_trainee_answers_the_demo_activity_and_completes_the_lesson_in_russian(
    live_server, page, sample_course, make_user, password
):
    # The demo loaders, as seed_demo runs them (courses first, then h5p).
    h5p_demo.seed()
    activity = H5PActivity.objects.get(title=h5p_demo.DEMO_TITLE)
    en_lesson = activity_pages(activity=activity).get(locale__language_code="en").specific
    ru_lesson = en_lesson.get_translation(Locale.objects.get(language_code="ru")).specific
    trainee = make_user(language="ru")
    enrolment_create(
        user=trainee, course=CoursePage.objects.get(slug="sample-course", locale=en_lesson.locale)
    )

    sign_in(page, live_server, trainee, password)
    page.goto(f"{live_server.url}{ru_lesson.url}")
    expect(page.locator(".lesson-status .badge-ok")).to_have_count(0)
    content = page.frame_locator("iframe.h5p-player-frame")
    # The activity's own texts are its Russian translation (wagtail-localize),
    content.get_by_label("Грузовой манифест").check()
    # and the content type's interface texts follow the page's language too (h5p.l10n).
    content.get_by_role("button", name="Проверить").click()
    content.get_by_text("Верно.", exact=True).wait_for()
    expect(content.locator(".pcu-answer-feedback")).to_have_text(h5p_demo.DEMO_CONTENT["answers"][1][2]["ru"])
    page.locator("[data-h5p-player]").get_by_text("Ваш результат сохранён.").wait_for(timeout=20000)

    attempt = H5PAttempt.objects.get(user=trainee, activity=activity)
    assert (attempt.lesson_id, attempt.score) == (ru_lesson.pk, 100.0)
    assert (
        LessonProgress.objects.completed().filter(user=trainee, lesson_key=en_lesson.translation_key).exists()
    )
    # Without a reload: the lesson says it is complete and the block shows the score,
    # while the player keeps the answer on screen.
    expect(page.locator(".lesson-status .badge-ok")).to_have_text("Вы прошли этот урок.")
    expect(page.locator(".lesson-status")).not_to_contain_text("сдайте проверку")
    expect(page.locator(".h5p-activity-result")).to_have_text("Ваш результат: 100%. Зачтено.")
    expect(content.get_by_text("Верно.", exact=True)).to_be_visible()
    page.reload()
    expect(page.locator(".lesson-status .badge-ok")).to_have_text("Вы прошли этот урок.")
