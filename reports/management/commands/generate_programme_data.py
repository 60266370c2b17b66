from datetime import date

from django.core.management.base import BaseCommand, CommandError

from reports.generator import GeneratorError, generate


class Command(BaseCommand):
    help = (
        "Build a large, deterministic programme dataset (trainees, cohorts, enrolments, progress, "
        "completions, exercise attempts, certificates) on top of the demo courses and scenarios, "
        "for benchmarks. See docs/reports.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("--trainees", type=int, required=True, help="Number of trainees to create.")
        parser.add_argument(
            "--attempts", type=int, required=True, help="Number of submitted exercise attempts."
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed (same seed, same data).")
        parser.add_argument(
            "--end-date",
            type=date.fromisoformat,
            default=None,
            help="Last day of the generated history (YYYY-MM-DD; default today). Fix it for byte-identical data.",
        )

    def handle(self, *args, trainees, attempts, seed, end_date, **options):
        try:
            summary = generate(
                trainees=trainees, attempts=attempts, seed=seed, end=end_date, log=self.stdout.write
            )
        except GeneratorError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Generated: {summary}"))
