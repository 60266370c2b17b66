"""exercises.scoring: the worked example, edge cases and properties."""

import ast
import random
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from exercises.scoring import (
    ConsignmentTruth,
    Outcome,
    ScoringError,
    ScoringInput,
    Selection,
    Weights,
    random_baseline,
    score,
)


def make_truth(n: int, high_risk: set[int], severities: dict[int, float] | None = None, indicators=None):
    severities = severities or {}
    indicators = indicators or {}
    return tuple(
        ConsignmentTruth(
            key=f"c{i}",
            high_risk=i in high_risk,
            severity=severities.get(i, 1.0),
            indicators=frozenset(indicators.get(i, ())),
        )
        for i in range(n)
    )


def pick(*indexes: int, indicators=None):
    indicators = indicators or {}
    return tuple(Selection(key=f"c{i}", indicators=frozenset(indicators.get(i, ()))) for i in indexes)


def test_scoring_module_imports_only_the_standard_library():
    tree = ast.parse(Path("exercises/scoring.py").read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert "django" not in imported
    assert imported <= {
        "__future__",
        "collections",
        "dataclasses",
        "enum",
        "math",
        "operator",
        "statistics",
        "typing",
    }


def test_worked_example_of_the_domain_reference():
    # N = 40, P = 6, B = 5, |S| = 5, TP = 3
    result = score(
        ScoringInput(
            truth=make_truth(40, high_risk=set(range(6))), selections=pick(0, 1, 2, 10, 11), budget=5
        )
    )
    assert (result.hits, result.false_alarms, result.misses, result.correct_releases) == (3, 2, 3, 32)
    assert result.hit_rate == pytest.approx(0.60)
    assert result.detection == pytest.approx(0.50)
    assert result.capture == pytest.approx(0.60)
    assert result.expected_hits == pytest.approx(0.75)
    assert result.lift == pytest.approx(4.0)
    assert result.skill == pytest.approx(0.53, abs=0.005)
    assert result.sdt_hit_rate == pytest.approx(0.50)
    assert result.sdt_false_alarm_rate == pytest.approx(0.071, abs=0.0005)
    assert result.d_prime == pytest.approx(1.47, abs=0.005)
    assert result.criterion == pytest.approx(0.73, abs=0.005)


def test_the_composite_of_the_worked_example_in_docs_scoring():
    # N = 40, P = 6 (each with the indicators A and B), B = 5; the trainee
    # opens 3 high-risk and 2 clean containers and cites A+B, A+B, A and a
    # wrong C on a clean one.
    truth = make_truth(40, high_risk=set(range(6)), indicators={i: {"A", "B"} for i in range(6)})
    cited = {0: {"A", "B"}, 1: {"A", "B"}, 2: {"A"}, 10: {"C"}}
    result = score(ScoringInput(truth=truth, selections=pick(0, 1, 2, 10, 11, indicators=cited), budget=5))
    assert result.clean_cost == pytest.approx(6 / 34)
    assert result.net_value == pytest.approx((3 - 2 * 6 / 34) / 5)  # 0.529
    assert result.precision_skill == pytest.approx((0.6 - 0.15) / 0.85)  # 0.529
    assert result.indicator_precision == pytest.approx(5 / 6)
    assert result.indicator_recall == pytest.approx(2.5 / 5)
    assert result.indicator_f1 == pytest.approx(0.625)
    assert result.composite == 54.85
    # The same hits without the two clean containers (and the wrong citation).
    precise = score(
        ScoringInput(
            truth=truth,
            selections=pick(0, 1, 2, indicators={0: {"A", "B"}, 1: {"A", "B"}, 2: {"A"}}),
            budget=5,
        )
    )
    assert (precise.net_value, precise.precision_skill, precise.composite) == (pytest.approx(0.6), 1.0, 73.33)
    baseline = random_baseline(truth=truth, selected=5, budget=5, weights=Weights())
    assert baseline.composite == 5.97
    assert score(ScoringInput(truth=truth, selections=(), budget=5)).composite == 0


def test_severity_weighted_capture_is_normalised_by_the_best_choice():
    truth = make_truth(10, high_risk={0, 1, 2}, severities={0: 3.0, 1: 2.0, 2: 1.0})
    # Budget 2: the best choice is {0, 1} worth 5; choosing {1, 2} is worth 3.
    worse = score(ScoringInput(truth=truth, selections=pick(1, 2), budget=2))
    assert (worse.weighted_capture, worse.net_value) == (pytest.approx(0.6), pytest.approx(0.6))
    assert score(ScoringInput(truth=truth, selections=pick(0, 1), budget=2)).net_value == pytest.approx(1.0)
    # A clean container costs the mean severity 2 times P / (N - P) = 6 / 7.
    mixed = score(ScoringInput(truth=truth, selections=pick(0, 5), budget=2))
    assert mixed.net_value == pytest.approx((3 - 6 / 7) / 5)


def test_indicator_f1_counts_correct_citations_on_high_risk_consignments_only():
    truth = make_truth(5, high_risk={0, 1}, indicators={0: {"P1", "R7"}, 1: {"C21"}, 3: {"G13"}})
    selections = pick(0, 3, indicators={0: {"P1", "V15"}, 3: {"G13"}})
    result = score(ScoringInput(truth=truth, selections=selections, budget=2))
    # 3 pairs cited, 1 correct on a high-risk consignment (G13 is on a clean one);
    # recall: half of c0's indicators, over the 2 high-risk the budget allowed.
    assert result.indicator_precision == pytest.approx(1 / 3)
    assert result.indicator_recall == pytest.approx(0.5 / 2)
    assert result.indicator_f1 == pytest.approx(2 / 7)
    outcome = {o.key: o for o in result.outcomes}
    assert outcome["c0"].outcome is Outcome.HIT
    assert outcome["c0"].indicators_found == {"P1"}
    assert outcome["c0"].indicators_missed == {"R7"}
    assert outcome["c0"].indicators_wrong == {"V15"}
    assert outcome["c1"].outcome is Outcome.MISS
    assert outcome["c3"].outcome is Outcome.FALSE_ALARM
    assert outcome["c3"].indicators_found == {"G13"}
    assert outcome["c4"].outcome is Outcome.CORRECT_RELEASE


def test_indicators_the_budget_made_unselectable_are_not_missed():
    # P = 6 > B = 3: the three most severe, with their indicators, score 100.
    truth = make_truth(
        20,
        high_risk=set(range(6)),
        severities={0: 3.0, 1: 2.0, 2: 2.0},
        indicators={i: {"A"} for i in range(6)},
    )
    result = score(
        ScoringInput(truth=truth, selections=pick(0, 1, 2, indicators={i: {"A"} for i in range(3)}), budget=3)
    )
    assert (result.indicator_recall, result.composite) == (1.0, 100)


def test_composite_uses_the_scenario_weights_and_pass_mark():
    truth = make_truth(10, high_risk={0, 1})
    data = ScoringInput(
        truth=truth,
        selections=pick(0, 1),
        budget=2,
        weights=Weights(weighted_capture=1, skill=0, indicator_f1=0),
        pass_mark=100,
    )
    result = score(data)
    assert result.composite == 100
    assert result.passed
    one = score(ScoringInput(truth=truth, selections=pick(0), budget=2, weights=Weights(0, 1, 0)))
    assert one.composite == 100  # the hit rate alone: one hit in one opened
    assert (
        score(ScoringInput(truth=truth, selections=pick(0), budget=2, weights=Weights(1, 0, 0))).composite
        == 50
    )


def test_selecting_nothing_scores_zero_and_shows_no_discrimination():
    result = score(ScoringInput(truth=make_truth(40, high_risk=set(range(6))), selections=(), budget=5))
    assert (result.hit_rate, result.lift, result.skill, result.composite) == (0, 0, 0, 0)
    assert result.d_prime == 0  # the log-linear correction alone would give +0.72
    assert not result.passed


def test_clean_containers_only_never_show_positive_discrimination():
    result = score(ScoringInput(truth=make_truth(40, high_risk=set(range(6))), selections=pick(10), budget=5))
    assert result.d_prime <= 0
    assert result.composite == 0


def test_filling_the_budget_with_clean_containers_lowers_the_score():
    truth = make_truth(40, high_risk={0, 1}, indicators={0: {"A"}, 1: {"A"}})
    cited = {0: {"A"}, 1: {"A"}}
    scores = [
        score(
            ScoringInput(
                truth=truth, selections=pick(0, 1, *range(10, 10 + extra), indicators=cited), budget=6
            )
        ).composite
        for extra in range(5)
    ]
    assert scores[0] == 100
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 5


def test_a_clean_day_is_scorable_and_opening_nothing_is_best():
    truth = make_truth(20, high_risk=set())
    composites = [
        score(ScoringInput(truth=truth, selections=pick(*range(k)), budget=4)).composite for k in range(5)
    ]
    assert composites == [100, 75, 50, 25, 0]
    baseline = random_baseline(truth=truth, selected=4, budget=4, weights=Weights())
    assert (baseline.expected_hits, baseline.composite) == (0, 0)


def test_every_consignment_high_risk_is_scorable():
    truth = make_truth(
        6, high_risk=set(range(6)), severities={0: 2.0}, indicators={i: {"A"} for i in range(6)}
    )
    best = score(
        ScoringInput(truth=truth, selections=pick(0, 1, 2, indicators={i: {"A"} for i in range(3)}), budget=3)
    )
    assert best.composite == 100
    assert score(ScoringInput(truth=truth, selections=(), budget=3)).composite == 0
    # Without the most severe one, the net value is 3/4 (indicator F1 still 1).
    other = score(
        ScoringInput(
            truth=truth, selections=pick(1, 2, 3, indicators={i: {"A"} for i in (1, 2, 3)}), budget=3
        )
    )
    assert other.net_value == pytest.approx(0.75)
    assert other.composite == pytest.approx(100 * (0.5 * 0.75 + 0.2 * 1.0) / 0.7, abs=0.005)


@pytest.mark.parametrize(
    ("selections", "budget", "message"),
    [
        (pick(0, 1, 2), 2, "budget is 2"),
        (pick(0, 0), 3, "selected twice"),
        ((Selection(key="nope"),), 3, "not in the scenario"),
        ((), 0, "at least 1"),
    ],
)
def test_impossible_input_is_refused(selections, budget, message):
    with pytest.raises(ScoringError, match=message):
        score(ScoringInput(truth=make_truth(5, high_risk={0}), selections=selections, budget=budget))


def test_a_high_risk_consignment_without_severity_is_refused():
    with pytest.raises(ScoringError, match="severity"):
        score(ScoringInput(truth=make_truth(5, high_risk={0}, severities={0: 0.0}), selections=(), budget=1))


@pytest.mark.parametrize(
    ("n", "high", "severities", "bare", "budget"),
    [
        (40, set(range(6)), {}, False, 5),
        (30, set(range(4)), {0: 5.0, 1: 2.5, 2: 0.5}, False, 6),
        (12, set(range(9)), {0: 3.0}, True, 4),  # high prevalence, no indicators
        (15, set(), {}, False, 3),  # a clean day
    ],
)
def test_the_random_baseline_is_the_mean_of_random_selections(n, high, severities, bare, budget):
    indicators = {} if bare else {i: {"A"} for i in high}
    truth = make_truth(n, high, severities, indicators)
    baseline = random_baseline(truth=truth, selected=budget, budget=budget, weights=Weights())
    rng = random.Random(20261206)
    runs = [
        score(
            ScoringInput(truth=truth, selections=pick(*rng.sample(range(n), budget)), budget=budget)
        ).composite
        for _ in range(3000)
    ]
    mean = sum(runs) / len(runs)
    spread = (sum((r - mean) ** 2 for r in runs) / len(runs)) ** 0.5
    assert abs(mean - baseline.composite) <= max(4 * spread / len(runs) ** 0.5, 0.01)


# Properties -----------------------------------------------------------------


@st.composite
def scenarios(draw, *, max_n=40, min_p=1):
    n = draw(st.integers(min_value=2, max_value=max_n))
    p = draw(st.integers(min_value=min_p, max_value=n))
    budget = draw(st.integers(min_value=1, max_value=n))
    high = set(draw(st.permutations(range(n)))[:p])
    severities = {i: draw(st.sampled_from([0.5, 1.0, 1.0, 2.0, 3.5])) for i in high}
    indicators = {i: draw(st.sets(st.sampled_from("ABCD"), max_size=3)) for i in range(n)}
    size = draw(st.integers(min_value=0, max_value=budget))
    chosen = draw(st.permutations(range(n)))[:size]
    cited = {i: draw(st.sets(st.sampled_from("ABCD"), max_size=3)) for i in chosen}
    weights = draw(
        st.sampled_from(
            [Weights(), Weights(1, 0, 0), Weights(0, 1, 0), Weights(0, 0, 1), Weights(0.2, 0.3, 0.5)]
        )
    )
    return n, high, severities, indicators, budget, chosen, cited, weights


def _score(case, chosen=None, cited=None):
    n, high, severities, indicators, budget, drawn, drawn_cited, weights = case
    return score(
        ScoringInput(
            truth=make_truth(n, high, severities, indicators),
            selections=pick(
                *(drawn if chosen is None else chosen), indicators=drawn_cited if cited is None else cited
            ),
            budget=budget,
            weights=weights,
        )
    )


def _oracle(case):
    n, high, severities, indicators, budget, *_rest = case
    best = sorted(high, key=lambda i: -severities[i])[:budget]
    return best, {i: indicators[i] for i in best}


@settings(max_examples=150, deadline=None)
@given(scenarios(min_p=0))
def test_score_stays_between_0_and_100(case):
    result = _score(case)
    assert 0 <= result.composite <= 100
    assert -1 <= result.skill <= 1
    assert 0 <= result.net_value <= 1 and 0 <= result.precision_skill <= 1
    assert result.hits + result.false_alarms == result.selected


@settings(max_examples=150, deadline=None)
@given(scenarios(min_p=0))
def test_the_oracle_scores_100_and_is_never_beaten(case):
    best, cited = _oracle(case)
    assert _score(case, best, cited).composite == 100
    result = _score(case)
    assert result.composite <= 100
    weights = case[-1]
    if weights.weighted_capture > 0 and (result.false_alarms or result.hits < len(best)):
        # Anything short of the best value for the budget stays below 100.
        assert result.composite < 100


@settings(max_examples=150, deadline=None)
@given(scenarios(min_p=0), st.data())
def test_adding_a_false_alarm_never_raises_the_score(case, data):
    n, high, _s, _i, budget, chosen, cited, weights = case
    clean = [i for i in range(n) if i not in high and i not in chosen]
    assume(clean and len(chosen) < budget)
    extra = data.draw(st.sampled_from(clean))
    extra_cited = data.draw(st.sets(st.sampled_from("ABCD"), max_size=3))
    before = _score(case)
    after = _score(case, [*chosen, extra], {**cited, extra: extra_cited})
    assert after.composite <= before.composite
    assert after.net_value <= before.net_value
    if before.net_value > 0 and weights.weighted_capture > 0:
        assert after.net_value < before.net_value


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_replacing_a_false_alarm_by_a_hit_never_lowers_the_score(case):
    n, high, _s, _i, budget, chosen, cited, _w = case
    false_alarms = [i for i in chosen if i not in high]
    missed = [i for i in high if i not in chosen]
    assume(false_alarms and missed)
    before = _score(case)
    swapped = [missed[0] if i == false_alarms[0] else i for i in chosen]
    after = _score(case, swapped, {i: c for i, c in cited.items() if i != false_alarms[0]})
    assert after.composite >= before.composite
    assert after.skill >= before.skill
    assert after.net_value >= before.net_value


@settings(max_examples=150, deadline=None)
@given(scenarios(min_p=1))
def test_selecting_nothing_never_scores_above_0(case):
    result = _score(case, [], {})
    assert (result.composite, result.d_prime) == (0, 0)


@settings(max_examples=150, deadline=None)
@given(scenarios(max_n=9, min_p=0), st.data())
def test_the_random_baseline_is_exact(case, data):
    # Every selection of the size is enumerated: the baseline is their mean composite.
    n, high, severities, indicators, budget, *_rest, weights = case
    size = data.draw(st.integers(min_value=0, max_value=min(budget, n)))
    truth = make_truth(n, high, severities, indicators)
    composites = [
        score(ScoringInput(truth=truth, selections=pick(*subset), budget=budget, weights=weights)).composite
        for subset in combinations(range(n), size)
    ]
    baseline = random_baseline(truth=truth, selected=size, budget=budget, weights=weights)
    assert baseline.composite == pytest.approx(sum(composites) / len(composites), abs=0.01)
    assert baseline.expected_hits == pytest.approx(
        sum(sum(1 for i in subset if i in high) for subset in combinations(range(n), size)) / len(composites)
    )


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=2, max_value=9),
    st.lists(st.integers(min_value=1, max_value=999), min_size=1, max_size=9),
    st.data(),
)
def test_the_random_baseline_is_exact_with_every_severity_distinct(n, cents, data):
    # Severities in hundredths, as scenarios store them, each one different:
    # the case that once took seconds. Every selection is enumerated.
    high = set(range(min(len(cents), n)))
    severities = {i: cents[i] / 100 for i in high}
    budget = data.draw(st.integers(min_value=1, max_value=n))
    size = data.draw(st.integers(min_value=0, max_value=budget))
    truth = make_truth(n, high, severities)
    composites = [
        score(ScoringInput(truth=truth, selections=pick(*subset), budget=budget)).composite
        for subset in combinations(range(n), size)
    ]
    baseline = random_baseline(truth=truth, selected=size, budget=budget, weights=Weights())
    assert baseline.composite_bound == 0
    assert baseline.composite == pytest.approx(sum(composites) / len(composites), abs=0.01)


def _many_severities(n=100, p=30, seed=5):
    rng = random.Random(seed)
    return make_truth(n, set(range(p)), {i: rng.randrange(50, 500) / 100 for i in range(p)})


def test_a_large_scenario_with_many_distinct_severities_is_still_counted_exactly():
    truth = _many_severities()
    baseline = random_baseline(truth=truth, selected=45, budget=45, weights=Weights(1, 0, 0))
    assert baseline.composite_bound == 0
    rng = random.Random(20270101)
    runs = [
        score(
            ScoringInput(
                truth=truth, selections=pick(*rng.sample(range(100), 45)), budget=45, weights=Weights(1, 0, 0)
            )
        ).composite
        for _ in range(4000)
    ]
    mean = sum(runs) / len(runs)
    spread = (sum((r - mean) ** 2 for r in runs) / len(runs)) ** 0.5
    assert abs(mean - baseline.composite) <= max(4 * spread / len(runs) ** 0.5, 0.01)


def test_beyond_the_counting_limit_the_baseline_comes_with_a_bound_that_holds(monkeypatch):
    from exercises import scoring

    truth = _many_severities()
    exact = random_baseline(truth=truth, selected=45, budget=45, weights=Weights())
    monkeypatch.setattr(scoring, "_CELL_LIMIT", 50_000)  # a far larger scenario, in effect
    bounded = random_baseline(truth=truth, selected=45, budget=45, weights=Weights())
    assert bounded.composite_bound > 0
    assert abs(bounded.composite - exact.composite) <= bounded.composite_bound + 0.01


def test_expected_skill_of_random_selections_is_about_zero():
    rng = random.Random(20261127)
    truth = make_truth(50, high_risk=set(range(5)))
    skills = [
        score(ScoringInput(truth=truth, selections=pick(*rng.sample(range(50), 5)), budget=5)).skill
        for _ in range(4000)
    ]
    assert abs(sum(skills) / len(skills)) < 0.03


@pytest.mark.parametrize(
    ("filled", "high_risk", "seal", "suspicion", "cited", "expected"),
    [
        (6, True, True, True, {"IND-21"}, 100.0),
        (0, False, False, False, set(), 0.0),
        (3, True, False, False, set(), 35.0),
        (6, False, True, False, {"IND-21"}, 55.0),
    ],
)
def test_alert_score_weighs_completeness_and_correctness(filled, high_risk, seal, suspicion, cited, expected):
    from exercises.scoring import AlertInput, alert_score

    result = alert_score(
        AlertInput(
            fields_filled=filled,
            fields_total=6,
            container_high_risk=high_risk,
            seal_matches=seal,
            suspicion_matches=suspicion,
            indicators_cited=frozenset(cited),
            indicators_true=frozenset({"IND-21"}) if high_risk else frozenset(),
        )
    )
    assert result.score == expected
