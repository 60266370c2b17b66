"""A package made elsewhere (H5P Group's True/False Question, exported by
h5p.org; tests/h5p/third_party.py): validated, installed, uploaded by a
mentor and served in the trainee's language like our own."""

from http import HTTPStatus
from io import StringIO

import pytest
from django.core.management import call_command

from h5p.models import H5PActivity, H5PFile, H5PLibrary
from tests.h5p.test_admin import grant_library_upload, upload
from tests.h5p.test_player_language import content_json
from tests.h5p.third_party import MAIN_LIBRARY, TITLE, USED_LIBRARIES, pack_truefalse

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def package() -> bytes:
    return pack_truefalse()


def test_operator_imports_it_with_the_libraries_it_uses(tmp_path, package):
    path = tmp_path / "true-false.h5p"
    path.write_bytes(package)
    out = StringIO()
    call_command("import_h5p", str(path), stdout=out)

    activity = H5PActivity.objects.get()
    assert out.getvalue().strip() == str(activity.pk)
    assert activity.title == TITLE
    main = activity.main_library
    assert (main.machine_name, main.major_version, main.minor_version) == MAIN_LIBRARY
    # The two editor libraries in the package are used by no content here: not installed.
    assert {library.folder for library in H5PLibrary.objects.all()} == USED_LIBRARIES
    assert {library.folder for library in activity.libraries.all()} == USED_LIBRARIES
    assert H5PFile.objects.filter(library__machine_name="H5P.TrueFalse", path="language/ru.json").exists()
    assert H5PFile.objects.filter(activity=activity, path="content.json").exists()


def test_mentor_uploads_it_once_the_libraries_are_installed(client, mentor, package):
    client.force_login(mentor)
    refused = upload(client, package)
    assert refused.status_code == HTTPStatus.OK
    assert "which is not installed, and you may not upload libraries" in refused.content.decode()
    assert H5PActivity.objects.count() == H5PLibrary.objects.count() == 0

    grant_library_upload(mentor)
    assert upload(client, package, title="True or false").status_code == HTTPStatus.FOUND
    mentor.user_permissions.clear()
    # A second mentor upload, now without the permission, uses what is installed.
    assert upload(client, package, title="Again").status_code == HTTPStatus.FOUND
    assert H5PActivity.objects.count() == 2
    assert H5PLibrary.objects.count() == len(USED_LIBRARIES)


@pytest.mark.parametrize(
    ("language", "true_text", "check"),
    [("en", "True", "Check"), ("ru", "Истина", "Проверить")],
)
def test_its_interface_texts_follow_the_trainee_language(client, mentor, package, language, true_text, check):
    grant_library_upload(mentor)
    client.force_login(mentor)
    upload(client, package)
    activity = H5PActivity.objects.get()
    l10n = content_json(client, activity, language)["l10n"]
    assert (l10n["trueText"], l10n["checkAnswer"]) == (true_text, check)
