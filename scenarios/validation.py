"""The publishing check: everything a scenario needs before trainees may see it.

Mentor-side code: reads the hidden truth.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .errors import Problem
from .models import Consignment, Party, Scenario
from .models.scenario import PARTY_ROLES
from .models.truth import ConsignmentTruth


def _field_problems(instance, where: str, exclude=(), target=None) -> list[Problem]:
    try:
        instance.full_clean(exclude=[*exclude], validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        problems = []
        for field, messages in error.message_dict.items():
            label = where
            if field != "__all__":
                label = f"{where} · {instance._meta.get_field(field).verbose_name}"
            problems.extend(Problem(label, message, target or instance) for message in messages)
        return problems
    return []


def scenario_totals_problems(*, consignments: int, high_risk: int, budget, severity) -> dict[str, str]:
    """The publishing rules on a scenario's totals, whether counted from its
    rows or from a document not yet saved (`interchange.scenario_import`):
    {rule: message} for every rule broken, the rules being "consignments" (at
    least one), "inspection_budget" (no more than the consignments),
    "high_risk" (at least one high-risk consignment) and "weight_severity"
    (above 0). A budget or weight of the wrong type is left to the field checks."""
    broken = {}
    if not consignments:
        broken["consignments"] = _("Add at least one consignment.")
    if consignments and isinstance(budget, int) and budget > consignments:
        broken["inspection_budget"] = _(
            "The inspection budget (%(budget)d) is larger than the number of consignments (%(count)d)."
        ) % {"budget": budget, "count": consignments}
    if consignments and not high_risk:
        broken["high_risk"] = _("Mark at least one consignment as high-risk.")
    if isinstance(severity, Decimal | int | float) and severity <= 0:
        broken["weight_severity"] = _(
            "The severity weight must be above 0: it is the part of the score that charges every clean container opened."
        )
    return broken


def scenario_problems(scenario: Scenario, *, consignments: list[Consignment] | None = None) -> list[Problem]:
    """Every reason `scenario` cannot be published (empty when it can).
    `consignments`: the scenario's consignments with their events prefetched,
    when the caller has read them already (the review page); else read here."""
    problems: list[Problem] = []
    parties = list(Party.objects.filter(scenario=scenario))
    if consignments is None:
        consignments = list(Consignment.objects.filter(scenario=scenario).prefetch_related("events"))
    truths = {t.consignment_id: t for t in ConsignmentTruth.objects.filter(consignment__scenario=scenario)}
    broken = scenario_totals_problems(
        consignments=len(consignments),
        high_risk=sum(1 for t in truths.values() if t.high_risk),
        budget=scenario.inspection_budget,
        severity=scenario.weight_severity,
    )

    def totals(rule: str, where: str) -> list[Problem]:
        return [Problem(where, broken[rule], scenario)] if rule in broken else []

    problems += _field_problems(scenario, _("Scenario"), exclude=["lineage"])
    # The weights' total is checked by Scenario.clean (above), as on every save.
    problems += totals("weight_severity", _("Scenario · scoring weights"))
    party_ids = {party.pk for party in parties}
    for party in parties:
        where = _("Party %(ref)s") % {"ref": party.ref}
        problems += _field_problems(party, where, exclude=["scenario"], target=scenario)
    problems += totals("consignments", _("Scenario"))
    problems += totals("inspection_budget", _("Scenario · inspection budget"))
    seen = set()
    for consignment in consignments:
        where = _("Consignment %(number)s") % {"number": consignment.container_number}
        # The parties are checked below (each one of this scenario's), not
        # one query each by the fields' own validation.
        problems += _field_problems(consignment, where, exclude=["scenario", *PARTY_ROLES])
        if consignment.container_number in seen:
            problems.append(Problem(where, _("This container number appears more than once."), consignment))
        seen.add(consignment.container_number)
        for field in PARTY_ROLES:
            value = getattr(consignment, f"{field}_id")
            if value is not None and value not in party_ids:
                label = consignment._meta.get_field(field).verbose_name
                problems.append(
                    Problem(f"{where} · {label}", _("The party belongs to another scenario."), consignment)
                )
        for event in consignment.events.all():
            problems += _field_problems(event, where, exclude=["consignment"], target=consignment)
        if consignment.pk not in truths:
            problems.append(Problem(where, _("The hidden truth is missing."), consignment))
    problems += totals("high_risk", _("Scenario"))
    return problems
