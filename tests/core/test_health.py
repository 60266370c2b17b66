from datetime import timedelta
from http import HTTPStatus

import pytest
from django.db.utils import OperationalError
from django.test import override_settings
from django.utils import timezone

from core import health

pytestmark = pytest.mark.django_db

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_healthz_reports_every_check(client):
    response = client.get("/healthz")
    assert response.status_code == HTTPStatus.OK
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "task_queue"}
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_names_a_failing_database(client, monkeypatch):
    def broken():
        raise OperationalError("connection refused")

    monkeypatch.setitem(health.CHECKS, "database", broken)
    response = client.get("/healthz")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response.json()["checks"]["database"] == "fail: OperationalError: connection refused"
    assert response.json()["checks"]["cache"] == "ok"


@override_settings(TASKS=DB_TASKS)
def test_task_queue_is_healthy_while_workers_keep_up():
    from django_tasks_db.models import DBTaskResult

    from core.tasks import ping

    ping.enqueue()
    assert DBTaskResult.objects.ready().count() == 1
    assert health.check_task_queue() == "ok (1 waiting)"


@override_settings(TASKS=DB_TASKS, HEALTHZ_MAX_QUEUE_AGE=60)
def test_task_queue_fails_when_tasks_wait_too_long(client):
    from django_tasks_db.models import DBTaskResult

    from core.tasks import ping

    ping.enqueue()
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=5))
    response = client.get("/healthz")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert "is a db_worker running?" in response.json()["checks"]["task_queue"]
