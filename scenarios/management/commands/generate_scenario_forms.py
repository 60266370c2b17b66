from django.core.management.base import BaseCommand

from scenarios.models import Scenario
from scenarios.services import scenario_forms_generate


class Command(BaseCommand):
    help = (
        "Make the missing hidden forms (EXERCISES_GENERATED_FORMS) of current generated scenarios, "
        "as the task worker does after a publication: on installations without a worker, or after "
        "raising the setting. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "scenario_ids", nargs="*", type=int, help="Default: every current generated scenario."
        )
        parser.add_argument("--forms", type=int, default=None, help="Default: EXERCISES_GENERATED_FORMS.")

    def handle(self, *args, scenario_ids, forms, **options):
        scenarios = Scenario.objects.current().filter(generator_settings__isnull=False).order_by("pk")
        if scenario_ids:
            scenarios = scenarios.filter(pk__in=scenario_ids)
        for scenario in scenarios:
            made = scenario_forms_generate(scenario=scenario, count=forms)
            total = Scenario.objects.forms_of(scenario).count()
            self.stdout.write(f"{scenario.pk}: {made} made, {total} in all")
