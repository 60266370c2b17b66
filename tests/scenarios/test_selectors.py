import ast
import dataclasses
from pathlib import Path

import pytest
from django.conf import settings

from scenarios import selectors
from scenarios.truth import scenario_truth

pytestmark = pytest.mark.django_db

TRUTH_WORDS = ("truth", "high_risk", "Secret debrief", "Секретный", "threat", "concealment")

# Modules that render to trainees before their submission. Other apps add
# theirs (e.g. the exercise workspace) to this list.
TRAINEE_FACING_MODULES = ["scenarios/selectors.py", "scenarios/views.py"]


def _all_text(value) -> str:
    if dataclasses.is_dataclass(value):
        return " ".join(f"{f.name} {_all_text(getattr(value, f.name))}" for f in dataclasses.fields(value))
    if isinstance(value, list | tuple):
        return " ".join(_all_text(v) for v in value)
    return str(value)


def test_trainee_selectors_carry_no_truth(draft_scenario):
    text = " ".join(
        _all_text(v)
        for v in (
            selectors.scenario_overview(scenario=draft_scenario, language="ru"),
            selectors.scenario_consignments(scenario=draft_scenario),
            selectors.scenario_parties(scenario=draft_scenario),
            selectors.scenario_osint_pages(scenario=draft_scenario),
        )
    )
    assert "TSTU" in text  # the data is there
    for word in TRUTH_WORDS:
        assert word not in text


def test_consignments_are_loaded_in_three_queries(draft_scenario, django_assert_num_queries):
    with django_assert_num_queries(3):
        views = selectors.scenario_consignments(scenario=draft_scenario)
    assert len(views) == 4
    assert [v.container_number for v in views] == sorted(v.container_number for v in views)


@pytest.mark.parametrize(
    ("language", "expected"), [("ru", "Сценарий"), ("uz", "Scenario"), ("tk", "Scenario")]
)
def test_texts_come_in_the_language_with_english_fallback(draft_scenario, language, expected):
    view = selectors.scenario_overview(scenario=draft_scenario, language=language)
    assert view.title.startswith(expected)


def test_a_published_versions_overview_is_read_once_per_language(
    published_scenario, draft_scenario, django_assert_num_queries
):
    english = selectors.scenario_overview(scenario=published_scenario, language="en")
    with django_assert_num_queries(0):
        assert selectors.scenario_overview(scenario=published_scenario, language="en") == english
    russian = selectors.scenario_overview(scenario=published_scenario, language="ru")
    assert russian.title.startswith("Сценарий") and english.title.startswith("Scenario")
    assert russian.consignment_count == english.consignment_count == 4
    # A draft may change at any moment: read every time.
    selectors.scenario_overview(scenario=draft_scenario, language="en")
    with django_assert_num_queries(1):
        selectors.scenario_overview(scenario=draft_scenario, language="en")


def test_indicator_catalogue_is_translated():
    ru = {i.code: i.name for i in selectors.indicator_catalogue(language="ru")}
    assert ru["IND-10"] == "Расплывчатое описание"


def test_the_indicator_catalogue_is_kept_per_language_and_follows_every_edit(django_assert_num_queries):
    from django.utils import translation

    from scenarios.models import Indicator

    selectors.indicator_catalogue(language="en")
    with django_assert_num_queries(0):
        english = {i.code: i for i in selectors.indicator_catalogue(language="en")}
    with translation.override("en"):  # a Russian reader's catalogue whatever the active language
        russian = {i.code: i for i in selectors.indicator_catalogue(language="ru")}
    assert english["IND-10"].name != russian["IND-10"].name == "Расплывчатое описание"
    assert english["IND-10"].category_label != russian["IND-10"].category_label

    indicator = Indicator.objects.get(code="IND-10")
    indicator.name = {**indicator.name, "ru": "Неясное описание товара"}
    indicator.save()
    assert {i.code: i.name for i in selectors.indicator_catalogue(language="ru")}["IND-10"] == (
        "Неясное описание товара"
    )
    indicator.active = False
    indicator.save()
    assert "IND-10" not in {i.code for i in selectors.indicator_catalogue(language="ru")}
    assert "IND-10" in {i.code for i in selectors.indicator_catalogue(language="ru", active_only=False)}


def test_an_osint_page_matches_only_when_it_has_every_word(draft_scenario):
    (page,) = selectors.scenario_osint_corpus(scenario=draft_scenario)
    assert page.url == "https://registry.example.org/1"
    assert selectors.osint_matches(page, ["trading", "2019"])
    assert selectors.osint_matches(page, ["registry.example", "company"])  # the address counts too
    assert not selectors.osint_matches(page, ["trading", "2020"])


def test_truth_selector_returns_truth_per_consignment(draft_scenario):
    truth = scenario_truth(scenario=draft_scenario, language="ru")
    assert len(truth) == 4
    assert sum(t.high_risk for t in truth.values()) == 1
    assert any(t.debrief.startswith("Секретный") for t in truth.values())


@pytest.mark.parametrize("module", TRAINEE_FACING_MODULES)
def test_trainee_facing_code_never_imports_the_truth(module):
    path = Path(settings.BASE_DIR) / module
    if not path.exists():
        pytest.skip(f"{module} not present")
    tree = ast.parse(path.read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    forbidden = {"scenarios.truth", "scenarios.models.truth", "truth", "models.truth", "ConsignmentTruth"}
    assert not imported & forbidden
    # `from .models import X` would pull the package that re-exports the truth model
    assert "ConsignmentTruth" not in path.read_text()


def test_the_table_of_a_published_version_comes_from_the_shared_cache(
    published_scenario, draft_scenario, django_assert_num_queries
):
    from django.core.cache import cache

    cache.clear()
    with django_assert_num_queries(1):
        first = selectors.scenario_table(scenario=published_scenario, language="ru")
    with django_assert_num_queries(0):
        again = selectors.scenario_table(scenario=published_scenario, language="ru")
    assert again == first and [r.container_number for r in first] == sorted(r.container_number for r in first)
    # Another language is another entry; a draft, whose content may change, is never kept.
    with django_assert_num_queries(1):
        selectors.scenario_table(scenario=published_scenario, language="tk")
    for _ in range(2):
        with django_assert_num_queries(1):
            selectors.scenario_table(scenario=draft_scenario, language="ru")
    assert selectors.published_cache_key(draft_scenario, "table", "ru") is None


@pytest.mark.parametrize(
    ("language", "china", "kazakhstan"),
    [("en", "China", "Kazakhstan"), ("ru", "Китай", "Казахстан"), ("uz", "Xitoy", "Qozogʻiston"),
     ("tk", "Hytaý", "Gazagystan"), ("kk", "Қытай", "Қазақстан"), ("az", "Çin", "Qazaxıstan")],
)  # fmt: skip
def test_countries_are_named_in_the_readers_language(language, china, kazakhstan):
    from scenarios.catalogue import country_name

    assert (country_name("CN", language), country_name("KZ", language)) == (china, kazakhstan)
    assert country_name("XX", language) == "XX"  # no such country: the code as it was written


def test_the_table_names_the_origin_country(published_scenario):
    rows = selectors.scenario_table(scenario=published_scenario, language="tk")
    from scenarios.catalogue import country_name

    assert rows and all(r.country_of_origin_name == country_name(r.country_of_origin, "tk") for r in rows)
    assert all(r.country_of_origin_name != r.country_of_origin for r in rows)


def test_the_table_and_the_case_file_look_each_origin_country_up_once(draft_scenario, monkeypatch):
    """A case file names the same few countries for hundreds of consignments:
    each name is looked up in CLDR once per build, not once per consignment."""
    from scenarios.catalogue import country_name

    draft_scenario.consignments.filter(pk=draft_scenario.consignments.order_by("pk").first().pk).update(
        country_of_origin="CN"
    )
    asked = []

    def counted(code, language=None):
        asked.append(code)
        return country_name(code, language)

    monkeypatch.setattr(selectors, "country_name", counted)
    rows = selectors.scenario_table(scenario=draft_scenario, language="ru")
    assert sorted(asked) == ["AZ", "CN"]
    assert sorted(r.country_of_origin_name for r in rows) == ["Азербайджан"] * 3 + ["Китай"]
    asked.clear()
    views = selectors.scenario_consignments(scenario=draft_scenario, language="ru")
    assert sorted(asked) == ["AZ", "CN"]
    assert sorted(v.country_of_origin_name for v in views) == ["Азербайджан"] * 3 + ["Китай"]


def test_a_published_consignments_case_file_is_kept_per_language(
    published_scenario, django_assert_num_queries
):
    consignment = published_scenario.consignments.order_by("container_number").first()
    (expected,) = selectors.scenario_consignments(
        scenario=published_scenario, language="ru", ids=[consignment.pk]
    )
    assert (
        selectors.scenario_consignment(
            scenario=published_scenario, consignment_id=consignment.pk, language="ru"
        )
        == expected
    )
    with django_assert_num_queries(0):
        again = selectors.scenario_consignment(
            scenario=published_scenario, consignment_id=consignment.pk, language="ru"
        )
    assert again == expected
    english = selectors.scenario_consignment(
        scenario=published_scenario, consignment_id=consignment.pk, language="en"
    )
    (fresh,) = selectors.scenario_consignments(
        scenario=published_scenario, language="en", ids=[consignment.pk]
    )
    assert english == fresh != expected  # each language its own
    assert (
        selectors.scenario_consignment(scenario=published_scenario, consignment_id=-1, language="ru") is None
    )


def test_a_draft_consignments_case_file_is_read_every_time(draft_scenario, django_assert_num_queries):
    consignment = draft_scenario.consignments.first()
    selectors.scenario_consignment(scenario=draft_scenario, consignment_id=consignment.pk, language="en")
    consignment.conveyance = "MSC Edited After Reading"
    consignment.save()
    view = selectors.scenario_consignment(
        scenario=draft_scenario, consignment_id=consignment.pk, language="en"
    )
    assert view.conveyance == "MSC Edited After Reading"


def test_a_published_versions_identifiers_are_read_once(published_scenario, django_assert_num_queries):
    first = selectors.scenario_identifiers(scenario=published_scenario)
    assert first.containers and first.numbers and first.parties
    with django_assert_num_queries(0):
        assert selectors.scenario_identifiers(scenario=published_scenario) == first


def test_a_drafts_identifiers_are_read_every_time(draft_scenario):
    selectors.scenario_identifiers(scenario=draft_scenario)
    consignment = draft_scenario.consignments.first()
    consignment.container_number = "MSCU0000017"
    consignment.save()
    assert "MSCU0000017" in selectors.scenario_identifiers(scenario=draft_scenario).containers
