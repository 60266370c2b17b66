from datetime import timedelta

from django.core.management.base import BaseCommand

from core.taskqueue import tasks_requeue_stalled


class Command(BaseCommand):
    help = (
        "Put back in the queue the tasks a killed worker left running "
        "(running for longer than --minutes, default TASKS_STALLED_AFTER)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--minutes", type=int, default=None, help="How long a task may run before it counts as stalled."
        )

    def handle(self, *args, **options):
        minutes = options["minutes"]
        report = tasks_requeue_stalled(older_than=timedelta(minutes=minutes) if minutes else None)
        self.stdout.write(f"requeued {report.requeued} stalled task(s)")
