from django.core.management.base import BaseCommand, CommandError

from scenarios.calibration import calibrate
from scenarios.generator import MAX_CONSIGNMENTS
from scenarios.likelihoods import DEFAULT_DIFFICULTY

RULE_F1_MAX = 0.7
MODEL_AUC_RANGE = (0.75, 0.95)


class Command(BaseCommand):
    help = (
        "Calibrate generated scenarios: per difficulty, the mean composite of simulated trainees "
        "(random, best single indicator, checklist, risk engine, oracle) on held-out seeds, the best "
        "rule of at most two visible conditions (F1) and a model on all visible evidence (ROC AUC)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seeds", type=int, default=20, help="Half train, half held out.")
        parser.add_argument("--consignments", type=int, default=500)
        parser.add_argument("--phase", choices=["import", "export", "transit"], default="import")

    def handle(self, *args, seeds, consignments, phase, **options):
        if seeds < 2:
            raise CommandError("Need --seeds of at least 2 (half train, half held out).")
        if not 20 <= consignments <= MAX_CONSIGNMENTS:
            raise CommandError(f"Need 20 <= --consignments <= {MAX_CONSIGNMENTS}.")
        results = calibrate(seeds=seeds, consignments=consignments, phase=phase)
        held_out = seeds - seeds // 2
        self.stdout.write(
            f"Phase {phase}, {consignments} consignments, seeds 1-{seeds} "
            f"(first {seeds // 2} train, last {held_out} held out); mean composite on held-out seeds."
        )
        self.stdout.write("")
        self.stdout.write(
            "| level | random | best single indicator | ≥ 2 indicators | risk engine | oracle "
            "| best ≤ 2-condition rule (F1) | model ROC AUC |"
        )
        self.stdout.write("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
        for r in results:
            c = r.composites
            self.stdout.write(
                f"| {r.difficulty} | {c['random']:.1f} | {c['single']:.1f} ({r.single_indicator}) "
                f"| {c['checklist']:.1f} | {c['engine']:.1f} | {c['oracle']:.1f} "
                f"| {r.rule}: {r.rule_f1:.2f} | {r.model_auc:.3f} |"
            )
        self.stdout.write("")
        default = next(r for r in results if r.difficulty == DEFAULT_DIFFICULTY)
        low, high = MODEL_AUC_RANGE
        checks = {
            f"rule F1 at level {DEFAULT_DIFFICULTY} <= {RULE_F1_MAX}": default.rule_f1 <= RULE_F1_MAX,
            f"model AUC at level {DEFAULT_DIFFICULTY} in {low}-{high}": low <= default.model_auc <= high,
        }
        for name, values in (
            ("best single indicator", [r.composites["single"] for r in results]),
            ("checklist", [r.composites["checklist"] for r in results]),
            ("risk engine", [r.composites["engine"] for r in results]),
            ("rule F1", [r.rule_f1 for r in results]),
            ("model AUC", [r.model_auc for r in results]),
        ):
            checks[f"{name} falls from level 1 to 5"] = all(
                a > b for a, b in zip(values, values[1:], strict=False)
            )
        for name, ok in checks.items():
            self.stdout.write(f"{'met' if ok else 'NOT MET'}: {name}")
