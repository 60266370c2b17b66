"""Spreadsheet formula injection: text from users (names, cohort names,
scenario titles, audit details) that starts like a formula is written to the
programme's CSV and XLSX exports as text, never as a formula."""

import csv
import io

import pytest
from openpyxl import load_workbook

from reports.exports import csv_bytes, xlsx_bytes

PAYLOADS = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "=cmd|'/c calc'!A0"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_csv_cells_that_look_like_formulas_are_neutralised(payload):
    rows = list(csv.reader(io.StringIO(csv_bytes(["name"], [[payload]]).decode("utf-8-sig"))))
    assert rows[1][0] == "'" + payload


@pytest.mark.parametrize("payload", PAYLOADS)
def test_xlsx_cells_that_look_like_formulas_are_text(payload):
    sheet = load_workbook(io.BytesIO(xlsx_bytes("t", ["name"], [[payload, 5, -3]]))).active
    cell = sheet.cell(row=2, column=1)
    assert cell.data_type == "s" and cell.value.startswith("'")
    # Numbers stay numbers.
    assert sheet.cell(row=2, column=2).value == 5 and sheet.cell(row=2, column=3).value == -3
