"""Replacing the package of an activity in the admin: new content in every
lesson that uses it, results kept, resume states reset, refused packages
change nothing."""

import io
import json
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from h5p import sample
from h5p.models import H5PActivity, H5PAttempt, H5PFile, H5PLibrary, H5PUserState
from h5p.selectors import libraries_installed
from h5p.services import activity_replace_package
from h5p.validation import package_validate
from tests.h5p.test_admin import grant_library_upload
from tests.h5p.test_storage import stored_names
from tests.h5p.third_party import pack_truefalse

pytestmark = pytest.mark.django_db

NEW_QUESTION = "Which document lists the seal numbers?"


def edit(client, activity, data=None, **fields):
    payload = {"title": activity.title, "grading_policy": activity.grading_policy, **fields}
    if data is not None:
        payload["package"] = SimpleUploadedFile("new.h5p", data, content_type="application/zip")
    return client.post(reverse("wagtailsnippets_h5p_h5pactivity:edit", args=[activity.pk]), payload)


def question_of(activity) -> str:
    stored = H5PFile.objects.get(activity=activity, path="content.json")
    with stored.file.open("rb") as handle:
        return json.loads(handle.read())["question"]


@pytest.fixture
def played(activity, trainee):
    """`activity` with one attempt and a resume state of `trainee`."""
    H5PAttempt.objects.create(
        user=trainee, activity=activity, session="session-1", raw_score=1, max_score=1, score=100
    )
    H5PUserState.objects.create(user=trainee, activity=activity, state='{"picked": 1}')
    return activity


def test_mentor_replaces_the_content_and_results_stay(
    client, mentor, played, django_capture_on_commit_callbacks
):
    old_file = H5PFile.objects.get(activity=played, path="content.json").file.name
    client.force_login(mentor)
    new = sample.pack_h5p(content=sample.sample_content(question=NEW_QUESTION))
    with django_capture_on_commit_callbacks(execute=True):
        response = edit(client, played, new, title="Seal numbers")
    assert response.status_code == HTTPStatus.FOUND

    activity = H5PActivity.objects.get()
    assert (activity.pk, activity.uuid, activity.title) == (played.pk, played.uuid, "Seal numbers")
    assert question_of(activity) == NEW_QUESTION
    assert not any(name.endswith(old_file) for name in stored_names())
    assert H5PAttempt.objects.filter(activity=activity).count() == 1
    assert not H5PUserState.objects.filter(activity=activity).exists()
    entry = ModelLogEntry.objects.get(action="h5p.replace_package")
    assert entry.user_id == mentor.pk
    assert entry.data["current"] == "PCU.SelectionCheck 1.0.2"
    history = client.get(reverse("wagtailsnippets_h5p_h5pactivity:history", args=[activity.pk]))
    assert (
        "Package replaced: PCU.SelectionCheck 1.0.2, now PCU.SelectionCheck 1.0.2" in history.content.decode()
    )


def test_another_content_type_replaces_the_content_with_its_libraries(mentor, played):
    grant_library_upload(mentor)
    package = package_validate(
        io.BytesIO(pack_truefalse()), installed={}, may_upload_libraries=True
    )  # nothing of it installed yet
    activity = activity_replace_package(activity=played, package=package, user=mentor)
    assert activity.main_library.machine_name == "H5P.TrueFalse"
    assert activity.h5p_json["mainLibrary"] == "H5P.TrueFalse"
    assert {library.machine_name for library in activity.libraries.all()} >= {"H5P.TrueFalse", "H5P.Question"}
    paths = set(H5PFile.objects.filter(activity=activity).values_list("path", flat=True))
    assert paths == {"content.json"}
    assert "Which document" not in H5PFile.objects.get(activity=activity).file.open("rb").read().decode()


def test_refused_replacement_names_the_problem_and_changes_nothing(client, mentor, played):
    client.force_login(mentor)
    before = (stored_names(), question_of(played), H5PFile.objects.count())
    broken = sample.pack_h5p(extra_files={"content/evil.js": "alert(1)"})
    response = edit(client, played, broken, title="Renamed")
    assert response.status_code == HTTPStatus.OK
    assert "content/evil.js" in response.content.decode()
    played.refresh_from_db()
    assert played.title == "Manifest check"
    assert (stored_names(), question_of(played), H5PFile.objects.count()) == before
    assert H5PUserState.objects.filter(activity=played).exists()
    assert not ModelLogEntry.objects.filter(action="h5p.replace_package").exists()


def test_replacement_with_a_new_library_needs_the_library_permission(client, mentor, played):
    client.force_login(mentor)
    response = edit(client, played, pack_truefalse())
    assert response.status_code == HTTPStatus.OK
    assert "you may not upload libraries" in response.content.decode()
    played.refresh_from_db()
    assert played.main_library.machine_name == "PCU.SelectionCheck"
    assert H5PLibrary.objects.count() == 1


def test_failure_while_storing_the_new_content_keeps_the_old(played, mentor, monkeypatch):
    before = (stored_names(), question_of(played))
    package = package_validate(
        io.BytesIO(sample.pack_h5p(content=sample.sample_content(question=NEW_QUESTION))),
        installed=libraries_installed(),
        may_upload_libraries=False,
    )
    original = H5PFile.objects.bulk_create

    def fail(objs, *args, **kwargs):
        objs = list(objs)  # the new content's files are written here
        if any(obj.activity_id for obj in objs):
            raise OSError("disk full")
        return original(objs, *args, **kwargs)

    monkeypatch.setattr(H5PFile.objects, "bulk_create", fail)
    with pytest.raises(OSError):
        activity_replace_package(activity=played, package=package, user=mentor)
    assert (stored_names(), question_of(played)) == before
    assert H5PUserState.objects.filter(activity=played).exists()


def test_edit_form_offers_the_replacement(client, mentor, activity):
    client.force_login(mentor)
    page = client.get(reverse("wagtailsnippets_h5p_h5pactivity:edit", args=[activity.pk])).content.decode()
    assert "Replace the package (.h5p)" in page
    assert "Results recorded so far are kept" in page
