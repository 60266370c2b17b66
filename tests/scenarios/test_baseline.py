"""The risk-engine baseline in the debrief: after submission only, from
what a trainee can see, scored by the real scoring module."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from exercises import scoring, services
from scenarios.baseline import scenario_engine_baseline
from scenarios.generator import document_observations, scenario_document_generate, scenario_risk_engine
from scenarios.interchange import scenario_import
from scenarios.services import scenario_publish_unreviewed
from scenarios.truth import scenario_truth

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated():
    document = scenario_document_generate(seed=21, consignments=60, high_risk=5, phase="import", difficulty=2)
    scenario = scenario_import(document=document)
    scenario_publish_unreviewed(scenario=scenario)
    return document, scenario


def _expected(document):
    engine = scenario_risk_engine(phase="import", difficulty=2)
    seen = document_observations(document)
    picks = engine.select(seen, document["inspection_budget"])
    truth = {c["container_number"]: c["truth"] for c in document["consignments"]}
    result = scoring.score(
        scoring.ScoringInput(
            truth=tuple(
                scoring.ConsignmentTruth(
                    key=k,
                    high_risk=t["high_risk"],
                    severity=float(t["severity"]),
                    indicators=frozenset(t["indicators"]),
                )
                for k, t in truth.items()
            ),
            selections=tuple(scoring.Selection(key=k, indicators=engine.reasons(seen[k])) for k in picks),
            budget=document["inspection_budget"],
            weights=scoring.Weights(weighted_capture=0.5, skill=0.3, indicator_f1=0.2),
        )
    )
    return picks, result, {k for k, t in truth.items() if t["high_risk"]}


def test_the_baseline_is_the_engines_selection_on_visible_evidence(generated):
    document, scenario = generated
    picks, result, high = _expected(document)
    baseline = scenario_engine_baseline(scenario=scenario, selected=frozenset())
    assert list(baseline.selected) == picks and len(picks) == document["inspection_budget"]
    assert baseline.hits == result.hits == len(high & set(picks))
    assert baseline.composite == pytest.approx(result.composite)
    assert set(baseline.found_not_by_you) == high & set(picks)
    assert baseline.found_not_by_engine == ()


def test_the_debrief_shows_the_engine_after_submission(client, trainee, generated):
    document, scenario = generated
    picks, result, high = _expected(document)
    attempt = services.attempt_start(user=trainee, scenario=scenario)
    truth = scenario_truth(scenario=scenario)
    missed_by_engine = [i for i in attempt.items.all() if truth[i.consignment_id].high_risk]
    missed_by_engine = [i for i in missed_by_engine if i.consignment.container_number not in picks]
    chosen = missed_by_engine[:1]
    for item in chosen:
        services.attempt_save_item(attempt=attempt, user=trainee, ref=item.ref, selected=True, indicators=[])
    client.force_login(trainee)
    debrief_url = reverse("exercises:debrief", kwargs={"public_id": attempt.public_id})
    before = client.get(debrief_url)
    assert "Risk engine baseline" not in before.text
    services.attempt_submit(attempt=attempt, user=trainee)
    page = client.get(debrief_url)
    assert page.status_code == HTTPStatus.OK
    assert "Risk engine baseline" in page.text
    assert f"It would have opened: {', '.join(picks)}" in page.text
    assert f"found {result.hits} high-risk ones and scored about {round(result.composite)}." in page.text
    for item in chosen:
        assert f"you found and it did not: {item.consignment.container_number}" in page.text
    found_by_engine = sorted(high & set(picks))
    if found_by_engine:
        assert f"it found and you did not: {', '.join(found_by_engine)}" in page.text


def test_no_baseline_when_no_consignment_shows_an_indicator_the_engine_reads():
    document = scenario_document_generate(seed=3, consignments=80, high_risk=2, difficulty=1)
    seen = document_observations(document)
    document["consignments"] = [c for c in document["consignments"] if not seen[c["container_number"]]][:10]
    document["consignments"][0]["truth"]["high_risk"] = (
        True  # a hand-written truth the evidence does not show
    )
    document["inspection_budget"] = 2
    scenario = scenario_import(document=document)
    assert scenario_engine_baseline(scenario=scenario, selected=frozenset()) is None
