from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from scenarios.errors import ScenarioError
from scenarios.interchange import scenario_import
from scenarios.services import scenario_publish_unreviewed

from ._base import fail


class Command(BaseCommand):
    help = "Import a scenario JSON document as a new draft and print its id."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--publish", action="store_true", help="Publish at once, without the second mentor."
        )

    def handle(self, *args, file, publish, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        try:
            scenario = scenario_import(document=path.read_bytes())
            if publish:
                scenario_publish_unreviewed(scenario=scenario)
        except ScenarioError as error:
            raise fail(error) from error
        self.stdout.write(str(scenario.pk))
