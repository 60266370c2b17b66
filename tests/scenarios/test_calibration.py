import math
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from scenarios.calibration import calibrate
from scenarios.risk_engine import RiskEngine


def test_the_engine_adds_log_likelihood_ratios_of_the_indicators_present():
    engine = RiskEngine(
        likelihoods={"IND-01": (0.4, 0.1), "IND-08": (0.5, 0.25), "IND-13": (0.05, 0.1)}, prior=0.04
    )
    prior = math.log(0.04 / 0.96)
    assert engine.log_odds([]) == pytest.approx(prior)
    assert engine.log_odds(["IND-01", "IND-08"]) == pytest.approx(prior + math.log(4) + math.log(2))
    assert engine.log_odds(["IND-01", "IND-01", "IND-99"]) == pytest.approx(prior + math.log(4))
    assert engine.probability(["IND-01"]) == pytest.approx(1 / (1 + math.exp(-(prior + math.log(4)))))
    assert engine.reasons(["IND-01", "IND-13"]) == frozenset({"IND-01"})
    evidence = {"b": {"IND-08"}, "a": {"IND-08"}, "c": {"IND-01", "IND-08"}, "d": {"IND-13"}, "e": set()}
    assert engine.rank(evidence) == ["c", "a", "b", "e", "d"]
    assert engine.select(evidence, 2) == ["c", "a"]
    assert engine.select(evidence, 0) == []


@pytest.mark.parametrize(
    ("likelihoods", "prior"),
    [({"IND-01": (0.4, 0.0)}, 0.1), ({"IND-01": (1.0, 0.2)}, 0.1), ({}, 0.0), ({}, 1.0)],
)
def test_the_engine_refuses_rates_it_cannot_take_the_log_of(likelihoods, prior):
    with pytest.raises(ValueError):
        RiskEngine(likelihoods=likelihoods, prior=prior)


def test_calibration_on_a_few_seeds_orders_the_strategies_and_the_levels():
    easy, default, hard = calibrate(seeds=6, consignments=300, difficulties=(1, 3, 5))
    for level in (easy, default, hard):
        assert level.composites["oracle"] == pytest.approx(100.0)
        assert 0 <= level.rule_f1 <= 1 and 0.5 <= level.model_auc <= 1
    for level in (easy, default):
        c = level.composites
        assert c["engine"] > c["checklist"] and c["engine"] > c["random"]
    assert easy.composites["engine"] > default.composites["engine"] > hard.composites["engine"]
    assert easy.model_auc > default.model_auc > hard.model_auc
    assert default.rule_f1 < 0.7


@pytest.mark.django_db
def test_the_command_prints_one_row_per_level_and_the_targets():
    out = StringIO()
    call_command("calibrate_scenarios", seeds=2, consignments=60, stdout=out)
    text = out.getvalue()
    rows = [line for line in text.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert [row.split("|")[1].strip() for row in rows] == ["1", "2", "3", "4", "5"]
    assert "rule F1 at level 3" in text and "model AUC at level 3" in text
    with pytest.raises(CommandError):
        call_command("calibrate_scenarios", seeds=1, stdout=StringIO())
