import pytest

from scenarios import selectors
from scenarios.generator import observable_indicators, scenario_document_generate
from scenarios.interchange import scenario_export, scenario_import
from scenarios.truth import scenario_truth

pytestmark = pytest.mark.django_db


def _strip(document):
    return {k: v for k, v in document.items() if k not in ("lineage", "version", "status")}


def test_same_seed_gives_the_same_scenario():
    first = scenario_document_generate(seed=7, consignments=12, high_risk=3, phase="import")
    second = scenario_document_generate(seed=7, consignments=12, high_risk=3, phase="import")
    other = scenario_document_generate(seed=8, consignments=12, high_risk=3, phase="import")
    assert first == second
    assert first != other
    a = scenario_import(document=first)
    b = scenario_import(document=second)
    assert _strip(scenario_export(scenario=a)) == _strip(scenario_export(scenario=b))


@pytest.mark.parametrize(
    ("seed", "phase"), [(1, "import"), (2, "export"), (3, "transit"), (11, "import"), (12, "export")]
)
def test_planted_indicators_are_observable_and_decoys_carry_one(seed, phase):
    scenario = scenario_import(
        document=scenario_document_generate(seed=seed, consignments=15, high_risk=4, phase=phase)
    )
    views = selectors.scenario_consignments(scenario=scenario)
    pages = selectors.scenario_osint_pages(scenario=scenario)
    truth = scenario_truth(scenario=scenario)
    assert sum(t.high_risk for t in truth.values()) == 4
    decoys = 0
    for view in views:
        seen = observable_indicators(view, pages)
        planted = set(truth[view.id].indicators)
        if truth[view.id].high_risk:
            assert planted, view.container_number
            assert planted == seen, (view.container_number, planted, seen)
        else:
            assert len(seen) <= 1, (view.container_number, seen)  # never a complete pattern
            decoys += len(seen)
    assert decoys >= 1


def test_rip_on_rip_off_is_visible_only_in_seals_and_dwell():
    document = scenario_document_generate(
        seed=5, consignments=8, high_risk=2, phase="import", patterns=("rip",)
    )
    scenario = scenario_import(document=document)
    truth = scenario_truth(scenario=scenario)
    for view in selectors.scenario_consignments(scenario=scenario):
        if truth[view.id].concealment == "rip_on_rip_off":
            assert view.seals_recorded != view.seals_declared
            assert [e.code for e in view.events].count("RMVD") == 1
            assert "CSEL" not in [e.code for e in view.events]
            assert view.consignee.trade_history.startswith("Regular trader")


def test_generated_texts_exist_in_four_languages():
    document = scenario_document_generate(seed=3, consignments=6, high_risk=1, phase="export")
    assert set(document["briefing"]) == {"en", "ru", "uz", "tk"}
    for page in document["osint_pages"]:
        assert set(page["body"]) == {"en", "ru", "uz", "tk"}
    for consignment in document["consignments"]:
        assert set(consignment["truth"]["debrief"]) == {"en", "ru", "uz", "tk"}


def test_every_container_number_is_valid_and_unique():
    from stdnum import iso6346

    document = scenario_document_generate(seed=9, consignments=40, high_risk=6, phase="import")
    numbers = [c["container_number"] for c in document["consignments"]]
    assert len(set(numbers)) == 40
    assert all(iso6346.is_valid(n) for n in numbers)


def test_place_names_follow_the_language():
    from django.utils import translation

    from scenarios.catalogue import place_name

    expected = {"en": "Aktau", "ru": "Актау", "uz": "Aqtov", "kk": "Ақтау"}
    for language, name in expected.items():
        with translation.override(language):
            assert place_name("KZAAU") == f"{name} (KZAAU)"


def test_generated_briefings_name_the_place_in_each_language():
    from scenarios.catalogue import PLACE_BY_CODE
    from scenarios.generator import _t

    texts = _t("title", place=PLACE_BY_CODE["KZAAU"].name, n=5, budget=1)
    assert texts["ru"].startswith("Актау:") and texts["en"].startswith("Aktau:")
