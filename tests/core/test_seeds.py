"""Secret seeds: what the platform draws is derived from the server's seed
secret, so the public code and a public seed do not rebuild a scenario's truth."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from core.seeds import SEED_BITS, seed_bytes, seed_derive


def test_a_derived_seed_depends_on_the_secret_the_purpose_and_the_parts():
    seed = seed_derive(purpose="scenarios.demo", parts=(101,))
    assert seed == seed_derive(purpose="scenarios.demo", parts=(101,))
    assert 0 <= seed < 2**SEED_BITS
    assert seed != 101
    assert seed != seed_derive(purpose="scenarios.demo", parts=(102,))
    assert seed != seed_derive(purpose="exercises.form", parts=(101,))
    with override_settings(PCU_SEED_SECRET="another-secret-of-another-installation"):
        assert seed != seed_derive(purpose="scenarios.demo", parts=(101,))


def test_no_seed_is_drawn_without_a_secret():
    with override_settings(PCU_SEED_SECRET=""), pytest.raises(ImproperlyConfigured, match="PCU_SEED_SECRET"):
        seed_derive(purpose="scenarios.demo", parts=(101,))


def test_seed_bytes_are_reproducible_and_independent_per_label():
    assert seed_bytes(seed=5, label="a") == seed_bytes(seed=5, label="a")
    assert seed_bytes(seed=5, label="a") != seed_bytes(seed=5, label="b")
    assert seed_bytes(seed=5, label="a") != seed_bytes(seed=6, label="a")
    assert len(seed_bytes(seed=5, label="a", length=100)) == 100


def _high_risk_containers(document: dict) -> set[str]:
    return {c["container_number"] for c in document["consignments"] if c["truth"]["high_risk"]}


def _secret_args(spec: dict) -> dict:
    """The generator's arguments of a demo scenario with the secret seed
    `scenario_generate` derives from its nominal one (purpose "scenarios.demo")."""
    return {**spec["args"], "seed": seed_derive(purpose="scenarios.demo", parts=(spec["args"]["seed"],))}


@pytest.mark.django_db
def test_the_public_code_and_the_nominal_seed_do_not_rebuild_the_demo_truth():
    from scenarios import demo
    from scenarios.generator import scenario_document_generate
    from scenarios.models import Scenario
    from scenarios.models.truth import ConsignmentTruth

    demo.seed()
    spec = demo.DEMO_SCENARIOS[0]
    scenario = Scenario.objects.current().get(title__en=spec["key"])
    stored = set(
        ConsignmentTruth.objects.filter(consignment__scenario=scenario, high_risk=True).values_list(
            "consignment__container_number", flat=True
        )
    )
    assert len(stored) == spec["args"]["high_risk"]
    # What an attacker can run: the public generator with the public seed.
    public = scenario_document_generate(**spec["args"])
    assert _high_risk_containers(public) != stored
    assert not _high_risk_containers(public) & stored
    assert {c["container_number"] for c in public["consignments"]} != set(
        scenario.consignments.values_list("container_number", flat=True)
    )
    # With the secret, the same code gives exactly the stored scenario.
    secret = scenario_document_generate(**_secret_args(spec))
    assert _high_risk_containers(secret) == stored
    # Another installation's secret gives another scenario.
    with override_settings(PCU_SEED_SECRET="another-secret-of-another-installation"):
        other = scenario_document_generate(**_secret_args(spec))
    assert _high_risk_containers(other) != stored
