"""CSV and XLSX files of a dashboard table or of the audit log.

Every file carries its context (`ExportContext`: what it is, when it was
exported, the period, the filters and the definitions of its figures, in the
reader's language). XLSX: a first sheet of its own. CSV: a header block of
two-column rows before the table, ending with an empty row (docs/reports.md).
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

# One rule for every cell of every CSV and XLSX file the platform writes (our
# own exports and Wagtail's report exports, through SafeSpreadsheetExportMixin):
# text that a spreadsheet program would read as a formula is written as text,
# dates in ISO 8601 to the second, and CSV files start with a byte-order mark.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def safe_cell(value):
    """`value` as a spreadsheet cell: None as empty, dates and times in ISO
    8601 without microseconds (aware ones in the current time zone), text
    that starts like a formula prefixed with an apostrophe; numbers as they are."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float | Decimal):
        return value
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    text = ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
    if text[:1] in FORMULA_STARTS:
        # Never let a cell be read as a formula.
        return "'" + text
    return text


@dataclass
class ExportContext:
    """What a file says about itself: (label, value) lines such as the
    report, the time of export, the period and each filter, then the
    definitions of its columns and figures as (name, definition) pairs."""

    about: str  # the heading of the block, e.g. "About this file"
    lines: list[tuple[str, str]] = field(default_factory=list)
    definitions_heading: str = ""
    definitions: list[tuple[str, str]] = field(default_factory=list)
    sheet_label: str = ""  # the word before a sheet's name, e.g. "Sheet"

    def rows(self, sheets=()) -> list[list]:
        """The block's rows; `sheets`: (sheet name, definitions of its
        columns) of a workbook of several tables, each after a
        (sheet_label, name) row, following the definitions of the whole file."""
        sheets = list(sheets)
        rows = [[self.about, ""]] + [[label, value] for label, value in self.lines]
        if self.definitions or sheets:
            rows += [["", ""], [self.definitions_heading, ""]]
            rows += [[name, text] for name, text in self.definitions]
            for sheet, definitions in sheets:
                rows.append([self.sheet_label, sheet])
                rows += [[name, text] for name, text in definitions]
        return rows


def export_context(*, title: str, period: str, filters, breakdown: str = "", note: str = "", definitions=()):
    """The context every export carries, in the active language: the time of
    export is now, as every date of an export is written (ISO 8601 to the
    second, with the programme's time zone offset)."""
    lines = [
        (_("Report"), title),
        (_("Exported at"), timezone.localtime().replace(microsecond=0)),
        (_("Time zone"), timezone.get_current_timezone_name()),
        (_("Period"), period),
    ]
    lines += list(filters) or [(_("Filters"), _("none (every trainee)"))]
    if breakdown:
        lines.append((_("Breakdown"), breakdown))
    if note:
        lines.append((_("Note"), note))
    return ExportContext(
        about=_("About this file"),
        lines=lines,
        definitions_heading=_("Definitions"),
        definitions=list(definitions),
        sheet_label=_("Sheet"),
    )


def csv_bytes(columns, rows, context: ExportContext | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if context is not None:
        for line in context.rows():
            writer.writerow([safe_cell(v) for v in line])
        # The table starts after the first empty row.
        writer.writerow([])
    writer.writerow([safe_cell(str(c)) for c in columns])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    # A BOM so that spreadsheet programs read Cyrillic and Uzbek letters as UTF-8.
    return (BOM + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(title: str, columns, rows, context: ExportContext | None = None) -> bytes:
    return xlsx_workbook([(title, columns, rows)], context)


def xlsx_workbook(tables, context: ExportContext | None = None, *, sheet_definitions=()) -> bytes:
    """A workbook: the context on a first sheet, then one sheet per
    (title, columns, rows) of `tables`. `sheet_definitions`: the definitions
    of each table's columns, in the order of `tables`, written in the context
    under the name of the table's sheet."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    used: set[str] = set()
    about = _sheet_title(context.about, used) if context is not None else ""
    names = [_sheet_title(title, used) for title, _columns, _rows in tables]
    if context is not None:
        sheet = workbook.create_sheet(title=about)
        for line in context.rows(sheets=zip(names, sheet_definitions, strict=False)):
            sheet.append([safe_cell(v) for v in line])
    for name, (_title, columns, rows) in zip(names, tables, strict=True):
        sheet = workbook.create_sheet(title=name)
        sheet.append([safe_cell(str(c)) for c in columns])
        for row in rows:
            sheet.append([safe_cell(v) for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_title(title: str, used: set[str] | None = None) -> str:
    cleaned = "".join(ch for ch in str(title) if ch not in "[]:*?/\\")[:31] or "Sheet"
    if used is not None:
        base, n = cleaned, 1
        while cleaned.casefold() in used:
            n += 1
            cleaned = f"{base[: 31 - len(str(n)) - 1]} {n}"
        used.add(cleaned.casefold())
    return cleaned


class SafeSpreadsheetExportMixin:
    """For Wagtail views with spreadsheet export (`ReportView`, index views
    with `list_export`): every cell goes through `safe_cell`, CSV files get the
    byte-order mark. Put it before Wagtail's view class."""

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(value)

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        # Dates arrive as ISO text already; no number format to apply.
        yield from super().generate_xlsx_row(worksheet, row_dict, date_format=None)

    def stream_csv(self, queryset):
        yield BOM.encode("utf-8")
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response
