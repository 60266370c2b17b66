"""Trainee-safe reads. Everything returned here is a frozen dataclass built
from models that carry no truth: safe to render to a trainee before their
submission. Truth is in `scenarios.truth`, which this module never imports.

Texts come in the requested language with a fallback (Russian for Kazakh,
Tajik and Azerbaijani readers, then English; `fields.localized`).
Consignments are ordered by container number (never by creation order, which
a generator could correlate with risk).

What every request of an exercise reads in full, the workspace table
(`scenario_table`) and the OSINT corpus (`scenario_osint_corpus`), is kept in
the default cache for a published version: a published version never
changes (`services.scenario_ensure_draft`), so the key (version, its
publication, the language) is enough, and every app server shares it.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from django.utils.translation import override

from core.caching import cache_get_or_build
from core.content_version import versioned_cache_get
from core.release import release_fingerprint

from .catalogue import country_name, place_name
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
    country_of_origin_name: str
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


class ConsignmentRow(NamedTuple):
    """A consignment as the workspace table lists, searches, filters and
    sorts it: what its columns show and what its search reads. A named tuple:
    a thousand of them come out of the cache for every request."""

    id: int
    container_number: str
    transport_mode: str
    transport_mode_label: str
    transport_document_number: str
    goods_description: str
    hs_code: str
    country_of_origin: str
    country_of_origin_name: str
    port_of_loading: str
    port_of_discharge: str
    transshipment: tuple[str, ...]
    shipper_name: str
    consignee_name: str
    gross_weight_kg: Decimal
    declared_value: Decimal
    currency: str


class OsintPageView(NamedTuple):
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
    """The scenario's title, briefing and settings in `language`: every page
    of an exercise shows them, so a published version's are kept in the
    default cache per language."""
    key = published_cache_key(scenario, "overview", reader_language(language))
    return cache_get_or_build(key, lambda: _scenario_view(scenario, language), timeout=CACHE_SECONDS)


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

# A published version never changes, so this only bounds how long a
# version nobody reads any more stays in the cache.
CACHE_SECONDS = 24 * 60 * 60


def published_cache_key(scenario: Scenario, what: str, *parts) -> str | None:
    """The cache key of `what` about a published version of a scenario (with
    `parts`, e.g. the language) read by this release, None for a draft or a
    version in review, whose content may still change and is never cached.
    The release fingerprint (core.release) stands for any change in what
    the cached reads hold or how they are rendered: no format number to
    raise, and a new release never reads what an older one stored."""
    if scenario.status != ScenarioStatus.PUBLISHED or scenario.published_at is None:
        return None
    published = int(scenario.published_at.timestamp() * 1_000_000)
    return ":".join(map(str, ("scenarios", what, release_fingerprint(), scenario.pk, published, *parts)))


def _choice_labels(model, field_name: str, language: str) -> dict:
    """{value: label} of a field's choices in `language`."""
    with override(language):
        return {choice: str(label) for choice, label in model._meta.get_field(field_name).flatchoices}


def _named_once(name_of):
    """`name_of` (a code -> name function) for one case file, each code named
    once: a case file names the same few places and countries hundreds of
    times, and each name is a translation looked up."""
    names: dict[str, str] = {}

    def name(code: str) -> str:
        if code not in names:
            names[code] = name_of(code)
        return names[code]

    return name


def scenario_table(*, scenario: Scenario, language: str | None = None) -> list[ConsignmentRow]:
    """Every consignment of `scenario` as the workspace table lists it, texts
    in `language` (default: the active language), by container number. One
    query; none for a published version read before in the same language
    (the default cache)."""
    language = reader_language(language)
    key = published_cache_key(scenario, "table", language)
    return list(
        cache_get_or_build(key, lambda: tuple(_table_rows(scenario, language)), timeout=CACHE_SECONDS)
    )


def _table_rows(scenario: Scenario, language: str) -> list[ConsignmentRow]:
    modes = _choice_labels(Consignment, "transport_mode", language)
    place = _named_once(place_name)
    country = _named_once(lambda code: country_name(code, language))
    rows = (
        Consignment.objects.filter(scenario=scenario)
        .order_by("container_number")
        .values_list(
            "pk", "container_number", "transport_mode", "transport_document_number", "goods_description",
            "hs_code", "country_of_origin", "port_of_loading", "port_of_discharge", "transshipment",
            "shipper__name", "consignee__name", "gross_weight_kg", "declared_value", "currency",
        )
    )  # fmt: skip
    with override(language):
        return [
            ConsignmentRow(
                id=pk,
                container_number=number,
                transport_mode=mode,
                transport_mode_label=modes.get(mode, mode),
                transport_document_number=document,
                goods_description=localized(goods, language),
                hs_code=hs_code,
                country_of_origin=origin,
                country_of_origin_name=country(origin),
                port_of_loading=place(loading),
                port_of_discharge=place(discharge),
                transshipment=tuple(place(code) for code in Consignment.split_list(transshipment)),
                shipper_name=shipper,
                consignee_name=consignee,
                gross_weight_kg=weight,
                declared_value=value,
                currency=currency,
            )
            for (
                pk, number, mode, document, goods, hs_code, origin, loading, discharge, transshipment,
                shipper, consignee, weight, value, currency,
            ) in rows
        ]  # fmt: skip


def scenario_consignments(
    *, scenario: Scenario, language: str | None = None, ids=None
) -> list[ConsignmentView]:
    """Consignments with parties, event logs and scans (all of them, or those
    whose id is in `ids`), their texts in `language` (default: the active
    language), which is resolved once for the whole case file. Three
    queries, whatever the number of consignments."""
    language = reader_language(language)
    consignments = (
        Consignment.objects.filter(scenario=scenario)
        .select_related("shipper", "consignee", "notify_party", "freight_payer")
        .prefetch_related("scans")
        .order_by("container_number")
    )
    events_of = ContainerEvent.objects.filter(consignment__scenario=scenario)
    if ids is not None:
        ids = list(ids)
        consignments = consignments.filter(pk__in=ids)
        events_of = events_of.filter(consignment_id__in=ids)
    # Event logs as plain rows: thousands of model instances cost more than the query.
    event_rows: dict[int, list[tuple]] = {}
    for row in events_of.order_by("occurred_at", "id").values_list(
        "consignment_id", "code", "place", "occurred_at", "seal_numbers", "remark"
    ):
        event_rows.setdefault(row[0], []).append(row[1:])
    modes = _choice_labels(Consignment, "transport_mode", language)
    freight = _choice_labels(Consignment, "freight_terms", language)
    events = _choice_labels(ContainerEvent, "code", language)
    place = _named_once(place_name)
    country = _named_once(lambda code: country_name(code, language))
    views = []
    parties: dict[int, PartyView] = {}  # a trader's view is built once, however many containers it sends

    def party(p: Party | None) -> PartyView | None:
        if p is None:
            return None
        view = parties.get(p.pk)
        if view is None:
            view = parties[p.pk] = _party_view(p, language)
        return view

    with override(language):
        for c in consignments:
            views.append(
                ConsignmentView(
                    id=c.pk,
                    container_number=c.container_number,
                    size_type=c.size_type,
                    transport_mode=c.transport_mode,
                    transport_mode_label=modes.get(c.transport_mode, c.transport_mode),
                    transport_document_label=DOCUMENT_LABELS.get(c.transport_mode, "B/L"),
                    transport_document_number=c.transport_document_number,
                    seals_declared=tuple(Consignment.split_list(c.seals_declared)),
                    seals_recorded=tuple(Consignment.split_list(c.seals_recorded)),
                    conveyance=c.conveyance,
                    voyage=c.voyage,
                    place_of_receipt=place(c.place_of_receipt),
                    port_of_loading=place(c.port_of_loading),
                    transshipment=tuple(place(code) for code in Consignment.split_list(c.transshipment)),
                    port_of_discharge=place(c.port_of_discharge),
                    final_destination=place(c.final_destination),
                    shipper=party(c.shipper),
                    consignee=party(c.consignee),
                    notify_party=party(c.notify_party),
                    freight_payer=party(c.freight_payer),
                    freight_terms=freight.get(c.freight_terms, c.freight_terms),
                    goods_description=localized(c.goods_description, language),
                    hs_code=c.hs_code,
                    country_of_origin=c.country_of_origin,
                    country_of_origin_name=country(c.country_of_origin),
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
                            code=code,
                            label=events.get(code, code),
                            place=where,
                            place_name=place(where),
                            occurred_at=occurred_at,
                            seal_numbers=seal_numbers,
                            remark=localized(remark, language),
                        )
                        for code, where, occurred_at, seal_numbers, remark in event_rows.get(c.pk, ())
                    ),
                    scans=tuple(ScanView(title=d.title, url=d.url) for d in c.scans.all()),
                )
            )
    return views


@dataclass(frozen=True)
class ScenarioIdentifiers:
    """The identifiers of a scenario a parallel form re-draws (exercises.parallel):
    container and document numbers, seals (declared, recorded, in the event
    logs) and the parties. Read in three plain queries, without the texts."""

    containers: tuple[str, ...]
    numbers: tuple[str, ...]
    parties: tuple[PartyView, ...]


def scenario_identifiers(*, scenario: Scenario) -> ScenarioIdentifiers:
    """The identifiers a parallel form redraws (container numbers, document
    and seal numbers, the parties in English): read once per published
    version and kept in the default cache, since every assessed attempt
    draws its own form from them; a draft's are read every time."""
    return cache_get_or_build(
        published_cache_key(scenario, "identifiers"),
        lambda: _identifiers_read(scenario),
        timeout=CACHE_SECONDS,
    )


def _identifiers_read(scenario: Scenario) -> ScenarioIdentifiers:
    containers, numbers = [], []
    for number, document, invoice, declaration, declared, recorded in Consignment.objects.filter(
        scenario=scenario
    ).values_list(
        "container_number",
        "transport_document_number",
        "invoice_number",
        "declaration_number",
        "seals_declared",
        "seals_recorded",
    ):
        containers.append(number)
        numbers += [document, invoice, declaration]
        numbers += Consignment.split_list(declared) + Consignment.split_list(recorded)
    for seals in ContainerEvent.objects.filter(consignment__scenario=scenario).values_list(
        "seal_numbers", flat=True
    ):
        numbers += Consignment.split_list(seals)
    return ScenarioIdentifiers(
        containers=tuple(containers),
        numbers=tuple(n for n in numbers if n),
        parties=tuple(scenario_parties(scenario=scenario, language="en")),
    )


def scenario_osint_pages(*, scenario: Scenario, language: str | None = None) -> list[OsintPageView]:
    """The scenario's OSINT pages, texts in `language`, by address (one query)."""
    language = reader_language(language)
    with override(language):
        kinds = {value: str(label) for value, label in OsintPage._meta.get_field("kind").flatchoices}
    return [
        OsintPageView(
            id=pk,
            kind=kind,
            kind_label=kinds.get(kind, kind),
            url=url,
            title=localized(title, language),
            body=localized(body, language),
        )
        for pk, kind, url, title, body in OsintPage.objects.filter(scenario=scenario)
        .order_by("url", "pk")
        .values_list("pk", "kind", "url", "title", "body")
    ]


def scenario_osint_corpus(*, scenario: Scenario, language: str | None = None) -> list[OsintPageView]:
    """`scenario_osint_pages`, kept in the default cache for a published
    version (the OSINT search reads every page of it)."""
    language = reader_language(language)
    key = published_cache_key(scenario, "osint", language)
    return list(
        cache_get_or_build(
            key,
            lambda: tuple(scenario_osint_pages(scenario=scenario, language=language)),
            timeout=CACHE_SECONDS,
        )
    )


def scenario_consignment(*, scenario: Scenario, consignment_id: int, language: str | None = None):
    """One consignment's case file (`scenario_consignments`), texts in
    `language` (default: the active language); None when the scenario has no
    such consignment. A published version's is kept in the default cache
    per consignment and language, so a trainee opening it makes no query."""
    language = reader_language(language)
    key = published_cache_key(scenario, "consignment", consignment_id, language)
    found = cache_get_or_build(
        key,
        lambda: tuple(scenario_consignments(scenario=scenario, language=language, ids=[consignment_id])),
        timeout=CACHE_SECONDS,
    )
    return found[0] if found else None


def osint_matches(page: OsintPageView, words: list[str]) -> bool:
    """Whether every (casefolded) word occurs in the page's address, title or text."""
    haystack = f"{page.url} {page.title} {page.body}".casefold()
    return all(word in haystack for word in words)


# Seconds the indicator catalogue is kept at most in one language (an edit
# of an indicator starts a new content version, which drops it sooner).
INDICATORS_SECONDS = 3600


def indicator_catalogue(*, language: str | None = None, active_only: bool = True) -> list[IndicatorView]:
    """The indicators, by code, their texts in `language` (default: the
    active language). Kept in the default cache per language under the
    content version, which any edit of an indicator moves on (ScenariosConfig)."""
    language = reader_language(language)

    def build() -> tuple[IndicatorView, ...]:
        indicators = Indicator.objects.all()
        if active_only:
            indicators = indicators.filter(active=True)
        with override(language):
            return tuple(
                IndicatorView(
                    code=i.code,
                    category=i.category,
                    category_label=str(i.get_category_display()),
                    name=localized(i.name, language),
                    description=localized(i.description, language),
                )
                for i in indicators.order_by("code")
            )

    key = f"scenarios:indicators:{language}:{int(active_only)}"
    return list(versioned_cache_get(key, build, timeout=INDICATORS_SECONDS))


__all__ = [
    "ConsignmentRow",
    "ConsignmentView",
    "EventView",
    "IndicatorView",
    "OsintPageView",
    "PartyView",
    "ScanView",
    "ScenarioIdentifiers",
    "ScenarioStatus",
    "ScenarioView",
    "indicator_catalogue",
    "osint_matches",
    "published_scenarios",
    "scenario_consignment",
    "scenario_consignments",
    "scenario_get_published",
    "scenario_identifiers",
    "scenario_osint_corpus",
    "scenario_osint_pages",
    "scenario_overview",
    "scenario_parties",
    "scenario_table",
]
