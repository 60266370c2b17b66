from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from scenarios.declarations import declarations_import
from scenarios.errors import ScenarioError

from ._base import fail


class Command(BaseCommand):
    help = (
        "Import the first N rows of a customs-declarations table (CSV or XLSX) as a draft scenario whose "
        "outcome column is the hidden truth; print its id."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--label-column", default="Fraud")
        parser.add_argument("--rows", type=int, default=40)
        parser.add_argument("--budget", type=int, default=5)
        parser.add_argument("--title", default="Declarations exercise")

    def handle(self, *args, file, label_column, rows, budget, title, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        try:
            scenario = declarations_import(
                content=path.read_bytes(),
                filename=path.name,
                label_column=label_column,
                rows=rows,
                budget=budget,
                title=title,
            )
        except ScenarioError as error:
            raise fail(error) from error
        self.stdout.write(str(scenario.pk))
