"""Factories for exercises: a published scenario with recognisable truth texts."""

from scenarios.models.truth import ConsignmentTruth
from scenarios.services import indicator_catalogue_ensure, scenario_publish_unreviewed
from tests.factories.scenarios import scenario_build

TRUTH_MARKERS = ("TRUTHMARK", "Secret debrief", "Секретный")


def published_exercise_scenario(*, consignments: int = 6, high_risk: int = 2, budget: int = 3, **kwargs):
    """A published scenario whose truth texts all carry a marker a leak test can look for."""
    indicator_catalogue_ensure()
    scenario = scenario_build(consignments=consignments, high_risk=high_risk, budget=budget, **kwargs)
    for truth in ConsignmentTruth.objects.filter(consignment__scenario=scenario):
        n = truth.consignment_id
        truth.finding_documents = {"en": f"TRUTHMARK documents {n}"}
        truth.finding_xray = {"en": f"TRUTHMARK xray {n}"} if truth.high_risk else {}
        truth.finding_partial = {"en": f"TRUTHMARK partial {n}"}
        truth.finding_devanning = {"en": f"TRUTHMARK devanning {n}"}
        if truth.high_risk:
            truth.concealment = "rip_on_rip_off"
        truth.save()
    return scenario_publish_unreviewed(scenario=scenario)


def generated_scenario_with_forms(
    *, seed: int = 4242, consignments: int = 12, high_risk: int = 3, budget: int = 4, forms: int = 3, **kwargs
):
    """A generated scenario (its settings recorded), published, with `forms`
    hidden forms made as the task worker makes them after publication."""
    from scenarios.services import scenario_forms_generate, scenario_generate

    indicator_catalogue_ensure()
    scenario = scenario_generate(
        seed=seed, consignments=consignments, high_risk=high_risk, budget=budget, publish=True, **kwargs
    )
    scenario_forms_generate(scenario=scenario, count=forms)
    return scenario
