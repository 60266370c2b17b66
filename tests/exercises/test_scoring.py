"""exercises.scoring: the worked example, edge cases and properties."""

import ast
import random
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
    assert imported <= {"__future__", "collections", "dataclasses", "enum", "math", "statistics", "typing"}


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


def test_severity_weighted_capture_is_normalised_by_the_best_choice():
    truth = make_truth(10, high_risk={0, 1, 2}, severities={0: 3.0, 1: 2.0, 2: 1.0})
    # Budget 2: the best choice is {0, 1} worth 5; choosing {1, 2} is worth 3.
    assert score(
        ScoringInput(truth=truth, selections=pick(1, 2), budget=2)
    ).weighted_capture == pytest.approx(0.6)
    assert score(
        ScoringInput(truth=truth, selections=pick(0, 1), budget=2)
    ).weighted_capture == pytest.approx(1.0)


def test_indicator_f1_over_consignment_indicator_pairs():
    truth = make_truth(5, high_risk={0, 1}, indicators={0: {"P1", "R7"}, 1: {"C21"}, 3: {"G13"}})
    selections = pick(0, 3, indicators={0: {"P1", "V15"}, 3: {"G13"}})
    result = score(ScoringInput(truth=truth, selections=selections, budget=2))
    # cited 3 pairs, 2 correct; planted 4 pairs
    assert result.indicator_precision == pytest.approx(2 / 3)
    assert result.indicator_recall == pytest.approx(2 / 4)
    assert result.indicator_f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    outcome = {o.key: o for o in result.outcomes}
    assert outcome["c0"].outcome is Outcome.HIT
    assert outcome["c0"].indicators_found == {"P1"}
    assert outcome["c0"].indicators_missed == {"R7"}
    assert outcome["c0"].indicators_wrong == {"V15"}
    assert outcome["c1"].outcome is Outcome.MISS
    assert outcome["c3"].outcome is Outcome.FALSE_ALARM
    assert outcome["c4"].outcome is Outcome.CORRECT_RELEASE


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


def test_empty_selection_scores_zero_without_dividing_by_zero():
    result = score(ScoringInput(truth=make_truth(10, high_risk={0}), selections=(), budget=3))
    assert (result.hit_rate, result.lift, result.skill, result.composite) == (0, 0, 0, 0)
    assert not result.passed


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


def test_weights_from_mapping_rejects_unknown_names():
    assert Weights.from_mapping({"skill": 1}).skill == 1
    with pytest.raises(ScoringError, match="unknown weight"):
        Weights.from_mapping({"luck": 1})


def test_random_baseline_matches_the_expected_hits():
    truth = make_truth(40, high_risk=set(range(6)))
    baseline = random_baseline(truth=truth, selected=5, budget=5, weights=Weights())
    assert baseline.expected_hits == pytest.approx(0.75)
    assert baseline.hit_rate == pytest.approx(0.15)
    assert baseline.weighted_capture == pytest.approx(0.75 / 5)


# Properties -----------------------------------------------------------------


@st.composite
def scenarios(draw):
    n = draw(st.integers(min_value=2, max_value=60))
    p = draw(st.integers(min_value=1, max_value=n))
    budget = draw(st.integers(min_value=1, max_value=n))
    high = set(draw(st.permutations(range(n)))[:p])
    severities = {i: draw(st.floats(min_value=0.1, max_value=10)) for i in high}
    size = draw(st.integers(min_value=0, max_value=budget))
    chosen = draw(st.permutations(range(n)))[:size]
    return n, high, severities, budget, chosen


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_score_stays_between_0_and_100(case):
    n, high, severities, budget, chosen = case
    result = score(
        ScoringInput(truth=make_truth(n, high, severities), selections=pick(*chosen), budget=budget)
    )
    assert 0 <= result.composite <= 100
    assert -1 <= result.skill <= 1
    assert result.hits + result.false_alarms == result.selected


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_a_perfect_selection_scores_100(case):
    n, high, severities, budget, _chosen = case
    truth = make_truth(n, high, severities, indicators={i: {"R7"} for i in high})
    best = sorted(high, key=lambda i: -severities[i])[:budget]
    assume(len(best) < n)  # when everything is high-risk no selection can show skill
    result = score(
        ScoringInput(truth=truth, selections=pick(*best, indicators={i: {"R7"} for i in best}), budget=budget)
    )
    assume(result.indicator_recall == 1)  # every planted indicator is within the budget
    assert result.composite == 100


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_replacing_a_false_alarm_by_a_hit_never_lowers_the_score(case):
    n, high, severities, budget, chosen = case
    false_alarms = [i for i in chosen if i not in high]
    missed = [i for i in high if i not in chosen]
    assume(false_alarms and missed)
    truth = make_truth(n, high, severities)
    before = score(ScoringInput(truth=truth, selections=pick(*chosen), budget=budget))
    swapped = [missed[0] if i == false_alarms[0] else i for i in chosen]
    after = score(ScoringInput(truth=truth, selections=pick(*swapped), budget=budget))
    assert after.composite >= before.composite
    assert after.skill >= before.skill
    assert after.weighted_capture >= before.weighted_capture


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
