import collections
import math
import time
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from stdnum import iso6346

from scenarios import selectors
from scenarios.generator import (
    LONG_DWELL_DAYS,
    document_observations,
    goods_of,
    observable_indicators,
    scenario_document_generate,
    scenario_risk_engine,
)
from scenarios.interchange import scenario_export, scenario_import
from scenarios.likelihoods import VISIBLE, base_rate, likelihood
from scenarios.models import Scenario
from scenarios.truth import scenario_truth

pytestmark = pytest.mark.django_db

# HS 2022 subheadings of the goods the generator describes, written out here
# independently of the generator's own table.
HS_OF_DESCRIPTION = {
    "Ceramic floor tiles": "690722",
    "Cotton T-shirts": "610910",
    "Refined sunflower oil in PET bottles": "151219",
    "New car tyres": "401110",
    "Washing machines": "845011",
    "Float glass sheets": "700529",
    "Laptop computers": "847130",
    "Flat-pack furniture": "940360",
    "Black tea": "090240",
    "Dried apricots": "081310",
    "Cotton yarn": "520512",
    "Cotton fabric": "520812",
    "Wheat flour": "110100",
    "Portland cement": "252329",
    "Polypropylene granules": "390210",
    "Frozen chicken leg quarters": "020714",
    "Frozen fish fillets": "030489",
    "Fresh bananas": "080390",
    "Fresh table grapes": "080610",
    "Acetic acid solution": "291521",
    "Water-based wall paint": "320910",
    "Liquid detergent": "340220",
    "Spare parts": "870899",
    "Machine parts": "848790",
}
ACETIC_ANHYDRIDE = "291524"


def _strip(document):
    return {k: v for k, v in document.items() if k not in ("lineage", "version", "status")}


def _clean(document):
    return [c for c in document["consignments"] if not c["truth"]["high_risk"]]


def test_same_arguments_give_the_same_scenario():
    first = scenario_document_generate(seed=7, consignments=30, high_risk=3, phase="import")
    second = scenario_document_generate(seed=7, consignments=30, high_risk=3, phase="import")
    assert first == second
    assert first != scenario_document_generate(seed=8, consignments=30, high_risk=3, phase="import")
    harder = scenario_document_generate(seed=7, consignments=30, high_risk=3, phase="import", difficulty=5)
    assert harder["difficulty"] == 5 and first["difficulty"] == 3
    a = scenario_import(document=first)
    b = scenario_import(document=second)
    assert _strip(scenario_export(scenario=a)) == _strip(scenario_export(scenario=b))


@pytest.mark.parametrize(("seed", "phase"), [(1, "import"), (2, "export"), (3, "transit")])
def test_what_the_truth_plants_is_what_a_trainee_can_see(seed, phase):
    document = scenario_document_generate(seed=seed, consignments=60, high_risk=6, phase=phase)
    from_document = document_observations(document)
    scenario = scenario_import(document=document)
    pages = selectors.scenario_osint_pages(scenario=scenario)
    truth = scenario_truth(scenario=scenario)
    assert sum(t.high_risk for t in truth.values()) == 6
    lookalikes = 0
    for view in selectors.scenario_consignments(scenario=scenario):
        seen = observable_indicators(view, pages)
        # The document reading and the trainee's pages agree.
        assert seen == from_document[view.container_number], view.container_number
        planted = set(truth[view.id].indicators)
        if truth[view.id].high_risk:
            assert planted and planted == seen, (view.container_number, planted, seen)
        else:
            assert planted == set()
            lookalikes += bool(seen)
    assert lookalikes >= 5  # clean traffic shows innocent indicators too


def test_high_risk_consignments_show_varied_indicators_never_a_fixed_set():
    sets = collections.Counter()
    per_code = collections.Counter()
    total = 0
    for seed in range(6):
        document = scenario_document_generate(seed=seed, consignments=300, phase="import")
        for c in document["consignments"]:
            if c["truth"]["high_risk"]:
                total += 1
                sets[frozenset(c["truth"]["indicators"])] += 1
                per_code.update(c["truth"]["indicators"])
    assert total >= 30
    assert len(sets) >= total // 3
    # No indicator is on every high-risk consignment, and most show only a few.
    assert max(per_code.values()) < 0.6 * total
    assert sum(len(s) * n for s, n in sets.items()) / total < 4


@pytest.mark.parametrize("phase", ["import", "export", "transit"])
def test_clean_traffic_shows_each_indicator_at_its_documented_base_rate(phase):
    counts = collections.Counter()
    clean = 0
    for seed in range(8):
        document = scenario_document_generate(seed=seed, consignments=500, phase=phase)
        seen = document_observations(document)
        for c in _clean(document):
            clean += 1
            counts.update(seen[c["container_number"]])
    for code in VISIBLE:
        rate = base_rate(code)
        tolerance = 4 * math.sqrt(rate * (1 - rate) / clean) + 0.005
        assert abs(counts[code] / clean - rate) < tolerance, (code, counts[code] / clean, rate)


def test_difficulty_scales_signal_and_lookalikes():
    for code in VISIBLE:
        rates = [base_rate(code, d) for d in range(1, 6)]
        assert rates == sorted(rates) and rates[0] < rates[-1]
    for pattern, code in (("rip", "IND-21"), ("cover_load", "IND-13"), ("precursor", "IND-14")):
        strengths = [likelihood(pattern, code, d) / base_rate(code, d) for d in range(1, 6)]
        assert strengths == sorted(strengths, reverse=True), (pattern, code)

    def separation(difficulty):
        """Share of clean consignments with a look-alike, and the risk engine's ROC AUC."""
        engine = scenario_risk_engine(phase="import", difficulty=difficulty)
        high, clean = [], []
        for seed in range(4):
            document = scenario_document_generate(seed=seed, consignments=400, difficulty=difficulty)
            seen = document_observations(document)
            for c in document["consignments"]:
                score = engine.log_odds(seen[c["container_number"]])
                (high if c["truth"]["high_risk"] else clean).append(score)
        auc = sum((h > c) + 0.5 * (h == c) for h in high for c in clean) / (len(high) * len(clean))
        return sum(score > engine.log_odds(()) for score in clean) / len(clean), auc

    easy, default, hard = separation(1), separation(3), separation(5)
    assert easy[0] < default[0] < hard[0]
    assert easy[1] > default[1] > hard[1]


@pytest.mark.parametrize("phase", ["import", "export", "transit"])
def test_every_phase_and_level_generates_for_many_seeds(phase):
    for seed in range(15):
        for difficulty in (1, 5):
            document = scenario_document_generate(
                seed=seed, consignments=120, phase=phase, difficulty=difficulty
            )
            parties = {p["ref"]: p for p in document["parties"]}
            for c in document["consignments"]:
                # Goods come from abroad into the importing (or transit) country, never back to where they go.
                assert c["country_of_origin"] != c["final_destination"][:2]
                if phase != "export":
                    assert parties[c["shipper"]]["country"] != document["location"][:2]


def test_default_prevalence_is_two_to_five_percent_and_configurable():
    for seed in range(10):
        document = scenario_document_generate(seed=seed, consignments=400)
        share = sum(c["truth"]["high_risk"] for c in document["consignments"]) / 400
        assert 0.02 <= share <= 0.05
    document = scenario_document_generate(seed=1, consignments=200, prevalence=0.1)
    assert sum(c["truth"]["high_risk"] for c in document["consignments"]) == 20


def test_a_thousand_consignments_in_seconds_with_valid_unique_container_numbers():
    started = time.perf_counter()
    document = scenario_document_generate(seed=9, consignments=1000, phase="import")
    assert time.perf_counter() - started < 5
    numbers = [c["container_number"] for c in document["consignments"]]
    assert len(set(numbers)) == 1000
    assert all(iso6346.is_valid(n) for n in numbers)
    assert iso6346.is_valid("TEXU3070079") and not iso6346.is_valid("TEXU3070070")


def test_hs_codes_match_descriptions_unless_the_mismatch_is_an_indicator():
    for phase in ("import", "export", "transit"):
        for seed in range(4):
            document = scenario_document_generate(seed=seed, consignments=250, phase=phase)
            seen = document_observations(document)
            for c in document["consignments"]:
                expected = HS_OF_DESCRIPTION[c["goods_description"]["en"]]
                shows_mismatch = "IND-11" in seen[c["container_number"]]
                assert (c["hs_code"] == expected) != shows_mismatch, (c["goods_description"], c["hs_code"])
                # A misdeclared precursor hides behind a harmless code, never the anhydride's.
                assert c["hs_code"] != ACETIC_ANHYDRIDE


def test_precursors_are_declared_as_harmless_goods():
    document = scenario_document_generate(
        seed=4, consignments=200, high_risk=12, phase="export", patterns=("precursor",), difficulty=1
    )
    precursors = [c for c in document["consignments"] if c["truth"]["threat"] == "precursors"]
    assert len(precursors) == 12
    assert all("anhydride" not in c["goods_description"]["en"].lower() for c in precursors)
    assert sum("IND-14" in c["truth"]["indicators"] for c in precursors) >= 8


def test_weights_values_and_packages_are_consistent_with_the_goods():
    document = scenario_document_generate(seed=5, consignments=400, phase="import")
    shares = set()
    for c in document["consignments"]:
        goods = goods_of(c["goods_description"])
        gross, net = float(c["gross_weight_kg"]), float(c["net_weight_kg"])
        assert goods.load_kg[0] <= gross <= goods.load_kg[1]
        assert goods.net_share[0] - 0.001 <= net / gross <= goods.net_share[1] + 0.001
        per_package = gross / c["packages"]
        assert goods.package_kg[0] * 0.8 <= per_package <= goods.package_kg[1] * 1.25, c["goods_description"]
        shares.add(round(net / gross, 3))
        if c["size_type"] == "45R1":
            assert goods.kind == "reefer"
    assert len(shares) > 50  # net weight is not a fixed share of gross


def test_populations_scale_and_imports_come_from_abroad():
    small = scenario_document_generate(seed=3, consignments=40, phase="import")
    large = scenario_document_generate(seed=3, consignments=800, phase="import")
    assert len(large["parties"]) > 4 * len(small["parties"]) >= 40
    parties = {p["ref"]: p for p in large["parties"]}
    shipper_countries = collections.Counter(parties[c["shipper"]]["country"] for c in large["consignments"])
    assert len(shipper_countries) >= 6
    assert max(shipper_countries.values()) < 0.5 * 800
    consignees = {c["consignee"] for c in large["consignments"]}
    assert len(consignees) >= 60
    for c in large["consignments"]:
        assert c["country_of_origin"] != "KZ"
        assert parties[c["consignee"]]["country"] == "KZ"
        assert parties[c["shipper"]]["country"] != "KZ"
    lanes = {
        (c["port_of_loading"], c["transshipment"], c["port_of_discharge"]) for c in large["consignments"]
    }
    assert len(lanes) >= 8


def test_rip_on_rip_off_shows_in_route_seals_and_dwell_only():
    document = scenario_document_generate(
        seed=5, consignments=120, high_risk=20, phase="import", patterns=("rip",), difficulty=1
    )
    scenario = scenario_import(document=document)
    truth = scenario_truth(scenario=scenario)
    rips = 0
    for view in selectors.scenario_consignments(scenario=scenario):
        t = truth[view.id]
        if t.concealment != "rip_on_rip_off" or "IND-21" not in t.indicators:
            continue
        rips += 1
        codes = [e.code for e in view.events]
        resealed = "RMVD" in codes and "CSEL" not in codes
        swapped = view.seals_recorded != view.seals_declared
        dwell = any(
            (later.occurred_at - e.occurred_at).days >= LONG_DWELL_DAYS
            for e, later in zip(view.events, view.events[1:], strict=False)
            if e.code == "DISC" and later.code in ("LOAD", "RMVD")
        ) or any(
            (b.occurred_at - a.occurred_at).days >= LONG_DWELL_DAYS
            for a in view.events
            for b in view.events
            if a.code == "DISC" and b.code == "LOAD" and a.place == b.place
        )
        assert resealed or swapped or dwell, view.container_number
    assert rips >= 10


def test_generated_texts_exist_in_four_languages():
    document = scenario_document_generate(seed=3, consignments=30, high_risk=3, phase="export")
    assert set(document["briefing"]) == {"en", "ru", "uz", "tk"}
    for page in document["osint_pages"]:
        assert set(page["title"]) == set(page["body"]) == {"en", "ru", "uz", "tk"}
    for consignment in document["consignments"]:
        assert set(consignment["truth"]["debrief"]) == {"en", "ru", "uz", "tk"}
    prices = [p for p in document["osint_pages"] if p["kind"] == "price"]
    assert prices and all(p["title"]["ru"] != p["title"]["en"] for p in prices)
    registry = [p for p in document["osint_pages"] if p["kind"] == "registry"]
    assert registry and not any("Wholesale trade" in p["body"]["tk"] for p in registry)
    assert any("Lomaý söwda" in p["body"]["tk"] for p in registry)


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


def test_bad_arguments_are_refused():
    for kwargs in (
        {"consignments": 1001},
        {"consignments": 10, "high_risk": 10},
        {"consignments": 10, "difficulty": 6},
        {"consignments": 10, "phase": "orbit"},
        {"consignments": 10, "patterns": ("smuggling",)},
    ):
        with pytest.raises(ValueError):
            scenario_document_generate(seed=1, **kwargs)


def test_command_takes_difficulty_and_a_thousand_consignments_limit():
    out = StringIO()
    call_command("generate_scenario", seed=4, consignments=40, difficulty=5, phase="transit", stdout=out)
    scenario = Scenario.objects.get(pk=int(out.getvalue()))
    assert scenario.difficulty == 5
    assert scenario.consignments.count() == 40
    with pytest.raises(CommandError, match="1000"):
        call_command("generate_scenario", seed=4, consignments=1001, stdout=StringIO())
