from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from scenarios.interchange import scenario_export_json
from scenarios.models import Scenario


class Command(BaseCommand):
    help = "Write a scenario, truth included, as one JSON document (docs/scenario-format.md)."

    def add_arguments(self, parser):
        parser.add_argument("scenario_id", type=int)
        parser.add_argument("--out", required=True, help="File to write; - for standard output.")

    def handle(self, *args, scenario_id, out, **options):
        # The hidden forms of generated scenarios are never exported on their own.
        scenario = Scenario.objects.authored().filter(pk=scenario_id).first()
        if scenario is None:
            raise CommandError(f"No scenario with id {scenario_id}.")
        text = scenario_export_json(scenario=scenario)
        if out == "-":
            self.stdout.write(text)
        else:
            Path(out).write_text(text, encoding="utf-8")
