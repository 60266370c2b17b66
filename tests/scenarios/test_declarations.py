"""Declarations as published: the KCS column layout read unchanged, skipped rows
reported, containers built, source identifiers kept from trainees, and the
risk-engine baseline. Fixtures come from the shipped extract only."""

import csv
import io
import re
from http import HTTPStatus
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from stdnum import iso6346

from scenarios import selectors
from scenarios.declarations import (
    MAX_DECLARATION_ROWS,
    declarations_document,
    declarations_import_with_report,
)
from scenarios.declarations_engine import (
    declarations_engine,
    declarations_engine_rank,
    declarations_engine_select,
    scenario_is_declarations,
)
from scenarios.errors import ScenarioImportError
from scenarios.interchange import scenario_export, scenario_import
from scenarios.models import Consignment, Scenario
from scenarios.models.truth import ConsignmentTruth
from tests.factories.scenarios import scenario_build

pytestmark = pytest.mark.django_db

EXTRACT = Path(settings.BASE_DIR) / "scenarios" / "data" / "customs-declarations-extract.csv"
SECRET = b"fixed test secret"
SOURCE_ID_COLUMNS = ("Declaration ID", "Importer ID", "Seller ID", "Declarant ID", "Courier ID")


def extract_rows():
    with EXTRACT.open(newline="") as f:
        return list(csv.DictReader(f))


def as_csv(rows) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def published_like(rows):
    """Rows as the published splits mix them: air, post, other and zero-mass rows
    among the container modes (values otherwise as in the extract)."""
    mixed = [dict(row) for row in rows]
    for i, row in enumerate(mixed):
        if i % 5 == 1:
            row["Mode of Transport"] = "40"
        elif i % 17 == 3:
            row["Mode of Transport"] = "50"
        elif i % 29 == 4:
            row["Mode of Transport"] = "90"
        elif i % 31 == 6:
            row["Net Mass"] = "0.0"
    return mixed


def import_kwargs(content, **kwargs):
    return {
        "content": content,
        "filename": "split.csv",
        "label_column": "Fraud",
        "rows": None,
        "budget": 5,
        "title": "Declarations",
        "secret": SECRET,
        **kwargs,
    }


def test_the_extract_ships_with_its_licence_and_the_published_columns():
    assert (EXTRACT.parent / "customs-declarations-LICENSE").read_text().startswith("MIT License")
    rows = extract_rows()
    assert len(rows) == 6000
    assert {row["Mode of Transport"] for row in rows} <= {"10", "20", "30"}
    assert list(rows[0])[:3] == ["Declaration ID", "Date", "Office ID"]
    assert list(rows[0])[-2:] == ["Fraud", "Critical Fraud"]


def test_skipped_rows_are_counted_by_reason_and_n_counts_taken_rows():
    rows = published_like(extract_rows()[:200])
    imported = declarations_import_with_report(**import_kwargs(as_csv(rows), rows=100))
    report = imported.report
    expected_taken = []
    expected_skipped = {"air": 0, "mail": 0, "other": 0, "zero_mass": 0}
    for row in rows:
        if len(expected_taken) == 100:
            break
        mode = row["Mode of Transport"]
        reason = {"40": "air", "50": "mail", "90": "other"}.get(mode)
        if reason:
            expected_skipped[reason] += 1
        elif row["Net Mass"] == "0.0" or float(row["Net Mass"]) == 0:
            expected_skipped["zero_mass"] += 1
        elif float(row["Item Price"]) == 0:
            continue
        else:
            expected_taken.append(row)
    assert report.rows_taken == 100
    for reason, count in expected_skipped.items():
        assert report.skipped[reason] == count
    assert report.skipped["air"] > 0 and report.skipped["mail"] > 0 and report.skipped["other"] > 0
    truth = ConsignmentTruth.objects.filter(consignment__scenario=imported.scenario)
    stored = sorted(ref for t in truth for ref in t.source_references)
    assert stored == sorted(row["Declaration ID"] for row in expected_taken)


def test_the_stored_truth_equals_the_labels_of_the_taken_rows():
    rows = published_like(extract_rows()[:600])
    scenario = declarations_import_with_report(**import_kwargs(as_csv(rows))).scenario
    label = {row["Declaration ID"]: row for row in rows}
    truths = ConsignmentTruth.objects.filter(consignment__scenario=scenario)
    assert truths.count() == scenario.consignments.count()
    for truth in truths:
        sources = [label[ref] for ref in truth.source_references]
        assert {row["Mode of Transport"] for row in sources} <= {"10", "20", "30"}
        assert truth.high_risk == any(row["Fraud"] == "1" for row in sources)
        critical = any(row["Critical Fraud"] == "2" for row in sources)
        assert str(truth.severity) == ("3.00" if truth.high_risk and critical else "1.00")
        # One importer, one date, one office, one mode per container.
        assert (
            len({(r["Importer ID"], r["Date"], r["Office ID"], r["Mode of Transport"]) for r in sources}) == 1
        )


def test_containers_are_plausible_and_routes_follow_the_departure_country():
    document, report = declarations_document(**{**import_kwargs(EXTRACT.read_bytes()), "budget": 50})
    consignments = document["consignments"]
    assert report.consignments == len(consignments) and report.rows_taken > 5900
    by_source = {row["Declaration ID"]: row for row in extract_rows()}
    conveyances = set()
    for c in consignments:
        assert iso6346.is_valid(c["container_number"])
        net, gross, value = float(c["net_weight_kg"]), float(c["gross_weight_kg"]), float(c["declared_value"])
        assert 300 <= net <= 26_000 and net < gross <= net * 1.13
        assert 0 < value <= 3_000_000
        source = by_source[c["truth"]["source_references"][0]]
        assert c["place_of_receipt"][:2] == source["Country of Departure"]
        assert c["final_destination"][:2] == "KZ" and c["port_of_discharge"][:2] == "KZ"
        conveyances.add(c["conveyance"])
    assert len({c["container_number"] for c in consignments}) == len(consignments)
    values = sorted(float(c["declared_value"]) for c in consignments)
    assert 5_000 < values[len(values) // 2] < 500_000
    assert len(conveyances) > 10
    assert len({c["port_of_discharge"] for c in consignments}) >= 3


def test_pseudonyms_are_keyed_per_scenario_and_deterministic_for_a_secret():
    content = as_csv(extract_rows()[:80])
    first, _ = declarations_document(**import_kwargs(content))
    again, _ = declarations_document(**import_kwargs(content))
    other, _ = declarations_document(**import_kwargs(content, secret=b"another scenario"))
    assert first == again
    for field in ("container_number", "declaration_number", "invoice_number", "transport_document_number"):
        ours = {c[field] for c in first["consignments"]}
        theirs = {c[field] for c in other["consignments"]}
        assert not ours & theirs, field
    assert {p["name"] for p in first["parties"]} != {p["name"] for p in other["parties"]}


def visible_text(scenario) -> str:
    parts = []
    for view in selectors.scenario_consignments(scenario=scenario, language="en"):
        parts.append(repr(view))
    parts.append(repr(selectors.scenario_parties(scenario=scenario)))
    parts.append(repr(selectors.scenario_overview(scenario=scenario, language="en")))
    return "\n".join(parts)


def source_ids(rows) -> set[str]:
    return {row[column] for row in rows for column in SOURCE_ID_COLUMNS if row[column]}


def test_no_source_identifier_is_in_any_trainee_visible_field():
    rows = extract_rows()[:300]
    scenario = declarations_import_with_report(**import_kwargs(as_csv(rows))).scenario
    text = visible_text(scenario)
    leaked = sorted(i for i in source_ids(rows) if i in text)
    assert not leaked
    # ... while the export for mentors keeps them with the hidden truth.
    exported = scenario_export(scenario=scenario)
    kept = {ref for c in exported["consignments"] for ref in c["truth"]["source_references"]}
    assert kept == {row["Declaration ID"] for row in rows}


def test_no_source_identifier_reaches_any_trainee_page(client, trainee):
    from exercises.services import attempt_start
    from scenarios.services import scenario_publish_unreviewed
    from tests.exercises.test_leaks import every_trainee_response

    rows = extract_rows()[:40]
    scenario = scenario_publish_unreviewed(
        scenario=declarations_import_with_report(**import_kwargs(as_csv(rows))).scenario
    )
    attempt = attempt_start(user=trainee, scenario=scenario)
    client.force_login(trainee)
    identifiers = source_ids(rows)
    # The engine's probabilities, stored with the truth at publication, are hidden truth too.
    probabilities = {
        repr(p)
        for p in ConsignmentTruth.objects.filter(consignment__scenario=scenario).values_list(
            "engine_probability", flat=True
        )
    }
    assert "None" not in probabilities
    shown = ""
    seen = 0
    for where, response, *_echo in every_trainee_response(client, attempt):
        body = response.content.decode()
        leaked = sorted(i for i in identifiers | probabilities if i in body)
        assert not leaked, f"{leaked} in {where}"
        assert "gradient-boosting" not in body and "engine_probability" not in body, where
        shown += body
        seen += 1
    assert seen > 40
    # The pages searched did show the imported case file.
    for consignment in scenario.consignments.all():
        assert consignment.container_number in shown
        assert consignment.declaration_number in shown


def test_export_and_import_keep_the_source_references():
    scenario = declarations_import_with_report(**import_kwargs(as_csv(extract_rows()[:30]))).scenario
    exported = scenario_export(scenario=scenario)
    copy = scenario_import(document=exported)
    assert scenario_export(scenario=copy)["consignments"] == exported["consignments"]
    bad = {**exported, "consignments": [dict(exported["consignments"][0])]}
    bad["consignments"][0]["truth"] = {**bad["consignments"][0]["truth"], "source_references": [{"x": 1}]}
    with pytest.raises(ScenarioImportError, match="source_references"):
        scenario_import(document=bad)


def test_malformed_rows_are_refused_by_row_and_column_and_nothing_is_stored():
    rows = published_like(extract_rows()[:12])
    rows[2]["Net Mass"] = "-4"
    rows[8]["HS6 Code"] = "12AB"
    rows[1]["HS6 Code"] = "air rows are skipped unread"
    rows[5]["Declaration ID"] = rows[0]["Declaration ID"]
    rows[7]["Mode of Transport"] = "sea"
    rows[9]["Mode of Transport"] = "²0"  # str.isdigit() takes it; int() does not
    with pytest.raises(ScenarioImportError) as error:
        declarations_import_with_report(**import_kwargs(as_csv(rows)))
    text = " | ".join(str(p) for p in error.value.problems)
    assert "row 4, column Net Mass" in text
    assert "row 10, column HS6 Code" in text and "row 3," not in text
    assert "row 7, column Declaration ID" in text and "Duplicate of row 2" in text
    assert "row 9, column Mode of Transport" in text
    assert "row 11, column Mode of Transport" in text
    assert not Scenario.objects.exists() and not Consignment.objects.exists()


def test_the_size_of_a_file_is_bounded():
    header = ",".join(extract_rows()[0]) + "\n"
    line = ",".join(extract_rows()[0].values()) + "\n"
    with pytest.raises(ScenarioImportError, match=f"More than {MAX_DECLARATION_ROWS} rows"):
        declarations_import_with_report(
            **import_kwargs((header + line * (MAX_DECLARATION_ROWS + 1)).encode())
        )
    with pytest.raises(ScenarioImportError, match="larger than 10 MB"):
        declarations_import_with_report(**import_kwargs(b"x" * (10 * 1024 * 1024 + 1)))
    with pytest.raises(ScenarioImportError, match="only 3 rows of sea, rail or road"):
        declarations_import_with_report(**import_kwargs(as_csv(extract_rows()[:3]), rows=10))
    assert not Scenario.objects.exists()


def test_the_command_reports_the_skipped_rows(tmp_path):
    target = tmp_path / "split.csv"
    target.write_bytes(as_csv(published_like(extract_rows()[:120])))
    out, err = StringIO(), StringIO()
    call_command(
        "import_declarations", str(target), label_column="Fraud", rows=60, budget=3, stdout=out, stderr=err
    )
    scenario = Scenario.objects.get(pk=int(out.getvalue()))
    assert re.search(r"Rows read: \d+; taken: 60; containers: \d+", err.getvalue())
    assert re.search(r"Skipped, air freight \(mode 40\): [1-9]", err.getvalue())
    stored = ConsignmentTruth.objects.filter(consignment__scenario=scenario)
    assert sum(len(t.source_references) for t in stored) == 60


def test_the_engine_ranks_by_visible_fields_only_and_selects_within_the_budget():
    scenario = declarations_import_with_report(
        **import_kwargs(as_csv(extract_rows()[:400]), budget=10)
    ).scenario
    assert scenario_is_declarations(scenario=scenario)
    assert not scenario_is_declarations(scenario=scenario_build())
    choices = declarations_engine_select(scenario=scenario)
    assert len(choices) == scenario.consignments.count()
    assert [c.rank for c in choices] == list(range(1, len(choices) + 1))
    assert sum(c.selected for c in choices) == 10 and all(c.selected for c in choices[:10])
    probabilities = [c.probability for c in choices]
    assert (
        probabilities == sorted(probabilities, reverse=True)
        and 0 <= probabilities[-1] <= probabilities[0] <= 1
    )
    # Flipping every label changes nothing: the engine never reads the truth.
    for truth in ConsignmentTruth.objects.filter(consignment__scenario=scenario):
        truth.high_risk = not truth.high_risk
        truth.save()
    assert declarations_engine_select(scenario=scenario) == choices
    assert sum(c.selected for c in declarations_engine_select(scenario=scenario, budget=3)) == 3


def test_the_engine_ranks_fraud_above_clean_traffic_on_its_training_containers():
    from sklearn.metrics import roc_auc_score

    document, _ = declarations_document(**{**import_kwargs(EXTRACT.read_bytes()), "budget": 50})
    ranked = declarations_engine_rank(consignments=document["consignments"], engine=declarations_engine())
    labels = [int(c["truth"]["high_risk"]) for c, _p in ranked]
    assert 0.6 < roc_auc_score(labels, [p for _c, p in ranked]) < 0.99


def test_the_mentor_import_page_takes_a_published_split_and_shows_what_was_skipped(client, mentor):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    client.force_login(mentor)
    rows = published_like(extract_rows()[:80])
    upload = SimpleUploadedFile("df_syn_test_eng.csv", as_csv(rows), content_type="text/csv")
    response = client.post(
        reverse("scenarios:import"),
        {
            "kind": "declarations",
            "file": upload,
            "label_column": "Fraud",
            "rows": "40",
            "budget": "3",
            "title": "Split",
        },
        follow=True,
    )
    assert response.status_code == HTTPStatus.OK
    scenario = Scenario.objects.get()
    assert scenario.title == {"en": "Split"} and scenario.created_by == mentor
    stored = ConsignmentTruth.objects.filter(consignment__scenario=scenario)
    assert sum(len(t.source_references) for t in stored) == 40
    shown = [str(m) for m in response.context["messages"]]
    assert any("Rows taken: 40" in m and "air freight (mode 40)" in m for m in shown)


def test_a_workbook_with_typed_cells_imports_like_the_csv():
    import datetime as dt

    from openpyxl import Workbook

    rows = published_like(extract_rows()[:60])
    book = Workbook()
    sheet = book.active
    sheet.append(list(rows[0]))
    numeric = {
        "Office ID",
        "Mode of Transport",
        "HS6 Code",
        "Net Mass",
        "Item Price",
        "Fraud",
        "Critical Fraud",
    }
    for row in rows:
        sheet.append(
            [
                dt.datetime.fromisoformat(value)
                if column == "Date"
                else (float(value) if "." in value else int(value))
                if column in numeric
                else value
                for column, value in row.items()
            ]
        )
    out = io.BytesIO()
    book.save(out)
    from_xlsx, report = declarations_document(**{**import_kwargs(out.getvalue()), "filename": "split.xlsx"})
    from_csv, _ = declarations_document(**import_kwargs(as_csv(rows)))
    assert report.skipped["air"] > 0
    assert from_xlsx == from_csv


def test_the_measuring_command_scores_every_strategy_below_the_oracle(tmp_path):
    # The extract's own rows are left out as training data: give copies new ids.
    rows = published_like(extract_rows()[:1000])
    for row in rows:
        row["Declaration ID"] = f"T{row['Declaration ID']}"
    target = tmp_path / "held-out.csv"
    target.write_bytes(as_csv(rows))
    out = StringIO()
    call_command(
        "measure_declarations_engine", str(target), rows=200, scenarios=2, random_draws=5, stdout=out
    )
    table = {
        line.split("|")[1].strip(): float(line.split("|")[2])
        for line in out.getvalue().splitlines()
        if line.startswith("| ") and not line.startswith("| Strategy")
    }
    assert set(table) >= {"random (mean of draws)", "engine (gradient boosting)", "oracle"}
    assert table["oracle"] == max(table.values())
    assert "2 held-out scenarios of 200 usable rows" in out.getvalue()
    assert not Scenario.objects.exists()
