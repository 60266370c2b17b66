"""With a content origin pattern, two players on one page run on two origins
(chromium resolves every *.localhost name to this machine): neither can
reach the other's document or storage, nor the platform page, and each
still plays and reports its result."""

import pytest
from playwright.sync_api import expect

from accounts.roles import Role
from h5p.models import H5PAttempt
from tests.browser.test_h5p_player import sign_in
from tests.factories.h5p import make_activity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROBE = """(index) => {
    const out = {};
    try { out.sibling = window.parent.frames[index].document.title; } catch (e) { out.sibling = e.name; }
    try { out.parent = window.parent.document.title; } catch (e) { out.parent = e.name; }
    try { localStorage.setItem("probe", location.host); out.stored = localStorage.getItem("probe"); }
    catch (e) { out.stored = e.name; }
    out.origin = location.origin;
    return out;
}"""


def test_players_of_two_activities_cannot_reach_each_other(
    live_server, page, make_user, password, settings, site_tree
):
    port = live_server.url.rsplit(":", 1)[1]
    settings.H5P_CONTENT_ORIGIN = f"http://*.h5p.localhost:{port}"
    settings.ALLOWED_HOSTS = ["localhost", ".localhost", "testserver"]
    from core.models import HomePage
    from courses.models import LessonPage
    from tests.factories.courses import build_course
    from tests.factories.h5p import place_in_lesson

    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=1, slug="two-origins")
    lesson = LessonPage.objects.descendant_of(course).get()
    first, second = make_activity(title="Manifest check"), make_activity(title="Seal check")
    place_in_lesson(lesson, first)
    place_in_lesson(LessonPage.objects.get(pk=lesson.pk), second)
    mentor = make_user(role=Role.MENTOR)
    sign_in(page, live_server, mentor, password)
    page.goto(live_server.url + LessonPage.objects.get(pk=lesson.pk).get_url())

    expect(page.locator("iframe.h5p-player-frame")).to_have_count(2)
    one = page.frame_locator("iframe.h5p-player-frame").nth(0)
    two = page.frame_locator("iframe.h5p-player-frame").nth(1)
    one.get_by_label("The cargo manifest").wait_for()
    two.get_by_label("The cargo manifest").wait_for()
    embeds = [frame for frame in page.frames if "/h5p/embed/" in frame.url]
    assert len(embeds) == 2
    by_host = {frame.url.split("/")[2].split(".")[0]: frame for frame in embeds}
    frame_one, frame_two = by_host[first.uuid.hex], by_host[second.uuid.hex]

    seen_one, seen_two = frame_one.evaluate(PROBE, 1), frame_two.evaluate(PROBE, 0)
    assert seen_one["origin"] == f"http://{first.uuid.hex}.h5p.localhost:{port}"
    assert seen_two["origin"] == f"http://{second.uuid.hex}.h5p.localhost:{port}"
    for seen in (seen_one, seen_two):
        assert seen["sibling"] == "SecurityError" and seen["parent"] == "SecurityError"
    # Each has storage of its own (H5P needs it), not shared with the other.
    assert seen_one["stored"] == seen_one["origin"].removeprefix("http://")
    assert frame_two.evaluate("() => localStorage.getItem('probe')") == seen_two["origin"].removeprefix(
        "http://"
    )

    # Both still play and report through the platform page.
    one.get_by_label("The cargo manifest").check()
    one.get_by_role("button", name="Check").click()
    page.locator("[data-h5p-player]").nth(0).get_by_text("Your result is saved.").wait_for(timeout=20000)
    assert H5PAttempt.objects.get(activity=first, user=mentor).score == 100.0
