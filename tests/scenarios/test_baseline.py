"""The risk-engine baseline in the debrief: after submission only, from
what a trainee can see, scored by the real scoring module."""

from http import HTTPStatus

import pytest
from django.db.models import F
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


NAIVE_BAYES_SENTENCE = "a naive-Bayes risk engine, which weighs each visible indicator"
MODEL_SENTENCE = "a gradient-boosting risk model trained on past customs declarations"


def test_an_assessed_attempt_names_the_engines_containers_as_its_form_shows_them(client, trainee, generated):
    from exercises.models import AttemptMode
    from exercises.parallel import form_for

    document, scenario = generated
    picks, result, _high = _expected(document)
    attempt = services.attempt_start(user=trainee, scenario=scenario, mode=AttemptMode.ASSESSED)
    services.attempt_submit(attempt=attempt, user=trainee)
    form = form_for(attempt)
    client.force_login(trainee)
    page = client.get(reverse("exercises:debrief", kwargs={"public_id": attempt.public_id})).text
    assert NAIVE_BAYES_SENTENCE in page and MODEL_SENTENCE not in page
    assert f"It would have opened: {', '.join(form.container(n) for n in picks)}" in page
    assert not [n for n in picks if n in page]  # the authored numbers are the form's secret


def _declarations_scenario(rows=120, budget=6):
    from scenarios.declarations import declarations_import_with_report
    from tests.scenarios.test_declarations import as_csv, extract_rows, import_kwargs

    source = extract_rows()[:rows]
    return source, declarations_import_with_report(**import_kwargs(as_csv(source), budget=budget)).scenario


def _model_expected(scenario):
    """The model's selection (authored numbers, riskiest first) and its score
    through the real scoring module, computed here from the model and the truth."""
    from scenarios.declarations_engine import declarations_engine_select

    choices = declarations_engine_select(scenario=scenario)
    picks = [c.container_number for c in choices if c.selected]
    truth = scenario_truth(scenario=scenario)
    number = {c.consignment_id: c.container_number for c in choices}
    result = scoring.score(
        scoring.ScoringInput(
            truth=tuple(
                scoring.ConsignmentTruth(key=number[cid], high_risk=t.high_risk, severity=float(t.severity))
                for cid, t in truth.items()
            ),
            selections=tuple(scoring.Selection(key=n) for n in picks),
            budget=scenario.inspection_budget,
            weights=scoring.Weights(
                weighted_capture=float(scenario.weight_severity),
                skill=float(scenario.weight_skill),
                indicator_f1=float(scenario.weight_indicators),
            ),
        )
    )
    high = {number[cid] for cid, t in truth.items() if t.high_risk}
    return picks, result, high


def test_publishing_a_declarations_scenario_stores_the_models_probability_with_the_truth(generated):
    from scenarios.declarations_engine import declarations_engine_select, declarations_engine_stored
    from scenarios.models.truth import ConsignmentTruth

    _rows, scenario = _declarations_scenario()
    truths = ConsignmentTruth.objects.filter(consignment__scenario=scenario)
    assert set(truths.values_list("engine_probability", flat=True)) == {None}
    scenario_publish_unreviewed(scenario=scenario)
    expected = {c.consignment_id: c.probability for c in declarations_engine_select(scenario=scenario)}
    assert dict(truths.values_list("consignment_id", "engine_probability")) == expected
    assert declarations_engine_stored(scenario=scenario) == declarations_engine_select(scenario=scenario)
    # A generated scenario stores nothing: its engine reads the indicators.
    _document, other = generated
    assert set(
        ConsignmentTruth.objects.filter(consignment__scenario=other).values_list(
            "engine_probability", flat=True
        )
    ) == {None}


def test_the_baseline_of_a_declarations_scenario_ranks_by_the_stored_probabilities():
    from scenarios.declarations_engine import declarations_engine_select
    from scenarios.models.truth import ConsignmentTruth

    _rows, scenario = _declarations_scenario(rows=60, budget=4)
    scenario_publish_unreviewed(scenario=scenario)
    choices = declarations_engine_select(scenario=scenario)
    assert scenario_engine_baseline(scenario=scenario, selected=frozenset()).selected == tuple(
        c.container_number for c in choices[:4]
    )
    # What is stored decides, not a model fitted afresh: reverse the stored ranking.
    truths = ConsignmentTruth.objects.filter(consignment__scenario=scenario)
    truths.update(engine_probability=1 - F("engine_probability"))
    baseline = scenario_engine_baseline(scenario=scenario, selected=frozenset())
    assert baseline.kind == "gradient_boosting"
    least_risky = sorted(choices, key=lambda c: (c.probability - 1, c.container_number))[:4]
    assert baseline.selected == tuple(c.container_number for c in least_risky)
    assert baseline.selected != tuple(c.container_number for c in choices[:4])
    # A version published before the probabilities were stored: computed afresh.
    truths.update(engine_probability=None)
    assert scenario_engine_baseline(scenario=scenario, selected=frozenset()).selected == tuple(
        c.container_number for c in choices[:4]
    )


def test_a_declarations_debrief_shows_the_models_selection_and_score_on_the_attempts_form(
    client, trainee, mentor
):
    from exercises.models import AttemptMode
    from exercises.parallel import form_for
    from tests.factories.mentoring import cohort_build

    _rows, scenario = _declarations_scenario()
    scenario_publish_unreviewed(scenario=scenario)
    picks, result, high = _model_expected(scenario)
    attempt = services.attempt_start(user=trainee, scenario=scenario, mode=AttemptMode.ASSESSED)
    items = {i.consignment.container_number: i for i in attempt.items.select_related("consignment")}
    beyond_the_model = sorted(high - set(picks))[:1]  # a high-risk container the model left
    also_the_models = picks[:1]
    assert beyond_the_model and also_the_models and form_for(attempt) is not None
    for number in beyond_the_model + also_the_models:
        services.attempt_save_item(attempt=attempt, user=trainee, ref=items[number].ref, selected=True)
    client.force_login(trainee)
    debrief_url = reverse("exercises:debrief", kwargs={"public_id": attempt.public_id})
    before = client.get(debrief_url, follow=True)
    assert before.status_code == HTTPStatus.OK
    assert "Risk engine baseline" not in before.text and MODEL_SENTENCE not in before.text
    services.attempt_submit(attempt=attempt, user=trainee)
    form = form_for(attempt)
    shown = [form.container(n) for n in picks]

    def assert_baseline(page):
        assert page.status_code == HTTPStatus.OK
        assert "Risk engine baseline" in page.text
        assert MODEL_SENTENCE in page.text and NAIVE_BAYES_SENTENCE not in page.text
        assert f"Within the same budget of {scenario.inspection_budget}," in page.text
        assert f"found {result.hits} high-risk ones and scored about {round(result.composite)}." in page.text
        assert f"It would have opened: {', '.join(shown)}" in page.text
        missed = sorted(form.container(n) for n in (high & set(picks)) - set(also_the_models))
        if missed:
            assert f"it found and you did not: {', '.join(missed)}" in page.text
        for number in beyond_the_model:
            assert f"you found and it did not: {form.container(number)}" in page.text

    page = client.get(debrief_url)
    assert_baseline(page)
    assert not [n for n in picks if n in page.text]  # the form's numbers only (mentors see both)
    cohort_build(mentors=[mentor], trainees=[trainee])
    client.force_login(mentor)
    assert_baseline(client.get(reverse("exercises:review", kwargs={"public_id": attempt.public_id})))
