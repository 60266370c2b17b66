"""The risk-engine baseline of a debrief: what the naive-Bayes engine
(`scenarios.risk_engine`) would have selected within the scenario's budget,
reading only what a trainee sees, and how it scores.

It reads the hidden truth, so only the debrief after submission and mentors'
review may call it (like `scenarios.truth`).
"""

from dataclasses import dataclass

from exercises import scoring

from .generator import observable_indicators, scenario_risk_engine
from .likelihoods import DEFAULT_DIFFICULTY, DIFFICULTIES
from .models import Scenario
from .selectors import scenario_consignments, scenario_osint_pages
from .truth import scenario_truth


@dataclass(frozen=True)
class EngineBaseline:
    budget: int
    selected: tuple[str, ...]  # container numbers, riskiest first
    hits: int
    composite: float
    found_not_by_you: tuple[str, ...]  # high-risk containers the engine opened and the trainee did not
    found_not_by_engine: tuple[str, ...]  # high-risk containers the trainee opened and the engine did not


def scenario_engine_baseline(*, scenario: Scenario, selected: frozenset[int]) -> EngineBaseline | None:
    """The engine's selection and score for `scenario`, compared with the
    trainee's `selected` consignment ids; None when no consignment shows any
    indicator the engine knows (a scenario not written in the generator's
    terms, where the engine would rank at random)."""
    views = scenario_consignments(scenario=scenario)
    pages = scenario_osint_pages(scenario=scenario)
    evidence = {view.container_number: observable_indicators(view, pages) for view in views}
    if not any(evidence.values()):
        return None
    difficulty = scenario.difficulty if scenario.difficulty in DIFFICULTIES else DEFAULT_DIFFICULTY
    engine = scenario_risk_engine(phase=scenario.phase, difficulty=difficulty)
    picks = engine.select(evidence, scenario.inspection_budget)
    truth = scenario_truth(scenario=scenario)
    number_of = {view.id: view.container_number for view in views}
    rows = tuple(
        scoring.ConsignmentTruth(
            key=number_of[cid],
            high_risk=t.high_risk,
            severity=float(t.severity),
            indicators=frozenset(t.indicators),
        )
        for cid, t in truth.items()
        if cid in number_of
    )
    result = scoring.score(
        scoring.ScoringInput(
            truth=rows,
            selections=tuple(
                scoring.Selection(key=key, indicators=engine.reasons(evidence[key])) for key in picks
            ),
            budget=scenario.inspection_budget,
            weights=scoring.Weights(
                weighted_capture=float(scenario.weight_severity),
                skill=float(scenario.weight_skill),
                indicator_f1=float(scenario.weight_indicators),
            ),
        )
    )
    high = {row.key for row in rows if row.high_risk}
    yours = {number_of[cid] for cid in selected if cid in number_of}
    return EngineBaseline(
        budget=scenario.inspection_budget,
        selected=tuple(picks),
        hits=result.hits,
        composite=result.composite,
        found_not_by_you=tuple(sorted((high & set(picks)) - yours)),
        found_not_by_engine=tuple(sorted((high & yours) - set(picks))),
    )
