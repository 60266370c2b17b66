"""A transactional test leaves the database as migrations made it, so the
tests a pytest-xdist worker runs after it still find Wagtail's root page, the
indicator catalogue and the role permissions (tests/conftest.py)."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page

from accounts.roles import Role
from tests import conftest, db_states


def _migration_rows():
    from scenarios.models import Indicator

    return (
        Page.objects.filter(depth=1).count(),
        Indicator.objects.count(),
        Group.objects.filter(name=Role.MENTOR).first().permissions.count()
        if Group.objects.filter(name=Role.MENTOR).exists()
        else 0,
    )


@pytest.mark.sqlite
@pytest.mark.django_db(transaction=True)
def test_the_restore_puts_back_what_the_flush_removed():
    # The migrated database is kept once per process: an in-memory copy on
    # SQLite, a serialized snapshot elsewhere.
    assert db_states.COPIES is not None or conftest.SNAPSHOTS.get("default")
    conftest.restore_migrated_rows()  # whatever an earlier test in this worker left
    before = _migration_rows()
    assert all(before)
    # What pytest-django does when a transactional test ends.
    call_command("flush", interactive=False, inhibit_post_migrate=False, reset_sequences=False, verbosity=0)
    # post_migrate has made some rows again (locales, groups) under new ids.
    assert _migration_rows()[0] == 0
    conftest.restore_migrated_rows()
    assert _migration_rows() == before
