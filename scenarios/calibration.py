"""Calibration of generated scenarios: simulated trainees and models on
held-out seeds, per difficulty level (docs/scenarios.md, "Calibration").

Every strategy sees only what a trainee sees (`document_observations` and
the visible document fields, never `truth`) and is scored by the real scoring
module with the scenario's own budget and weights:

* random: a random selection filling the budget, citing nothing (mean of
  `RANDOM_DRAWS` draws);
* single indicator: the consignments showing one indicator, in random order
  up to the budget, citing it; the indicator is the one scoring best on the
  training seeds;
* checklist: consignments with at least two visible indicators, in random
  order up to the budget, citing all of them;
* risk engine: the naive-Bayes engine's top of the ranking
  (`scenarios.risk_engine`), citing the indicators that raise the risk;
* oracle: the high-risk consignments, most severe first, citing their truth.

Two checks of the evidence itself: the best rule of at most two visible
conditions (an indicator present or absent, two joined by AND or OR), chosen
by F1 on the training seeds, and its F1 on the held-out seeds; and the ROC AUC
on the held-out seeds of a logistic regression fitted on the training seeds
over all visible evidence (indicator flags, value against the price
reference, scale-weight gap, longest dwell at a hub, days filed before
loading).
"""

import datetime as dt
import itertools
import math
import random
from dataclasses import dataclass

from exercises import scoring

from .generator import (
    document_observations,
    goods_of,
    scenario_document_generate,
    scenario_risk_engine,
)
from .likelihoods import DIFFICULTIES, VISIBLE

RANDOM_DRAWS = 20
STRATEGIES = ("random", "single", "checklist", "engine", "oracle")


@dataclass(frozen=True)
class Case:
    """One generated scenario as the simulated trainees see it."""

    keys: tuple[str, ...]
    evidence: dict[str, frozenset[str]]
    truth: tuple[scoring.ConsignmentTruth, ...]
    budget: int
    weights: scoring.Weights
    features: tuple[tuple[float, ...], ...]
    labels: tuple[int, ...]


@dataclass(frozen=True)
class LevelResult:
    difficulty: int
    composites: dict[str, float]  # mean composite per strategy, held-out seeds
    single_indicator: str
    rule: str
    rule_f1: float  # held-out
    model_auc: float  # held-out


def _numbers(item: dict) -> tuple[float, ...]:
    """Continuous visible evidence of one consignment."""
    goods = goods_of(item["goods_description"])
    gross = float(item["gross_weight_kg"])
    net = float(item.get("net_weight_kg") or gross)
    ratio = float(item["declared_value"]) / net / goods.usd_per_kg if goods else 1.0
    scale = float(item.get("scale_weight_kg") or gross)
    hubs = [code for code in (item.get("transshipment") or "").split(",") if code]
    arrived, dwell = {}, 0.0
    for event in item.get("events", []):
        when = dt.datetime.fromisoformat(event["occurred_at"])
        if event["code"] == "DISC" and event["place"] in hubs:
            arrived[event["place"]] = when
        elif event["code"] == "LOAD" and event["place"] in arrived:
            dwell = max(dwell, (when - arrived.pop(event["place"])).total_seconds() / 86400)
    lead = 0.0
    if item.get("filing_date") and item.get("loading_date"):
        lead = (dt.date.fromisoformat(item["loading_date"]) - dt.date.fromisoformat(item["filing_date"])).days
    return (math.log(max(ratio, 1e-3)), abs(scale - gross) / gross, dwell, float(lead))


def case_build(*, seed: int, difficulty: int, consignments: int, phase: str) -> Case:
    document = scenario_document_generate(
        seed=seed, consignments=consignments, phase=phase, difficulty=difficulty
    )
    seen = document_observations(document)
    items = document["consignments"]
    keys = tuple(item["container_number"] for item in items)
    weights = document["weights"]
    return Case(
        keys=keys,
        evidence={key: frozenset(seen[key]) for key in keys},
        truth=tuple(
            scoring.ConsignmentTruth(
                key=item["container_number"],
                high_risk=item["truth"]["high_risk"],
                severity=float(item["truth"]["severity"]),
                indicators=frozenset(item["truth"]["indicators"]),
            )
            for item in items
        ),
        budget=document["inspection_budget"],
        weights=scoring.Weights(
            weighted_capture=float(weights["severity"]),
            skill=float(weights["skill"]),
            indicator_f1=float(weights["indicators"]),
        ),
        features=tuple(
            tuple(float(code in seen[item["container_number"]]) for code in VISIBLE) + _numbers(item)
            for item in items
        ),
        labels=tuple(int(item["truth"]["high_risk"]) for item in items),
    )


def composite(case: Case, picks: list[tuple[str, frozenset[str]]]) -> float:
    """The composite score of selecting `picks` ((key, cited indicators)) in `case`."""
    result = scoring.score(
        scoring.ScoringInput(
            truth=case.truth,
            selections=tuple(scoring.Selection(key=key, indicators=cited) for key, cited in picks),
            budget=case.budget,
            weights=case.weights,
        )
    )
    return result.composite


def _random(case: Case, rng: random.Random) -> float:
    draws = [rng.sample(case.keys, case.budget) for _i in range(RANDOM_DRAWS)]
    return sum(composite(case, [(key, frozenset()) for key in draw]) for draw in draws) / RANDOM_DRAWS


def _single(case: Case, code: str, rng: random.Random) -> float:
    showing = [key for key in case.keys if code in case.evidence[key]]
    total = 0.0
    for _i in range(RANDOM_DRAWS):
        rng.shuffle(showing)
        total += composite(case, [(key, frozenset({code})) for key in showing[: case.budget]])
    return total / RANDOM_DRAWS


def _checklist(case: Case, rng: random.Random) -> float:
    flagged = [key for key in case.keys if len(case.evidence[key]) >= 2]
    total = 0.0
    for _i in range(RANDOM_DRAWS):
        rng.shuffle(flagged)
        total += composite(case, [(key, case.evidence[key]) for key in flagged[: case.budget]])
    return total / RANDOM_DRAWS


def _engine(case: Case, engine) -> float:
    picks = engine.select(case.evidence, case.budget)
    return composite(case, [(key, engine.reasons(case.evidence[key])) for key in picks])


def _oracle(case: Case) -> float:
    ranked = sorted((t for t in case.truth if t.high_risk), key=lambda t: (-t.severity, t.key))
    return composite(case, [(t.key, t.indicators) for t in ranked[: case.budget]])


def best_rule(train: list[Case], test: list[Case]) -> tuple[str, float]:
    """The rule of at most two visible conditions with the best F1 on
    `train`, and its F1 on `test`."""
    import numpy as np

    def columns(cases):
        rows = np.array([row[: len(VISIBLE)] for case in cases for row in case.features])
        labels = np.array([y for case in cases for y in case.labels], dtype=bool)
        return rows, labels

    x_train, y_train = columns(train)
    x_test, y_test = columns(test)

    def f1(mask, labels):
        tp = int(np.sum(mask & labels))
        total = int(mask.sum() + labels.sum())
        return 2 * tp / total if total else 0.0

    present_train = [x_train[:, i] > 0 for i in range(len(VISIBLE))]
    present_test = [x_test[:, i] > 0 for i in range(len(VISIBLE))]
    literals = []
    for i, code in enumerate(VISIBLE):
        literals.append((code, present_train[i], present_test[i]))
        literals.append((f"not {code}", ~present_train[i], ~present_test[i]))
    candidates = [(name, a, b) for name, a, b in literals]
    for (na, a_train, a_test), (nb, b_train, b_test) in itertools.combinations(literals, 2):
        candidates.append((f"{na} and {nb}", a_train & b_train, a_test & b_test))
        candidates.append((f"{na} or {nb}", a_train | b_train, a_test | b_test))
    name, _mask, mask_test = max(candidates, key=lambda c: (f1(c[1], y_train), c[0]))
    return name, f1(mask_test, y_test)


def model_auc(train: list[Case], test: list[Case]) -> float:
    """Held-out ROC AUC of a logistic regression over all visible evidence."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    x_train = np.array([row for case in train for row in case.features])
    y_train = np.array([y for case in train for y in case.labels])
    x_test = np.array([row for case in test for row in case.features])
    y_test = np.array([y for case in test for y in case.labels])
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
    model.fit(x_train, y_train)
    return float(roc_auc_score(y_test, model.predict_proba(x_test)[:, 1]))


def calibrate(
    *, seeds: int, consignments: int = 300, phase: str = "import", difficulties=DIFFICULTIES
) -> list[LevelResult]:
    """Per difficulty: the first half of `seeds` scenarios trains (the single
    indicator, the rule, the model), the second half is held out and scored."""
    if seeds < 2:
        raise ValueError("need at least two seeds (training and held-out)")
    results = []
    for difficulty in difficulties:
        cases = [
            case_build(seed=seed, difficulty=difficulty, consignments=consignments, phase=phase)
            for seed in range(1, seeds + 1)
        ]
        half = seeds // 2
        train, test = cases[:half], cases[half:]
        rng = random.Random(f"calibration-{difficulty}")  # noqa: S311 - simulated trainees, not security
        single = max(VISIBLE, key=lambda code: (sum(_single(c, code, rng) for c in train), code))
        engine = scenario_risk_engine(phase=phase, difficulty=difficulty)
        totals = dict.fromkeys(STRATEGIES, 0.0)
        for case in test:
            totals["random"] += _random(case, rng)
            totals["single"] += _single(case, single, rng)
            totals["checklist"] += _checklist(case, rng)
            totals["engine"] += _engine(case, engine)
            totals["oracle"] += _oracle(case)
        rule, rule_f1 = best_rule(train, test)
        results.append(
            LevelResult(
                difficulty=difficulty,
                composites={name: total / len(test) for name, total in totals.items()},
                single_indicator=single,
                rule=rule,
                rule_f1=rule_f1,
                model_auc=model_auc(train, test),
            )
        )
    return results
