"""Turn a customs-declarations table with an outcome column into a scenario.

Rows follow the Customs Import Declaration Datasets layout (see
scenarios/data/README.md). The outcome column (e.g. `Fraud`) becomes the
hidden truth; everything a container-selection exercise needs that the
table lacks (container and seal numbers, B/L, route, conveyance, party names)
is synthesised deterministically from each row's values, so the same file
always gives the same scenario.
"""

import datetime as dt
import hashlib
import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from stdnum import iso6346

from .errors import Problem, ScenarioImportError
from .interchange import FORMAT, FORMAT_VERSION, scenario_import
from .tabular import require_columns, table_read

REQUIRED = (
    "Declaration ID", "Date", "Mode of Transport", "Declarant ID", "Importer ID", "Seller ID",
    "HS6 Code", "Country of Departure", "Country of Origin", "Net Mass", "Item Price",
)  # fmt: skip
KRW_PER_USD = Decimal("1300")
MODES = {"10": "sea", "20": "rail", "30": "road"}
ROUTES = {  # mode -> (receipt, loading, discharge, destination, conveyance)
    "sea": ("AZBAK", "AZALT", "KZAAU", "KZALA", "MV Professor Gul"),
    "rail": ("CNXIA", "CNURC", "KZALT", "KZALA", "Train 1207"),
    "road": ("UZTAS", "UZTAS", "KZALT", "KZALA", "Truck 01 A 417 BA"),
}
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


def _digest(*parts) -> bytes:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()


def _container_for(declaration_id: str, used: set[str]) -> str:
    salt = 0
    while True:
        h = _digest("container", declaration_id, salt)
        owner = "".join(chr(ord("A") + b % 26) for b in h[:3]) + "U"
        body = f"{owner}{int.from_bytes(h[3:7], 'big') % 1_000_000:06d}"
        number = body + iso6346.calc_check_digit(body)
        if number not in used:
            used.add(number)
            return number
        salt += 1


def declarations_document(
    *, content: bytes, filename: str, label_column: str, rows: int, budget: int, title: str
) -> dict:
    """The scenario document for the first `rows` rows of the table.
    Raises ScenarioImportError listing every bad row and column."""
    columns, table = table_read(content=content, filename=filename)
    require_columns(columns, (*REQUIRED, label_column), filename)
    if rows < 2:
        raise ScenarioImportError(Problem("--rows", _("Take at least two rows.")))
    table = table[:rows]
    if len(table) < rows:
        raise ScenarioImportError(Problem("--rows", _("The file has only %(n)d rows.") % {"n": len(table)}))
    problems: list[Problem] = []
    parties: dict[str, dict] = {}
    used: set[str] = set()
    seen_ids: dict[str, int] = {}
    consignments = []
    for index, row in enumerate(table, start=2):

        def bad(column, message, index=index):
            problems.append(
                Problem(_("row %(row)d, column %(column)s") % {"row": index, "column": column}, message)
            )

        before = len(problems)
        decl = row["Declaration ID"]
        if not decl:
            bad("Declaration ID", _("This value is required."))
        elif decl in seen_ids:
            bad("Declaration ID", _("Duplicate of row %(row)d.") % {"row": seen_ids[decl]})
        seen_ids.setdefault(decl, index)
        try:
            date = dt.date.fromisoformat(row["Date"])
        except ValueError:
            bad("Date", _("%(value)s is not a date (YYYY-MM-DD).") % {"value": row["Date"]})
            date = None
        mode = MODES.get(row["Mode of Transport"])
        if mode is None:
            bad("Mode of Transport", _("Only 10 (sea), 20 (rail) and 30 (road) can carry containers."))
        hs = row["HS6 Code"].zfill(6) if row["HS6 Code"].isdigit() else row["HS6 Code"]
        if not re.fullmatch(r"\d{6}", hs):
            bad(
                "HS6 Code", _("%(value)s is not an HS code (6, 8 or 10 digits).") % {"value": row["HS6 Code"]}
            )
        for column in ("Country of Departure", "Country of Origin"):
            if not COUNTRY_RE.match(row[column]):
                bad(column, _("%(value)s is not a two-letter country code.") % {"value": row[column]})
        numbers = {}
        for column in ("Net Mass", "Item Price"):
            try:
                numbers[column] = Decimal(row[column])
            except (InvalidOperation, ValueError):
                bad(column, _("%(value)s is not a number.") % {"value": row[column]})
                continue
            if numbers[column] <= 0:
                bad(column, _("Must be greater than zero."))
        label = row[label_column]
        if label not in ("0", "1", "2"):
            bad(label_column, _("Expected 0, 1 or 2."))
        for column in ("Importer ID",):
            if not row[column]:
                bad(column, _("This value is required."))
        if len(problems) > before:
            continue
        consignments.append(_consignment(row, decl, date, mode, hs, numbers, label, parties, used))
    if problems:
        raise ScenarioImportError(problems)
    if not any(c["truth"]["high_risk"] for c in consignments):
        raise ScenarioImportError(
            Problem(label_column, _("None of the rows taken is positive; take more rows."))
        )
    if not 1 <= budget <= len(consignments):
        raise ScenarioImportError(
            Problem(
                "--budget",
                _("The inspection budget (%(budget)d) is larger than the number of consignments (%(count)d).")
                % {"budget": budget, "count": len(consignments)},
            )
        )
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "title": {"en": title},
        "briefing": {
            "en": "Pre-arrival selection from a declarations file: each row is one container. Select the "
            "containers you would examine.",
            "ru": "Отбор до прибытия по файлу деклараций: каждая строка — один контейнер. Отберите контейнеры "
            "для досмотра.",
            "uz": "Deklaratsiyalar fayli boʻyicha kelishdan oldin tanlash: har bir qator — bitta konteyner. "
            "Koʻrik uchun konteynerlarni tanlang.",
            "tk": "Deklarasiýalar faýly boýunça gelmezden öň saýlamak: her setir — bir konteýner. Barlag üçin "
            "konteýnerleri saýlaň.",
        },
        "phase": "import",
        "location": "KZAAU",
        "transport_modes": sorted({c["transport_mode"] for c in consignments}),
        "inspection_budget": budget,
        "difficulty": 2,
        "pass_mark": 60,
        "weights": {"severity": "0.50", "skill": "0.30", "indicators": "0.20"},
        "parties": list(parties.values()),
        "osint_pages": [],
        "consignments": consignments,
    }


def _party(parties, prefix, identifier, country) -> str:
    key = f"{prefix}-{identifier}".lower()
    if key not in parties:
        parties[key] = {
            "ref": key[:20],
            "kind": "company",
            "name": f"{'Importer' if prefix == 'imp' else 'Seller'} {identifier}",
            "country": country,
            "registration_number": identifier,
        }
    return parties[key]["ref"]


def _consignment(row, decl, date, mode, hs, numbers, label, parties, used) -> dict:
    h = _digest("row", decl)
    number = _container_for(decl, used)
    receipt, loading, discharge, destination, conveyance = ROUTES[mode]
    seal = f"SL{int.from_bytes(h[:3], 'big') % 1_000_000:06d}"
    net = numbers["Net Mass"]
    gross = (net * Decimal("1.08")).quantize(Decimal("0.1"))
    value = (numbers["Item Price"] / KRW_PER_USD).quantize(Decimal("0.01")) or Decimal("0.01")
    load = date - dt.timedelta(days=5)
    at = dt.datetime.combine(load, dt.time(9, 0), tzinfo=dt.UTC)
    high_risk = label != "0"
    return {
        "container_number": number,
        "size_type": "22G1" if gross < 18000 else "45G1",
        "transport_mode": mode,
        "transport_document_number": f"DCL{decl}",
        "seals_declared": seal,
        "seals_recorded": seal,
        "conveyance": conveyance,
        "voyage": f"{h[5] % 60:03d}E",
        "place_of_receipt": receipt,
        "port_of_loading": loading,
        "transshipment": "",
        "port_of_discharge": discharge,
        "final_destination": destination,
        "freight_terms": "prepaid",
        "goods_description": f"Goods of HS heading {hs[:4]}",
        "hs_code": hs,
        "country_of_origin": row["Country of Origin"],
        "packages": max(1, int(net // 25)),
        "package_type": "packages",
        "gross_weight_kg": str(gross),
        "net_weight_kg": str(net.quantize(Decimal("0.1"))),
        "scale_weight_kg": str(gross),
        "declared_value": str(value),
        "currency": "USD",
        "incoterms": "CIF",
        "invoice_number": f"INV-{decl}",
        "declaration_number": decl,
        "filing_date": (load - dt.timedelta(days=1)).isoformat(),
        "loading_date": load.isoformat(),
        "arrival_date": date.isoformat(),
        # A blank Seller ID is common in the source: one unnamed seller per departure country.
        "shipper": _party(
            parties,
            "sel",
            row["Seller ID"] or f"unnamed{row['Country of Departure']}",
            row["Country of Departure"],
        ),
        "consignee": _party(parties, "imp", row["Importer ID"], "KZ"),
        "notify_party": None,
        "freight_payer": None,
        "events": [
            {
                "code": "LOAD",
                "place": loading,
                "occurred_at": at.isoformat(),
                "seal_numbers": seal,
                "remark": "",
            },
            {
                "code": "DISC",
                "place": discharge,
                "occurred_at": (at + dt.timedelta(days=4)).isoformat(),
                "seal_numbers": seal,
                "remark": "",
            },
        ],
        "truth": {
            "high_risk": high_risk,
            "threat": ("other" if label == "2" else "revenue") if high_risk else "none",
            "concealment": "misdeclaration" if high_risk else "none",
            "indicators": [],
            "severity": "3.00" if label == "2" else "1.00",
            "findings": {},
            "debrief": {
                "en": f"Declaration {decl}: outcome {label} in the source data.",
                "ru": f"Декларация {decl}: результат {label} в исходных данных.",
                "uz": f"Deklaratsiya {decl}: manba maʼlumotlaridagi natija {label}.",
                "tk": f"Deklarasiýa {decl}: çeşme maglumatlaryndaky netije {label}.",
            },
        },
    }


def declarations_import(
    *, content: bytes, filename: str, label_column: str, rows: int, budget: int, title: str, user=None
):
    """Create a draft scenario from a declarations table (atomic; see module docstring)."""
    document = declarations_document(
        content=content, filename=filename, label_column=label_column, rows=rows, budget=budget, title=title
    )
    return scenario_import(document=document, user=user)
