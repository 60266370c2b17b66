from django_tasks import task

from .services import attempts_close_overdue


@task()
def close_overdue_attempts() -> dict:
    """Enqueue periodically (cron or a scheduler) on installations with workers;
    `manage.py close_overdue_attempts` does the same from the command line."""
    report = attempts_close_overdue()
    return {"closed": report.closed, "failed": report.failed}
