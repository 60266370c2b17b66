"""Scenario imports fed garbage: tables in the wrong encoding, broken or
oversized workbooks, enormous cells, random JSON. Every one ends in a clear
error that names the problem, or in a valid import; never a crash, and never
half of an import."""

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from openpyxl import Workbook

from scenarios.errors import ScenarioImportError
from scenarios.interchange import scenario_export, scenario_import
from scenarios.models import Consignment, Party, Scenario
from scenarios.tabular import MAX_CELL_CHARS, consignments_import
from tests.factories.scenarios import ScenarioFactory, container_number

pytestmark = pytest.mark.django_db

FUZZ = hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

HEADER = [
    "container_number", "transport_document_number", "seals_declared", "conveyance", "place_of_receipt",
    "port_of_loading", "port_of_discharge", "final_destination", "shipper", "consignee", "goods_description",
    "hs_code", "country_of_origin", "packages", "gross_weight_kg", "declared_value",
]  # fmt: skip


def _row(i=0, **overrides):
    row = {
        "container_number": container_number(700 + i),
        "transport_document_number": f"BL{i}",
        "seals_declared": f"S{i}",
        "conveyance": "MV Test",
        "place_of_receipt": "AZBAK",
        "port_of_loading": "AZALT",
        "port_of_discharge": "KZAAU",
        "final_destination": "KZALA",
        "shipper": "Бакинская плитка",
        "consignee": "Aktau Build LLP",
        "goods_description": "Керамическая плитка",
        "hs_code": "690722",
        "country_of_origin": "AZ",
        "packages": "10",
        "gross_weight_kg": "12000",
        "declared_value": "9000",
    }
    row.update(overrides)
    return row


def _csv_text(rows) -> str:
    lines = [",".join(HEADER)]
    for row in rows:
        lines.append(",".join('"' + str(row[c]).replace('"', '""') + '"' for c in HEADER))
    return "\r\n".join(lines) + "\r\n"


def _xlsx(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append([row[c] for c in HEADER])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _import(content: bytes, filename: str):
    """(count, None) or (None, the error's text) and the check that a failed
    import stored nothing."""
    scenario = ScenarioFactory()
    before = (Consignment.objects.count(), Party.objects.count())
    try:
        return consignments_import(scenario=scenario, content=content, filename=filename), None
    except ScenarioImportError as error:
        text = " | ".join(str(problem) for problem in error.problems)
        assert text.strip()
        assert (Consignment.objects.count(), Party.objects.count()) == before
        return None, text


def test_a_well_formed_table_imports_in_both_formats():
    rows = [_row(0), _row(1)]
    assert _import(_csv_text(rows).encode("utf-8"), "a.csv") == (2, None)
    assert _import(_xlsx([_row(2), _row(3)]), "a.xlsx") == (2, None)


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "koi8-r", "latin-1"])
def test_a_table_saved_in_another_encoding_is_refused_naming_utf8(encoding):
    content = _csv_text([_row(0, goods_description="Плитка ñ")]).encode(encoding, errors="replace")
    count, error = _import(content, "legacy.csv")
    assert count is None
    assert "UTF-8" in error


@FUZZ
@given(content=st.binary(max_size=4000))
def test_random_bytes_as_csv_never_crash(content):
    _import(content, "random.csv")


@FUZZ
@given(content=st.binary(max_size=4000))
def test_random_bytes_as_xlsx_are_refused_as_unreadable(content):
    count, error = _import(content, "random.xlsx")
    assert count is None


@FUZZ
@given(
    cells=st.lists(
        st.fixed_dictionaries({column: st.text(max_size=40) for column in HEADER[:6]}),
        min_size=1,
        max_size=5,
    )
)
def test_random_cell_text_in_a_valid_table_imports_or_is_refused_with_a_reason(cells):
    rows = [_row(i, **{k: v for k, v in cell.items() if "\x00" not in v}) for i, cell in enumerate(cells)]
    _import(_csv_text(rows).encode("utf-8"), "cells.csv")


def test_an_enormous_cell_is_refused_naming_its_row_and_column():
    rows = [_row(0), _row(1, goods_description="x" * (MAX_CELL_CHARS + 1))]
    for content, filename in ((_csv_text(rows).encode(), "big.csv"), (_xlsx(rows), "big.xlsx")):
        count, error = _import(content, filename)
        assert count is None
        assert "row 3" in error and "goods_description" in error


def test_a_workbook_that_expands_to_gigabytes_is_refused_before_it_is_read():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        # 200 MB of one repeated character compresses to a few hundred KB.
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            chunk = b"a" * (1024 * 1024)
            for _i in range(200):
                sheet.write(chunk)
    count, error = _import(out.getvalue(), "bomb.xlsx")
    assert count is None
    assert "MB" in error


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=15,
)


@pytest.fixture
def exported(db):
    from tests.factories.exercises import published_exercise_scenario

    return scenario_export(scenario=published_exercise_scenario())


def _import_document(document) -> None:
    """A valid import (one more scenario) or a refusal with a reason and
    nothing stored."""
    before = Scenario.objects.count()
    try:
        scenario_import(document=json.dumps(document))
    except ScenarioImportError as error:
        assert all(str(problem).strip() for problem in error.problems)
        assert Scenario.objects.count() == before
    else:
        assert Scenario.objects.count() == before + 1


@FUZZ
@given(
    key=st.sampled_from(["title", "briefing", "consignments", "parties", "weights", "inspection_budget"]),
    value=json_values,
)
def test_a_scenario_document_with_any_field_replaced_imports_or_is_refused_with_a_reason(
    exported, key, value
):
    document = json.loads(json.dumps(exported))
    document[key] = value
    _import_document(document)


CONSIGNMENT_KEYS = [
    "container_number", "seals_declared", "gross_weight_kg", "declared_value", "shipper", "consignee",
    "booking_date", "arrival_date", "truth", "documents", "scans", "osint", "packages", "hs_code",
]  # fmt: skip


@FUZZ
@given(key=st.sampled_from(CONSIGNMENT_KEYS), value=json_values)
def test_a_consignment_with_any_field_replaced_imports_or_is_refused_with_a_reason(exported, key, value):
    document = json.loads(json.dumps(exported))
    document["consignments"][0][key] = value
    _import_document(document)


@FUZZ
@given(content=st.binary(max_size=2000))
def test_random_bytes_as_a_scenario_document_are_refused(content):
    with pytest.raises(ScenarioImportError):
        scenario_import(document=content)
    assert not Scenario.objects.exists()
