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
