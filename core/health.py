"""Health checks for load balancers and monitoring: `/healthz`.

Each check is bounded in time (database connect timeout, Redis socket
timeouts), so a failing dependency is reported rather than hanging.
"""

from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from django.utils.crypto import get_random_string

_CHECK_KEY = "healthz:probe"


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def check_cache() -> str:
    token = get_random_string(12)
    cache.set(_CHECK_KEY, token, timeout=30)
    if cache.get(_CHECK_KEY) != token:
        raise RuntimeError("the cache did not return what was just written")
    return "ok"


def check_task_queue() -> str:
    from django_tasks import task_backends

    backend = type(task_backends["default"]).__name__
    if backend != "DatabaseBackend":
        return f"ok ({backend})"
    from django_tasks_db.models import DBTaskResult

    ready = DBTaskResult.objects.ready()
    oldest = ready.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    limit = timedelta(seconds=getattr(settings, "HEALTHZ_MAX_QUEUE_AGE", 600))
    if oldest is not None and timezone.now() - oldest > limit:
        raise RuntimeError(
            f"{ready.count()} tasks waiting, the oldest for more than {int(limit.total_seconds())} s: "
            "is a db_worker running?"
        )
    return f"ok ({ready.count()} waiting)"


CHECKS: dict[str, Callable[[], str]] = {
    "database": check_database,
    "cache": check_cache,
    "task_queue": check_task_queue,
}


def run_checks() -> tuple[bool, dict[str, str]]:
    results: dict[str, str] = {}
    healthy = True
    for name, check in CHECKS.items():
        try:
            results[name] = check()
        except Exception as exc:  # noqa: BLE001 - every failure is a report, not a crash
            healthy = False
            results[name] = f"fail: {type(exc).__name__}: {exc}"
    return healthy, results
