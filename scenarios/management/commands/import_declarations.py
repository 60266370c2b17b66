from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from scenarios.declarations import MAX_DECLARATION_BYTES, declarations_import_with_report
from scenarios.errors import ScenarioError

from ._base import fail


class Command(BaseCommand):
    help = (
        "Import a customs-declarations table (CSV or XLSX, e.g. a published KCS split as it comes) as a "
        "draft scenario: sea, rail and road rows become containers, the outcome column the hidden truth. "
        "Prints the new scenario's id on standard output and what was taken and skipped on standard error."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--label-column", default="Fraud")
        parser.add_argument(
            "--rows", type=int, default=None, help="Take the first N usable rows (default: all of them)."
        )
        parser.add_argument("--budget", type=int, default=5)
        parser.add_argument("--title", default="Declarations exercise")

    def handle(self, *args, file, label_column, rows, budget, title, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        if path.stat().st_size > MAX_DECLARATION_BYTES:
            raise CommandError(f"{path.name}: larger than {MAX_DECLARATION_BYTES // (1024 * 1024)} MB.")
        try:
            imported = declarations_import_with_report(
                content=path.read_bytes(),
                filename=path.name,
                label_column=label_column,
                rows=rows,
                budget=budget,
                title=title,
            )
        except ScenarioError as error:
            raise fail(error) from error
        report = imported.report
        self.stderr.write(
            f"Rows read: {report.rows_read}; taken: {report.rows_taken}; "
            f"containers: {report.consignments} ({report.high_risk} high-risk)."
        )
        for line in report.skipped_lines():
            self.stderr.write(f"Skipped, {line}")
        self.stdout.write(str(imported.scenario.pk))
