"""Database states built once per test process and shared by the tests that
ask for them (docs/development.md, "Shared database states").

A *state* is what a seed function leaves in the migrated test database: the
demo home pages (``site_tree``), the sample course, the whole ``seed_demo``.
A test asks for one through its fixture, which calls :func:`use_state`.

- **SQLite** (``make test``): before the first test that asks for a state
  (before any of its fixtures, so outside any transaction) the state is
  seeded on the migrated database, committed, and kept as an in-memory copy
  of the whole database (SQLite's backup API, the same call Django's test
  runner uses to clone in-memory databases). Before every test that asks for
  it the copy is loaded, in milliseconds, and the test rolls back to it as
  usual. Tests that ask for no state get the migrated database, also copied
  back in milliseconds (after transactional tests, too). Only the very first
  test of a process comes before the test database exists: it seeds its
  states inside its transaction, and the next test that asks for them has
  their copies built.
- **Other databases** (PostgreSQL): every test seeds its states inside its own
  transaction, as before; after a transactional test the migrated rows are
  put back from a serialized snapshot.

Seed functions must be idempotent (they may run on top of the states they
include) and must not depend on anything but the database and MEDIA_ROOT.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

import pytest

MIGRATED = "migrated"
# Set by the last transactional test: what it committed is still there.
DIRTY = "dirty"

# Fixtures that give a test the database; a test with none of them (and no
# django_db marker) never touches it, so it may run on any state.
DB_FIXTURES = {
    "db",
    "transactional_db",
    "live_server",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "django_db_blocker",
}

PRELOADED = pytest.StashKey[frozenset]()


@dataclass(frozen=True)
class State:
    name: str
    seed: Callable[[], None]
    # States whose data this one holds: seeded first when it is built.
    includes: tuple[str, ...] = ()

    @property
    def covers(self) -> frozenset[str]:
        return frozenset({self.name, *self.includes})


STATES: dict[str, State] = {}


def register_state(name: str, seed: Callable[[], None], *, includes: tuple[str, ...] = ()) -> None:
    """Declare a state; its fixture (named ``name``) calls :func:`use_state`."""
    STATES[name] = State(name=name, seed=seed, includes=includes)


class SQLiteCopies:
    """In-memory copies of the test database, by state name."""

    def __init__(self, connection, blocker):
        self.connection = connection
        self.blocker = blocker
        self.copies: dict[str, sqlite3.Connection] = {}
        self.current = MIGRATED
        self.save(MIGRATED)

    def _database(self) -> sqlite3.Connection:
        self.connection.ensure_connection()
        return self.connection.connection

    def save(self, name: str) -> None:
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        with self.blocker.unblock():
            self._database().backup(copy)
        self.copies[name] = copy
        self.current = name

    def load(self, name: str) -> None:
        if self.current == name:
            return
        with self.blocker.unblock():
            if self.connection.in_atomic_block:
                # A module-scoped fixture holds a transaction open (see
                # tests/i18n/test_rendered_pages.py): leave it alone.
                return
            self.copies[name].backup(self._database())
        self.current = name

    def build(self, name: str) -> None:
        """Seed ``name`` (and what it includes) on the migrated database,
        committed, and keep a copy."""
        state = STATES[name]
        if self.connection.in_atomic_block:
            return  # seeded inside a module's transaction: no copy to make
        self.load(MIGRATED)
        self.current = DIRTY
        with self.blocker.unblock():
            for included in state.includes:
                STATES[included].seed()
            state.seed()
        self.save(name)


# The copies of this process's test database: None until the database is set
# up, and always None on other databases than SQLite.
COPIES: SQLiteCopies | None = None
# pytest-django's django_db_blocker, once the test database is set up.
BLOCKER = None


def start(connection, blocker) -> None:
    """Called once per process when the test database is ready."""
    global BLOCKER, COPIES
    BLOCKER = blocker
    if connection.vendor == "sqlite":
        COPIES = SQLiteCopies(connection, blocker)


def uses_db(item) -> bool:
    return item.get_closest_marker("django_db") is not None or bool(
        DB_FIXTURES & set(getattr(item, "fixturenames", ()))
    )


def wanted_states(item) -> set[str]:
    return set(STATES) & set(getattr(item, "fixturenames", ()))


def before_test(item) -> None:
    """Before the test's fixtures: load the copy of the state that covers
    most of the states it asks for (building it first if need be), or the
    migrated database."""
    if COPIES is None or not uses_db(item):
        return
    wanted = wanted_states(item)
    # A state holds the data of the states it includes, asked for or not.
    best = max(
        (STATES[name] for name in wanted),
        key=lambda state: (len(state.covers & wanted), len(state.covers), state.name),
        default=None,
    )
    if best is not None:
        if best.name not in COPIES.copies:
            COPIES.build(best.name)
        if best.name in COPIES.copies:
            COPIES.load(best.name)
        if COPIES.current == best.name:
            item.stash[PRELOADED] = best.covers
            return
    COPIES.load(MIGRATED)


def after_test(item, transactional: bool) -> None:
    """After the test's fixtures: what a transactional test committed is
    still in the database; the next test that uses it loads a copy."""
    if COPIES is not None and transactional:
        COPIES.current = DIRTY


def use_state(request, name: str) -> None:
    """The body of a state's fixture: the state is in the database afterwards."""
    if name not in request.node.stash.get(PRELOADED, frozenset()):
        STATES[name].seed()
