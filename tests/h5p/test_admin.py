from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.roles import Role
from h5p import sample
from h5p.blocks import H5PActivityBlock
from h5p.models import H5PActivity, H5PFile, H5PLibrary

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_h5p_h5pactivity:add"


def upload(client, data, **fields):
    payload = {"title": "", "grading_policy": "best", **fields}
    payload["package"] = SimpleUploadedFile("activity.h5p", data, content_type="application/zip")
    return client.post(reverse(ADD_URL), payload)


def grant_library_upload(user):
    user.user_permissions.add(Permission.objects.get(codename="upload_h5p_libraries"))


def test_mentor_group_may_add_activities_but_not_libraries(mentor):
    group = Group.objects.get(name=Role.MENTOR.value)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"add_h5pactivity", "change_h5pactivity", "delete_h5pactivity"} <= codenames
    assert "upload_h5p_libraries" not in codenames
    assert not mentor.has_perm("h5p.upload_h5p_libraries")


def test_mentor_with_library_permission_uploads_a_package(client, mentor):
    grant_library_upload(mentor)
    client.force_login(mentor)
    response = upload(client, sample.pack_h5p(title="Seal numbers"))
    assert response.status_code == HTTPStatus.FOUND
    activity = H5PActivity.objects.get()
    assert activity.title == "Seal numbers"
    assert activity.created_by == mentor
    assert H5PLibrary.objects.count() == 1


def test_mentor_without_library_permission_uploads_content_for_installed_libraries(client, mentor, activity):
    client.force_login(mentor)
    response = upload(client, sample.pack_h5p(), title="Reefer check", grading_policy="last")
    assert response.status_code == HTTPStatus.FOUND
    created = H5PActivity.objects.get(title="Reefer check")
    assert created.grading_policy == "last"
    assert created.main_library == activity.main_library


def test_mentor_without_library_permission_is_told_why_a_new_library_is_refused(client, mentor):
    client.force_login(mentor)
    response = upload(client, sample.pack_h5p())
    assert response.status_code == HTTPStatus.OK
    assert "you may not upload libraries" in response.content.decode()
    assert H5PActivity.objects.count() == H5PLibrary.objects.count() == H5PFile.objects.count() == 0


def test_broken_upload_shows_the_reason_and_stores_nothing(client, mentor):
    grant_library_upload(mentor)
    client.force_login(mentor)
    response = upload(client, sample.pack_h5p(extra_files={"content/evil.js": "alert(1)"}))
    assert response.status_code == HTTPStatus.OK
    assert "content/evil.js" in response.content.decode()
    assert H5PActivity.objects.count() == H5PFile.objects.count() == 0


def test_trainee_cannot_reach_the_upload(client, trainee):
    client.force_login(trainee)
    response = client.get(reverse(ADD_URL))
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert H5PActivity.objects.count() == 0


def test_editing_changes_title_and_policy_without_a_new_package(client, mentor, activity):
    client.force_login(mentor)
    url = reverse("wagtailsnippets_h5p_h5pactivity:edit", args=[activity.pk])
    response = client.post(url, {"title": "Renamed", "grading_policy": "first"})
    assert response.status_code == HTTPStatus.FOUND
    activity.refresh_from_db()
    assert (activity.title, activity.grading_policy) == ("Renamed", "first")


def test_library_permission_is_offered_in_the_group_editor(client, make_user):
    admin = make_user(role=None, is_superuser=True, is_staff=True)
    client.force_login(admin)
    group = Group.objects.get(name=Role.MENTOR.value)
    page = client.get(reverse("wagtailusers_groups:edit", args=[group.pk])).content.decode()
    assert "upload H5P libraries" in page


def test_block_is_an_assessment_with_required_flag_and_threshold():
    block = H5PActivityBlock()
    assert H5PActivityBlock.is_assessment is True
    assert set(block.child_blocks) == {"activity", "required", "pass_threshold"}
    assert block.meta.icon == "pick"
    assert block.child_blocks["pass_threshold"].meta.default == 80


def test_activity_list_headings_are_in_the_editors_language(client, make_user, activity):
    from tests.i18n.checks import visible_text

    client.force_login(make_user(role=Role.MENTOR, language="ru"))
    listing = client.get(reverse("wagtailsnippets_h5p_h5pactivity:list"), HTTP_ACCEPT_LANGUAGE="ru").text
    start = listing.index('<table class="listing')
    headings = visible_text(listing[start : listing.index("</thead>", start)], "ru")
    assert "Создан" in headings, headings
    assert "Created at" not in headings
