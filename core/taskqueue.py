"""Work a task worker left half-done.

django-tasks-db marks a task RUNNING when a worker claims it and finished
when the worker records the outcome. A worker killed in between (out of
memory, the machine restarted) leaves the row RUNNING for ever, and no other
worker takes it. `tasks_requeue_stalled` puts such rows back in the queue.
Every task of the platform can run twice without harm: a certificate is
rendered again, overdue attempts that are already closed are skipped, an
index entry is written again, a generated scenario's hidden forms that
exist are kept.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core import audit


@dataclass(frozen=True)
class RequeueReport:
    requeued: int
    task_paths: tuple[str, ...]


def tasks_requeue_stalled(*, older_than: timedelta | None = None, now=None) -> RequeueReport:
    """Put back in the queue every task that has been RUNNING for longer
    than `older_than` (TASKS_STALLED_AFTER seconds by default)."""
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    if older_than is None:
        older_than = timedelta(seconds=settings.TASKS_STALLED_AFTER)
    now = now or timezone.now()
    with transaction.atomic():
        stalled = list(
            DBTaskResult.objects.select_for_update(skip_locked=True)
            .filter(status=TaskResultStatus.RUNNING, started_at__lt=now - older_than)
            .values_list("pk", "task_path")
        )
        if stalled:
            DBTaskResult.objects.filter(pk__in=[pk for pk, _path in stalled]).update(
                status=TaskResultStatus.READY, started_at=None, run_after=now
            )
            audit.record(
                "tasks.requeue_stalled",
                count=len(stalled),
                tasks=sorted({path for _pk, path in stalled}),
            )
    return RequeueReport(requeued=len(stalled), task_paths=tuple(path for _pk, path in stalled))
