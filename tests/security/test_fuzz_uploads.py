"""Hostile H5P packages through the real import service: each is refused with
a message naming the problem, quickly, and leaves nothing behind (no activity,
no library, no file in storage). Rule-by-rule checks of `package_validate`
live in tests/h5p/test_validation.py; this module adds the variants it does
not try and checks the end-to-end "nothing stored"."""

import io
import json
import os
import time
import zipfile

import pytest
from django.conf import settings
from django.test import override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from h5p import sample
from h5p.models import H5PActivity, H5PLibrary
from h5p.services import activity_import
from h5p.validation import PackageInvalid
from tests.h5p.test_validation import with_member

pytestmark = pytest.mark.django_db

LIB = sample.LIBRARY_FOLDER


def stored_files() -> set[str]:
    found = set()
    for root, _dirs, files in os.walk(settings.MEDIA_ROOT):
        found.update(os.path.join(root, name) for name in files)
    return found


def assert_refused(data: bytes, expected: str):
    before = (H5PActivity.objects.count(), H5PLibrary.objects.count(), stored_files())
    started = time.monotonic()
    with pytest.raises(PackageInvalid) as caught:
        activity_import(stream=io.BytesIO(data), may_upload_libraries=True)
    assert time.monotonic() - started < 5
    assert expected in str(caught.value.message), caught.value.message
    assert (H5PActivity.objects.count(), H5PLibrary.objects.count(), stored_files()) == before


HOSTILE = {
    "dot-dot at the start": (with_member("../evil.png"), "“..”"),
    "dot-dot deep": (with_member("content/images/../../../../evil.png"), "“..”"),
    "dot component": (with_member("./content/evil.png"), "“.”"),
    "empty component": (with_member("content//evil.png"), "empty path component"),
    "absolute": (with_member("/var/www/evil.png"), "absolute path"),
    "drive letter, no slash": (with_member("D:evil.png"), "absolute path"),
    "drive letter, backslash": (with_member("c:\\windows\\evil.png"), "backslash"),
    "UNC path": (with_member("\\\\server\\share\\evil.png"), "backslash"),
    "backslash dot-dot": (with_member("content\\..\\..\\evil.png"), "backslash"),
    # zipfile cuts a name at NUL: what is left must pass the rules on its own.
    "NUL before an allowed extension": (with_member("content/evil.php\0.png"), "(php)"),
    "very long name": (with_member("content/" + "a" * 5000 + ".png"), "too long"),
    "very long path": (with_member("content/" + "/".join(["d" * 200] * 30) + "/x.png"), "too long"),
    "double extension, executable last": (with_member("content/photo.png.php"), "(php)"),
    "double extension, html last": (with_member("content/photo.jpg.html"), "(html)"),
    "upper-case executable": (with_member("content/EVIL.PHP"), "(php)"),
    "script in a library folder named like content": (with_member("content/lib.js"), "(js)"),
    "malformed h5p.json (a list)": (sample.pack_h5p(extra_files={"h5p.json": "[1, 2]"}), "JSON object"),
    "malformed library.json (a string)": (
        sample.pack_h5p(extra_files={f"{LIB}/library.json": '"x"'}),
        "JSON object",
    ),
    "h5p.json in UTF-16": (
        sample.pack_h5p(extra_files={"h5p.json": json.dumps(sample.sample_h5p_json()).encode("utf-16")}),
        "not valid JSON",
    ),
}


@pytest.mark.parametrize(("data", "expected"), HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_package_is_refused_and_nothing_is_stored(data, expected):
    assert_refused(data, expected)


def test_symlink_is_refused_and_nothing_is_stored():
    info = zipfile.ZipInfo("content/passwd.txt")
    info.external_attr = (0o120777) << 16
    assert_refused(with_member(info, b"/etc/passwd"), "symbolic link")


def test_zip_bomb_by_ratio_with_the_default_limits():
    assert_refused(sample.pack_h5p(extra_files={"content/video.mp4": b"\0" * (4 * 1024 * 1024)}), "zip bomb")


@override_settings(H5P_MAX_UNCOMPRESSED_SIZE=3 * 1024 * 1024, H5P_MAX_FILE_SIZE=10**8)
def test_zip_bomb_by_total_size_each_member_modest():
    # Random bytes do not compress, so no single member trips the ratio rule.
    members = {f"content/part{i}.mp4": os.urandom(512 * 1024) for i in range(8)}
    assert_refused(sample.pack_h5p(extra_files=members), "expands to")


def test_a_hundred_thousand_entries_are_refused_quickly():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for i in range(100_000):
            archive.writestr(f"content/{i}.txt", b"")
    assert_refused(buffer.getvalue(), "100000 files")


def test_double_extension_with_an_allowed_last_one_is_served_as_that_type():
    """x.php.png is accepted: its type comes from the last extension, it is
    served as image/png with nosniff and never executed by us."""
    data = with_member("content/images/x.php.png", b"<?php echo 1; ?>")
    activity = activity_import(stream=io.BytesIO(data), may_upload_libraries=True)
    assert activity.files.filter(path="images/x.php.png").exists()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    h5p_json=st.dictionaries(
        st.sampled_from(["title", "language", "mainLibrary", "embedTypes", "preloadedDependencies", "x"]),
        json_values,
    ),
    library=st.dictionaries(
        st.sampled_from(
            ["title", "machineName", "majorVersion", "minorVersion", "patchVersion", "preloadedJs", "coreApi"]
        ),
        json_values,
    ),
)
def test_malformed_metadata_is_refused_with_a_message_never_a_crash(h5p_json, library):
    data = sample.pack_h5p(h5p_json=h5p_json, extra_files={f"{LIB}/library.json": json.dumps(library)})
    with pytest.raises(PackageInvalid) as caught:
        activity_import(stream=io.BytesIO(data), may_upload_libraries=True)
    assert str(caught.value.message)
    assert not H5PActivity.objects.exists() and not H5PLibrary.objects.exists()


def test_title_with_markup_is_stored_as_text_and_escaped_where_shown(site_tree, make_user, client):
    from accounts.roles import Role
    from core.models import HomePage
    from courses.models import LessonPage
    from courses.services import enrolment_create
    from tests.factories.courses import build_course
    from tests.factories.h5p import place_in_lesson

    evil = '<script>alert("t")</script><img src=x onerror=alert(1)>'
    activity = activity_import(stream=io.BytesIO(sample.pack_h5p(title=evil)), may_upload_libraries=True)
    assert activity.title == evil
    home = HomePage.objects.get(locale__language_code="en")
    course = build_course(home, lessons=1, slug="xss-course")
    lesson = LessonPage.objects.descendant_of(course).get()
    place_in_lesson(lesson, activity)
    trainee = make_user(role=Role.TRAINEE)
    enrolment_create(user=trainee, course=course.specific)
    mentor = make_user(role=Role.MENTOR)
    pages = []
    client.force_login(trainee)
    pages.append(client.get(LessonPage.objects.get(pk=lesson.pk).get_url()))
    client.force_login(mentor)
    pages.append(client.get("/admin/snippets/h5p/h5pactivity/"))
    pages.append(client.get(f"/en/h5p/activities/{activity.uuid}/play/"))
    for page in pages:
        assert page.status_code == 200
        body = page.content.decode()
        assert '<script>alert("t")' not in body and "<img src=x" not in body
