"""The risk-engine baseline of a debrief: what a transparent targeting engine
would have selected within the scenario's budget, reading only what a
trainee sees, and how it scores.

One baseline, the engine chosen by the kind of scenario:

- a scenario built from a declarations table (`scenario_is_declarations`):
  the gradient-boosting model of `scenarios.declarations_engine`, ranking by
  the fraud probabilities stored when the version was published;
- any other scenario: the naive-Bayes engine (`scenarios.risk_engine`) over
  the indicators each consignment shows, with the generator's likelihoods;
  no baseline when no consignment shows an indicator it reads.

It reads the hidden truth, so only the debrief after submission and mentors'
review may call it (like `scenarios.truth`).
"""

from collections.abc import Mapping
from dataclasses import dataclass

from core.caching import cache_get_or_build
from exercises import scoring

from .declarations_engine import declarations_engine_stored, scenario_is_declarations
from .generator import observable_indicators, scenario_risk_engine
from .likelihoods import DEFAULT_DIFFICULTY, DIFFICULTIES
from .models import Consignment, Scenario
from .selectors import CACHE_SECONDS, published_cache_key, scenario_consignments, scenario_osint_pages
from .truth import scenario_truth_for_scoring

NAIVE_BAYES = "naive_bayes"
GRADIENT_BOOSTING = "gradient_boosting"


@dataclass(frozen=True)
class EngineBaseline:
    kind: str  # NAIVE_BAYES or GRADIENT_BOOSTING: which engine (and which explanation)
    budget: int
    selected: tuple[str, ...]  # container numbers, riskiest first
    hits: int
    composite: float
    found_not_by_you: tuple[str, ...]  # high-risk containers the engine opened and the trainee did not
    found_not_by_engine: tuple[str, ...]  # high-risk containers the trainee opened and the engine did not


def _naive_bayes_picks(scenario: Scenario, views) -> tuple[list[int], dict[int, frozenset[str]]] | None:
    pages = scenario_osint_pages(scenario=scenario)
    evidence = {view.id: observable_indicators(view, pages) for view in views}
    if not any(evidence.values()):
        return None
    difficulty = scenario.difficulty if scenario.difficulty in DIFFICULTIES else DEFAULT_DIFFICULTY
    engine = scenario_risk_engine(phase=scenario.phase, difficulty=difficulty)
    # Ranked by container number on ties, as the calibration ranks documents.
    number = {view.id: view.container_number for view in views}
    by_number = {number[cid]: codes for cid, codes in evidence.items()}
    picks = engine.select(by_number, scenario.inspection_budget)
    cid_of = {n: cid for cid, n in number.items()}
    return [cid_of[n] for n in picks], {cid: engine.reasons(codes) for cid, codes in evidence.items()}


@dataclass(frozen=True)
class EngineRun:
    """What the scenario's engine selects and how it scores: the same for
    every attempt on the version (kept in the default cache). Holds truth
    (`high_risk`): read after a submission only."""

    kind: str
    picks: tuple[int, ...]  # consignment ids, riskiest first
    hits: int
    composite: float
    high_risk: frozenset[int]


def scenario_engine_run(*, scenario: Scenario) -> EngineRun | None:
    """The engine's selection on `scenario`, scored; None for a scenario the
    naive-Bayes engine cannot read. Computed once per published version."""
    key = published_cache_key(scenario, "engine")
    return cache_get_or_build(key, lambda: _engine_run(scenario), timeout=CACHE_SECONDS)


def _engine_run(scenario: Scenario) -> EngineRun | None:
    if scenario_is_declarations(scenario=scenario):
        kind = GRADIENT_BOOSTING
        picks = [c.consignment_id for c in declarations_engine_stored(scenario=scenario) if c.selected]
        reasons: dict[int, frozenset[str]] = {}  # the model cites no indicator
    else:
        found = _naive_bayes_picks(scenario, scenario_consignments(scenario=scenario))
        if found is None:
            return None
        kind = NAIVE_BAYES
        picks, reasons = found
    truth = scenario_truth_for_scoring(scenario=scenario)
    rows = tuple(
        scoring.ConsignmentTruth(
            key=str(cid),
            high_risk=t.high_risk,
            severity=float(t.severity),
            indicators=frozenset(t.indicators),
        )
        for cid, t in truth.items()
    )
    result = scoring.score(
        scoring.ScoringInput(
            truth=rows,
            selections=tuple(
                scoring.Selection(key=str(cid), indicators=reasons.get(cid, frozenset())) for cid in picks
            ),
            budget=scenario.inspection_budget,
            weights=scoring.Weights(
                weighted_capture=float(scenario.weight_severity),
                skill=float(scenario.weight_skill),
                indicator_f1=float(scenario.weight_indicators),
            ),
        )
    )
    return EngineRun(
        kind=kind,
        picks=tuple(picks),
        hits=result.hits,
        composite=result.composite,
        high_risk=frozenset(cid for cid, t in truth.items() if t.high_risk),
    )


def scenario_engine_baseline(
    *, scenario: Scenario, selected: frozenset[int], shown: Mapping[int, str] | None = None
) -> EngineBaseline | None:
    """The engine's selection and score for `scenario`, compared with the
    trainee's `selected` consignment ids. Containers are named by `shown`
    ({consignment id: container number as the attempt showed it}, e.g. an
    assessed attempt's parallel form), else as authored. None for a scenario
    the naive-Bayes engine cannot read (no consignment shows an indicator it
    knows, so it would rank at random)."""
    run = scenario_engine_run(scenario=scenario)
    if run is None:
        return None
    shown = shown or {}
    missing = (set(run.picks) | run.high_risk) - set(shown)
    authored = (
        dict(Consignment.objects.filter(pk__in=missing).values_list("pk", "container_number"))
        if missing
        else {}
    )

    def name(cid: int) -> str:
        return shown.get(cid) or authored[cid]

    chosen = set(run.picks)
    return EngineBaseline(
        kind=run.kind,
        budget=scenario.inspection_budget,
        selected=tuple(name(cid) for cid in run.picks),
        hits=run.hits,
        composite=run.composite,
        found_not_by_you=tuple(sorted(name(cid) for cid in (run.high_risk & chosen) - selected)),
        found_not_by_engine=tuple(sorted(name(cid) for cid in (run.high_risk & selected) - chosen)),
    )
