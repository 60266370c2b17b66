from django.utils import timezone
from django_tasks import task


@task()
def ping() -> str:
    """A no-op task operators enqueue to see that workers are picking up work
    (`manage.py enqueue_ping`); the prod-smoke check uses it too."""
    return timezone.now().isoformat()
