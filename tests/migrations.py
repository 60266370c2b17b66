"""Data-migration tests: move the test database to a migration state and,
afterwards, back to the latest one.

Going back to an old state also unapplies every migration that came after it,
including other branches (a merge's other parent); migrating forward to one
named target does not re-apply those. Without the fixture's final step, the
worker's later tests would meet missing tables (on PostgreSQL, where the
database is not restored from a copy)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate_to(targets):
    """Migrate the test database to `targets`; return the apps of that state."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def migrator():
    """`migrate_to`, with the database migrated back to every leaf afterwards."""
    yield migrate_to
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
