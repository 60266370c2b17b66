"""Scoring a fixed-budget container selection against the hidden truth.

Pure Python: this module imports only the standard library (a test enforces
it), takes and returns frozen dataclasses, and never touches the database.
The formulas are those of docs/scoring.md (shared/domain.md §4):

N consignments, P high-risk, budget B, selection S (|S| <= B),
TP hits, FP = |S| - TP, FN = P - TP, TN = N - P - FP.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from math import isfinite
from statistics import NormalDist

_Z = NormalDist().inv_cdf


class ScoringError(ValueError):
    """The input cannot be scored (a programming error upstream: services
    validate user input with translated messages before calling us)."""


class Outcome(StrEnum):
    HIT = "hit"
    FALSE_ALARM = "false_alarm"
    MISS = "miss"
    CORRECT_RELEASE = "correct_release"


@dataclass(frozen=True)
class ConsignmentTruth:
    """What is really true of one consignment."""

    key: str
    high_risk: bool
    severity: float = 1.0
    indicators: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Selection:
    """One consignment the trainee selected, with the indicators they cited."""

    key: str
    indicators: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Weights:
    """Weights of the composite score; they need not sum to 1 (normalised)."""

    weighted_capture: float = 0.5
    skill: float = 0.3
    indicator_f1: float = 0.2

    @classmethod
    def from_mapping(cls, values: Mapping[str, float] | None) -> Weights:
        if not values:
            return cls()
        unknown = set(values) - {"weighted_capture", "skill", "indicator_f1"}
        if unknown:
            raise ScoringError(f"unknown weight names: {sorted(unknown)}")
        return cls(**{k: float(v) for k, v in values.items()})


@dataclass(frozen=True)
class ScoringInput:
    truth: tuple[ConsignmentTruth, ...]
    selections: tuple[Selection, ...]
    budget: int
    weights: Weights = field(default_factory=Weights)
    pass_mark: float = 60.0


@dataclass(frozen=True)
class ConsignmentOutcome:
    key: str
    outcome: Outcome
    severity: float
    indicators_found: frozenset[str]
    indicators_missed: frozenset[str]
    indicators_wrong: frozenset[str]


@dataclass(frozen=True)
class Score:
    consignments: int
    high_risk: int
    budget: int
    selected: int
    hits: int
    false_alarms: int
    misses: int
    correct_releases: int
    hit_rate: float
    detection: float
    capture: float
    weighted_capture: float
    expected_hits: float
    skill: float
    lift: float
    sdt_hit_rate: float
    sdt_false_alarm_rate: float
    d_prime: float
    criterion: float
    indicator_precision: float
    indicator_recall: float
    indicator_f1: float
    composite: float
    pass_mark: float
    passed: bool
    outcomes: tuple[ConsignmentOutcome, ...]


@dataclass(frozen=True)
class RandomBaseline:
    """What a random selection of the same size scores on average."""

    selected: int
    expected_hits: float
    hit_rate: float
    weighted_capture: float
    composite: float


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _validate(data: ScoringInput) -> dict[str, ConsignmentTruth]:
    truth: dict[str, ConsignmentTruth] = {}
    for item in data.truth:
        if item.key in truth:
            raise ScoringError(f"duplicate consignment key in the truth: {item.key!r}")
        if not isfinite(item.severity) or item.severity < 0:
            raise ScoringError(f"severity must be a non-negative number: {item.key!r}")
        truth[item.key] = item
    if not truth:
        raise ScoringError("a scenario without consignments cannot be scored")
    if data.budget < 1:
        raise ScoringError("the budget must be at least 1")
    seen: set[str] = set()
    for selection in data.selections:
        if selection.key not in truth:
            raise ScoringError(f"selected consignment is not in the scenario: {selection.key!r}")
        if selection.key in seen:
            raise ScoringError(f"consignment selected twice: {selection.key!r}")
        seen.add(selection.key)
    if len(seen) > data.budget:
        raise ScoringError(f"{len(seen)} consignments selected, the budget is {data.budget}")
    weights = data.weights
    if min(weights.weighted_capture, weights.skill, weights.indicator_f1) < 0:
        raise ScoringError("weights must not be negative")
    if weights.weighted_capture + weights.skill + weights.indicator_f1 <= 0:
        raise ScoringError("at least one weight must be positive")
    if not 0 <= data.pass_mark <= 100:
        raise ScoringError("the pass mark must be between 0 and 100")
    return truth


def chance_skill(*, hits: int, selected: int, high_risk: int, consignments: int) -> tuple[float, float]:
    """(expected hits E of a random selection of the same size, Skill).

    Skill = (TP - E) / (min(P, |S|) - E), clipped to [-1, 1]; 0 when the
    selection cannot show skill (nothing selected, or every choice is a hit
    whatever it is).
    """
    expected = _ratio(selected * high_risk, consignments)
    best = min(high_risk, selected)
    if best - expected <= 0:
        return expected, 0.0
    return expected, max(-1.0, min(1.0, (hits - expected) / (best - expected)))


def signal_detection(
    *, hits: int, false_alarms: int, high_risk: int, consignments: int
) -> tuple[float, float, float, float]:
    """(HR, FAR, d', c) with the log-linear correction."""
    hit_rate = (hits + 0.5) / (high_risk + 1)
    false_alarm_rate = (false_alarms + 0.5) / (consignments - high_risk + 1)
    z_hit, z_fa = _Z(hit_rate), _Z(false_alarm_rate)
    return hit_rate, false_alarm_rate, z_hit - z_fa, -(z_hit + z_fa) / 2


def _best_severity(truth: Iterable[ConsignmentTruth], budget: int) -> float:
    severities = sorted((t.severity for t in truth if t.high_risk), reverse=True)
    return sum(severities[:budget])


def _composite(weights: Weights, weighted_capture: float, skill: float, indicator_f1: float) -> float:
    total = weights.weighted_capture + weights.skill + weights.indicator_f1
    value = (
        weights.weighted_capture * weighted_capture
        + weights.skill * max(skill, 0.0)
        + weights.indicator_f1 * indicator_f1
    ) / total
    return round(100 * max(0.0, min(1.0, value)), 2)


_NONE: frozenset[str] = frozenset()


def score(data: ScoringInput) -> Score:
    """Score one submitted selection. Raises ScoringError on impossible input."""
    truth = _validate(data)
    chosen = {s.key: s for s in data.selections}
    n = len(truth)
    p = sum(1 for t in truth.values() if t.high_risk)
    selected = len(chosen)
    hits = sum(1 for key in chosen if truth[key].high_risk)
    false_alarms = selected - hits
    misses = p - hits
    correct_releases = n - p - false_alarms

    expected, skill = chance_skill(hits=hits, selected=selected, high_risk=p, consignments=n)
    hr, far, d_prime, criterion = signal_detection(
        hits=hits, false_alarms=false_alarms, high_risk=p, consignments=n
    )
    weighted_capture = _ratio(
        sum(truth[key].severity for key in chosen if truth[key].high_risk),
        _best_severity(truth.values(), data.budget),
    )

    outcomes = []
    cited_pairs = planted_pairs = correct_pairs = 0
    for key, item in truth.items():
        planted_pairs += len(item.indicators)
        selection = chosen.get(key)
        if selection is None:
            # Most consignments are released: nothing cited, every planted indicator missed.
            outcomes.append(
                ConsignmentOutcome(
                    key,
                    Outcome.MISS if item.high_risk else Outcome.CORRECT_RELEASE,
                    item.severity,
                    _NONE,
                    frozenset(item.indicators),
                    _NONE,
                )
            )
            continue
        cited = selection.indicators
        found = cited & item.indicators
        cited_pairs += len(cited)
        correct_pairs += len(found)
        outcomes.append(
            ConsignmentOutcome(
                key,
                Outcome.HIT if item.high_risk else Outcome.FALSE_ALARM,
                item.severity,
                frozenset(found),
                frozenset(item.indicators - cited),
                frozenset(cited - item.indicators),
            )
        )
    indicator_precision = _ratio(correct_pairs, cited_pairs)
    indicator_recall = _ratio(correct_pairs, planted_pairs)
    indicator_f1 = _ratio(2 * indicator_precision * indicator_recall, indicator_precision + indicator_recall)

    composite = _composite(data.weights, weighted_capture, skill, indicator_f1)
    return Score(
        consignments=n,
        high_risk=p,
        budget=data.budget,
        selected=selected,
        hits=hits,
        false_alarms=false_alarms,
        misses=misses,
        correct_releases=correct_releases,
        hit_rate=_ratio(hits, selected),
        detection=_ratio(hits, p),
        capture=_ratio(hits, min(p, data.budget)),
        weighted_capture=weighted_capture,
        expected_hits=expected,
        skill=skill,
        lift=_ratio(_ratio(hits, selected), _ratio(p, n)),
        sdt_hit_rate=hr,
        sdt_false_alarm_rate=far,
        d_prime=d_prime,
        criterion=criterion,
        indicator_precision=indicator_precision,
        indicator_recall=indicator_recall,
        indicator_f1=indicator_f1,
        composite=composite,
        pass_mark=data.pass_mark,
        passed=composite >= data.pass_mark,
        outcomes=tuple(outcomes),
    )


def random_baseline(
    *, truth: tuple[ConsignmentTruth, ...], selected: int, budget: int, weights: Weights
) -> RandomBaseline:
    """The expected result of choosing `selected` consignments at random and
    citing no indicators: the line a debrief compares the trainee against."""
    n = len(truth)
    p = sum(1 for t in truth if t.high_risk)
    expected_hits = _ratio(selected * p, n)
    severity_sum = sum(t.severity for t in truth if t.high_risk)
    weighted_capture = _ratio(_ratio(selected, n) * severity_sum, _best_severity(truth, budget))
    # A random selection's expected Skill is 0 and it cites no indicators.
    return RandomBaseline(
        selected=selected,
        expected_hits=expected_hits,
        hit_rate=_ratio(p, n),
        weighted_capture=weighted_capture,
        composite=_composite(weights, weighted_capture, 0.0, 0.0),
    )


@dataclass(frozen=True)
class AlertInput:
    """A drafted partner-unit alert, compared with the truth of the container it names.

    `fields_filled` of `fields_total` structured fields are filled in;
    the booleans say whether the container is truly high-risk, whether the seal
    named is one on the container, and whether the suspicion names the true threat.
    """

    fields_filled: int
    fields_total: int
    container_high_risk: bool
    seal_matches: bool
    suspicion_matches: bool
    indicators_cited: frozenset[str] = frozenset()
    indicators_true: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AlertScore:
    completeness: float
    correctness: float
    indicator_f1: float
    score: float


def alert_score(data: AlertInput) -> AlertScore:
    """Completeness (share of filled fields) and correctness (mean of the
    container, seal, suspicion and indicator-F1 checks); score = 100 ·
    (0.4 completeness + 0.6 correctness), in [0, 100]."""
    if data.fields_total < 1 or not 0 <= data.fields_filled <= data.fields_total:
        raise ScoringError("fields_filled must lie between 0 and fields_total >= 1")
    completeness = data.fields_filled / data.fields_total
    correct = data.indicators_cited & data.indicators_true
    precision = _ratio(len(correct), len(data.indicators_cited))
    recall = _ratio(len(correct), len(data.indicators_true))
    f1 = _ratio(2 * precision * recall, precision + recall)
    correctness = (
        float(data.container_high_risk) + float(data.seal_matches) + float(data.suspicion_matches) + f1
    ) / 4
    return AlertScore(
        completeness=completeness,
        correctness=correctness,
        indicator_f1=f1,
        score=round(100 * (0.4 * completeness + 0.6 * correctness), 2),
    )
