"""Shared database states (tests/db_states.py): a test asking for a state
finds it whether it was seeded in the test or loaded from the process's copy;
a test asking for none finds the migrated database; nothing one test writes
reaches the next, transactional tests included. The tests run in this order."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from core.models import HomePage
from tests import db_states

# Copies are kept on SQLite; elsewhere every state is seeded in its test.
pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

LANGUAGES = 7


def _preloaded(request) -> frozenset:
    return request.node.stash.get(db_states.PRELOADED, frozenset())


def test_a_state_is_in_the_database_when_its_fixture_returns(site_tree):
    assert HomePage.objects.count() == LANGUAGES
    HomePage.objects.filter(locale__language_code="az").delete()
    get_user_model().objects.create(email="leak@example.org")


def test_a_test_asking_for_no_state_gets_the_migrated_database():
    assert not HomePage.objects.exists()
    # Wagtail's root page, made by its migrations.
    assert Page.objects.filter(depth=1).exists()
    assert not get_user_model().objects.filter(email="leak@example.org").exists()


def test_the_second_test_gets_the_copy_unchanged_by_the_first(site_tree, request):
    if db_states.COPIES is not None:
        # SQLite: copied and loaded before this test (before its fixtures).
        assert "site_tree" in _preloaded(request)
    assert HomePage.objects.count() == LANGUAGES
    assert not get_user_model().objects.filter(email="leak@example.org").exists()


def test_a_state_includes_the_states_it_is_built_on(sample_course, request):
    from courses.models import CoursePage

    assert HomePage.objects.count() == LANGUAGES
    assert CoursePage.objects.filter(slug="sample-course").count() == LANGUAGES


def test_a_state_asked_for_by_getfixturevalue_is_seeded_in_the_test(request):
    request.getfixturevalue("site_tree")
    assert "site_tree" not in _preloaded(request)
    assert HomePage.objects.count() == LANGUAGES


@pytest.mark.django_db(transaction=True)
def test_a_transactional_test_commits(site_tree):
    get_user_model().objects.create(email="committed@example.org")
    assert HomePage.objects.count() == LANGUAGES


def test_what_a_transactional_test_committed_is_gone_and_the_migrated_rows_are_back():
    from scenarios.models import Indicator

    assert not get_user_model().objects.filter(email="committed@example.org").exists()
    assert not HomePage.objects.exists()
    assert Page.objects.filter(depth=1).exists()
    assert Indicator.objects.exists()


def test_copies_are_kept_per_state():
    if db_states.COPIES is None:
        pytest.skip("copies are kept on SQLite only")
    assert {db_states.MIGRATED, "site_tree", "sample_course"} <= set(db_states.COPIES.copies)


def test_a_state_is_loaded_whether_or_not_the_test_asks_for_what_it_includes(seeded_demo, request):
    if db_states.COPIES is not None:
        assert _preloaded(request) == {"seeded_demo", "site_tree"}
    assert HomePage.objects.count() == LANGUAGES
    assert get_user_model().objects.filter(email="trainee.tk@example.org").exists()
