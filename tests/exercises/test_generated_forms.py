"""Assessed attempts at a generated scenario draw one of its hidden forms: a
fresh generator variant (same settings, secret seed) the trainee has not had,
re-labelled on top. Its own consignments and truth are what every page,
the scoring, the debrief and the mentor's review read; lineage rules treat
it as its scenario."""

from http import HTTPStatus

import pytest
from django.test import override_settings

from accounts.roles import Role
from exercises import errors, services
from exercises.debrief import attempt_debrief
from exercises.models import Attempt, AttemptMode
from exercises.parallel import form_code, form_for
from exercises.selectors import exercise_state
from scenarios.models import Consignment, Scenario
from scenarios.services import scenario_approve, scenario_forms_generate, scenario_generate
from scenarios.truth import scenario_truth
from tests.factories.attempts import attempt_items
from tests.factories.exercises import generated_scenario_with_forms

pytestmark = pytest.mark.django_db

ASSESSED = AttemptMode.ASSESSED


@pytest.fixture
def pooled(db):
    """A generated scenario, published, with three hidden forms."""
    return generated_scenario_with_forms(seed=6161, forms=3, title="Forms drill")


def _start(user, scenario, mode=ASSESSED, allowed=10):
    return services.attempt_start(user=user, scenario=scenario, mode=mode, attempts_allowed=allowed)


def _signature(view) -> tuple:
    """A case by its content, which re-labelling keeps: what a trainee who
    memorised a debrief would recognise."""
    return (view.goods_description, view.declared_value, view.gross_weight_kg, view.port_of_loading)


def _submit(client, attempt) -> Attempt:
    client.post(f"/en/exercises/attempts/{attempt.public_id}/finish/")
    client.post(f"/en/exercises/attempts/{attempt.public_id}/submit/")
    attempt.refresh_from_db()
    assert attempt.is_submitted
    return attempt


def test_practice_keeps_the_scenario_as_authored_and_assessed_attempts_get_forms(pooled, trainee):
    practice = _start(trainee, pooled, mode=AttemptMode.PRACTICE)
    assert practice.scenario == pooled and form_for(practice) is None
    services.attempt_submit(attempt=practice, user=trainee)
    assessed = _start(trainee, pooled)
    assert assessed.scenario.form_of == pooled
    assert assessed.form_seed is not None  # re-labelled on top
    assert assessed.pass_mark == pooled.pass_mark and assessed.budget == pooled.inspection_budget
    assert set(assessed.items.values_list("consignment__scenario", flat=True)) == {assessed.scenario_id}


def test_each_assessed_attempt_gets_a_form_the_trainee_has_not_had_then_the_least_used(
    pooled, trainee, make_user
):
    forms = []
    for _n in range(5):
        attempt = _start(trainee, pooled)
        forms.append(attempt.scenario_id)
        services.attempt_submit(attempt=attempt, user=trainee)
    assert len(set(forms[:3])) == 3  # three forms, three different ones first
    # Then the least used: each form at most twice after five attempts.
    assert sorted(forms.count(pk) for pk in set(forms)) == [1, 2, 2]
    # The attempt's secret seed chooses: other trainees' first forms vary.
    firsts = {_start(make_user(), pooled).scenario_id for _n in range(12)}
    assert len(firsts) > 1


def test_two_assessed_attempts_get_different_cases_and_the_first_debrief_answers_nothing_in_the_second(
    client, pooled, trainee
):
    client.force_login(trainee)
    client.post("/en/exercises/", {"scenario": pooled.pk, "mode": "assessed"})
    first = Attempt.objects.get()
    item = attempt_items(attempt=first)[0]
    client.post(f"/en/exercises/attempts/{first.public_id}/c/{item.ref}/", {"selected": "on"})
    first = _submit(client, first)
    page = client.get(f"/en/exercises/attempts/{first.public_id}/debrief/").content.decode()
    revealed = [row.item.consignment for row in attempt_debrief(attempt=first).rows if row.high_risk]
    assert revealed and all(c.container_number in page for c in revealed)

    client.post("/en/exercises/", {"scenario": pooled.pk, "mode": "assessed"})
    second = Attempt.objects.open().get()
    assert second.scenario_id != first.scenario_id
    assert second.scenario.form_of_id == first.scenario.form_of_id == pooled.pk
    one, two = attempt_items(attempt=first), attempt_items(attempt=second)
    # Other consignments altogether: no case of the first attempt is in the second.
    assert not {_signature(i.consignment) for i in one} & {_signature(i.consignment) for i in two}
    assert not {i.consignment.container_number for i in one} & {i.consignment.container_number for i in two}
    # So the revealed high-risk set maps onto nothing in the second, by number or by content.
    shown = {i.consignment.container_number: i for i in two}
    by_content = {_signature(i.consignment): i for i in two}
    assert not [c for c in revealed if c.container_number in shown or _signature(c) in by_content]
    html = client.get(f"/en/exercises/attempts/{second.public_id}/").content.decode()
    assert not any(c.container_number in html for c in revealed)


def test_every_path_reads_the_forms_data_and_truth(client, pooled, trainee, mentor):
    from tests.factories.mentoring import cohort_build

    attempt = _start(trainee, pooled)
    form = attempt.scenario
    relabel = form_for(attempt)
    truth = scenario_truth(scenario=form)
    authored = {c.pk: c for c in Consignment.objects.filter(scenario=form)}
    items = attempt_items(attempt=attempt)
    assert {i.consignment.id for i in items} == set(authored)
    client.force_login(trainee)
    base = f"/en/exercises/attempts/{attempt.public_id}"
    workspace = client.get(f"{base}/").content.decode()
    for i in items:
        assert relabel.container(authored[i.consignment.id].container_number) in workspace
    page = client.get(f"{base}/c/{items[0].ref}/").content.decode()
    assert items[0].consignment.transport_document_number in page
    # The OSINT corpus is the form's: its tracking pages, under the form's labels.
    number = items[0].consignment.container_number
    assert attempt.osint_queries.count() == 0
    client.get(f"{base}/osint/", {"q": number})
    assert attempt.osint_queries.get().results >= 1
    # The oracle of the form: its high-risk consignments with their indicators.
    high = [i for i in items if truth[i.consignment.id].high_risk]
    chosen = sorted(high, key=lambda i: -truth[i.consignment.id].severity)[: pooled.inspection_budget]
    for i in chosen:
        services.attempt_save_item(
            attempt=attempt,
            user=trainee,
            ref=i.ref,
            selected=True,
            indicators=sorted(truth[i.consignment.id].indicators),
        )
    services.attempt_lock_selection(attempt=attempt, user=trainee)
    examined = services.attempt_examine(attempt=attempt, user=trainee, ref=chosen[0].ref, method="documents")
    expected = truth[chosen[0].consignment.id].finding_documents or str(services.NOTHING_FOUND)
    assert examined.result == relabel.text(expected)
    services.attempt_save_alert(
        attempt=attempt, user=trainee, item_ref=chosen[0].ref, seal=chosen[0].consignment.seals_declared[0]
    )
    attempt = services.attempt_submit(attempt=attempt, user=trainee)
    assert attempt.score == 100
    assert attempt.breakdown["high_risk"] == len(high)
    assert attempt.breakdown["alert"]["correctness"] > 0
    debrief = attempt_debrief(attempt=attempt)
    assert {r.item.ref for r in debrief.rows if r.high_risk} == {i.ref for i in high}
    engine = debrief.engine
    assert engine is not None
    assert set(engine.selected) <= {i.consignment.container_number for i in items}
    # The mentor sees which form it was and the form's truth.
    cohort_build(mentors=[mentor], trainees=[trainee])
    client.force_login(mentor)
    listing = client.get("/en/exercises/review/").content.decode()
    assert attempt.form_code == f"{form.form_label} · {form_code(attempt.form_seed)}"
    assert attempt.form_code in listing
    review = client.get(f"/en/exercises/review/{attempt.public_id}/").content.decode()
    assert f"Hidden form {form.form_label} of this generated scenario" in review
    for i in high:
        assert i.consignment.container_number in review  # as the trainee saw it
        assert authored[i.consignment.id].container_number in review  # as the form was generated
    assert debrief.rows[0].threat_label in review


def test_without_a_pool_an_assessed_attempt_falls_back_to_the_relabelled_scenario(trainee, make_user):
    from scenarios.services import indicator_catalogue_ensure

    indicator_catalogue_ensure()
    scenario = scenario_generate(seed=7171, consignments=12, high_risk=3, budget=4, publish=True)
    before = Scenario.objects.count()
    fallback = _start(trainee, scenario)
    assert Scenario.objects.count() == before  # nothing is generated in a trainee's request
    assert fallback.scenario == scenario and fallback.form_seed is not None
    services.attempt_submit(attempt=fallback, user=trainee)
    scenario_forms_generate(scenario=scenario, count=1)
    assert _start(trainee, scenario).scenario.form_of == scenario


def test_starting_on_a_form_costs_the_same_queries_whatever_the_pool(
    pooled, make_user, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(scenario):
        user = make_user()
        with CaptureQueriesContext(connection) as captured:
            attempt = _start(user, scenario)
        assert attempt.scenario.form_of == scenario
        return len(captured)

    small = queries(pooled)
    scenario_forms_generate(scenario=pooled, count=6)
    assert queries(pooled) == small
    user = make_user()
    with django_assert_max_num_queries(small):
        _start(user, pooled)


def test_lineage_rules_treat_a_form_as_its_scenario(pooled, trainee, make_user):
    from scenarios.services import scenario_new_version, scenario_submit_for_review

    attempt = _start(trainee, pooled, allowed=2)
    assert attempt.scenario.form_of == pooled
    # One open attempt per exercise: starting again resumes it, the other mode is refused.
    assert _start(trainee, pooled, allowed=2) == attempt
    with pytest.raises(errors.ExerciseError, match="open assessed attempt"):
        _start(trainee, pooled, mode=AttemptMode.PRACTICE)
    state = exercise_state(user=trainee, lineage=pooled.lineage, allowed=2)
    assert state.open_attempt == attempt and state.assessed_used == 1
    services.attempt_submit(attempt=attempt, user=trainee)
    # A newer version supersedes the forms' scenario: it can no longer be started...
    author, reviewer = make_user(role=Role.MENTOR), make_user(role=Role.MENTOR)
    draft = scenario_new_version(scenario=pooled, user=author)
    scenario_submit_for_review(scenario=draft, user=author)
    v2 = scenario_approve(scenario=draft, reviewer=reviewer)
    with pytest.raises(errors.ExerciseError) as refused:
        _start(trainee, pooled, allowed=2)
    assert refused.value.message == errors.SUPERSEDED
    # ... and the attempt on the old form counts against the limit of the exercise.
    services.attempt_submit(attempt=_start(trainee, v2, allowed=2), user=trainee)
    with pytest.raises(errors.ExerciseError) as limit:
        _start(trainee, v2, allowed=2)
    assert limit.value.message == errors.NO_ATTEMPTS_LEFT % {"limit": 2}


def test_statistics_evidence_and_the_data_download_count_a_form_as_its_scenario(
    client, pooled, trainee, mentor
):
    from mentoring.selectors import assessed_attempts, attempt_counts
    from privacy.selectors import personal_data_collect

    for _n in range(2):
        services.attempt_submit(attempt=_start(trainee, pooled), user=trainee)
    attempts = list(Attempt.objects.filter(user=trainee))
    assert all(a.scenario.form_of == pooled and str(a.scenario) == str(pooled) for a in attempts)
    assert len(attempt_counts(assessed_attempts(trainee))) == 2
    rows = next(c for c in personal_data_collect(user=trainee, language="en") if c.key == "exercise_attempts")
    assert [r["scenario"] for r in rows.rows] == [pooled.title, pooled.title]


@override_settings(EXERCISES_GENERATED_FORMS=2)
def test_a_catalogue_start_of_a_published_generated_scenario_uses_its_forms(
    client, trainee, django_capture_on_commit_callbacks
):
    from scenarios.services import indicator_catalogue_ensure

    indicator_catalogue_ensure()
    with django_capture_on_commit_callbacks(execute=True):
        scenario = scenario_generate(seed=8181, consignments=12, high_risk=3, budget=4, publish=True)
    client.force_login(trainee)
    response = client.post("/en/exercises/", {"scenario": scenario.pk, "mode": "assessed"})
    assert response.status_code == HTTPStatus.FOUND
    assert Attempt.objects.get().scenario.form_of == scenario
