from django.core.management.base import BaseCommand

from exercises.services import attempts_close_overdue


class Command(BaseCommand):
    help = "Submit every exercise attempt whose time limit has passed, with what the trainee saved."

    def handle(self, *args, **options):
        report = attempts_close_overdue()
        self.stdout.write(f"closed {report.closed} overdue attempt(s), {report.failed} failed")
        if report.failed:
            raise SystemExit(1)
