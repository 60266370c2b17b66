"""Factories for scenarios: `scenario_build()` makes a valid draft quickly."""

import datetime as dt
from decimal import Decimal

import factory
from stdnum import iso6346

from scenarios.models import Consignment, ContainerEvent, OsintPage, Party, Scenario
from scenarios.models.truth import ConsignmentTruth


def container_number(serial: int, owner: str = "TSTU") -> str:
    body = f"{owner}{serial:06d}"
    return body + iso6346.calc_check_digit(body)


class ScenarioFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Scenario

    title = factory.Sequence(lambda n: {"en": f"Scenario {n}", "ru": f"Сценарий {n}"})
    briefing = {"en": "Select the riskiest containers.", "ru": "Отберите самые рискованные контейнеры."}
    phase = "import"
    location = "KZAAU"
    transport_modes = ["sea"]
    inspection_budget = 2


class PartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Party

    ref = factory.Sequence(lambda n: f"p{n}")
    name = factory.Sequence(lambda n: f"Trading Company {n} LLP")
    country = "KZ"
    address = "12 Port Road, Aktau"


class ConsignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consignment

    container_number = factory.Sequence(lambda n: container_number(100000 + n))
    transport_document_number = factory.Sequence(lambda n: f"BL{n:07d}")
    seals_declared = factory.Sequence(lambda n: f"SL{n:06d}")
    seals_recorded = factory.LazyAttribute(lambda o: o.seals_declared)
    conveyance = "MV Caspian Star"
    voyage = "024E"
    place_of_receipt = "AZBAK"
    port_of_loading = "AZALT"
    port_of_discharge = "KZAAU"
    final_destination = "KZALA"
    goods_description = factory.LazyFunction(
        lambda: {"en": "Ceramic floor tiles", "ru": "Керамическая плитка"}
    )
    hs_code = "690722"
    country_of_origin = "AZ"
    packages = 20
    gross_weight_kg = Decimal("18000.0")
    scale_weight_kg = Decimal("18050.0")
    declared_value = Decimal("24000.00")
    loading_date = dt.date(2026, 3, 1)


def scenario_build(*, consignments: int = 4, high_risk: int = 1, budget: int = 2, **kwargs) -> Scenario:
    """A valid draft scenario with `consignments` consignments, the first
    `high_risk` of them (by creation) high-risk."""
    scenario = ScenarioFactory(inspection_budget=budget, **kwargs)
    shipper = PartyFactory(scenario=scenario, country="AZ")
    consignee = PartyFactory(scenario=scenario)
    for i in range(consignments):
        c = ConsignmentFactory(scenario=scenario, shipper=shipper, consignee=consignee)
        ContainerEvent.objects.create(
            consignment=c,
            code="LOAD",
            place="AZALT",
            occurred_at=dt.datetime(2026, 3, 1, 10, tzinfo=dt.UTC),
            seal_numbers=c.seals_declared,
        )
        ConsignmentTruth.objects.create(
            consignment=c,
            high_risk=i < high_risk,
            threat="drugs" if i < high_risk else "none",
            indicators=["IND-21"] if i < high_risk else [],
            severity=Decimal("2.00") if i < high_risk else Decimal("1.00"),
            debrief={"en": f"Secret debrief {i}", "ru": f"Секретный разбор {i}"},
        )
    OsintPage.objects.create(
        scenario=scenario,
        kind="registry",
        url="https://registry.example.org/1",
        title={"en": "Registry extract"},
        body={"en": "Trading Company registered 2019."},
    )
    return scenario
