"""Simulated trainees through the real services: does the score mean something?

Each strategy plays generated scenarios the way a trainee would (start an
attempt, save selections with cited indicators, submit) and only sees what the
trainee's pages show (the consignment views and OSINT pages, read with the
generator's `observable_indicators`); the oracle alone reads the hidden truth.
The same trainees also play the hidden forms of the same scenarios (assessed
attempts on fresh generator variants). `pytest -s` prints the tables
recorded in docs/scoring.md.
"""

import random
import sys
from statistics import mean, pstdev

import pytest

from exercises import services
from exercises.models import AttemptItem, AttemptMode
from scenarios import selectors
from scenarios.generator import observable_indicators, scenario_document_generate
from scenarios.interchange import scenario_import
from scenarios.services import (
    indicator_catalogue_ensure,
    scenario_forms_generate,
    scenario_generate,
    scenario_publish_unreviewed,
)
from scenarios.truth import scenario_truth

pytestmark = pytest.mark.django_db

# (seed, consignments, high-risk, phase): the budget is the generator's own.
SCENARIOS = [(31, 12, 3, "import"), (32, 20, 4, "export"), (33, 30, 5, "transit"), (34, 40, 6, "import")]
RANDOM_RUNS = 12


def _oracle(ctx, rng):
    best = sorted(ctx["high"], key=lambda cid: -ctx["truth"][cid].severity)[: ctx["budget"]]
    return {cid: set(ctx["truth"][cid].indicators) for cid in best}


def _padded(ctx, rng):
    chosen = _oracle(ctx, rng)
    clean = [cid for cid in ctx["ids"] if cid not in ctx["high"]]
    rng.shuffle(clean)
    for cid in clean[: ctx["budget"] - len(chosen)]:
        chosen[cid] = set()
    return chosen


def _ranked(ctx, rng):
    ids = list(ctx["ids"])
    rng.shuffle(ids)
    return sorted(ids, key=lambda cid: -len(ctx["seen"][cid]))


def _informed(ctx, rng):
    """Reads every document and OSINT page, opens the consignments showing the
    most indicators first and uses the budget on any showing at least one."""
    shown = [cid for cid in _ranked(ctx, rng) if ctx["seen"][cid]]
    return {cid: set(ctx["seen"][cid]) for cid in shown[: ctx["budget"]]}


def _checklist(ctx, rng):
    """Opens only consignments showing two indicators or more."""
    shown = [cid for cid in _ranked(ctx, rng) if len(ctx["seen"][cid]) >= 2]
    return {cid: set(ctx["seen"][cid]) for cid in shown[: ctx["budget"]]}


def _single(ctx, rng):
    """Trusts one indicator: the one shown on most consignments."""
    counts = {}
    for codes in ctx["seen"].values():
        for code in codes:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return {}
    code = max(sorted(counts), key=counts.get)
    shown = [cid for cid in ctx["ids"] if code in ctx["seen"][cid]]
    rng.shuffle(shown)
    return {cid: {code} for cid in shown[: ctx["budget"]]}


def _random(ctx, rng):
    return {cid: set() for cid in rng.sample(ctx["ids"], ctx["budget"])}


def _nothing(ctx, rng):
    return {}


STRATEGIES = {
    "oracle": _oracle,
    "informed": _informed,
    "checklist (two indicators or more)": _checklist,
    "single indicator": _single,
    "random": _random,
    "oracle padded with clean containers": _padded,
    "selects nothing": _nothing,
}


def _context(scenario):
    truth = scenario_truth(scenario=scenario)
    pages = selectors.scenario_osint_pages(scenario=scenario)
    views = selectors.scenario_consignments(scenario=scenario)
    return {
        "truth": truth,
        "ids": sorted(v.id for v in views),
        "high": [cid for cid, t in sorted(truth.items()) if t.high_risk],
        "seen": {v.id: observable_indicators(v, pages) for v in views},
        "budget": scenario.inspection_budget,
    }


def _play(user, scenario, choose, rng, mode=AttemptMode.PRACTICE):
    attempt = services.attempt_start(user=user, scenario=scenario, mode=mode, attempts_allowed=10_000)
    ctx = _context(attempt.scenario)
    refs = {i.consignment_id: i.ref for i in AttemptItem.objects.filter(attempt=attempt)}
    for cid, cited in choose(ctx, rng).items():
        services.attempt_save_item(
            attempt=attempt, user=user, ref=refs[cid], selected=True, indicators=sorted(cited)
        )
    return services.attempt_submit(attempt=attempt, user=user)


def simulate(user) -> dict[str, list]:
    indicator_catalogue_ensure()
    rng = random.Random(20261206)
    results = {name: [] for name in STRATEGIES}
    for seed, n, p, phase in SCENARIOS:
        document = scenario_document_generate(seed=seed, consignments=n, high_risk=p, phase=phase)
        scenario = scenario_publish_unreviewed(scenario=scenario_import(document=document))
        for name, choose in STRATEGIES.items():
            for _run in range(RANDOM_RUNS if name == "random" else 1):
                results[name].append(_play(user, scenario, choose, rng))
    return results


FORMS = 3


def simulate_on_forms(user) -> dict[str, list]:
    """The same trainees on the hidden forms of the same scenarios, generated
    with the same settings (`scenario_generate`): every attempt assessed,
    each on a fresh generator variant drawn from a secret seed."""
    indicator_catalogue_ensure()
    rng = random.Random(20261207)
    results = {name: [] for name in STRATEGIES}
    for seed, n, p, phase in SCENARIOS:
        scenario = scenario_generate(seed=seed, consignments=n, high_risk=p, phase=phase, publish=True)
        scenario_forms_generate(scenario=scenario, count=FORMS)
        for name, choose in STRATEGIES.items():
            # Each trainee meets every form: each attempt gets the form used least.
            for _run in range(RANDOM_RUNS if name == "random" else FORMS):
                attempt = _play(user, scenario, choose, rng, mode=AttemptMode.ASSESSED)
                assert attempt.scenario.form_of == scenario
                results[name].append(attempt)
    return results


def test_simulated_trainees_are_ranked_as_their_skill(trainee):
    _assert_ranked(simulate(trainee))


def test_simulated_trainees_on_hidden_forms_are_ranked_as_on_the_scenario(trainee):
    results = simulate_on_forms(trainee)
    for attempts in results.values():
        assert len({a.scenario_id for a in attempts}) == len(SCENARIOS) * FORMS
    _assert_ranked(results)


def _assert_ranked(results):
    scores = {name: [float(a.score) for a in attempts] for name, attempts in results.items()}
    means = {name: mean(values) for name, values in scores.items()}
    baseline = mean(a.breakdown["baseline"]["composite"] for a in results["random"])
    for name, value in means.items():
        sys.stdout.write(f"{name:40s} {value:6.1f}\n")
    sys.stdout.write(f"{'exact random baseline':40s} {baseline:6.1f}\n")

    assert means["oracle"] == 100
    assert means["oracle"] > means["informed"] > means["random"]
    assert means["checklist (two indicators or more)"] > means["random"]
    assert means["single indicator"] > means["random"]
    # The random trainees score what the debrief's exact baseline says, within sampling error.
    spread = pstdev(scores["random"]) / len(scores["random"]) ** 0.5
    assert abs(means["random"] - baseline) <= 4 * spread + 0.5
    # Filling the budget with clean containers always costs, and selecting nothing scores 0.
    for precise, padded in zip(scores["oracle"], scores["oracle padded with clean containers"], strict=True):
        assert padded < precise
    assert means["selects nothing"] == 0
    assert all(a.breakdown["d_prime"] == 0 for a in results["selects nothing"])
