import csv
import io
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from scenarios.declarations import declarations_import_with_report
from scenarios.errors import ScenarioImportError
from scenarios.interchange import scenario_export
from scenarios.models import Consignment, Scenario
from scenarios.models.truth import ConsignmentTruth
from scenarios.tabular import consignments_import
from scenarios.truth import scenario_truth
from tests.factories.scenarios import container_number

pytestmark = pytest.mark.django_db

EXTRACT = Path(settings.BASE_DIR) / "scenarios" / "data" / "customs-declarations-extract.csv"


def _extract_rows():
    with EXTRACT.open(newline="") as f:
        return list(csv.DictReader(f))


def _csv(rows) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def test_extract_ships_with_its_licence():
    assert (EXTRACT.parent / "customs-declarations-LICENSE").read_text().startswith("MIT License")
    assert len(_extract_rows()) == 6000


def test_declarations_import_keeps_the_outcome_as_hidden_truth():
    scenario = declarations_import_with_report(
        content=EXTRACT.read_bytes(),
        filename=EXTRACT.name,
        label_column="Fraud",
        rows=40,
        budget=5,
        title="Decl",
    ).scenario
    rows = {row["Declaration ID"]: row for row in _extract_rows()[:40]}
    truth = scenario_truth(scenario=scenario)
    sources = {
        t.consignment_id: t.source_references
        for t in ConsignmentTruth.objects.filter(consignment__scenario=scenario)
    }
    assert sorted(ref for refs in sources.values() for ref in refs) == sorted(rows)
    for consignment_id, refs in sources.items():
        assert truth[consignment_id].high_risk == any(rows[ref]["Fraud"] != "0" for ref in refs)
    assert scenario.inspection_budget == 5


def test_declarations_import_is_deterministic():
    kwargs = {"content": EXTRACT.read_bytes(), "filename": EXTRACT.name, "label_column": "Fraud", "rows": 30, "budget": 3, "title": "D", "secret": b"s"}  # fmt: skip
    first = scenario_export(scenario=declarations_import_with_report(**kwargs).scenario)
    second = scenario_export(scenario=declarations_import_with_report(**kwargs).scenario)
    assert first["consignments"] == second["consignments"]


def test_bad_declaration_rows_are_reported_by_row_and_column_and_nothing_is_saved():
    rows = _extract_rows()[:10]
    rows[2]["Net Mass"] = "-4"
    rows[4]["HS6 Code"] = "12AB"
    rows[5]["Declaration ID"] = rows[1]["Declaration ID"]
    with pytest.raises(ScenarioImportError) as error:
        declarations_import_with_report(
            content=_csv(rows), filename="d.csv", label_column="Fraud", rows=10, budget=2, title="x"
        )
    text = [str(p) for p in error.value.problems]
    assert any("row 4, column Net Mass" in t for t in text)
    assert any("row 6, column HS6 Code" in t for t in text)
    assert any("row 7, column Declaration ID" in t and "Duplicate of row 3" in t for t in text)
    assert not Scenario.objects.exists()


@pytest.mark.parametrize(
    ("content", "filename", "kwargs", "expected"),
    [
        ("Declaration ID;Date\n".encode("utf-16"), "d.csv", {}, "not UTF-8"),
        (b"Declaration ID,Date\n1,2020-01-01\n", "d.csv", {}, "Missing columns"),
        (b"x" * (10 * 1024 * 1024 + 1), "d.csv", {}, "larger than 10 MB"),
        (b"a", "d.txt", {}, ".csv or .xlsx"),
        (None, "d.csv", {"budget": 50}, "inspection budget (50)"),
        (None, "d.csv", {"label_column": "Nope"}, "Missing columns: Nope"),
    ],
)
def test_bad_declaration_files_get_one_clear_error(content, filename, kwargs, expected):
    arguments = {"label_column": "Fraud", "rows": 20, "budget": 3, "title": "x", **kwargs}
    with pytest.raises(ScenarioImportError) as error:
        declarations_import_with_report(
            content=content or EXTRACT.read_bytes(), filename=filename, **arguments
        )
    assert expected in " ".join(str(p) for p in error.value.problems)
    assert not Scenario.objects.exists()


def _consignment_rows(n=3):
    return [
        {
            "Container": container_number(500 + i),
            "BL": f"BL{i}",
            "Seal": f"S{i}",
            "Vessel": "MV Test",
            "Receipt": "AZBAK",
            "POL": "AZALT",
            "POD": "KZAAU",
            "Destination": "KZALA",
            "Shipper": "Baku Tiles MMC",
            "Consignee": "Aktau Build LLP",
            "Goods": "Tiles",
            "HS": "690722",
            "Origin": "AZ",
            "Packages": "10",
            "Gross": "12000",
            "Value": "9000",
            "Risk": "yes" if i == 0 else "no",
        }
        for i in range(n)
    ]


MAPPING = {
    "container_number": "Container", "transport_document_number": "BL", "seals_declared": "Seal",
    "conveyance": "Vessel", "place_of_receipt": "Receipt", "port_of_loading": "POL", "port_of_discharge": "POD",
    "final_destination": "Destination", "shipper": "Shipper", "consignee": "Consignee",
    "goods_description": "Goods", "hs_code": "HS", "country_of_origin": "Origin", "packages": "Packages",
    "gross_weight_kg": "Gross", "declared_value": "Value", "high_risk": "Risk",
}  # fmt: skip


def _xlsx(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(list(rows[0]))
    for row in rows:
        sheet.append(list(row.values()))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("make", "filename"), [(_csv, "c.csv"), (_xlsx, "c.xlsx")])
def test_consignments_import_from_csv_or_xlsx_with_column_mapping(make, filename):
    from tests.factories.scenarios import ScenarioFactory

    scenario = ScenarioFactory()
    assert (
        consignments_import(
            scenario=scenario, content=make(_consignment_rows()), filename=filename, mapping=MAPPING
        )
        == 3
    )
    assert Consignment.objects.filter(scenario=scenario).count() == 3
    truth = scenario_truth(scenario=scenario)
    assert sorted(t.high_risk for t in truth.values()) == [False, False, True]
    assert scenario.parties.count() == 2


def test_consignments_import_reports_rows_and_columns_and_saves_nothing():
    from tests.factories.scenarios import ScenarioFactory

    scenario = ScenarioFactory()
    rows = _consignment_rows()
    rows[1]["Container"] = "TEXU3070070"
    rows[2]["Gross"] = "-1"
    with pytest.raises(ScenarioImportError) as error:
        consignments_import(scenario=scenario, content=_csv(rows), filename="c.csv", mapping=MAPPING)
    text = " | ".join(str(p) for p in error.value.problems)
    assert "row 3, column Container" in text and "check digit" in text
    assert "row 4, column Gross" in text
    assert not Consignment.objects.exists()
    assert not scenario.parties.exists()


def test_commands_round_trip(tmp_path):
    out = StringIO()
    call_command(
        "generate_scenario", seed=4, consignments=8, high_risk=2, phase="import", title="Gen", stdout=out
    )
    scenario_id = int(out.getvalue())
    target = tmp_path / "s.json"
    call_command("export_scenario", scenario_id, out=str(target))
    out = StringIO()
    call_command("import_scenario", str(target), stdout=out)
    new = Scenario.objects.get(pk=int(out.getvalue()))
    original = scenario_export(scenario=Scenario.objects.get(pk=scenario_id))
    assert scenario_export(scenario=new)["consignments"] == original["consignments"]


def test_import_declarations_command_prints_the_id():
    out = StringIO()
    call_command(
        "import_declarations",
        str(EXTRACT),
        label_column="Fraud",
        rows=25,
        budget=3,
        title="From file",
        stdout=out,
    )
    scenario = Scenario.objects.get(pk=int(out.getvalue()))
    stored = ConsignmentTruth.objects.filter(consignment__scenario=scenario)
    assert stored.count() == scenario.consignments.count()
    assert sorted(r for t in stored for r in t.source_references) == sorted(
        row["Declaration ID"] for row in _extract_rows()[:25]
    )


def test_import_command_lists_problems(tmp_path):
    target = tmp_path / "bad.json"
    target.write_text('{"format": "nope"}')
    with pytest.raises(CommandError, match="not a PCU Academy scenario"):
        call_command("import_scenario", str(target))


@pytest.mark.slow
def test_seed_demo_publishes_three_scenarios_in_four_languages(seeded_demo):
    from scenarios import selectors

    call_command("seed_demo", stdout=StringIO())
    published = Scenario.objects.current()
    assert published.count() == 3
    assert {s.phase for s in published} == {"import", "export"}
    truths = [scenario_truth(scenario=s) for s in published]
    assert any(any(t.concealment == "rip_on_rip_off" for t in truth.values()) for truth in truths)
    for scenario in published:
        assert set(scenario.title) == set(scenario.briefing) == {"en", "ru", "uz", "tk"}
        ru = selectors.scenario_osint_pages(scenario=scenario, language="tk")
        assert all(page.body for page in ru)
