"""Measure the declarations risk engine against random selection, visible
one-field heuristics and the oracle on scenarios built from a KCS file.

Rows of the shipped extract (the engine's training data) are left out, so the
scenarios are held out. Nothing is stored: documents are built in memory and
scored with exercises.scoring.score.
"""

import csv
import io
import random
import statistics
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from exercises import scoring
from scenarios.declarations import CONTAINER_MODES, declarations_document
from scenarios.declarations_engine import (
    EXTRACT,
    consignment_features_of,
    declarations_engine,
    declarations_engine_rank,
)
from scenarios.errors import ScenarioError

from ._base import fail

HEURISTICS = {
    "lowest value per kg": lambda f: f["log_usd_per_kg"],
    "highest value per kg": lambda f: -f["log_usd_per_kg"],
    "origin differs from departure": lambda f: f["origin_is_departure"],
    "most items": lambda f: -f["items"],
    "lightest": lambda f: f["log_net_kg"],
}


def _score(document, keys) -> tuple[float, float]:
    """(composite, share of the selection that is high-risk)."""
    truth = tuple(
        scoring.ConsignmentTruth(
            key=c["container_number"],
            high_risk=c["truth"]["high_risk"],
            severity=float(c["truth"]["severity"]),
        )
        for c in document["consignments"]
    )
    weights = scoring.Weights(
        weighted_capture=float(document["weights"]["severity"]),
        skill=float(document["weights"]["skill"]),
        indicator_f1=float(document["weights"]["indicators"]),
    )
    result = scoring.score(
        scoring.ScoringInput(
            truth=truth,
            selections=tuple(scoring.Selection(key=k) for k in keys),
            budget=document["inspection_budget"],
            weights=weights,
            pass_mark=float(document["pass_mark"]),
        )
    )
    return result.composite, result.hits / max(1, result.selected)


class Command(BaseCommand):
    help = "Print the mean composite of random, heuristics, the declarations engine and the oracle."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--rows", type=int, default=500, help="Usable rows per scenario.")
        parser.add_argument("--budget-share", type=float, default=0.05)
        parser.add_argument("--scenarios", type=int, default=20)
        parser.add_argument("--random-draws", type=int, default=50)

    def handle(self, *args, file, rows, budget_share, scenarios, random_draws, **options):
        from sklearn.metrics import roc_auc_score

        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        with EXTRACT.open(newline="") as handle:
            training = {row["Declaration ID"] for row in csv.DictReader(handle)}
        with path.open(newline="") as handle:
            reader = csv.DictReader(handle)
            held_out = [
                row
                for row in reader
                if row["Mode of Transport"] in CONTAINER_MODES and row["Declaration ID"] not in training
            ]
            columns = reader.fieldnames
        engine = declarations_engine()
        results: dict[str, list[float]] = {}
        aucs = []
        documents = []
        for index in range(scenarios):
            chunk = held_out[index * rows : (index + 1) * rows]
            if len(chunk) < rows:
                break
            out = io.StringIO()
            writer = csv.DictWriter(out, fieldnames=columns)
            writer.writeheader()
            writer.writerows(chunk)
            try:
                probe, _ = declarations_document(
                    content=out.getvalue().encode(), filename="held-out.csv", label_column="Fraud",
                    rows=None, budget=1, title="measure", secret=f"measure-{index}".encode(),
                )  # fmt: skip
                budget = max(1, round(budget_share * len(probe["consignments"])))
                probe["inspection_budget"] = budget
            except ScenarioError as error:
                raise fail(error) from error
            consignments = probe["consignments"]
            documents.append(probe)
            rng = random.Random(index)  # noqa: S311 - a reproducible simulation, not a secret
            draws = [
                _score(probe, rng.sample([c["container_number"] for c in consignments], budget))
                for _ in range(random_draws)
            ]
            results.setdefault("random (mean of draws)", []).append(
                (statistics.fmean(d[0] for d in draws), statistics.fmean(d[1] for d in draws))
            )
            features = {c["container_number"]: consignment_features_of(c) for c in consignments}
            for name, key in HEURISTICS.items():
                ranked = sorted(
                    consignments,
                    key=lambda c, key=key: (key(features[c["container_number"]]), c["container_number"]),
                )
                results.setdefault(f"heuristic: {name}", []).append(
                    _score(probe, [c["container_number"] for c in ranked[:budget]])
                )
            ranked = declarations_engine_rank(consignments=consignments, engine=engine)
            results.setdefault("engine (gradient boosting)", []).append(
                _score(probe, [c["container_number"] for c, _p in ranked[:budget]])
            )
            labels = [int(c["truth"]["high_risk"]) for c, _p in ranked]
            if 0 < sum(labels) < len(labels):
                aucs.append(roc_auc_score(labels, [p for _c, p in ranked]))
            oracle = sorted(
                consignments,
                key=lambda c: (
                    not c["truth"]["high_risk"],
                    -float(c["truth"]["severity"]),
                    c["container_number"],
                ),
            )
            results.setdefault("oracle", []).append(
                _score(probe, [c["container_number"] for c in oracle[:budget]])
            )
        count = len(results.get("oracle", []))
        if not count:
            raise CommandError(f"Fewer than {rows} held-out usable rows in {path.name}.")
        self.stdout.write(
            f"{count} held-out scenarios of {rows} usable rows, budget {budget_share:.0%} of containers\n"
        )
        self.stdout.write("| Strategy | Mean composite | Min | Max | High-risk share of selection |")
        self.stdout.write("|---|---|---|---|---|")
        for name, pairs in results.items():
            values = [composite for composite, _share in pairs]
            share = statistics.fmean(share for _composite, share in pairs)
            self.stdout.write(
                f"| {name} | {statistics.fmean(values):.1f} | {min(values):.1f} | {max(values):.1f} | {share:.1%} |"
            )
        prevalence = statistics.fmean(
            sum(c["truth"]["high_risk"] for c in d["consignments"]) / len(d["consignments"])
            for d in documents
        )
        containers = statistics.fmean(len(d["consignments"]) for d in documents)
        self.stdout.write(
            f"\nContainers per scenario: mean {containers:.0f}; high-risk share of all containers: {prevalence:.1%}"
        )
        if aucs:
            self.stdout.write(f"\nEngine ROC AUC on held-out containers: mean {statistics.fmean(aucs):.3f}")
