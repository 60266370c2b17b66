"""Scoring a fixed-budget container selection against the hidden truth.

Pure Python: this module imports only the standard library (a test enforces
it), takes and returns frozen dataclasses, and never touches the database.
The formulas are those of docs/scoring.md:

N consignments, P high-risk, budget B, selection S (|S| <= B),
TP hits, FP = |S| - TP, FN = P - TP, TN = N - P - FP.

The composite weighs three parts, each 1 for the best selection the budget
allows and never raised by opening one more clean container:

- net value V: severity of the hits minus a cost for every clean container
  opened, c = mean severity of the high-risk consignments x P / (N - P), the
  cost at which opening containers at random gains nothing on average; so
  V = (sum of severity over hits - c x FP) / (sum of the min(P, B) largest
  severities), clipped to [0, 1]: selecting nothing and the average random
  selection both give 0 before clipping, the best selection 1;
- chance-corrected hit rate H = (TP/|S| - P/N) / (1 - P/N), clipped to [0, 1];
- indicator F1 with the recall taken over the high-risk consignments the
  budget allowed to select (min(P, B) of them).

A part that cannot be measured on a scenario (H when P = 0 or P = N, the
indicators when P = 0) is left out and the other weights renormalised.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from math import ceil, comb, floor, isfinite
from operator import add, mul
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
    """Weights of the composite score; they need not sum to 1 (normalised).

    The names are those scenarios have always stored (their JSON keys are
    severity, skill and indicators); since the composite charges false alarms
    they weigh: `weighted_capture` the net value (severity-weighted capture
    less the cost of the clean containers opened), `skill` the
    chance-corrected hit rate, `indicator_f1` the indicator F1.
    """

    weighted_capture: float = 0.5
    skill: float = 0.3
    indicator_f1: float = 0.2


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
    clean_cost: float = 0.0
    net_value: float = 0.0
    precision_skill: float = 0.0


@dataclass(frozen=True)
class RandomBaseline:
    """The exact expected result of `selected` consignments chosen uniformly at
    random, citing no indicators (`composite_bound` > 0: the composite is
    within that many points of the exact mean, for scenarios too large to
    count exactly)."""

    selected: int
    expected_hits: float
    hit_rate: float
    weighted_capture: float
    composite: float
    net_value: float = 0.0
    precision_skill: float = 0.0
    indicator_f1: float = 0.0
    composite_bound: float = 0.0


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _clip(value: float) -> float:
    return max(0.0, min(1.0, value))


def _validate(data: ScoringInput) -> dict[str, ConsignmentTruth]:
    truth: dict[str, ConsignmentTruth] = {}
    for item in data.truth:
        if item.key in truth:
            raise ScoringError(f"duplicate consignment key in the truth: {item.key!r}")
        if not isfinite(item.severity) or item.severity < 0 or (item.high_risk and item.severity <= 0):
            raise ScoringError(f"severity must be a positive number: {item.key!r}")
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
    _check_weights(data.weights)
    if not 0 <= data.pass_mark <= 100:
        raise ScoringError("the pass mark must be between 0 and 100")
    return truth


def _check_weights(weights: Weights) -> None:
    if min(weights.weighted_capture, weights.skill, weights.indicator_f1) < 0:
        raise ScoringError("weights must not be negative")
    if weights.weighted_capture + weights.skill + weights.indicator_f1 <= 0:
        raise ScoringError("at least one weight must be positive")


def chance_skill(*, hits: int, selected: int, high_risk: int, consignments: int) -> tuple[float, float]:
    """(expected hits E of a random selection of the same size, Skill).

    Skill = (TP - E) / (min(P, |S|) - E), clipped to [-1, 1]; 0 when the
    selection cannot show skill (nothing selected, or every choice is a hit
    whatever it is). Feedback only: it does not charge false alarms.
    """
    expected = _ratio(selected * high_risk, consignments)
    best = min(high_risk, selected)
    if best - expected <= 0:
        return expected, 0.0
    return expected, max(-1.0, min(1.0, (hits - expected) / (best - expected)))


def signal_detection(
    *, hits: int, false_alarms: int, high_risk: int, consignments: int
) -> tuple[float, float, float, float]:
    """(HR, FAR, d', c) with the log-linear correction.

    The correction alone gives a positive d' to a selection without a single
    hit (selecting nothing in 6 of 40 gives +0.72), so d' is 0 when nothing
    is selected and at most 0 when nothing selected was high-risk.
    """
    hit_rate = (hits + 0.5) / (high_risk + 1)
    false_alarm_rate = (false_alarms + 0.5) / (consignments - high_risk + 1)
    z_hit, z_fa = _Z(hit_rate), _Z(false_alarm_rate)
    d_prime = z_hit - z_fa
    if hits == 0:
        d_prime = 0.0 if false_alarms == 0 else min(d_prime, 0.0)
    return hit_rate, false_alarm_rate, d_prime, -(z_hit + z_fa) / 2


@dataclass(frozen=True)
class _Shape:
    """What the composite needs to know of a scenario, whatever is selected."""

    consignments: int
    high_risk: int
    budget: int
    best_value: float  # severity of the best selection the budget allows
    clean_cost: float
    selectable: int  # min(P, B): the high-risk consignments the budget lets one select
    weights: tuple[float, float, float]  # net value, hit rate, indicators; unmeasurable parts 0


def _shape(truth: Iterable[ConsignmentTruth], budget: int, weights: Weights) -> _Shape:
    items = list(truth)
    n = len(items)
    severities = sorted((t.severity for t in items if t.high_risk), reverse=True)
    p = len(severities)
    selectable = min(p, budget)
    clean_cost = sum(severities) / (n - p) if 0 < p < n else 0.0
    parts = (
        weights.weighted_capture,
        weights.skill if 0 < p < n else 0.0,
        weights.indicator_f1 if p > 0 else 0.0,
    )
    if sum(parts) <= 0:
        parts = (1.0, 0.0, 0.0)
    return _Shape(n, p, budget, sum(severities[:selectable]), clean_cost, selectable, parts)


def _net_value(shape: _Shape, *, hit_severity: float, false_alarms: int) -> float:
    if shape.high_risk == 0:
        # A clean day: the best is to open nothing; filling the budget scores 0.
        return 1.0 - false_alarms / min(shape.budget, shape.consignments)
    return _clip((hit_severity - shape.clean_cost * false_alarms) / shape.best_value)


def _precision_skill(shape: _Shape, *, hits: int, selected: int) -> float:
    if not 0 < shape.high_risk < shape.consignments or selected == 0:
        return 0.0
    base = shape.high_risk / shape.consignments
    return _clip((hits / selected - base) / (1 - base))


def _f1(precision: float, recall: float) -> float:
    return _ratio(2 * precision * recall, precision + recall)


def _composite(shape: _Shape, net_value: float, precision_skill: float, indicator_f1: float) -> float:
    w_value, w_skill, w_indicators = shape.weights
    value = (w_value * net_value + w_skill * precision_skill + w_indicators * indicator_f1) / (
        w_value + w_skill + w_indicators
    )
    return round(100 * _clip(value), 2)


_NONE: frozenset[str] = frozenset()


def score(data: ScoringInput) -> Score:
    """Score one submitted selection. Raises ScoringError on impossible input."""
    truth = _validate(data)
    shape = _shape(truth.values(), data.budget, data.weights)
    chosen = {s.key: s for s in data.selections}
    n, p = shape.consignments, shape.high_risk
    selected = len(chosen)
    hits = sum(1 for key in chosen if truth[key].high_risk)
    false_alarms = selected - hits
    misses = p - hits
    correct_releases = n - p - false_alarms

    expected, skill = chance_skill(hits=hits, selected=selected, high_risk=p, consignments=n)
    hr, far, d_prime, criterion = signal_detection(
        hits=hits, false_alarms=false_alarms, high_risk=p, consignments=n
    )
    hit_severity = sum(truth[key].severity for key in chosen if truth[key].high_risk)

    outcomes = []
    cited_pairs = correct_pairs = 0
    recall_credit = 0.0
    for key, item in truth.items():
        selection = chosen.get(key)
        if selection is None:
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
        if item.high_risk:
            # An indicator counts as found only where it led to a threat: a
            # citation on a clean container is never a correct one.
            correct_pairs += len(found)
            recall_credit += len(found) / len(item.indicators) if item.indicators else 1.0
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
    # Nothing cited means no wrong citation; recall is over what the budget let one select.
    indicator_precision = correct_pairs / cited_pairs if cited_pairs else 1.0
    indicator_recall = _ratio(recall_credit, shape.selectable)
    indicator_f1 = _f1(indicator_precision, indicator_recall)

    net_value = _net_value(shape, hit_severity=hit_severity, false_alarms=false_alarms)
    precision_skill = _precision_skill(shape, hits=hits, selected=selected)
    composite = _composite(shape, net_value, precision_skill, indicator_f1)
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
        weighted_capture=_ratio(hit_severity, shape.best_value),
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
        clean_cost=shape.clean_cost,
        net_value=net_value,
        precision_skill=precision_skill,
    )


def _hypergeometric(population: int, marked: int, draws: int) -> list[tuple[int, float]]:
    """(k, probability that `draws` taken without replacement hold k marked)."""
    total = comb(population, draws)
    return [
        (k, comb(marked, k) * comb(population - marked, draws - k) / total)
        for k in range(max(0, draws - (population - marked)), min(marked, draws) + 1)
    ]


# Severities are stored with two decimals: on this grid (one hundredth) the
# shortfall below is counted exactly.
_SEVERITY_GRID = 0.01
# Cells of that count above which the grid is coarsened (a scenario with
# hundreds of high-risk consignments and a budget to match); the result then
# comes with proven bounds instead (`_shortfall_bounds`). About a second of
# work at most.
_CELL_LIMIT = 30_000_000


def _shortfall_on_grid(
    shape: _Shape, units: list[int], unit: float, selected: int, rows_needed: list[int]
) -> float:
    """E[max(c · FP − S, 0)] over uniformly random selections of `selected`,
    S the severity of the hits, with the i-th high-risk severity taken as
    units[i] × unit.

    Counts, for every number of hits h, the h-subsets of the high-risk
    consignments by the sum of their severities (integers on the grid,
    exact), keeping only sums that fall short of the cost c · (selected − h)
    of the clean containers in the same selection: a dynamic programme over
    (hits, sum), one row of `rows_needed[h]` sums per number of hits."""
    n, p = shape.consignments, shape.high_risk
    rows = [[0] * length for length in rows_needed]
    if not rows or not rows[0]:
        return 0.0
    rows[0][0] = 1
    top = len(rows) - 1
    for done, size in enumerate(units):
        # Add one consignment to every subset counted so far (largest h first,
        # so that each subset takes it at most once).
        for h in range(min(done, top - 1), -1, -1):
            source, target = rows[h], rows[h + 1]
            width = min(len(target) - size, len(source))
            if width > 0:
                target[size : size + width] = map(add, target[size : size + width], source[:width])
    total = comb(n, selected)
    shortfall = 0.0
    for h, row in enumerate(rows):
        if not row:
            continue
        cost = shape.clean_cost * (selected - h)
        ways = sum(row)
        if not ways:
            continue
        sums = sum(map(mul, row, range(len(row))))
        # Σ over the subsets of (cost − S) = cost · count − unit · Σ S.
        shortfall += (cost * ways - unit * sums) * comb(n - p, selected - h) / total
    return max(0.0, shortfall)


def _shortfall_bounds(shape: _Shape, severities: list[float], selected: int) -> tuple[float, float]:
    """(lower, upper) bounds of E[max(c · FP − S, 0)], equal (the exact value)
    when every severity lies on the hundredths grid and the count fits
    `_CELL_LIMIT`. Otherwise the severities are rounded up (a lower bound:
    the shortfall only shrinks as S grows) and down (an upper bound) onto a
    grid coarse enough to fit, and the true value lies between the two."""
    p = shape.high_risk
    most = min(selected, p)

    def rows_needed(unit: float) -> list[int]:
        # Sums σ (in units) with σ · unit < c · (selected − h); none once the
        # cost is 0 or the cheapest h hits (rounded down) already cover it.
        cheapest = sorted(max(0, floor(s / unit + 1e-6)) * unit for s in severities)
        lengths, floor_sum = [], 0.0
        for h in range(most + 1):
            if h:
                floor_sum += cheapest[h - 1]
            limit = shape.clean_cost * (selected - h)
            if limit <= 0 or floor_sum >= limit:
                break
            lengths.append(max(0, ceil(limit / unit - 1e-9)))
        return lengths

    unit = _SEVERITY_GRID
    lengths = rows_needed(unit)
    cells = p * sum(lengths[1:])
    if cells > _CELL_LIMIT:
        unit *= ceil(cells / _CELL_LIMIT)
        lengths = rows_needed(unit)
    scaled = [s / unit for s in severities]
    on_grid = [round(x) for x in scaled]
    if all(abs(x - r) < 1e-6 for x, r in zip(scaled, on_grid, strict=True)):
        exact = _shortfall_on_grid(shape, on_grid, unit, selected, lengths)
        return exact, exact
    up = [ceil(x - 1e-6) for x in scaled]
    down = [max(0, floor(x + 1e-6)) for x in scaled]
    return (
        _shortfall_on_grid(shape, up, unit, selected, lengths),
        _shortfall_on_grid(shape, down, unit, selected, lengths),
    )


def _expected_net_value(shape: _Shape, severities: list[float], selected: int) -> tuple[float, float]:
    """(E[V], bound) for a uniformly random selection of `selected`
    consignments: the true E[V] lies within `bound` of the value (0 when it
    is exact, as it is for every scenario of up to a few hundred high-risk
    consignments with severities in hundredths).

    V = clip(U / best), U = severity of the hits − c · FP, and U never
    exceeds the best value, so E[V] = (E[U] + E[max(−U, 0)]) / best: the
    linear part in closed form, the shortfall below 0 over the exact joint
    distribution of the number of hits and their severity."""
    n, p = shape.consignments, shape.high_risk
    if p == 0:
        return _net_value(shape, hit_severity=0.0, false_alarms=selected), 0.0
    mean_u = selected * (sum(severities) - shape.clean_cost * (n - p)) / n
    if p == n or selected == 0:
        return _clip(mean_u / shape.best_value), 0.0
    low, high = _shortfall_bounds(shape, severities, selected)
    lower = _clip((mean_u + low) / shape.best_value)
    upper = _clip((mean_u + high) / shape.best_value)
    return (lower + upper) / 2, (upper - lower) / 2


def random_baseline(
    *, truth: tuple[ConsignmentTruth, ...], selected: int, budget: int, weights: Weights
) -> RandomBaseline:
    """The exact expected result of choosing `selected` consignments uniformly
    at random and citing no indicators: the line a debrief compares the
    trainee against. Every part of the composite is averaged exactly over the
    hypergeometric number of hits (and, for the net value, over the severity
    of the hits), clipping included, so the composite here is the mean
    composite of random selections, not the composite of a mean selection."""
    _check_weights(weights)
    shape = _shape(truth, budget, weights)
    n, p = shape.consignments, shape.high_risk
    if not 0 <= selected <= min(budget, n):
        raise ScoringError("a random selection must fit within the budget")
    severities = [t.severity for t in truth if t.high_risk]

    net_value, bound = _expected_net_value(shape, severities, selected)
    precision_skill = sum(
        probability * _precision_skill(shape, hits=hits, selected=selected)
        for hits, probability in _hypergeometric(n, p, selected)
    )
    # Citing nothing, a random selection earns recall only on high-risk
    # consignments that carry no indicator at all.
    bare = sum(1 for t in truth if t.high_risk and not t.indicators)
    indicator_f1 = sum(
        probability * _f1(1.0, _ratio(count, shape.selectable))
        for count, probability in _hypergeometric(n, bare, selected)
    )
    w_value, w_skill, w_indicators = shape.weights
    composite = (w_value * net_value + w_skill * precision_skill + w_indicators * indicator_f1) / (
        w_value + w_skill + w_indicators
    )
    expected_hits = _ratio(selected * p, n)
    return RandomBaseline(
        selected=selected,
        expected_hits=expected_hits,
        hit_rate=_ratio(p, n),
        weighted_capture=_ratio(_ratio(selected, n) * sum(severities), shape.best_value),
        composite=round(100 * composite, 2),
        net_value=net_value,
        precision_skill=precision_skill,
        indicator_f1=indicator_f1,
        composite_bound=round(100 * bound * w_value / (w_value + w_skill + w_indicators), 4),
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
