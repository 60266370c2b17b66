"""Reading CSV and XLSX tables for the importers: one list of row dicts, or
one clear error. Rows are numbered as a spreadsheet shows them (header = 1)."""

import csv
import io
import zipfile

from django.utils.translation import gettext as _

from .errors import Problem, ScenarioImportError

MAX_TABLE_BYTES = 5 * 1024 * 1024
# What the parts of a workbook may add up to once unpacked (a few MB of
# compressed XML can otherwise expand to gigabytes).
MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ROWS = 5000
MAX_CELL_CHARS = 10_000


def table_read(
    *, content: bytes, filename: str, max_rows: int = MAX_ROWS, max_bytes: int = MAX_TABLE_BYTES
) -> tuple[list[str], list[dict[str, str]]]:
    """(columns, rows) of a .csv (UTF-8) or .xlsx file of at most `max_bytes`
    and `max_rows` rows."""
    if len(content) > max_bytes:
        raise ScenarioImportError(
            Problem(filename, _("The file is larger than %(n)d MB.") % {"n": max_bytes // (1024 * 1024)})
        )
    if filename.lower().endswith(".xlsx"):
        return _read_xlsx(content, filename, max_rows)
    if not filename.lower().endswith(".csv"):
        raise ScenarioImportError(Problem(filename, _("Upload a .csv or .xlsx file.")))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ScenarioImportError(
            Problem(
                filename,
                _("The file is not UTF-8 text (byte %(pos)d). Save it as CSV UTF-8.") % {"pos": error.start},
            )
        ) from error
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    try:
        columns = [c.strip() for c in reader.fieldnames or []]
        for row in reader:
            rows.append({(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None})
            if len(rows) > max_rows:
                raise ScenarioImportError(Problem(filename, _("More than %(n)d rows.") % {"n": max_rows}))
    except csv.Error as error:
        raise ScenarioImportError(
            Problem(
                filename,
                _("Line %(line)d is not valid CSV (%(error)s).") % {"line": reader.line_num, "error": error},
            )
        ) from error
    _check_cells(rows, filename)
    return columns, rows


def _read_xlsx(content: bytes, filename: str, max_rows: int):
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise ScenarioImportError(Problem(filename, _("This is not a readable .xlsx workbook."))) from error
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ScenarioImportError(
            Problem(filename, _("The workbook unpacks to more than 100 MB; save a smaller one."))
        )
    try:
        sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).worksheets[0]
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise ScenarioImportError(Problem(filename, _("This is not a readable .xlsx workbook."))) from error
    values = sheet.iter_rows(values_only=True)
    header = next(values, None) or ()
    columns = [str(c).strip() if c is not None else "" for c in header]
    rows = []
    for raw in values:
        if raw is None or all(v is None for v in raw):
            continue
        rows.append(
            {col: "" if v is None else str(v).strip() for col, v in zip(columns, raw, strict=False) if col}
        )
        if len(rows) > max_rows:
            raise ScenarioImportError(Problem(filename, _("More than %(n)d rows.") % {"n": max_rows}))
    _check_cells(rows, filename)
    return columns, rows


def _check_cells(rows, filename) -> None:
    for number, row in enumerate(rows, start=2):
        for column, value in row.items():
            if len(value) > MAX_CELL_CHARS:
                raise ScenarioImportError(
                    Problem(
                        _("row %(row)d, column %(column)s") % {"row": number, "column": column},
                        _("The cell holds more than %(n)d characters.") % {"n": MAX_CELL_CHARS},
                    )
                )


def require_columns(columns, required, filename) -> None:
    missing = [c for c in required if c not in columns]
    if missing:
        raise ScenarioImportError(
            Problem(filename, _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
        )


# Consignment fields a table can fill, by default read from columns of the same name.
CONSIGNMENT_COLUMNS = (
    "container_number", "size_type", "transport_mode", "transport_document_number", "seals_declared",
    "seals_recorded", "conveyance", "voyage", "place_of_receipt", "port_of_loading", "transshipment",
    "port_of_discharge", "final_destination", "shipper", "consignee", "freight_terms", "goods_description",
    "hs_code", "country_of_origin", "packages", "package_type", "gross_weight_kg", "net_weight_kg",
    "scale_weight_kg", "declared_value", "currency", "incoterms", "invoice_number", "declaration_number",
    "booking_date", "filing_date", "loading_date", "arrival_date", "high_risk",
)  # fmt: skip
REQUIRED_COLUMNS = (
    "container_number", "transport_document_number", "seals_declared", "conveyance", "place_of_receipt",
    "port_of_loading", "port_of_discharge", "final_destination", "shipper", "consignee", "goods_description",
    "hs_code", "country_of_origin", "packages", "gross_weight_kg", "declared_value",
)  # fmt: skip


def consignments_import(
    *, scenario, content: bytes, filename: str, mapping: dict[str, str] | None = None
) -> int:
    """Add one consignment per row to a draft scenario. `mapping` maps a field
    name to the table's column (defaults: the field names). Shipper and
    consignee columns hold party names; unknown names become new parties. An
    optional `high_risk` column (1/0, yes/no, true/false) sets the truth.
    Atomic: any bad row saves nothing. Returns the number of consignments."""
    from django.db import transaction
    from django.utils.text import slugify

    from .interchange import _Collector, _consignment_save, _import_consignment
    from .models import Consignment, Indicator, Party
    from .services import scenario_ensure_draft

    scenario_ensure_draft(scenario=scenario)
    mapping = {field: (mapping or {}).get(field) or field for field in CONSIGNMENT_COLUMNS}
    columns, rows = table_read(content=content, filename=filename)
    require_columns(columns, [mapping[f] for f in REQUIRED_COLUMNS], filename)
    if not rows:
        raise ScenarioImportError(Problem(filename, _("The table has no rows.")))
    column_of = {field: mapping[field] for field in CONSIGNMENT_COLUMNS}
    with transaction.atomic():
        out = _Collector()
        parties = {p.ref: p for p in Party.objects.filter(scenario=scenario)}
        by_name = {p.name: p.ref for p in parties.values()}
        seen = dict.fromkeys(
            Consignment.objects.filter(scenario=scenario).values_list("container_number", flat=True), ""
        )
        codes = set(Indicator.objects.values_list("code", flat=True))
        pending = []
        for number, row in enumerate(rows, start=2):
            item = {field: row.get(column, "") for field, column in column_of.items() if column in row}
            for role in ("shipper", "consignee"):
                name = item.get(role, "")
                if name and name not in by_name:
                    ref = slugify(name)[:16] or "party"
                    ref = f"{ref}-{len(parties) + 1}"
                    party = Party(
                        scenario=scenario,
                        ref=ref,
                        name=name,
                        country=item.get("country_of_origin", "")[:2] or "ZZ",
                    )
                    party.save()
                    parties[ref] = party
                    by_name[name] = ref
                item[role] = by_name.get(name, "")
            flag = item.pop("high_risk", "").strip().lower()
            if flag not in ("", "0", "1", "yes", "no", "true", "false"):
                out.add(
                    _("row %(row)d, column %(column)s") % {"row": number, "column": column_of["high_risk"]},
                    _("Expected true or false."),
                )
            item["truth"] = {"high_risk": flag in ("1", "yes", "true")}
            for key in list(item):
                if item[key] == "" and key not in REQUIRED_COLUMNS:
                    item[key] = None
            before = len(out.problems)
            pending.append(_import_consignment(item, f"@{number}", parties, codes, seen, out))
            for i in range(before, len(out.problems)):
                where = out.problems[i].where
                field = where.split(".", 1)[1].split(".")[0] if "." in where else ""
                out.problems[i] = Problem(
                    _("row %(row)d, column %(column)s")
                    % {"row": number, "column": column_of.get(field, field)},
                    out.problems[i].message,
                )
        if out.problems:
            transaction.set_rollback(True)
            raise ScenarioImportError(out.problems)
        for entry in pending:
            _consignment_save(scenario, entry)
    return len(rows)
