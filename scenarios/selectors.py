"""Trainee-safe reads. Everything returned here is a frozen dataclass built
from models that carry no truth: safe to render to a trainee before their
submission. Truth is in `scenarios.truth`, which this module never imports.

Texts come in the requested language with a fallback (Russian for Kazakh,
Tajik and Azerbaijani readers, then English; `fields.localized`).
Consignments are ordered by container number (never by creation order, which
a generator could correlate with risk).
"""

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from django.db.models import Prefetch
from django.utils.translation import get_language, override

from .catalogue import place_name
from .fields import localized, reader_language
from .models.scenario import (
    Consignment,
    ContainerEvent,
    Indicator,
    OsintPage,
    Party,
    Scenario,
    ScenarioStatus,
)


@dataclass(frozen=True)
class PartyView:
    id: int
    ref: str
    kind: str
    name: str
    country: str
    address: str
    registration_number: str
    incorporated_on: date | None
    activity: str
    directors: str
    email: str
    phone: str
    website: str
    trade_history: str


@dataclass(frozen=True)
class EventView:
    code: str
    label: str
    place: str
    place_name: str
    occurred_at: datetime
    seal_numbers: str
    remark: str


@dataclass(frozen=True)
class ScanView:
    title: str
    url: str


@dataclass(frozen=True)
class ConsignmentView:
    id: int
    container_number: str
    size_type: str
    transport_mode: str
    transport_mode_label: str
    transport_document_label: str
    transport_document_number: str
    seals_declared: tuple[str, ...]
    seals_recorded: tuple[str, ...]
    conveyance: str
    voyage: str
    place_of_receipt: str
    port_of_loading: str
    transshipment: tuple[str, ...]
    port_of_discharge: str
    final_destination: str
    shipper: PartyView
    consignee: PartyView
    notify_party: PartyView | None
    freight_payer: PartyView | None
    freight_terms: str
    goods_description: str
    hs_code: str
    country_of_origin: str
    packages: int
    package_type: str
    gross_weight_kg: Decimal
    net_weight_kg: Decimal | None
    scale_weight_kg: Decimal | None
    declared_value: Decimal
    currency: str
    incoterms: str
    invoice_number: str
    declaration_number: str
    booking_date: date | None
    filing_date: date | None
    loading_date: date | None
    arrival_date: date | None
    events: tuple[EventView, ...] = field(default_factory=tuple)
    scans: tuple[ScanView, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class OsintPageView:
    id: int
    kind: str
    kind_label: str
    url: str
    title: str
    body: str


@dataclass(frozen=True)
class IndicatorView:
    code: str
    category: str
    category_label: str
    name: str
    description: str


@dataclass(frozen=True)
class ScenarioView:
    id: int
    lineage: str
    version: int
    status: str
    title: str
    briefing: str
    phase: str
    phase_label: str
    location: str
    location_name: str
    transport_modes: tuple[str, ...]
    inspection_budget: int
    time_limit_minutes: int | None
    difficulty: int
    difficulty_label: str
    pass_mark: int
    weight_severity: Decimal
    weight_skill: Decimal
    weight_indicators: Decimal
    consignment_count: int


def published_scenarios(*, language: str | None = None) -> list[ScenarioView]:
    """The current published version of every scenario, for catalogues."""
    return [_scenario_view(s, language) for s in Scenario.objects.current().order_by("pk")]


def scenario_get_published(*, scenario_id: int) -> Scenario:
    """A published version by id (raises Scenario.DoesNotExist otherwise)."""
    return Scenario.objects.published().get(pk=scenario_id)


def _scenario_view(scenario: Scenario, language: str | None) -> ScenarioView:
    return ScenarioView(
        id=scenario.form_of_id or scenario.pk,  # a hidden form goes by its scenario's id
        lineage=str(scenario.lineage),
        version=scenario.version,
        status=scenario.status,
        title=localized(scenario.title, language),
        briefing=localized(scenario.briefing, language),
        phase=scenario.phase,
        phase_label=str(scenario.get_phase_display()),
        location=scenario.location,
        location_name=place_name(scenario.location),
        transport_modes=tuple(scenario.transport_modes or ()),
        inspection_budget=scenario.inspection_budget,
        time_limit_minutes=scenario.time_limit_minutes,
        difficulty=scenario.difficulty,
        difficulty_label=str(scenario.get_difficulty_display()),
        pass_mark=scenario.pass_mark,
        weight_severity=scenario.weight_severity,
        weight_skill=scenario.weight_skill,
        weight_indicators=scenario.weight_indicators,
        consignment_count=scenario.consignments.count(),
    )


def scenario_overview(*, scenario: Scenario, language: str | None = None) -> ScenarioView:
    return _scenario_view(scenario, language)


def _party_view(party: Party | None, language: str) -> PartyView | None:
    if party is None:
        return None
    return PartyView(
        id=party.pk,
        ref=party.ref,
        kind=party.kind,
        name=party.name,
        country=party.country,
        address=party.address,
        registration_number=party.registration_number,
        incorporated_on=party.incorporated_on,
        activity=localized(party.activity, language),
        directors=party.directors,
        email=party.email,
        phone=party.phone,
        website=party.website,
        trade_history=localized(party.trade_history, language),
    )


def scenario_parties(*, scenario: Scenario, language: str | None = None) -> list[PartyView]:
    language = reader_language(language)
    return [_party_view(p, language) for p in Party.objects.filter(scenario=scenario).order_by("name", "pk")]


DOCUMENT_LABELS = {"sea": "B/L", "ferry": "B/L", "rail": "SMGS", "road": "CMR"}

# (model, field, language) -> {value: label}: the labels of a field's choices
# in one language, translated once rather than for every row.
_CHOICE_LABELS: dict[tuple, dict] = {}


def _choice_label(model, field_name: str, value, language: str | None = None) -> str:
    language = language or get_language()
    key = (model, field_name, language)
    labels = _CHOICE_LABELS.get(key)
    if labels is None:
        field = model._meta.get_field(field_name)
        with override(language):
            labels = _CHOICE_LABELS[key] = {choice: str(label) for choice, label in field.flatchoices}
    return labels.get(value, "" if value is None else str(value))


# Published scenarios are locked (services.scenario_ensure_draft), so their
# case files are kept ready in each worker: (scenario, publication, language)
# -> views, the most recently used few.
_PUBLISHED_CASE_FILES: OrderedDict[tuple, tuple[ConsignmentView, ...]] = OrderedDict()
PUBLISHED_CASE_FILES_KEPT = 8


def scenario_consignments(*, scenario: Scenario, language: str | None = None) -> list[ConsignmentView]:
    """Consignments with parties, event logs and scans, their texts in
    `language` (default: the active language), which is resolved once for the
    whole case file (3 queries; none for a published scenario read recently
    in the same language)."""
    language = reader_language(language)
    if scenario.status != ScenarioStatus.PUBLISHED or scenario.published_at is None:
        return _consignment_views(scenario, language)
    key = (scenario.pk, scenario.published_at, scenario.updated_at, language)
    views = _PUBLISHED_CASE_FILES.get(key)
    if views is None:
        views = tuple(_consignment_views(scenario, language))
        _PUBLISHED_CASE_FILES[key] = views
        while len(_PUBLISHED_CASE_FILES) > PUBLISHED_CASE_FILES_KEPT:
            _PUBLISHED_CASE_FILES.popitem(last=False)
    else:
        _PUBLISHED_CASE_FILES.move_to_end(key, last=True)
    return list(views)


def _consignment_views(scenario: Scenario, language: str) -> list[ConsignmentView]:
    consignments = (
        Consignment.objects.filter(scenario=scenario)
        .select_related("shipper", "consignee", "notify_party", "freight_payer")
        .prefetch_related(
            Prefetch("events", queryset=ContainerEvent.objects.order_by("occurred_at", "id")), "scans"
        )
        .order_by("container_number")
    )
    views = []
    parties: dict[int, PartyView] = {}  # a trader's view is built once, however many containers it sends

    def party(p: Party | None) -> PartyView | None:
        if p is None:
            return None
        view = parties.get(p.pk)
        if view is None:
            view = parties[p.pk] = _party_view(p, language)
        return view

    for c in consignments:
        views.append(
            ConsignmentView(
                id=c.pk,
                container_number=c.container_number,
                size_type=c.size_type,
                transport_mode=c.transport_mode,
                transport_mode_label=_choice_label(Consignment, "transport_mode", c.transport_mode, language),
                transport_document_label=DOCUMENT_LABELS.get(c.transport_mode, "B/L"),
                transport_document_number=c.transport_document_number,
                seals_declared=tuple(Consignment.split_list(c.seals_declared)),
                seals_recorded=tuple(Consignment.split_list(c.seals_recorded)),
                conveyance=c.conveyance,
                voyage=c.voyage,
                place_of_receipt=place_name(c.place_of_receipt),
                port_of_loading=place_name(c.port_of_loading),
                transshipment=tuple(place_name(code) for code in Consignment.split_list(c.transshipment)),
                port_of_discharge=place_name(c.port_of_discharge),
                final_destination=place_name(c.final_destination),
                shipper=party(c.shipper),
                consignee=party(c.consignee),
                notify_party=party(c.notify_party),
                freight_payer=party(c.freight_payer),
                freight_terms=_choice_label(Consignment, "freight_terms", c.freight_terms, language),
                goods_description=localized(c.goods_description, language),
                hs_code=c.hs_code,
                country_of_origin=c.country_of_origin,
                packages=c.packages,
                package_type=localized(c.package_type, language),
                gross_weight_kg=c.gross_weight_kg,
                net_weight_kg=c.net_weight_kg,
                scale_weight_kg=c.scale_weight_kg,
                declared_value=c.declared_value,
                currency=c.currency,
                incoterms=c.incoterms,
                invoice_number=c.invoice_number,
                declaration_number=c.declaration_number,
                booking_date=c.booking_date,
                filing_date=c.filing_date,
                loading_date=c.loading_date,
                arrival_date=c.arrival_date,
                events=tuple(
                    EventView(
                        code=e.code,
                        label=_choice_label(ContainerEvent, "code", e.code, language),
                        place=e.place,
                        place_name=place_name(e.place),
                        occurred_at=e.occurred_at,
                        seal_numbers=e.seal_numbers,
                        remark=localized(e.remark, language),
                    )
                    for e in c.events.all()
                ),
                scans=tuple(ScanView(title=d.title, url=d.url) for d in c.scans.all()),
            )
        )
    return views


def scenario_osint_pages(*, scenario: Scenario, language: str | None = None) -> list[OsintPageView]:
    return [
        OsintPageView(
            id=p.pk,
            kind=p.kind,
            kind_label=str(p.get_kind_display()),
            url=p.url,
            title=localized(p.title, language),
            body=localized(p.body, language),
        )
        for p in OsintPage.objects.filter(scenario=scenario).order_by("url", "pk")
    ]


def osint_search(*, scenario: Scenario, query: str, language: str | None = None) -> list[OsintPageView]:
    """Pages whose address, title or text (in `language` or English) contain
    every word of `query`, case-insensitively."""
    words = [w.casefold() for w in query.split() if w.strip()]
    if not words:
        return []
    results = []
    for page in scenario_osint_pages(scenario=scenario, language=language):
        haystack = f"{page.url} {page.title} {page.body}".casefold()
        if all(word in haystack for word in words):
            results.append(page)
    return results


def indicator_catalogue(*, language: str | None = None, active_only: bool = True) -> list[IndicatorView]:
    indicators = Indicator.objects.all()
    if active_only:
        indicators = indicators.filter(active=True)
    return [
        IndicatorView(
            code=i.code,
            category=i.category,
            category_label=str(i.get_category_display()),
            name=localized(i.name, language),
            description=localized(i.description, language),
        )
        for i in indicators.order_by("code")
    ]


__all__ = [
    "ConsignmentView",
    "EventView",
    "IndicatorView",
    "OsintPageView",
    "PartyView",
    "ScanView",
    "ScenarioStatus",
    "ScenarioView",
    "indicator_catalogue",
    "osint_search",
    "published_scenarios",
    "scenario_consignments",
    "scenario_get_published",
    "scenario_osint_pages",
    "scenario_overview",
    "scenario_parties",
]
