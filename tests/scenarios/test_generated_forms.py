"""Generated scenarios record their generator settings; once published they
get hidden forms (the generator with the same settings and secret seeds),
made by a task worker, that appear in no list, chooser, search or export."""

from http import HTTPStatus

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse

from accounts.roles import Role
from core.models import AuditEntry
from scenarios import selectors
from scenarios.generator import scenario_document_generate
from scenarios.models import Consignment, OsintPage, Scenario, ScenarioStatus
from scenarios.services import (
    indicator_catalogue_ensure,
    scenario_approve,
    scenario_forms_generate,
    scenario_generate,
    scenario_new_version,
    scenario_submit_for_review,
)
from scenarios.tasks import scenario_forms_generate_task
from scenarios.truth import scenario_truth
from tests.factories.exercises import generated_scenario_with_forms

pytestmark = pytest.mark.django_db

ARGS = {"consignments": 12, "high_risk": 3, "phase": "export", "budget": 4, "difficulty": 2}


@pytest.fixture
def pooled(db):
    return generated_scenario_with_forms(seed=5151, forms=2, title="Pooled drill")


def _containers(scenario) -> set[str]:
    return set(Consignment.objects.filter(scenario=scenario).values_list("container_number", flat=True))


def _high_risk(scenario) -> int:
    return sum(1 for t in scenario_truth(scenario=scenario).values() if t.high_risk)


# --- the settings ---------------------------------------------------------------------


def test_a_generated_scenario_records_its_settings_and_public_seed():
    indicator_catalogue_ensure()
    scenario = scenario_generate(seed=77, title="Recorded", **ARGS)
    assert scenario.status == ScenarioStatus.DRAFT
    assert scenario.generator_settings == {
        "seed": 77,
        "seed_purpose": "",
        **ARGS,
        "title": "Recorded",
        "patterns": None,
        "prevalence": None,
    }
    # The seed was used exactly as given.
    document = scenario_document_generate(seed=77, title="Recorded", **ARGS)
    assert _containers(scenario) == {c["container_number"] for c in document["consignments"]}


def test_without_a_seed_the_platform_draws_a_secret_one_and_records_none():
    indicator_catalogue_ensure()
    first = scenario_generate(seed=None, **ARGS)
    second = scenario_generate(seed=None, **ARGS)
    assert first.generator_settings["seed"] is None
    assert _containers(first) != _containers(second)


def test_the_generator_refusing_its_arguments_saves_nothing():
    from scenarios.errors import ScenarioError

    with pytest.raises(ScenarioError, match="The generator cannot make this scenario"):
        scenario_generate(seed=1, consignments=5, high_risk=5)
    assert not Scenario.objects.exists()


def test_the_command_records_its_settings(capsys):
    indicator_catalogue_ensure()
    call_command("generate_scenario", "--seed", "9", "--consignments", "12", "--high-risk", "2", "--publish")
    scenario = Scenario.objects.get(pk=int(capsys.readouterr().out.strip()))
    assert scenario.status == ScenarioStatus.PUBLISHED
    assert scenario.generator_settings["seed"] == 9
    assert scenario.generator_settings["consignments"] == 12
    assert scenario.generator_settings["high_risk"] == 2
    # Operators without a task worker make the forms with a command (safe to run again).
    call_command("generate_scenario_forms", "--forms", "1")
    assert capsys.readouterr().out.strip() == f"{scenario.pk}: 1 made, 1 in all"
    call_command("generate_scenario_forms", str(scenario.pk), "--forms", "1")
    assert capsys.readouterr().out.strip() == f"{scenario.pk}: 0 made, 1 in all"


def test_the_demo_records_the_nominal_seed_it_derives_the_secret_one_from():
    from scenarios import demo

    demo.seed()
    scenario = Scenario.objects.authored().get(title__en=demo.DEMO_SCENARIOS[0]["key"])
    assert scenario.generator_settings["seed"] == 101
    assert scenario.generator_settings["seed_purpose"] == "scenarios.demo"
    # ... and its consignments come from the derived seed, not from 101.
    public = scenario_document_generate(seed=101, consignments=12, high_risk=3, phase="import", budget=4)
    assert not _containers(scenario) & {c["container_number"] for c in public["consignments"]}


# --- the forms ------------------------------------------------------------------------


@override_settings(EXERCISES_GENERATED_FORMS=2)
def test_publication_queues_the_forms_and_the_worker_makes_them(django_capture_on_commit_callbacks):
    indicator_catalogue_ensure()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        parent = scenario_generate(seed=31, title="Queued", **ARGS, publish=True)
    assert callbacks  # the task is enqueued once the publication commits (run inline in tests)
    forms = list(Scenario.objects.forms_of(parent))
    assert [f.form_index for f in forms] == [1, 2]
    assert AuditEntry.objects.filter(action="scenarios.forms_generate").exists()
    n, p = Consignment.objects.filter(scenario=parent).count(), _high_risk(parent)
    seen = [_containers(parent)]
    for form in forms:
        assert form.status == ScenarioStatus.PUBLISHED and form.published_at is not None
        assert form.form_of == parent and form.root == parent and form.form_label == f"V{form.form_index}"
        assert (form.lineage, form.version) == (parent.lineage, parent.version)
        for field in (
            "title", "briefing", "phase", "location", "transport_modes", "inspection_budget",
            "time_limit_minutes", "difficulty", "pass_mark", "weight_severity", "weight_skill",
            "weight_indicators",
        ):  # fmt: skip
            assert getattr(form, field) == getattr(parent, field), field
        # The same shape, other cases: other containers, goods, values.
        assert Consignment.objects.filter(scenario=form).count() == n and _high_risk(form) == p
        assert all(not _containers(form) & other for other in seen)
        seen.append(_containers(form))
        values = set(Consignment.objects.filter(scenario=form).values_list("declared_value", flat=True))
        assert not values & set(
            Consignment.objects.filter(scenario=parent).values_list("declared_value", flat=True)
        )
    # The task can run again (a retry, a second worker): nothing new.
    assert scenario_forms_generate_task.enqueue(parent.pk).return_value == 0
    assert Scenario.objects.forms_of(parent).count() == 2


def test_a_form_is_drawn_from_a_secret_seed_not_from_the_public_one(pooled):
    form = Scenario.objects.forms_of(pooled).first()
    shown = _containers(form)
    # A plain loop over seeds (the attack of the integrity issue) never rebuilds it.
    for seed in [5151, *range(300)]:
        document = scenario_document_generate(seed=seed, consignments=12, high_risk=3, budget=4)
        assert not shown & {c["container_number"] for c in document["consignments"]}
    # Another installation's secret gives other forms of the same scenario.
    with override_settings(PCU_SEED_SECRET="another-installation-secret"):
        other = generated_scenario_with_forms(seed=5151, forms=1, title="Pooled drill")
    assert _containers(Scenario.objects.forms_of(other).get()) != shown
    assert _containers(other) == _containers(pooled)  # the public seed gives the same parent


def test_forms_go_with_their_version_and_a_new_version_gets_its_own(pooled, make_user):
    author, reviewer = make_user(role=Role.MENTOR), make_user(role=Role.MENTOR)
    draft = scenario_new_version(scenario=pooled, user=author)
    assert draft.generator_settings == pooled.generator_settings
    assert not Scenario.objects.forms_of(draft).exists()
    scenario_submit_for_review(scenario=draft, user=author)
    v2 = scenario_approve(scenario=draft, reviewer=reviewer)
    old_forms = Scenario.objects.forms_of(pooled)
    assert old_forms.count() == 2 and all(f.superseded_at is not None for f in old_forms)
    # A superseded version gets no more forms; the new one gets its own.
    assert scenario_forms_generate(scenario=pooled, count=4) == 0
    assert scenario_forms_generate(scenario=v2, count=1) == 1
    new_form = Scenario.objects.forms_of(v2).get()
    assert new_form.version == 2 and new_form.superseded_at is None
    assert all(not _containers(new_form) & _containers(f) for f in old_forms)


def test_an_authored_scenario_gets_no_forms(published_scenario):
    assert scenario_forms_generate(scenario=published_scenario, count=3) == 0
    assert not Scenario.objects.forms().exists()


# --- a form never appears -------------------------------------------------------------


def test_a_form_appears_in_no_list_chooser_search_or_export(client, pooled, mentor, trainee):
    forms = list(Scenario.objects.forms_of(pooled))
    form = forms[0]
    form_pks = {f.pk for f in forms}
    # Domain states and the trainee-safe catalogue.
    for qs in (
        Scenario.objects.published(),
        Scenario.objects.current(),
        Scenario.objects.authored(),
        Scenario.objects.of_lineage(pooled.lineage),
        Scenario.objects.drafts(),
    ):
        assert not {s.pk for s in qs} & form_pks
    assert set(Consignment.objects.authored().values_list("scenario", flat=True)) == {pooled.pk}
    assert [v.id for v in selectors.published_scenarios()] == [pooled.pk]
    with pytest.raises(Scenario.DoesNotExist):
        selectors.scenario_get_published(scenario_id=form.pk)
    # The search index.
    assert not set(Scenario.get_indexed_objects().values_list("pk", flat=True)) & form_pks
    assert not OsintPage.get_indexed_objects().filter(scenario__in=forms).exists()
    assert OsintPage.get_indexed_objects().filter(scenario=pooled).exists()
    # The lesson block's chooser.
    from exercises.blocks import ExerciseBlock

    block = ExerciseBlock()
    lineages = [value for value, _label in block.child_blocks["scenario"].field.choices if value]
    assert lineages == [str(pooled.lineage)]
    # The admin: index, search, chooser, consignments and their scenario filter.
    client.force_login(mentor)
    index = client.get(reverse("wagtailsnippets_scenarios_scenario:list")).content.decode()
    assert reverse("wagtailsnippets_scenarios_scenario:edit", args=[pooled.pk]) in index
    search = client.get(reverse("wagtailsnippets_scenarios_scenario:list"), {"q": "Pooled"}).content.decode()
    assert reverse("wagtailsnippets_scenarios_scenario:edit", args=[pooled.pk]) in search
    chooser = client.get(reverse("wagtailsnippetchoosers_scenarios_scenario:choose")).content.decode()
    assert reverse("wagtailsnippetchoosers_scenarios_scenario:chosen", args=[pooled.pk]) in chooser
    consignments = client.get(
        reverse("wagtailsnippets_scenarios_consignment:list"), {"p": 1}
    ).content.decode()
    for page in (index, search, chooser):
        for pk in form_pks:
            assert reverse("wagtailsnippets_scenarios_scenario:edit", args=[pk]) not in page
            assert reverse("wagtailsnippetchoosers_scenarios_scenario:chosen", args=[pk]) not in page
    # Ten to a chooser page: the pooled scenario's twelve fill two.
    consignment_chooser = "".join(
        client.get(reverse("wagtailsnippetchoosers_scenarios_consignment:choose"), {"p": p}).content.decode()
        for p in (1, 2)
    )
    for page in (consignments, consignment_chooser):
        assert all(number in page for number in _containers(pooled))
        assert not any(number in page for f in forms for number in _containers(f))
    from scenarios.viewsets import ConsignmentFilterSet

    assert list(ConsignmentFilterSet().filters["scenario"].queryset) == [pooled]
    # The mentor's review page lists one version; a form's own pages do not exist.
    review = client.get(reverse("scenarios_admin:review", args=[pooled.pk])).content.decode()
    assert "<li><strong>v1</strong>" in review
    assert all(reverse("scenarios_admin:review", args=[pk]) not in review for pk in form_pks)
    assert "once published it gets" in review and "2 made so far" in review
    for name in ("scenarios_admin:review", "scenarios:review", "scenarios:preview", "scenarios:export"):
        response = client.get(reverse(name, args=[form.pk]), follow=True)
        assert response.status_code == HTTPStatus.NOT_FOUND, name
    exported = client.get(reverse("scenarios:export", args=[pooled.pk])).content.decode()
    assert not any(number in exported for number in _containers(form))
    with pytest.raises(CommandError, match=f"No scenario with id {form.pk}"):
        call_command("export_scenario", str(form.pk), "--out", "-")
    # The trainee's catalogue offers the scenario, never a form, and refuses a form's id.
    client.force_login(trainee)
    catalogue = client.get("/en/exercises/").content.decode()
    assert f'name="scenario" value="{pooled.pk}"' in catalogue
    assert all(f'name="scenario" value="{pk}"' not in catalogue for pk in form_pks)
    response = client.post("/en/exercises/", {"scenario": form.pk, "mode": "assessed"}, follow=True)
    assert "This scenario is not published." in response.content.decode()
