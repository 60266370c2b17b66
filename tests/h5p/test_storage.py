import io
import json
import os
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from accounts.roles import Role
from h5p import sample
from h5p.models import H5PActivity, H5PFile, H5PLibrary
from h5p.services import activity_import
from h5p.validation import PackageInvalid

pytestmark = pytest.mark.django_db


def stored_names() -> set[str]:
    root = Path(settings.MEDIA_ROOT) / "h5p"
    return {str(path) for path in root.rglob("*") if path.is_file()} if root.exists() else set()


def test_import_stores_content_library_and_dependencies(activity):
    assert activity.title == "Manifest check"
    assert activity.main_library.folder == "PCU.SelectionCheck-1.0"
    assert list(activity.libraries.all()) == [activity.main_library]
    content = H5PFile.objects.get(activity=activity, path="content.json")
    assert json.loads(content.file.read())["question"].startswith("Which document")
    library_paths = set(H5PFile.objects.filter(library=activity.main_library).values_list("path", flat=True))
    assert {"library.json", "semantics.json", "selection-check.js", "language/ru.json"} <= library_paths
    assert default_storage.exists(content.file.name)


def test_second_activity_reuses_the_installed_library(activity, activity_factory):
    second = activity_factory(title="Second")
    assert H5PLibrary.objects.count() == 1
    assert second.main_library == activity.main_library


def test_invalid_package_stores_nothing(db):
    before = stored_names()
    with pytest.raises(PackageInvalid):
        activity_import(
            stream=io.BytesIO(sample.pack_h5p(omit=("content/content.json",))), may_upload_libraries=True
        )
    assert H5PActivity.objects.count() == H5PLibrary.objects.count() == H5PFile.objects.count() == 0
    assert stored_names() == before


def test_failure_while_storing_rolls_back_rows_and_deletes_written_files(db, monkeypatch):
    before = stored_names()
    original = H5PFile.objects.bulk_create
    calls = []

    def fail_on_content(objs, *args, **kwargs):
        objs = list(objs)
        calls.append(len(objs))
        if any(obj.activity_id for obj in objs):
            raise OSError("disk full")
        return original(objs, *args, **kwargs)

    monkeypatch.setattr(H5PFile.objects, "bulk_create", fail_on_content)
    with pytest.raises(OSError):
        activity_import(stream=io.BytesIO(sample.pack_h5p()), may_upload_libraries=True)
    assert len(calls) == 2  # the library's files were written before the failure
    assert H5PActivity.objects.count() == H5PLibrary.objects.count() == H5PFile.objects.count() == 0
    assert stored_names() == before


def test_user_without_library_permission_cannot_bring_a_new_library(mentor):
    with pytest.raises(PackageInvalid, match="you may not upload libraries"):
        activity_import(stream=io.BytesIO(sample.pack_h5p()), user=mentor)
    assert H5PLibrary.objects.count() == 0


def test_user_without_library_permission_uses_the_installed_library(activity, mentor):
    before = set(H5PFile.objects.filter(library__isnull=False).values_list("file", flat=True))
    changed = json.loads((sample.LIBRARY_DIR / "library.json").read_text())
    changed["patchVersion"] = 9
    second = activity_import(
        stream=io.BytesIO(
            sample.pack_h5p(extra_files={"PCU.SelectionCheck-1.0/library.json": json.dumps(changed)})
        ),
        user=mentor,
    )
    assert (
        second.main_library.patch_version
        == json.loads((sample.LIBRARY_DIR / "library.json").read_text())["patchVersion"]
    )
    assert set(H5PFile.objects.filter(library__isnull=False).values_list("file", flat=True)) == before


def test_newer_patch_replaces_the_library_files(activity, make_user, django_capture_on_commit_callbacks):
    from django.contrib.auth.models import Permission

    operator = make_user(role=Role.MENTOR)
    operator.user_permissions.add(Permission.objects.get(codename="upload_h5p_libraries"))
    old_files = list(H5PFile.objects.filter(library=activity.main_library).values_list("file", flat=True))
    changed = json.loads((sample.LIBRARY_DIR / "library.json").read_text())
    changed["patchVersion"] = 3
    with django_capture_on_commit_callbacks(execute=True):
        activity_import(
            stream=io.BytesIO(
                sample.pack_h5p(extra_files={"PCU.SelectionCheck-1.0/library.json": json.dumps(changed)})
            ),
            user=operator,
        )
    library = H5PLibrary.objects.get()
    assert library.patch_version == 3
    assert not any(default_storage.exists(name) for name in old_files)
    assert all(default_storage.exists(f.file.name) for f in library.files.all())


def test_deleting_an_activity_deletes_its_stored_files(activity, django_capture_on_commit_callbacks):
    names = list(activity.files.values_list("file", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        activity.delete()
    assert not any(default_storage.exists(name) for name in names)


def test_import_command_prints_the_new_id(tmp_path):
    path = tmp_path / "check.h5p"
    path.write_bytes(sample.pack_h5p())
    out = StringIO()
    call_command("import_h5p", str(path), "--title", "Seal check", stdout=out)
    activity = H5PActivity.objects.get()
    assert out.getvalue().strip() == str(activity.pk)
    assert activity.title == "Seal check"


@pytest.mark.parametrize(
    ("data", "expected"),
    [(b"not a zip", "not a ZIP archive"), (sample.pack_h5p(omit=("h5p.json",)), "h5p.json is missing")],
)
def test_import_command_fails_with_one_clear_line(tmp_path, data, expected):
    path = tmp_path / "broken.h5p"
    path.write_bytes(data)
    with pytest.raises(CommandError) as caught:
        call_command("import_h5p", str(path), stdout=StringIO())
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)
    assert H5PActivity.objects.count() == 0


def test_import_command_reports_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_h5p", os.fspath(tmp_path / "absent.h5p"))


def test_seed_demo_adds_one_demo_activity_once(db):
    from h5p import demo

    demo.seed()
    demo.seed()
    # One activity, with its Russian, Uzbek and Turkmen translations.
    activity = H5PActivity.objects.get(translation_of__isnull=True)
    assert activity.title == demo.DEMO_TITLE
    assert sorted(activity.translated_copies.values_list("locale__language_code", flat=True)) == [
        "ru",
        "tk",
        "uz",
    ]
    assert activity.main_library.machine_name == "PCU.SelectionCheck"


def test_replaced_patches_and_deleted_activities_leave_no_empty_folders(
    activity, make_user, django_capture_on_commit_callbacks
):
    import os
    from pathlib import Path

    from django.contrib.auth.models import Permission

    operator = make_user(role=Role.MENTOR)
    operator.user_permissions.add(Permission.objects.get(codename="upload_h5p_libraries"))
    old_folder = Path(default_storage.path(activity.main_library.files.first().file.name)).parents[
        len(Path(activity.main_library.files.first().path).parts) - 1
    ]
    content_folder = Path(default_storage.path(f"h5p/content/{activity.uuid}"))
    assert old_folder.is_dir() and content_folder.is_dir()
    changed = json.loads((sample.LIBRARY_DIR / "library.json").read_text())
    changed["patchVersion"] = 4
    with django_capture_on_commit_callbacks(execute=True):
        activity_import(
            stream=io.BytesIO(
                sample.pack_h5p(extra_files={"PCU.SelectionCheck-1.0/library.json": json.dumps(changed)})
            ),
            user=operator,
        )
    assert not old_folder.exists()
    with django_capture_on_commit_callbacks(execute=True):
        activity.delete()
    assert not content_folder.exists()
    # The roots stay, and nothing under them is an empty folder.
    for root in ("h5p/libraries", "h5p/content"):
        base = default_storage.path(root)
        assert os.path.isdir(base)
        empty = [d for d, subdirs, files in os.walk(base) if d != base and not subdirs and not files]
        assert not empty, empty
