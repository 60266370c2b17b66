from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from accounts.roles import Role
from tests import db_states
from tests.db_states import register_state, use_state
from tests.factories.accounts import PASSWORD, UserFactory
from tests.migrations import migrator  # noqa: F401 - a fixture for data-migration tests


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(
        (marker is not None and marker.kwargs.get("transaction"))
        or {"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
    )


def _on_sqlite() -> bool:
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


def pytest_collection_modifyitems(items):
    """Transactional tests (browser, concurrency) empty every table when they
    finish, the rows migrations created included (Wagtail's root page, the
    indicator catalogue, role permissions). Under pytest-xdist a worker may
    run ordinary tests after them, so the database is put back after each of
    them: on SQLite from the in-memory copy of the migrated database
    (tests/db_states.py), elsewhere from a serialized snapshot, for which
    they run with serialized rollback (pytest_runtest_teardown)."""
    if _on_sqlite():
        return
    for item in items:
        if _is_transactional(item):
            marker = item.get_closest_marker("django_db")
            kwargs = dict(marker.kwargs) if marker is not None else {}
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(*(marker.args if marker else ()), **kwargs), append=False)


def _types_first(contents: str) -> str:
    """The snapshot with content types and permissions first: save handlers of
    other rows may look a content type up and create it under a new id."""
    import json

    rows = json.loads(contents)
    first = ("contenttypes.contenttype", "auth.permission")
    rows.sort(key=lambda row: first.index(row["model"]) if row["model"] in first else len(first))
    return json.dumps(rows)


# alias -> the test database as migrations left it, serialized once per
# process (databases other than SQLite).
SNAPSHOTS: dict[str, str] = {}


@pytest.fixture(scope="session", autouse=True)
def _migrated_snapshot(django_db_setup, django_db_blocker):
    from django.db import connections

    with django_db_blocker.unblock():
        for connection in connections.all():
            if not _is_test_database(connection):
                # No test in this run uses the database, so pytest-django set
                # none up: never read (or create) the development database.
                continue
            db_states.start(connection, django_db_blocker)
            if connection.vendor != "sqlite":
                SNAPSHOTS[connection.alias] = connection.creation.serialize_db_to_string()


def _is_test_database(connection) -> bool:
    name = str(connection.settings_dict.get("NAME") or "")
    return name.startswith("test_") or getattr(connection, "is_in_memory_db", bool)()


def restore_migrated_rows() -> None:
    """Put every test database back as migrations left it."""
    from django.core.management import call_command
    from django.db import connections

    if db_states.COPIES is not None:
        db_states.COPIES.current = db_states.DIRTY
        db_states.COPIES.load(db_states.MIGRATED)
    for connection in connections.all():
        contents = SNAPSHOTS.get(connection.alias)
        if contents and _is_test_database(connection):
            # Empty again without post_migrate (whatever the test's own flush
            # did), keep the sequences ahead of the restored ids.
            call_command(
                "flush",
                database=connection.alias,
                interactive=False,
                inhibit_post_migrate=True,
                reset_sequences=False,
                verbosity=0,
            )
            connection.creation.deserialize_db_from_string(_types_first(contents))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    # Before any fixture: the shared database state the test asks for.
    db_states.before_test(item)
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    # After the last test the test databases are gone (and the connections
    # point at the real ones again): nothing to put back then.
    transactional = _is_transactional(item)
    db_states.after_test(item, transactional)
    if nextitem is not None and transactional and SNAPSHOTS:
        with db_states.BLOCKER.unblock():
            restore_migrated_rows()
    return result


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language: a request through the test
    client activates the language of its URL and leaves it active in the
    thread, so a later test on the same worker would read Russian numbers."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate-limit counters live in the cache; keep tests independent.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def make_user(db):
    """make_user(role=Role.MENTOR, language="ru", email=..., verified=True)."""

    def make(*, role: Role | None = Role.TRAINEE, language: str = "en", **kwargs):
        roles = [] if role is None else [role]
        return UserFactory(roles=roles, preferred_language=language, **kwargs)

    return make


@pytest.fixture
def trainee(make_user):
    return make_user(role=Role.TRAINEE)


@pytest.fixture
def mentor(make_user):
    return make_user(role=Role.MENTOR)


@pytest.fixture
def staff(make_user):
    return make_user(role=Role.STAFF)


def _seed_site_tree():
    from core import demo

    demo.seed()


def _seed_demo(*skip: str):
    from django.core.management import call_command

    call_command("seed_demo", skip=list(skip), stdout=StringIO())


SAMPLE_PACKAGE = "tests.courses.sample_content"


def _seed_sample_course():
    from courses import demo

    demo.seed(package=SAMPLE_PACKAGE)


register_state("site_tree", _seed_site_tree)
register_state("sample_course", _seed_sample_course, includes=("site_tree",))
register_state("seeded_demo", _seed_demo, includes=("site_tree",))
register_state("seeded_demo_without_courses", lambda: _seed_demo("courses"), includes=("site_tree",))


@pytest.fixture
def site_tree(db, request):
    """The demo home pages in every language (a shared state)."""
    use_state(request, "site_tree")


@pytest.fixture
def sample_course(site_tree, request):
    """The sample course (tests/courses/sample_content) in en, ru, uz and tk,
    loaded like the demo courses (a shared state)."""
    from courses.models import CoursePage

    use_state(request, "sample_course")
    return CoursePage.objects.get(slug="sample-course", locale__language_code="en")


@pytest.fixture
def seeded_demo(db, request):
    """Everything `manage.py seed_demo` makes: accounts, courses, scenarios,
    attempts, cohorts (a shared state: seeded once per process on SQLite)."""
    use_state(request, "seeded_demo")


@pytest.fixture
def seeded_demo_without_courses(db, request):
    """`manage.py seed_demo --skip courses` (a shared state)."""
    use_state(request, "seeded_demo_without_courses")
