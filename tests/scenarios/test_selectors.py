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


def test_indicator_catalogue_is_translated():
    ru = {i.code: i.name for i in selectors.indicator_catalogue(language="ru")}
    assert ru["IND-10"] == "Расплывчатое описание"


def test_osint_search_matches_every_word(draft_scenario):
    assert [p.url for p in selectors.osint_search(scenario=draft_scenario, query="trading 2019")] == [
        "https://registry.example.org/1"
    ]
    assert selectors.osint_search(scenario=draft_scenario, query="trading 2020") == []


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
