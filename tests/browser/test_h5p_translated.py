"""A Turkmen trainee plays the demo activity in Turkmen: its title, question,
answers and the explanation of a wrong answer are the Turkmen translation
made with wagtail-localize."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from courses import demo as courses_demo
from courses.models import CoursePage
from courses.services import enrolment_create
from h5p import demo as h5p_demo
from h5p.models import H5PActivity, H5PAttempt
from h5p.selectors import activity_pages
from tests.browser.test_h5p_player import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SAMPLE_PACKAGE = "tests.courses.sample_content"


def test_a_turkmen_lesson_plays_the_turkmen_activity_and_explains_a_wrong_answer(
    live_server, page, site_tree, make_user, password
):
    courses_demo.seed(package=SAMPLE_PACKAGE)
    h5p_demo.seed()
    activity = H5PActivity.objects.get(title=h5p_demo.DEMO_TITLE)
    en_lesson = activity_pages(activity=activity).get(locale__language_code="en").specific
    tk_lesson = en_lesson.get_translation(Locale.objects.get(language_code="tk")).specific
    trainee = make_user(language="tk")
    enrolment_create(
        user=trainee, course=CoursePage.objects.get(slug="sample-course", locale=en_lesson.locale)
    )
    text = h5p_demo.DEMO_CONTENT

    sign_in(page, live_server, trainee, password)
    page.goto(f"{live_server.url}{tk_lesson.url}")
    expect(page.locator(".h5p-activity-title")).to_have_text(text["title"]["tk"])
    expect(page.locator(".h5p-activity-title")).to_have_attribute("lang", "tk")
    content = page.frame_locator("iframe.h5p-player-frame")
    expect(content.locator("legend")).to_have_text(text["question"]["tk"])
    expect(content.locator("html")).to_have_attribute("lang", "tk")
    expect(content.get_by_text(text["question"]["en"])).to_have_count(0)

    # A wrong answer: the verdict in Turkmen, then why.
    content.get_by_label(text["answers"][0][0]["tk"]).check()
    content.get_by_role("button", name="Barla").click()
    content.get_by_text("Nädogry.", exact=True).wait_for()
    expect(content.locator(".pcu-answer-feedback")).to_have_text(text["answers"][0][2]["tk"])
    page.locator("[data-h5p-player]").get_by_text("Netijäňiz saklandy.").wait_for(timeout=20000)

    # The result belongs to the activity as uploaded, played in the Turkmen lesson.
    attempt = H5PAttempt.objects.get(user=trainee)
    assert (attempt.activity, attempt.lesson_id, attempt.score) == (activity, tk_lesson.pk, 0.0)
