"""Deeply nested JSON (100,000 levels) in every uploaded JSON: one clear,
translated error, nothing stored, no 500 and no traceback."""

import io
import os
import zipfile
from http import HTTPStatus

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from core.jsonsafe import MAX_JSON_DEPTH, JSONLimitError, json_loads_bounded
from h5p import sample
from h5p.models import H5PActivity, H5PLibrary
from scenarios.models import Scenario

pytestmark = pytest.mark.django_db

DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_MESSAGE = f"nested more than {MAX_JSON_DEPTH} levels deep"


def test_the_bounded_loader_refuses_depth_and_size_and_reads_the_rest():
    with pytest.raises(JSONLimitError, match=DEEP_MESSAGE):
        json_loads_bounded(DEEP, max_bytes=len(DEEP))
    with pytest.raises(JSONLimitError, match="larger than 10 bytes"):
        json_loads_bounded(b'{"a": "0123456789"}', max_bytes=10)
    # Brackets inside strings (escaped quotes too) do not count.
    text = '{"a": "' + "[" * 500 + '\\"' + "{" * 500 + '", "b": [[1]]}'
    assert json_loads_bounded(text, max_bytes=len(text))["b"] == [[1]]
    at_limit = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert json_loads_bounded(at_limit, max_bytes=len(at_limit)) is not None


def test_the_error_is_in_the_users_language():
    with translation.override("ru"), pytest.raises(JSONLimitError) as caught:
        json_loads_bounded(DEEP, max_bytes=len(DEEP))
    assert "JSON" in caught.value.message and "nested" not in caught.value.message


def test_scenario_import_page_answers_a_form_error(client, mentor):
    client.force_login(mentor)
    upload = SimpleUploadedFile("deep.json", DEEP, content_type="application/json")
    response = client.post(reverse("scenarios:import"), {"kind": "json", "file": upload})
    assert response.status_code == HTTPStatus.OK
    assert DEEP_MESSAGE in response.content.decode()
    assert not Scenario.objects.exists()


def test_import_scenario_command_fails_with_one_line(tmp_path):
    path = tmp_path / "deep.json"
    path.write_bytes(DEEP)
    with pytest.raises(CommandError) as caught:
        call_command("import_scenario", str(path))
    assert caught.value.returncode == 1
    assert DEEP_MESSAGE in str(caught.value) and "\n" not in str(caught.value)
    assert not Scenario.objects.exists()


def _stored_files() -> set[str]:
    found = set()
    for root, _dirs, files in os.walk(settings.MEDIA_ROOT):
        found.update(os.path.join(root, name) for name in files)
    return found


LIB = sample.LIBRARY_FOLDER


def deep_package(member: str) -> bytes:
    """Our sample package with `member` replaced by DEEP, stored uncompressed
    (so that no compression-ratio rule refuses it first)."""
    good = zipfile.ZipFile(io.BytesIO(sample.pack_h5p()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in good.infolist():
            if info.filename != member:
                archive.writestr(info, good.read(info), compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(member, DEEP, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "member",
    [
        "h5p.json",
        "content/content.json",
        f"{LIB}/library.json",
        f"{LIB}/semantics.json",
        f"{LIB}/language/ru.json",
    ],
)
def test_h5p_admin_upload_answers_a_form_error_for_every_json_file(client, mentor, member):
    mentor.user_permissions.add(Permission.objects.get(codename="upload_h5p_libraries"))
    client.force_login(mentor)
    before = _stored_files()
    package = deep_package(member)
    response = client.post(
        reverse("wagtailsnippets_h5p_h5pactivity:add"),
        {
            "title": "",
            "grading_policy": "best",
            "package": SimpleUploadedFile("deep.h5p", package, content_type="application/zip"),
        },
    )
    assert response.status_code == HTTPStatus.OK
    page = response.content.decode()
    assert DEEP_MESSAGE in page and member.split("/")[-1] in page
    assert (H5PActivity.objects.count(), H5PLibrary.objects.count(), _stored_files()) == (0, 0, before)


def test_import_h5p_command_fails_cleanly(tmp_path):
    path = tmp_path / "deep.h5p"
    path.write_bytes(deep_package("content/content.json"))
    with pytest.raises(CommandError) as caught:
        call_command("import_h5p", str(path))
    assert caught.value.returncode == 1 and DEEP_MESSAGE in str(caught.value)
    assert not H5PActivity.objects.exists()


def test_h5p_result_posts_with_deep_json_are_refused(client, mentor):
    from tests.factories.h5p import make_activity

    activity = make_activity(title="Deep post")
    client.force_login(mentor)
    url = f"/en/h5p/activities/{activity.uuid}/xapi/"
    response = client.post(url, DEEP[:100_000] + DEEP[-100_000:], content_type="application/json")
    assert response.status_code == HTTPStatus.BAD_REQUEST
