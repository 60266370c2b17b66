from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from scenarios.models.truth import ConsignmentTruth
from scenarios.validation import scenario_problems
from scenarios.validators import validate_container_number, validate_hs_code, validate_locode

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("TEXU3070079", True),
        ("CSQU3054383", True),
        ("TEXU3070070", False),
        ("TEXU307007", False),
        ("texu3070079", False),
        ("TEXU 307007 9", False),
    ],
)
def test_container_number_check_digit(number, valid):
    if valid:
        validate_container_number(number)
    else:
        with pytest.raises(ValidationError):
            validate_container_number(number)


def test_wrong_check_digit_names_the_number():
    with pytest.raises(ValidationError) as error:
        validate_container_number("TEXU3070070")
    assert "TEXU3070070" in str(error.value.messages) and "check digit" in str(error.value.messages)


@pytest.mark.parametrize(
    ("code", "valid"),
    [("690722", True), ("6907.22", True), ("69072210", True), ("6907", False), ("ABCDEF", False)],
)
def test_hs_code_format(code, valid):
    if valid:
        validate_hs_code(code)
    else:
        with pytest.raises(ValidationError):
            validate_hs_code(code)


@pytest.mark.parametrize(
    ("code", "valid"),
    [("KZAAU", True), ("TMTMB", True), ("kzaau", False), ("KZ-AA", False), ("KZAAU1", False)],
)
def test_locode_format(code, valid):
    if valid:
        validate_locode(code)
    else:
        with pytest.raises(ValidationError):
            validate_locode(code)


def test_valid_scenario_has_no_problems(draft_scenario):
    assert scenario_problems(draft_scenario) == []


def _messages(scenario):
    return " | ".join(str(p) for p in scenario_problems(scenario))


def test_budget_larger_than_consignments_is_a_problem(draft_scenario):
    draft_scenario.inspection_budget = 9
    draft_scenario.save()
    assert "inspection budget (9) is larger than the number of consignments (4)" in _messages(draft_scenario)


def test_scenario_without_high_risk_consignment_is_a_problem(draft_scenario):
    ConsignmentTruth.objects.filter(consignment__scenario=draft_scenario).update(high_risk=False)
    assert "at least one consignment as high-risk" in _messages(draft_scenario)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("container_number", "TEXU3070070", "check digit is wrong"),
        ("gross_weight_kg", Decimal("-5"), "greater than zero"),
        ("declared_value", Decimal("0"), "greater than zero"),
        ("seals_declared", "", "This field cannot be blank"),
        ("hs_code", "12", "not an HS code"),
        ("port_of_loading", "Aktau", "not a UN/LOCODE"),
    ],
)
def test_consignment_field_problems_name_the_field(draft_scenario, field, value, expected):
    consignment = draft_scenario.consignments.first()
    setattr(consignment, field, value)
    consignment.save()
    problems = scenario_problems(draft_scenario)
    assert any(expected in p.message and consignment.container_number in p.where for p in problems), problems
    label = str(consignment._meta.get_field(field).verbose_name)
    assert any(label in p.where for p in problems)


def test_missing_truth_is_a_problem(draft_scenario):
    consignment = draft_scenario.consignments.first()
    ConsignmentTruth.objects.filter(consignment=consignment).delete()
    assert "hidden truth is missing" in _messages(draft_scenario)


def test_weights_must_add_up_to_one(draft_scenario):
    draft_scenario.weight_skill = Decimal("0.60")
    draft_scenario.save()
    assert "add up to 1" in _messages(draft_scenario)


def test_the_severity_weight_must_charge_false_alarms(draft_scenario):
    # Weights adding up to 1 without the net value would let clean containers cost nothing.
    draft_scenario.weight_severity, draft_scenario.weight_skill = Decimal("0"), Decimal("0.80")
    draft_scenario.save()
    assert "severity weight must be above 0" in _messages(draft_scenario)
    assert "add up to 1" not in _messages(draft_scenario)


@pytest.mark.parametrize(
    ("totals", "broken"),
    [
        ({"consignments": 4, "high_risk": 1, "budget": 4, "severity": Decimal("0.5")}, set()),
        ({"consignments": 0, "high_risk": 0, "budget": 4, "severity": Decimal("0.5")}, {"consignments"}),
        ({"consignments": 4, "high_risk": 1, "budget": 5, "severity": Decimal("0.5")}, {"inspection_budget"}),
        ({"consignments": 4, "high_risk": 0, "budget": 2, "severity": Decimal("0")}, {"high_risk", "weight_severity"}),
        # Of the wrong type (a document's "9"): the field checks report it, not these rules.
        ({"consignments": 4, "high_risk": 1, "budget": "9", "severity": None}, set()),
    ],
)  # fmt: skip
def test_the_rules_on_a_scenarios_totals(totals, broken):
    from scenarios.validation import scenario_totals_problems

    found = scenario_totals_problems(**totals)
    assert set(found) == broken
    if "inspection_budget" in found:
        assert found["inspection_budget"] == (
            "The inspection budget (5) is larger than the number of consignments (4)."
        )


@pytest.mark.parametrize("field", ["shipper", "consignee", "notify_party", "freight_payer"])
def test_a_party_of_another_scenario_is_a_problem_naming_the_field(draft_scenario, field):
    from scenarios.models import Consignment
    from tests.factories.scenarios import scenario_build

    stranger = scenario_build().parties.first()
    consignment = draft_scenario.consignments.order_by("pk").first()
    Consignment.objects.filter(pk=consignment.pk).update(**{field: stranger})
    label = str(consignment._meta.get_field(field).verbose_name)
    found = [p for p in scenario_problems(draft_scenario) if label in p.where]
    assert [p.message for p in found] == ["The party belongs to another scenario."]
    assert consignment.container_number in found[0].where


def test_the_check_makes_as_many_queries_whatever_the_number_of_consignments(db):
    """Small against large (no exact count): generated consignments name
    notify parties and freight payers, which are checked against the
    scenario's parties already read, not looked up one by one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from scenarios.services import scenario_generate

    counts = []
    for size in (6, 18):
        scenario = scenario_generate(seed=size, consignments=size)
        assert scenario.consignments.filter(notify_party__isnull=False).count() > 1
        with CaptureQueriesContext(connection) as queries:
            assert scenario_problems(scenario) == []
        counts.append(len(queries))
    assert counts[0] == counts[1]
