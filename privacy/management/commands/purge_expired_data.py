from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Delete or anonymise records past their retention term (PRIVACY_RETENTION_DAYS, docs/privacy.md). "
        "With --enqueue, queue the work for the task workers instead of doing it here."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="Queue the purge for a task worker.")

    def handle(self, *args, enqueue, **options):
        from privacy.services import retention_purge
        from privacy.tasks import purge_expired_data

        if enqueue:
            result = purge_expired_data.enqueue()
            self.stdout.write(f"queued {result.id}")
            return
        report = retention_purge()
        listing = ", ".join(f"{key} {count}" for key, count in report.counts.items()) or "nothing configured"
        self.stdout.write(f"purged: {listing}")
