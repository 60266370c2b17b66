"""Concurrent submissions give one submitted attempt and one score (PostgreSQL:
SQLite serialises writers, so there is nothing to race)."""

import threading

import pytest
from django.db import connection, connections

from exercises import services
from exercises.models import Attempt
from tests.factories.exercises import published_exercise_scenario

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="needs PostgreSQL row locks")
def test_concurrent_submissions_give_one_submission_and_one_score(trainee):
    assert connection.vendor == "postgresql"
    scenario = published_exercise_scenario()
    attempt = services.attempt_start(user=trainee, scenario=scenario)
    ref = attempt.items.first().ref
    services.attempt_save_item(attempt=attempt, user=trainee, ref=ref, selected=True, indicators=["IND-21"])
    barrier = threading.Barrier(6)
    results, failures = [], []

    def submit():
        try:
            barrier.wait()
            done = services.attempt_submit(attempt=Attempt.objects.get(pk=attempt.pk), user=trainee)
            results.append((done.submitted_at, done.score, done.revision))
        except Exception as exc:  # noqa: BLE001 - reported below
            failures.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert len(set(results)) == 1
    assert Attempt.objects.submitted().count() == 1


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="needs PostgreSQL row locks")
@pytest.mark.parametrize("mode", ["practice", "assessed"])
def test_concurrent_starts_open_one_attempt(trainee, mode):
    """Six clicks at once (tabs in several languages) open one attempt, and
    an assessed one uses one of the trainee's assessed attempts."""
    scenario = published_exercise_scenario()
    barrier = threading.Barrier(6)
    started, failures = [], []

    def start():
        try:
            barrier.wait()
            started.append(services.attempt_start(user=trainee, scenario=scenario, mode=mode).pk)
        except Exception as exc:  # noqa: BLE001 - reported below
            failures.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=start) for _i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert len(set(started)) == 1
    assert Attempt.objects.filter(user=trainee, mode=mode).count() == 1
