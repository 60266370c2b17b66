"""A scenario as one JSON document, truth included (docs/scenario-format.md).

`scenario_export` and `scenario_import` are inverse: importing an export gives
an equal scenario in a new lineage (version 1, draft unless published on import).
"""

import base64
import binascii
import json
import math
import os
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from core.jsonsafe import JSONLimitError, json_loads_bounded

from .errors import Problem, ScenarioImportError
from .fields import LANGUAGE_CODES
from .models import Consignment, ContainerEvent, Indicator, OsintPage, Party, Scenario
from .models.scenario import PARTY_ROLES
from .models.truth import ConsignmentTruth
from .validation import scenario_problems, scenario_totals_problems

FORMAT = "pcu-academy-scenario"
FORMAT_VERSION = 1
# Attached scans travel inside the document (base64), hence the larger cap.
MAX_DOCUMENT_BYTES = 25 * 1024 * 1024
MAX_SCAN_BYTES = 5 * 1024 * 1024

SCENARIO_FIELDS = (
    "phase", "location", "transport_modes", "inspection_budget", "time_limit_minutes",
    "difficulty", "pass_mark",
)  # fmt: skip
PARTY_FIELDS = (
    "ref", "kind", "name", "country", "address", "registration_number", "incorporated_on",
    "activity", "directors", "email", "phone", "website", "trade_history",
)  # fmt: skip
CONSIGNMENT_FIELDS = (
    "container_number", "size_type", "transport_mode", "transport_document_number", "seals_declared",
    "seals_recorded", "conveyance", "voyage", "place_of_receipt", "port_of_loading", "transshipment",
    "port_of_discharge", "final_destination", "freight_terms", "goods_description", "hs_code",
    "country_of_origin", "packages", "package_type", "gross_weight_kg", "net_weight_kg",
    "scale_weight_kg", "declared_value", "currency", "incoterms", "invoice_number",
    "declaration_number", "booking_date", "filing_date", "loading_date", "arrival_date",
)  # fmt: skip
EVENT_FIELDS = ("code", "place", "occurred_at", "seal_numbers", "remark")
TRUTH_FINDINGS = ("documents", "xray", "partial", "devanning")
# Texts in the reader's language: a language map, or (older documents) a
# plain string taken as the English text.
TEXT_MAP_FIELDS = ("activity", "trade_history", "goods_description", "package_type")


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def scenario_export(*, scenario: Scenario) -> dict:
    """The whole scenario, with truth, as JSON-ready data. Callers check the
    `scenarios.export_scenario` permission."""
    parties = list(Party.objects.filter(scenario=scenario).order_by("ref"))
    ref_of = {p.pk: p.ref for p in parties}
    consignments = (
        Consignment.objects.filter(scenario=scenario)
        .prefetch_related("events", "truth", "scans")
        .order_by("container_number")
    )
    truth_codes = set()
    consignment_docs = []
    for c in consignments:
        doc = {name: _plain(getattr(c, name)) for name in CONSIGNMENT_FIELDS}
        for role in PARTY_ROLES:
            doc[role] = ref_of.get(getattr(c, f"{role}_id"))
        doc["events"] = [{name: _plain(getattr(e, name)) for name in EVENT_FIELDS} for e in c.events.all()]
        doc["scans"] = [_scan_export(d) for d in sorted(c.scans.all(), key=lambda d: (d.title, d.pk))]
        truth = next(iter(c.truth.all()), None)
        if truth is not None:
            truth_codes.update(truth.indicators or ())
            doc["truth"] = {
                "high_risk": truth.high_risk,
                "threat": truth.threat,
                "concealment": truth.concealment,
                "indicators": list(truth.indicators or ()),
                "severity": str(truth.severity),
                "findings": {key: getattr(truth, f"finding_{key}") for key in TRUTH_FINDINGS},
                "debrief": truth.debrief,
                **({"source_references": truth.source_references} if truth.source_references else {}),
            }
        consignment_docs.append(doc)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "lineage": str(scenario.lineage),
        "version": scenario.version,
        "status": scenario.status,
        "title": scenario.title,
        "briefing": scenario.briefing,
        **{name: _plain(getattr(scenario, name)) for name in SCENARIO_FIELDS},
        "weights": {
            "severity": str(scenario.weight_severity),
            "skill": str(scenario.weight_skill),
            "indicators": str(scenario.weight_indicators),
        },
        "indicators": [
            {"code": i.code, "category": i.category, "name": i.name, "description": i.description}
            for i in Indicator.objects.filter(code__in=truth_codes).order_by("code")
        ],
        "parties": [{name: _plain(getattr(p, name)) for name in PARTY_FIELDS} for p in parties],
        "osint_pages": [
            {"kind": p.kind, "url": p.url, "title": p.title, "body": p.body}
            for p in OsintPage.objects.filter(scenario=scenario).order_by("url", "pk")
        ],
        "consignments": consignment_docs,
    }


def _scan_export(document) -> dict:
    with document.file.open("rb") as handle:
        data = handle.read()
    return {
        "title": document.title,
        "filename": os.path.basename(document.file.name),
        "content_base64": base64.b64encode(data).decode("ascii"),
    }


def _scans_import(items, where, out: "_Collector") -> list[tuple[str, str, bytes]]:
    """(title, filename, bytes) of each attached scan: PDF files of at most
    MAX_SCAN_BYTES. Problems are collected; nothing is stored here."""
    if items in (None, []):
        return []
    if not isinstance(items, list):
        out.add(where, _("Expected a list."))
        return []
    scans = []
    for j, item in enumerate(items):
        swhere = f"{where}[{j}]"
        if not isinstance(item, dict):
            out.add(swhere, _("Expected an object."))
            continue
        title, filename = item.get("title"), item.get("filename")
        if not isinstance(title, str) or not title.strip() or len(title) > 255:
            out.add(f"{swhere}.title", _("Give a title of at most 255 characters."))
            continue
        if (
            not isinstance(filename, str)
            or not filename.lower().endswith(".pdf")
            or os.path.basename(filename) != filename
            or len(filename) > 100
        ):
            out.add(f"{swhere}.filename", _("A scan must be a PDF file name (name.pdf) without folders."))
            continue
        try:
            data = base64.b64decode(item.get("content_base64") or "", validate=True)
        except (binascii.Error, TypeError, ValueError):
            out.add(f"{swhere}.content_base64", _("The content is not valid base64."))
            continue
        if len(data) > MAX_SCAN_BYTES:
            out.add(f"{swhere}.content_base64", _("A scan may be at most 5 MB."))
            continue
        if not data.startswith(b"%PDF-"):
            out.add(f"{swhere}.content_base64", _("The content is not a PDF file."))
            continue
        scans.append((title.strip(), filename, data))
    return scans


def _scans_store(pending, user) -> None:
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    document_model = get_document_model()
    collection = Collection.get_first_root_node()
    for consignment, scans in pending:
        for title, filename, data in scans:
            document = document_model(title=title, collection=collection, uploaded_by_user=user)
            document.file.save(filename, ContentFile(data), save=False)
            document.save()
            consignment.scans.add(document)


def scenario_export_json(*, scenario: Scenario) -> str:
    return json.dumps(scenario_export(scenario=scenario), ensure_ascii=False, indent=2, sort_keys=False)


class _Collector:
    def __init__(self):
        self.problems: list[Problem] = []

    def add(self, where: str, message) -> None:
        self.problems.append(Problem(where, str(message)))

    def clean(self, instance, where: str, exclude=()) -> None:
        try:
            instance.full_clean(exclude=list(exclude), validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                for message in messages:
                    self.add(f"{where}.{field}" if field != "__all__" else where, message)


def _text(value, where, out: _Collector) -> dict:
    if value in (None, ""):
        return {}
    if isinstance(value, str):
        return {"en": value}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        out.add(where, _("Expected a text or an object of texts by language."))
        return {}
    unknown = set(value) - set(LANGUAGE_CODES)
    if unknown:
        out.add(where, _("Unknown language codes: %(codes)s.") % {"codes": ", ".join(sorted(unknown))})
    return {k: v for k, v in value.items() if k in LANGUAGE_CODES and v}


def _decimal(value, where, out: _Collector, *, required=True):
    if value in (None, ""):
        if required:
            out.add(where, _("This value is required."))
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        out.add(where, _("%(value)s is not a number.") % {"value": value})
        return None


def _date(value, where, out: _Collector):
    if value in (None, ""):
        return None
    parsed = parse_date(str(value)) if isinstance(value, str) else None
    if parsed is None:
        out.add(where, _("%(value)s is not a date (YYYY-MM-DD).") % {"value": value})
    return parsed


def _datetime(value, where, out: _Collector):
    parsed = parse_datetime(str(value)) if isinstance(value, str) else None
    if parsed is None:
        out.add(where, _("%(value)s is not a date and time (ISO 8601).") % {"value": value})
    return parsed


def _scalar(value, where, out: _Collector):
    """`value` when it is a single value; None (and a problem) for a list or
    an object where a text or a number belongs."""
    if isinstance(value, dict | list):
        out.add(where, _("Expected a single value, not a list or an object."))
        return None
    return value


def _non_finite_numbers(value, where: str = "", depth: int = 0):
    """The paths in `value` holding Infinity or NaN."""
    if depth > 50:
        return
    if isinstance(value, float) and not math.isfinite(value):
        yield where
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _non_finite_numbers(item, f"{where}.{key}" if where else str(key), depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _non_finite_numbers(item, f"{where}[{index}]", depth + 1)


def _list(document, key, out: _Collector) -> list:
    value = document.get(key, [])
    if not isinstance(value, list):
        out.add(key, _("Expected a list."))
        return []
    return value


@transaction.atomic
def scenario_import(*, document, user=None, fields: dict | None = None) -> Scenario:
    """Create a draft scenario from an export document (dict, JSON text or bytes).

    Raises ScenarioImportError with every problem found, naming the path of
    the field (`consignments[2].container_number`); nothing is saved then.
    The scenario must pass the publishing check to be imported. `fields`
    sets model fields a document does not carry (a generated scenario's
    settings, a hidden form's parent) before the scenario is first saved.
    """
    out = _Collector()
    if isinstance(document, bytes | str):
        if len(document) > MAX_DOCUMENT_BYTES:
            raise ScenarioImportError(Problem("", _("The file is larger than 25 MB.")))
        try:
            document = json_loads_bounded(document, max_bytes=MAX_DOCUMENT_BYTES)
        except JSONLimitError as error:
            raise ScenarioImportError(Problem("", error.message)) from error
        except (UnicodeDecodeError, ValueError) as error:
            raise ScenarioImportError(
                Problem("", _("The file is not UTF-8 JSON: %(error)s") % {"error": error})
            ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ScenarioImportError(Problem("format", _("This is not a PCU Academy scenario document.")))
    if document.get("format_version") != FORMAT_VERSION:
        raise ScenarioImportError(
            Problem(
                "format_version",
                _("Unsupported format version %(v)s.") % {"v": document.get("format_version")},
            )
        )
    # JSON as Python reads it allows Infinity and NaN, which no field takes.
    non_finite = [Problem(where, _("Expected a finite number.")) for where in _non_finite_numbers(document)]
    if non_finite:
        raise ScenarioImportError(non_finite)
    weights = document.get("weights") or {}
    if not isinstance(weights, dict):
        out.add("weights", _("Expected an object with the weights severity, skill and indicators."))
        weights = {}
    scenario = Scenario(
        title=_text(document.get("title"), "title", out),
        briefing=_text(document.get("briefing"), "briefing", out),
        created_by=user,
        **(fields or {}),
    )
    for name in SCENARIO_FIELDS:
        if name in document and document[name] is not None:
            setattr(scenario, name, document[name])
    for key in ("severity", "skill", "indicators"):
        if key in weights:
            value = _decimal(weights[key], f"weights.{key}", out)
            if value is not None:
                setattr(scenario, f"weight_{key}", value)
    # Everything is checked before anything is saved, so that one run lists
    # every problem (the document's and the publishing check's).
    out.clean(scenario, "scenario", exclude=["lineage"])

    new_indicators = []
    known_codes = set(Indicator.objects.values_list("code", flat=True))
    for i, item in enumerate(_list(document, "indicators", out)):
        where = f"indicators[{i}]"
        if not isinstance(item, dict) or not item.get("code"):
            out.add(where, _("Expected an object with a code."))
            continue
        if item["code"] not in known_codes:
            indicator = Indicator(
                code=item["code"],
                category=item.get("category", ""),
                name=_text(item.get("name"), f"{where}.name", out),
                description=_text(item.get("description"), f"{where}.description", out),
            )
            before = len(out.problems)
            out.clean(indicator, where)
            if len(out.problems) == before:
                new_indicators.append(indicator)
                known_codes.add(indicator.code)

    parties = {}
    for i, item in enumerate(_list(document, "parties", out)):
        where = f"parties[{i}]"
        if not isinstance(item, dict):
            out.add(where, _("Expected an object."))
            continue
        party = Party()
        for name in PARTY_FIELDS:
            if name == "incorporated_on":
                party.incorporated_on = _date(item.get(name), f"{where}.{name}", out)
            elif name in TEXT_MAP_FIELDS:
                setattr(party, name, _text(item.get(name), f"{where}.{name}", out))
            elif item.get(name) is not None:
                setattr(party, name, item[name])
        out.clean(party, where, exclude=["scenario"])
        if party.ref in parties:
            out.add(f"{where}.ref", _("The reference %(ref)s is used twice.") % {"ref": party.ref})
            continue
        parties[party.ref] = party

    pages = []
    for i, item in enumerate(_list(document, "osint_pages", out)):
        where = f"osint_pages[{i}]"
        if not isinstance(item, dict):
            out.add(where, _("Expected an object."))
            continue
        page = OsintPage(
            kind=item.get("kind", ""),
            url=item.get("url", ""),
            title=_text(item.get("title"), f"{where}.title", out),
            body=_text(item.get("body"), f"{where}.body", out),
        )
        out.clean(page, where, exclude=["scenario"])
        pages.append(page)

    seen = {}
    pending = []
    consignments = _list(document, "consignments", out)
    for i, item in enumerate(consignments):
        where = f"consignments[{i}]"
        if not isinstance(item, dict):
            out.add(where, _("Expected an object."))
            continue
        pending.append(_import_consignment(item, where, parties, known_codes, seen, out))
    _publishing_problems(scenario, consignments, out)
    if out.problems:
        raise ScenarioImportError(out.problems)

    sid = transaction.savepoint()
    scenario.save()
    for indicator in new_indicators:
        indicator.save()
    for party in parties.values():
        party.scenario = scenario
        party.save()
    for page in pages:
        page.scenario = scenario
        page.save()
    pending_scans = []
    for entry in pending:
        consignment = _consignment_save(scenario, entry)
        if entry[3]:
            pending_scans.append((consignment, entry[3]))
    # The publishing check on what was saved: a safety net for anything the
    # document checks above do not cover.
    problems = scenario_problems(scenario)
    if problems:
        transaction.savepoint_rollback(sid)
        raise ScenarioImportError(problems)
    # Files are written last, once nothing can refuse the import any more.
    try:
        _scans_store(pending_scans, user)
    except Exception:
        transaction.savepoint_rollback(sid)
        raise
    transaction.savepoint_commit(sid)
    return scenario


def _publishing_problems(scenario: Scenario, consignments: list, out: _Collector) -> None:
    """The publishing check's rules on the scenario's totals
    (validation.scenario_totals_problems) on the document itself, before
    anything is saved, each under its place in the document. The weights'
    total and the fields are checked by Scenario.full_clean."""
    truths = [item.get("truth") for item in consignments if isinstance(item, dict)]
    broken = scenario_totals_problems(
        consignments=len(consignments),
        high_risk=sum(1 for t in truths if isinstance(t, dict) and t.get("high_risk") is True),
        budget=scenario.inspection_budget,
        severity=scenario.weight_severity,
    )
    places = {
        "consignments": "consignments",
        "inspection_budget": "inspection_budget",
        "high_risk": "consignments",
        "weight_severity": "weights.severity",
    }
    for rule, message in broken.items():
        out.add(places[rule], message)


def _consignment_save(scenario: Scenario, entry) -> Consignment:
    """Save one checked (consignment, events, truth, scans) entry of
    `_import_consignment` into `scenario` (the scans are stored separately)."""
    consignment, events, truth, _scans = entry
    consignment.scenario = scenario
    consignment.save()
    for record in events:
        record.consignment = consignment
        record.save()
    if truth is not None:
        truth.consignment = consignment
        truth.save()
    return consignment


def _import_consignment(item, where, parties, known_codes, seen, out: _Collector):
    """The consignment of `item` with its events, truth and scans, checked and
    not saved: (consignment, events, truth, scans)."""
    consignment = Consignment()
    for name in CONSIGNMENT_FIELDS:
        value = item.get(name)
        if name.endswith("_date"):
            setattr(consignment, name, _date(value, f"{where}.{name}", out))
        elif name.endswith("_kg") or name == "declared_value":
            required = name in ("gross_weight_kg", "declared_value")
            setattr(consignment, name, _decimal(value, f"{where}.{name}", out, required=required))
        elif name in TEXT_MAP_FIELDS:
            if value is not None:
                setattr(consignment, name, _text(value, f"{where}.{name}", out))
        elif value is not None and (value := _scalar(value, f"{where}.{name}", out)) is not None:
            setattr(consignment, name, value)
    for role in PARTY_ROLES:
        ref = item.get(role)
        if isinstance(ref, dict | list):
            _scalar(ref, f"{where}.{role}", out)
            continue
        if ref in (None, ""):
            if role in ("shipper", "consignee"):
                out.add(f"{where}.{role}", _("This value is required."))
            continue
        if ref not in parties:
            out.add(f"{where}.{role}", _("No party with the reference %(ref)s.") % {"ref": ref})
            continue
        setattr(consignment, role, parties[ref])
    number = consignment.container_number
    if number in seen:
        out.add(
            f"{where}.container_number",
            _("%(number)s appears twice (also at %(other)s).") % {"number": number, "other": seen[number]},
        )
    seen[number] = where
    out.clean(consignment, where, exclude=["scenario", "shipper", "consignee"])
    events = []
    for j, event in enumerate(item.get("events") or []):
        ewhere = f"{where}.events[{j}]"
        if not isinstance(event, dict):
            out.add(ewhere, _("Expected an object."))
            continue
        record = ContainerEvent(
            code=_scalar(event.get("code"), f"{ewhere}.code", out) or "",
            place=_scalar(event.get("place"), f"{ewhere}.place", out) or "",
            occurred_at=_datetime(event.get("occurred_at"), f"{ewhere}.occurred_at", out),
            seal_numbers=_scalar(event.get("seal_numbers"), f"{ewhere}.seal_numbers", out) or "",
            remark=_text(event.get("remark"), f"{ewhere}.remark", out),
        )
        out.clean(record, ewhere, exclude=["consignment", "occurred_at"])
        events.append(record)
    truth_doc = item.get("truth")
    truth = None
    if not isinstance(truth_doc, dict):
        out.add(f"{where}.truth", _("Each consignment needs its truth with a boolean high_risk."))
    elif not isinstance(truth_doc.get("high_risk"), bool):
        out.add(f"{where}.truth.high_risk", _("Expected true or false."))
    else:
        findings = truth_doc.get("findings") or {}
        if not isinstance(findings, dict):
            out.add(f"{where}.truth.findings", _("Expected an object."))
            findings = {}
        codes = truth_doc.get("indicators") or []
        if not isinstance(codes, list):
            out.add(f"{where}.truth.indicators", _("Expected a list."))
            codes = []
        unknown = [c for c in codes if not isinstance(c, str) or c not in known_codes]
        if unknown:
            out.add(
                f"{where}.truth.indicators",
                _("Unknown indicator codes: %(codes)s.") % {"codes": ", ".join(map(str, unknown))},
            )
        references = truth_doc.get("source_references") or []
        if (
            not isinstance(references, list)
            or len(references) > 1000
            or not all(isinstance(r, str) and 0 < len(r) <= 100 for r in references)
        ):
            out.add(f"{where}.truth.source_references", _("Expected a list of up to 1000 short texts."))
            references = []
        truth = ConsignmentTruth(
            high_risk=truth_doc["high_risk"],
            source_references=references,
            threat=_scalar(truth_doc.get("threat", "none"), f"{where}.truth.threat", out) or "none",
            concealment=_scalar(truth_doc.get("concealment", "none"), f"{where}.truth.concealment", out)
            or "none",
            indicators=list(codes),
            severity=_decimal(truth_doc.get("severity", "1"), f"{where}.truth.severity", out) or Decimal("1"),
            debrief=_text(truth_doc.get("debrief"), f"{where}.truth.debrief", out),
            **{
                f"finding_{key}": _text(findings.get(key), f"{where}.truth.findings.{key}", out)
                for key in TRUTH_FINDINGS
            },
        )
        out.clean(truth, f"{where}.truth", exclude=["consignment", "indicators"])
    scans = _scans_import(item.get("scans"), f"{where}.scans", out)
    return consignment, events, truth, scans
