"""Admin → H5P libraries: who sees the installed libraries, what the list and
the detail page say, and uninstalling only what nothing uses."""

import io
from http import HTTPStatus

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from h5p import sample
from h5p.models import H5PFile, H5PLibrary
from h5p.services import activity_import
from tests.h5p.test_admin import grant_library_upload
from tests.h5p.test_storage import stored_names
from tests.h5p.third_party import pack_truefalse

pytestmark = pytest.mark.django_db

INDEX = "h5p_libraries:index"


def library(machine_name) -> H5PLibrary:
    return H5PLibrary.objects.get(machine_name=machine_name)


@pytest.fixture
def true_false(db):
    return activity_import(stream=io.BytesIO(pack_truefalse()), may_upload_libraries=True)


def orphan_library():
    """A library installed by a package whose activity was then deleted."""
    activity = activity_import(
        stream=io.BytesIO(sample.pack_h5p()), may_upload_libraries=True
    )  # installs PCU.SelectionCheck
    activity.delete()
    return library(sample.MACHINE_NAME)


@pytest.mark.parametrize("who", ["trainee", "staff"])
def test_people_without_h5p_permissions_do_not_see_the_list(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse(INDEX)).status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)


def test_mentor_sees_the_libraries_with_their_use(client, mentor, true_false):
    client.force_login(mentor)
    response = client.get(reverse(INDEX))
    assert response.status_code == HTTPStatus.OK
    page = response.content.decode()
    assert "True/False Question" in page
    assert "H5P.TrueFalse 1.6." in page
    rows = {row.machine_name: row for row in response.context["object_list"]}
    assert rows["H5P.TrueFalse"].activity_count == 1
    assert rows["H5P.TrueFalse"].runnable and not rows["H5P.Question"].runnable
    # Mentors may not uninstall: no delete link anywhere.
    assert reverse("h5p_libraries:delete", args=[rows["Tether"].pk]) not in page
    assert client.get(reverse("h5p_libraries:delete", args=[rows["Tether"].pk])).status_code in (
        HTTPStatus.FOUND,
        HTTPStatus.FORBIDDEN,
    )


def test_detail_page_names_dependencies_dependants_and_activities(client, mentor, true_false):
    client.force_login(mentor)
    question = library("H5P.Question")
    page = client.get(reverse("h5p_libraries:inspect", args=[question.pk])).content.decode()
    assert "H5P.JoubelUI 1.3" in page  # what it needs
    assert "H5P.TrueFalse 1.6." in page  # what needs it
    assert true_false.title in page
    assert "No: used by other libraries" in page


def test_library_in_use_is_not_deleted_and_the_page_says_why(client, mentor, true_false):
    grant_library_upload(mentor)
    client.force_login(mentor)
    tether = library("Tether")
    url = reverse("h5p_libraries:delete", args=[tether.pk])
    page = client.get(url).content.decode()
    assert f"{tether} cannot be deleted: activities use it (Hello World)." in page
    assert "Yes, delete" not in page
    response = client.post(url)
    assert response.status_code == HTTPStatus.FOUND
    assert H5PLibrary.objects.filter(pk=tether.pk).exists()


def test_library_another_library_needs_is_not_deleted(client, mentor, true_false):
    grant_library_upload(mentor)
    client.force_login(mentor)
    true_false.delete()
    question = library("H5P.Question")
    page = client.get(reverse("h5p_libraries:delete", args=[question.pk])).content.decode()
    assert "other libraries need it (H5P.TrueFalse 1.6." in page
    client.post(reverse("h5p_libraries:delete", args=[question.pk]))
    assert H5PLibrary.objects.filter(pk=question.pk).exists()


def test_unused_library_is_deleted_with_its_files(client, mentor, django_capture_on_commit_callbacks):
    orphan = orphan_library()
    files = list(H5PFile.objects.filter(library=orphan).values_list("file", flat=True))
    assert files
    grant_library_upload(mentor)
    client.force_login(mentor)
    url = reverse("h5p_libraries:delete", args=[orphan.pk])
    assert "Yes, delete" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == HTTPStatus.FOUND
    assert not H5PLibrary.objects.exists()
    assert not H5PFile.objects.exists()
    assert not any(name.endswith(file) for name in stored_names() for file in files)
    assert ModelLogEntry.objects.filter(action="wagtail.delete", user=mentor).exists()


def test_libraries_are_never_added_or_edited_by_hand(client, mentor, true_false):
    grant_library_upload(mentor)
    client.force_login(mentor)
    tether = library("Tether")
    assert client.get(reverse("h5p_libraries:add")).status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    response = client.post(reverse("h5p_libraries:edit", args=[tether.pk]), {"title": "Changed"})
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert library("Tether").title == tether.title


def test_library_uninstalled_while_a_package_is_stored_refuses_it_with_a_reason(client, mentor, monkeypatch):
    """Checked on the form while installed, deleted before the package is stored."""
    from h5p import forms
    from h5p.models import H5PActivity
    from tests.h5p.test_admin import upload

    orphan = orphan_library()  # installed, used by nothing: a mentor may upload content for it
    validate = forms.package_validate

    def validate_then_uninstall(*args, **kwargs):
        package = validate(*args, **kwargs)
        H5PLibrary.objects.filter(pk=orphan.pk).delete()
        return package

    monkeypatch.setattr(forms, "package_validate", validate_then_uninstall)
    client.force_login(mentor)
    response = upload(client, sample.pack_h5p(), title="Too late")
    assert response.status_code == HTTPStatus.OK
    assert (
        "PCU.SelectionCheck 1.0 was uninstalled while the package was being stored"
        in response.content.decode()
    )
    assert not H5PActivity.objects.exists()
    assert not H5PFile.objects.filter(activity__isnull=False).exists()
