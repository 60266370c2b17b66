from django.core.management.base import BaseCommand, CommandError

from scenarios.errors import ScenarioError
from scenarios.generator import MAX_CONSIGNMENTS
from scenarios.likelihoods import DEFAULT_DIFFICULTY, DIFFICULTIES
from scenarios.services import scenario_generate

from ._base import fail


class Command(BaseCommand):
    help = (
        "Generate a realistic scenario from a seed (same seed, same scenario) and print its id. "
        "Its generator settings are recorded: once published it gets hidden forms for assessed attempts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--seed",
            type=int,
            default=None,
            help="The seed, used as it is (keep it private); without it the platform draws a secret seed.",
        )
        parser.add_argument("--consignments", type=int, default=20)
        parser.add_argument(
            "--high-risk", type=int, default=None, help="Default: a prevalence of 2-5 %% drawn from the seed."
        )
        parser.add_argument("--phase", choices=["import", "export", "transit"], default="import")
        parser.add_argument("--difficulty", type=int, choices=DIFFICULTIES, default=DEFAULT_DIFFICULTY)
        parser.add_argument("--title", default=None)
        parser.add_argument("--budget", type=int, default=None)
        parser.add_argument(
            "--publish", action="store_true", help="Publish at once, without the second mentor."
        )

    def handle(
        self, *args, seed, consignments, high_risk, phase, difficulty, title, budget, publish, **options
    ):
        if not 2 <= consignments <= MAX_CONSIGNMENTS:
            raise CommandError(f"Need 2 <= --consignments <= {MAX_CONSIGNMENTS}.")
        if high_risk is not None and not 1 <= high_risk < consignments:
            raise CommandError("Need 1 <= --high-risk < --consignments.")
        if budget is not None and not 1 <= budget <= consignments:
            raise CommandError("Need 1 <= --budget <= --consignments.")
        try:
            scenario = scenario_generate(
                seed=seed,
                consignments=consignments,
                high_risk=high_risk,
                phase=phase,
                title=title,
                budget=budget,
                difficulty=difficulty,
                publish=publish,
            )
        except ScenarioError as error:
            raise fail(error) from error
        self.stdout.write(str(scenario.pk))
