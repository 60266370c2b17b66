"""The migration that turns the plain texts of existing scenarios into texts
by language keeps each one as its English text (and back again)."""

import datetime as dt

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("scenarios", "0005_merge_difficulty_source_references")]
AFTER = [("scenarios", "0007_scenario_texts_by_language_columns")]


def test_plain_texts_become_english_texts(migrator):
    apps = migrator(BEFORE)
    Scenario = apps.get_model("scenarios", "Scenario")
    Party = apps.get_model("scenarios", "Party")
    Consignment = apps.get_model("scenarios", "Consignment")
    ContainerEvent = apps.get_model("scenarios", "ContainerEvent")
    scenario = Scenario.objects.create(
        title={"en": "Old"}, briefing={"en": "Old"}, phase="import", location="KZAAU", inspection_budget=1
    )
    party = Party.objects.create(
        scenario=scenario, ref="a", name="Alpha", country="KZ", activity="Food distribution", trade_history=""
    )
    consignment = Consignment.objects.create(
        scenario=scenario, container_number="TEXU3070079", transport_document_number="BL1",
        seals_declared="S1", conveyance="MV Test", place_of_receipt="AZBAK", port_of_loading="AZALT",
        port_of_discharge="KZAAU", final_destination="KZALA", shipper=party, consignee=party,
        goods_description="Black tea", hs_code="090240", country_of_origin="IN", packages=10,
        package_type="cartons", gross_weight_kg=1000, declared_value=500,
    )  # fmt: skip
    ContainerEvent.objects.create(
        consignment=consignment, code="LOAD", place="AZALT", remark="Loaded late",
        occurred_at=dt.datetime(2026, 3, 1, 10, tzinfo=dt.UTC),
    )  # fmt: skip

    apps = migrator(AFTER)
    party = apps.get_model("scenarios", "Party").objects.get()
    assert party.activity == {"en": "Food distribution"}
    assert party.trade_history == {}
    consignment = apps.get_model("scenarios", "Consignment").objects.get()
    assert consignment.goods_description == {"en": "Black tea"}
    assert consignment.package_type == {"en": "cartons"}
    assert apps.get_model("scenarios", "ContainerEvent").objects.get().remark == {"en": "Loaded late"}

    apps = migrator(BEFORE)
    assert apps.get_model("scenarios", "Consignment").objects.get().goods_description == "Black tea"
    assert apps.get_model("scenarios", "ContainerEvent").objects.get().remark == "Loaded late"
    migrator(AFTER)
