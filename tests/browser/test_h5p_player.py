import pytest
from playwright.sync_api import expect

from accounts.roles import Role
from h5p.models import H5PAttempt, H5PStatement, H5PUserState
from tests.factories.h5p import make_activity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, user, password):
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(password)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def test_mentor_plays_our_package_and_the_result_is_stored(live_server, page, make_user, password):
    mentor = make_user(role=Role.MENTOR)
    activity = make_activity(title="Manifest check")
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    sign_in(page, live_server, mentor, password)

    page.goto(f"{live_server.url}/en/h5p/activities/{activity.uuid}/play/")
    player = page.locator("[data-h5p-player]")
    content = page.frame_locator("iframe.h5p-player-frame")
    content.get_by_label("The cargo manifest").check()
    content.get_by_role("button", name="Check").click()
    content.get_by_text("Correct.", exact=True).wait_for()
    player.get_by_text("Your result is saved.").wait_for()

    attempt = H5PAttempt.objects.get(user=mentor, activity=activity)
    assert (attempt.score, attempt.answered, attempt.completed) == (100.0, True, True)
    verbs = set(H5PStatement.objects.filter(user=mentor).values_list("verb", flat=True))
    assert verbs == {
        "http://adlnet.gov/expapi/verbs/answered",
        "http://adlnet.gov/expapi/verbs/completed",
    }
    assert not [text for text in errors if "Content Security Policy" in text], errors

    # The pick is resumed on the next visit.
    page.wait_for_timeout(3500)
    assert H5PUserState.objects.filter(user=mentor, activity=activity).exists()
    page.reload()
    content = page.frame_locator("iframe.h5p-player-frame")
    expect(content.get_by_label("The cargo manifest")).to_be_checked()


def two_players_html(live_server, user, csrf, activities):
    """A page with two H5P blocks, rendered as a lesson would render them."""
    from django.test import RequestFactory
    from django.utils import translation

    from h5p.blocks import H5PActivityBlock

    host = live_server.url.removeprefix("http://")
    request = RequestFactory().get("/ru/two-players/", HTTP_HOST=host)
    request.user = user
    block = H5PActivityBlock()
    parts = []
    with translation.override("ru"):
        for activity in activities:
            value = block.to_python({"activity": activity.pk, "required": True, "pass_threshold": 80})
            parts.append(block.render(value, context={"request": request, "csrf_token": csrf}))
    return (
        # Like base.html: the JavaScript catalogue gives host.js its Russian texts.
        "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'>"
        "<script src='/ru/jsi18n/'></script></head><body>" + "".join(parts) + "</body></html>"
    )


def test_two_activities_on_one_page_in_russian_with_a_failed_post_retried(
    live_server, page, make_user, password
):
    mentor = make_user(role=Role.MENTOR, language="ru")
    first = make_activity(title="Manifest check")
    second = make_activity(title="Seal check")
    sign_in(page, live_server, mentor, password)
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    html = two_players_html(live_server, mentor, csrf, [first, second])
    page.route(
        f"{live_server.url}/ru/two-players/",
        lambda route: route.fulfill(body=html, content_type="text/html; charset=utf-8"),
    )
    failures = {"left": 1}

    def flaky(route):
        if failures["left"]:
            failures["left"] -= 1
            route.abort()
        else:
            route.continue_()

    page.route("**/xapi/", flaky)
    page.goto(f"{live_server.url}/ru/two-players/")

    frames = page.locator("iframe.h5p-player-frame")
    expect(frames).to_have_count(2)
    one = page.frame_locator("iframe.h5p-player-frame").nth(0)
    two = page.frame_locator("iframe.h5p-player-frame").nth(1)
    one.get_by_label("The crew list").check()
    one.get_by_role("button", name="Проверить").click()
    two.get_by_label("The cargo manifest").check()
    two.get_by_role("button", name="Проверить").click()

    players = page.locator("[data-h5p-player]")
    players.nth(0).get_by_text("Ваш результат сохранён.").wait_for(timeout=20000)
    players.nth(1).get_by_text("Ваш результат сохранён.").wait_for(timeout=20000)
    assert failures["left"] == 0
    assert H5PAttempt.objects.get(activity=first).score == 0.0
    assert H5PAttempt.objects.get(activity=second).score == 100.0
    assert H5PStatement.objects.filter(user=mentor).count() == 4
    # The H5P interface strings reach the player in the trainee's language.
    embed = next(frame for frame in page.frames if "/h5p/embed/" in frame.url)
    assert embed.evaluate("H5PIntegration.l10n.H5P.close") == "Закрыть"
    expect(page.get_by_text("Баллы H5P сообщает ваш браузер.").first).to_be_visible()
