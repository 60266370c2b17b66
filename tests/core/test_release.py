"""The release fingerprint (core/release.py): what changes it and what does
not, the release a deployment names itself, and that a cache entry stored
by one release is never read by another."""

import os
import shutil
import subprocess
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, override_settings
from wagtail.models import Page

from core.content_version import versioned_cache_get
from core.models import HomePage
from core.release import release_fingerprint, tree_files, tree_fingerprint
from scenarios.models import Scenario
from scenarios.models.scenario import ScenarioStatus
from scenarios.selectors import published_cache_key
from tests.factories.courses import build_course

TEMPLATE = "courses/templates/courses/lesson.html"


@pytest.fixture(autouse=True)
def _fingerprint_afresh():
    # Computed once per process: these tests change what it is computed from.
    release_fingerprint.cache_clear()
    yield
    release_fingerprint.cache_clear()


@pytest.fixture
def tree(tmp_path) -> Path:
    files = {
        TEMPLATE: "<h1>{{ page.title }}</h1>",
        "courses/models.py": "TITLE = 1\n",
        "locale/ru/LC_MESSAGES/django.po": "",
        "requirements.txt": "Django==5.2.19\n",
        "README.md": "prose",
    }
    for relative, text in files.items():
        _write(tmp_path / relative, text)
    return tmp_path


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def _compile(tree: Path, translation: str, *options: str) -> None:
    po = tree / "locale/ru/LC_MESSAGES/django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "Lesson"\nmsgstr "{translation}"\n\nmsgid "Course"\nmsgstr "Курс"\n'
    )
    subprocess.run(["msgfmt", *options, "-o", str(po.with_suffix(".mo")), str(po)], check=True)  # noqa: S603,S607


def test_the_running_release_has_one_fingerprint():
    first = release_fingerprint()
    release_fingerprint.cache_clear()
    assert release_fingerprint() == first
    assert len(first) == 16 and int(first, 16) >= 0


def test_a_trees_fingerprint_counts_templates_code_and_requirements_by_path(tree):
    files = tree_files(tree)
    assert files == ["courses/models.py", TEMPLATE, "requirements.txt"]
    assert tree_fingerprint(tree) == tree_fingerprint(tree)


def test_a_template_whose_content_changes_changes_the_fingerprint(tree):
    before = tree_fingerprint(tree)
    (tree / TEMPLATE).write_text("<h1>{{ page.title }} </h1>")
    changed = tree_fingerprint(tree)
    assert changed != before
    (tree / TEMPLATE).write_text("<h1>{{ page.title }}</h1>")
    assert tree_fingerprint(tree) == before


@pytest.mark.parametrize(
    "change",
    [
        lambda tree: (tree / "courses/models.py").write_text("TITLE = 2\n"),
        lambda tree: (tree / "requirements.txt").write_text("Django==5.2.20\n"),
        lambda tree: (tree / TEMPLATE).rename(tree / "courses/templates/courses/page.html"),
        lambda tree: _write(tree / "core/static/core/site.css", "h1 { color: red }"),
    ],
    ids=["code", "pinned package", "a template moved", "a static file added"],
)
def test_code_requirements_moves_and_static_files_change_the_fingerprint(tree, change):
    before = tree_fingerprint(tree)
    change(tree)
    assert tree_fingerprint(tree) != before


def test_a_files_date_alone_leaves_the_fingerprint(tree):
    before = tree_fingerprint(tree)
    os.utime(tree / TEMPLATE, (0, 0))
    assert tree_fingerprint(tree) == before


@pytest.mark.parametrize(
    "directory",
    [
        ".venv/lib",
        "node_modules/h5p",
        "var/cache",
        "media",
        "tests/core",
        "courses/__pycache__",
        ".git",
        "bench",
    ],
)
def test_files_in_skipped_directories_leave_the_fingerprint(tree, directory):
    before = tree_fingerprint(tree)
    _write(tree / directory / "lesson.html", "<p>not the site's</p>")
    _write(tree / directory / "module.py", "X = 1\n")
    assert tree_fingerprint(tree) == before


def test_the_static_and_media_roots_named_are_skipped_wherever_they_are(tree):
    before = tree_fingerprint(tree)
    collected = tree / "public/collected"
    _write(collected / "site.0123abcd.css", "h1 {}")
    assert tree_fingerprint(tree, skip=[collected]) == before
    assert tree_fingerprint(tree) != before


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="needs gettext's msgfmt")
def test_compiled_catalogues_count_by_their_messages_not_their_layout(tree):
    _compile(tree, "Урок")
    compiled = tree_fingerprint(tree)
    assert "locale/ru/LC_MESSAGES/django.mo" in tree_files(tree)
    _compile(tree, "Урок", "--no-hash")  # the same messages, laid out otherwise
    assert tree_fingerprint(tree) == compiled
    _compile(tree, "Занятие")
    assert tree_fingerprint(tree) != compiled


def test_a_release_named_in_the_settings_is_the_fingerprint():
    computed = release_fingerprint()
    with override_settings(RELEASE_FINGERPRINT="2026.12-1"):
        release_fingerprint.cache_clear()
        assert release_fingerprint() == "2026.12-1"
    release_fingerprint.cache_clear()
    assert release_fingerprint() == computed


@pytest.mark.parametrize("name", ["release 1", "v1:2", "x" * 65])
def test_a_release_name_unfit_for_a_cache_key_is_refused(name):
    with (
        override_settings(RELEASE_FINGERPRINT=name),
        pytest.raises(ImproperlyConfigured, match="PCU_RELEASE"),
    ):
        release_fingerprint()


def _in_release(name: str):
    release_fingerprint.cache_clear()
    return override_settings(RELEASE_FINGERPRINT=name)


def test_what_one_release_cached_under_the_content_version_another_never_reads():
    with _in_release("old"):
        assert versioned_cache_get("test:reading", lambda: "old body", timeout=60) == "old body"
    with _in_release("new"):
        assert versioned_cache_get("test:reading", lambda: "new body", timeout=60) == "new body"
        assert versioned_cache_get("test:reading", lambda: "built again", timeout=60) == "new body"
    with _in_release("old"):
        assert versioned_cache_get("test:reading", lambda: "built again", timeout=60) == "old body"


def test_scenario_reads_and_debrief_bodies_are_keyed_by_the_release():
    scenario = Scenario(pk=7, status=ScenarioStatus.PUBLISHED, published_at=datetime(2026, 12, 1, tzinfo=UTC))
    with _in_release("old"):
        old = published_cache_key(scenario, "debrief", "ru")
    with _in_release("new"):
        new = published_cache_key(scenario, "debrief", "ru")
    assert old != new and "new" in new.split(":")


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=600)
def test_an_anonymous_page_stored_by_one_release_is_not_served_by_the_next(site_tree):
    home = HomePage.objects.get(locale__language_code="en")
    course = build_course(home, lessons=1, modules=1, slug="release-course")
    with _in_release("old"):
        assert Client().get(course.url).status_code == HTTPStatus.OK
    # Behind Wagtail's back: no signal, the content version stays.
    Page.objects.filter(pk=course.pk).update(title="Retitled behind the signals")
    with _in_release("old"):
        assert "Retitled behind the signals" not in Client().get(course.url).content.decode()
    with _in_release("new"):
        assert "Retitled behind the signals" in Client().get(course.url).content.decode()
