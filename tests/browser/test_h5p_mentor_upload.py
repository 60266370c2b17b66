"""A mentor uploads a package made elsewhere in the admin and places it in a
lesson with the page editor: the whole authoring path, in chromium."""

import pytest
from playwright.sync_api import expect

from accounts.roles import Role
from core.models import HomePage
from courses.models import LessonPage
from courses.services import course_tree_permissions_grant
from h5p.models import H5PActivity
from tests.browser.test_h5p_player import sign_in
from tests.factories.courses import build_course
from tests.h5p.test_admin import grant_library_upload
from tests.h5p.third_party import pack_truefalse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_mentor_uploads_a_true_false_package_and_places_it_in_a_lesson(
    live_server, page, site_tree, make_user, password
):
    course = build_course(HomePage.objects.get(locale__language_code="en"), lessons=1, slug="authoring")
    lesson = LessonPage.objects.descendant_of(course).get()
    course_tree_permissions_grant()
    mentor = make_user(role=Role.MENTOR)
    grant_library_upload(mentor)
    sign_in(page, live_server, mentor, password)

    page.goto(f"{live_server.url}/admin/snippets/h5p/h5pactivity/add/")
    page.locator("#id_package").set_input_files(
        {"name": "true-false.h5p", "mimeType": "application/zip", "buffer": pack_truefalse()}
    )
    page.locator("#id_title").fill("Is the seal intact?")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("link", name="Is the seal intact?")).to_be_visible()
    activity = H5PActivity.objects.get()
    assert activity.main_library.machine_name == "H5P.TrueFalse"

    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    page.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name="H5P activity").click()
    page.get_by_role("button", name="Choose H5P activity").click()
    modal = page.locator(".modal-content")
    modal.get_by_role("link", name="Is the seal intact?").click()
    expect(page.locator("[data-chooser-title]").last).to_have_text("Is the seal intact?")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".messages")).to_contain_text("published")

    published = LessonPage.objects.get(pk=lesson.pk)
    blocks = [block for block in published.body if block.block_type == "h5p_activity"]
    assert [block.value["activity"].pk for block in blocks] == [activity.pk]
    assert blocks[0].value["required"] is True
