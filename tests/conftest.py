import pytest
from django.core.cache import cache
from pytest_django.plugin import blocking_manager_key

from accounts.roles import Role
from tests.factories.accounts import PASSWORD, UserFactory


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(
        (marker is not None and marker.kwargs.get("transaction"))
        or {"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
    )


def pytest_collection_modifyitems(items):
    """Transactional tests (browser, concurrency) empty every table when they
    finish, the rows migrations created included (Wagtail's root page, the
    indicator catalogue, role permissions). Under pytest-xdist a worker may
    run ordinary tests after them, so they run with serialized rollback and
    the database is put back after each of them (pytest_runtest_teardown)."""
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


# alias -> the test database as migrations left it, serialized once per process.
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
            SNAPSHOTS[connection.alias] = (
                getattr(connection, "_test_serialized_contents", None)
                or connection.creation.serialize_db_to_string()
            )


def _is_test_database(connection) -> bool:
    name = str(connection.settings_dict.get("NAME") or "")
    return name.startswith("test_") or getattr(connection, "is_in_memory_db", bool)()


def restore_migrated_rows() -> None:
    """Put every test database back as migrations left it (SNAPSHOTS)."""
    from django.core.management import call_command
    from django.db import connections

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
def pytest_runtest_teardown(item, nextitem):
    result = yield
    # After the last test the test databases are gone (and the connections
    # point at the real ones again): nothing to put back then.
    if nextitem is not None and _is_transactional(item):
        with item.config.stash[blocking_manager_key].unblock():
            restore_migrated_rows()
    return result


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


@pytest.fixture
def site_tree(db):
    """The demo home pages in every language."""
    from core import demo

    demo.seed()
