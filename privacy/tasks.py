from django_tasks import task


@task()
def purge_expired_data() -> dict:
    """Delete or anonymise what is past its retention term
    (`privacy.services.retention_purge`). Queue it daily from a timer with
    `manage.py purge_expired_data --enqueue`; a task worker runs it."""
    from .services import retention_purge

    return retention_purge().counts
