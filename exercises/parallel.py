"""Parallel forms of a scenario: what an assessed attempt shows instead of the
scenario as authored.

A form is drawn from the attempt's secret seed (`Attempt.form_seed`, derived
with the server's seed secret, see `core.seeds`) and re-draws, consistently
across every page of the attempt, the identifiers a trainee could copy from
a debrief or from another trainee:

- container numbers: the owner code is kept, the serial number is re-drawn
  and the ISO 6346 check digit recomputed (never a number of the authored
  scenario, never twice in a form);
- party names: the distinctive first word is replaced (the kind of business
  and the legal form stay, so the name still fits the goods), with the
  e-mail addresses and web sites derived from it and the hyphenated
  look-alike spelling of a watch-list entry;
- document numbers (transport document, invoice, declaration, company
  registration), seal numbers and the numbers in party addresses: every
  digit is re-drawn, letters and punctuation stay (one authored value always
  gives the same form value, so a seal that differs from the declared one
  still differs);
- the free texts a trainee reads (OSINT pages, trade histories, event
  remarks, examination results, the debrief's explanations) say the same
  with the form's values.

The consignments themselves, their goods, routes, weights, values, dates and
the hidden truth are carried over: scoring is keyed by consignment, so a
form changes what is shown, never what is scored. The order of the
consignments is shuffled per attempt anyway (`AttemptItem.position`).

This module reads only trainee-safe views (`scenarios.selectors`); it never
imports the truth. A form is drawn once per attempt and scenario version and
kept in the default cache (`form_for`), shared by every app server.
"""

import hashlib
import re
from dataclasses import dataclass, replace
from functools import cached_property

from stdnum import iso6346

from core.caching import cache_get_or_build
from core.seeds import seed_bytes
from scenarios import selectors as scenario_selectors
from scenarios.fields import reader_language

# Distinctive first words of the form's company names: neutral words that
# read naturally in the region's trade names.
NAME_WORDS = (
    "Altyn", "Kumush", "Nur", "Ak", "Kok", "Sary", "Baikal", "Irtysh", "Ural", "Tengri",
    "Samal", "Zhibek", "Arman", "Bereke", "Daryo", "Gulistan", "Navruz", "Oltin", "Sharq", "Yulduz",
    "Lazurit", "Barkhan", "Dostluk", "Ynam", "Merw", "Garagum", "Balkan", "Gyzyl", "Shirvan", "Absheron",
    "Ganja", "Lankaran", "Kura", "Araz", "Sogd", "Hisor", "Varzob", "Vakhsh", "Khatlon", "Ferghana",
    "Chimgan", "Bukhoro", "Khiva", "Termiz", "Navoi", "Ili", "Tobol", "Esil", "Shymbulak", "Alatau",
    "Karatau", "Zhetysu", "Ordabasy", "Marakanda", "Registan", "Anhor", "Chorsu", "Yakkasaroy", "Sayram", "Otrar",
    "Horizon", "Meridian", "Keystone", "Northgate", "Bluewater", "Evergreen", "Summit", "Crescent", "Harbor", "Pioneer",
)  # fmt: skip

# Identifiers shorter than this are replaced in their own fields only, never
# inside free texts (a 3-digit invoice number must not rewrite "150 cartons").
TEXT_TOKEN_MIN = 5

# Runs of letters and digits (any script): a value is replaced in a free text
# only where it stands on its own, neither starting nor ending inside one.
_RUN = re.compile(r"[^\W_]+")


def form_code(seed: int | None) -> str:
    """A short label of a form for mentors ("F-3A9C12"); "" for the authored
    form. One-way: the label does not give the seed."""
    if seed is None:
        return ""
    return "F-" + hashlib.sha256(f"pcu-form:{seed}".encode()).hexdigest()[:6].upper()


def _first_run(value: str) -> str:
    found = _RUN.match(value)
    return found.group(0) if found else ""


def text_spans(text: str, starts: dict[str, tuple[str, ...]]) -> list[tuple[int, int, str]]:
    """Where the values indexed in `starts` ({first run of letters and digits:
    values starting with it, longest first}) stand on their own in `text`:
    (start, end, value), left to right, not overlapping, the longest value
    at each place."""
    spans = []
    end = 0
    for run in _RUN.finditer(text):
        start = run.start()
        if start < end:
            continue
        for value in starts.get(run.group(0), ()):
            stop = start + len(value)
            if text.startswith(value, start) and (stop == len(text) or not _RUN.match(text, stop)):
                spans.append((start, stop, value))
                end = stop
                break
    return spans


def spliced(text: str, spans, replacements: dict[str, str]) -> str:
    """`text` with each span's value replaced (a value without a replacement stays)."""
    if not spans:
        return text
    parts, last = [], 0
    for start, stop, value in spans:
        parts += [text[last:start], replacements.get(value, value)]
        last = stop
    parts.append(text[last:])
    return "".join(parts)


def index_by_first_run(values) -> dict[str, tuple[str, ...]]:
    """{first run of letters and digits: the values starting with it, longest first}."""
    starts: dict[str, list[str]] = {}
    for value in values:
        run = _first_run(value)
        if run and value.startswith(run):
            starts.setdefault(run, []).append(value)
    return {run: tuple(sorted(found, key=len, reverse=True)) for run, found in starts.items()}


@dataclass
class ParallelForm:
    """What one seed drew for one scenario version; `texts` and `starts`
    (for free texts) are derived on first use, and kept in the cache with it."""

    seed: int
    code: str
    containers: dict[str, str]
    names: dict[str, str]
    numbers: dict[str, str]
    # E-mail addresses, web sites, addresses, hyphenated names and the domains
    # of the renamed sites (`_extras`).
    extras: dict[str, str]

    @cached_property
    def texts(self) -> dict[str, str]:
        """Every value long enough to be replaced inside free texts."""
        texts = {**self.extras, **self.names, **self.containers, **self.numbers}
        return {old: new for old, new in texts.items() if len(old) >= TEXT_TOKEN_MIN and old != new}

    @cached_property
    def starts(self) -> dict[str, tuple[str, ...]]:
        """The keys of `texts` by their first run of letters and digits (where a
        replacement can start in a free text), longest first."""
        return index_by_first_run(self.texts)

    def container(self, authored: str) -> str:
        return self.containers.get(authored, authored)

    def number(self, authored: str) -> str:
        return self.numbers.get(authored, authored) if authored else authored

    def number_list(self, authored: str) -> str:
        """A comma-separated list of numbers (event seal numbers)."""
        parts = [p.strip() for p in (authored or "").split(",")]
        return ", ".join(self.number(p) for p in parts if p)

    def text(self, authored: str) -> str:
        """A free text with the form's values in place of the authored ones
        (each where it stands on its own, the longest first)."""
        if not authored or not self.starts:
            return authored
        return spliced(authored, text_spans(authored, self.starts), self.texts)

    def party(self, view: scenario_selectors.PartyView | None):
        if view is None:
            return None
        return replace(
            view,
            name=self.names.get(view.name, view.name),
            address=self.texts.get(view.address, view.address),
            registration_number=self.number(view.registration_number),
            email=self.texts.get(view.email, view.email),
            website=self.texts.get(view.website, view.website),
            trade_history=self.text(view.trade_history),
        )

    def consignment(self, view: scenario_selectors.ConsignmentView) -> scenario_selectors.ConsignmentView:
        return replace(
            view,
            container_number=self.container(view.container_number),
            transport_document_number=self.number(view.transport_document_number),
            seals_declared=tuple(self.number(s) for s in view.seals_declared),
            seals_recorded=tuple(self.number(s) for s in view.seals_recorded),
            invoice_number=self.number(view.invoice_number),
            declaration_number=self.number(view.declaration_number),
            shipper=self.party(view.shipper),
            consignee=self.party(view.consignee),
            notify_party=self.party(view.notify_party),
            freight_payer=self.party(view.freight_payer),
            events=tuple(
                replace(e, seal_numbers=self.number_list(e.seal_numbers), remark=self.text(e.remark))
                for e in view.events
            ),
        )

    def row_values(self, row: scenario_selectors.ConsignmentRow) -> tuple[str, str, str, str]:
        """What this form shows in the table's columns it re-draws: container,
        transport document, shipper and consignee (`shown_row`)."""
        return (
            self.container(row.container_number),
            self.number(row.transport_document_number),
            self.names.get(row.shipper_name, row.shipper_name),
            self.names.get(row.consignee_name, row.consignee_name),
        )

    def row(self, row: scenario_selectors.ConsignmentRow) -> scenario_selectors.ConsignmentRow:
        """A line of the workspace table as this form shows it."""
        return shown_row(row, self.row_values(row))

    def osint(self, page: scenario_selectors.OsintPageView) -> scenario_selectors.OsintPageView:
        return page._replace(url=self.text(page.url), title=self.text(page.title), body=self.text(page.body))


def shown_row(
    row: scenario_selectors.ConsignmentRow, values: tuple[str, str, str, str]
) -> scenario_selectors.ConsignmentRow:
    """`row` with a form's values (`ParallelForm.row_values`) in its columns."""
    container, document, shipper, consignee = values
    return row._replace(
        container_number=container,
        transport_document_number=document,
        shipper_name=shipper,
        consignee_name=consignee,
    )


class _Draw:
    """Reproducible draws from the form's seed, one independent stream per label."""

    def __init__(self, seed: int):
        self.seed = seed

    def integer(self, label: str, below: int) -> int:
        return int.from_bytes(seed_bytes(seed=self.seed, label=label, length=16), "big") % below

    def digits(self, label: str, value: str) -> str:
        """`value` with every digit re-drawn."""
        stream = seed_bytes(seed=self.seed, label=label, length=max(1, len(value)))
        return "".join(str(stream[i] % 10) if ch.isdigit() else ch for i, ch in enumerate(value))


def _unique(draw, authored: str, taken: set[str], forbidden: set[str]) -> str:
    """A re-drawn value of `authored` (attempt k = 0, 1, ...) that is neither
    an authored value nor already used in the form."""
    for k in range(1000):
        value = draw(k)
        if value not in forbidden and value not in taken:
            taken.add(value)
            return value
    raise RuntimeError(f"no free form value for {authored!r}")  # pragma: no cover - 1000 collisions


def _container_value(d: _Draw, authored: str, k: int) -> str:
    owner = authored[:4]
    body = f"{owner}{d.integer(f'container:{authored}:{k}', 10**6):06d}"
    return body + iso6346.calc_check_digit(body)


def _company_value(d: _Draw, authored: str, k: int) -> str:
    words = authored.split()
    first = NAME_WORDS[d.integer(f"name:{authored}:{k}", len(NAME_WORDS))]
    if k >= len(NAME_WORDS) // 2:  # crowded: two words
        first += "-" + NAME_WORDS[d.integer(f"name2:{authored}:{k}", len(NAME_WORDS))]
    return " ".join([first, *words[1:]]) if len(words) > 1 else f"{first} {authored}"


def _extras(parties, names: dict[str, str], d: _Draw | None) -> dict[str, str]:
    """The e-mail addresses and web sites that carry a renamed company's first
    word, addresses with numbers (re-drawn; kept when `d` is None), names
    with a hyphen for their first space, and the domains of the renamed
    addresses and sites, as they appear in links."""
    extras: dict[str, str] = {}
    for p in parties:
        old_first = p.name.split()[0].lower() if p.name.split() else ""
        new_first = names.get(p.name, p.name).split()[0].lower() if p.name else ""
        for value in (p.email, p.website):
            if value and old_first and old_first in value.lower():
                extras[value] = re.sub(re.escape(old_first), new_first, value, flags=re.IGNORECASE)
        if p.address and any(ch.isdigit() for ch in p.address):
            extras[p.address] = d.digits(f"address:{p.address}", p.address) if d else p.address
    for old, new in names.items():
        if " " in old:
            extras[old.replace(" ", "-", 1)] = new.replace(" ", "-", 1)
    for old, new in list(extras.items()):
        if "@" in old and "@" in new:
            extras.setdefault(old.split("@", 1)[1], new.split("@", 1)[1])
        elif old.startswith(("http://", "https://")):
            extras.setdefault(old.split("://", 1)[1], new.split("://", 1)[1])
    return extras


def _authored_numbers(identifiers: scenario_selectors.ScenarioIdentifiers) -> set[str]:
    numbers = set(identifiers.numbers)
    numbers.update(p.registration_number for p in identifiers.parties if p.registration_number)
    return {n for n in numbers if any(ch.isdigit() for ch in n)}


def form_text_keys(identifiers: scenario_selectors.ScenarioIdentifiers) -> set[str]:
    """The authored values any form of the scenario may replace inside free
    texts (the keys of `ParallelForm.texts`, whatever the seed)."""
    names = {p.name: p.name for p in identifiers.parties if p.name}
    keys = {*_extras(identifiers.parties, names, None), *names, *identifiers.containers}
    keys |= _authored_numbers(identifiers)
    return {key for key in keys if len(key) >= TEXT_TOKEN_MIN}


def form_build(*, seed: int, identifiers: scenario_selectors.ScenarioIdentifiers) -> ParallelForm:
    """The parallel form of a scenario (its identifiers:
    `scenarios.selectors.scenario_identifiers`) for `seed`."""
    d = _Draw(seed)
    parties = {p.id: p for p in identifiers.parties}.values()

    authored_containers = set(identifiers.containers)
    containers: dict[str, str] = {}
    taken: set[str] = set()
    for number in sorted(authored_containers):
        containers[number] = _unique(
            lambda k, n=number: _container_value(d, n, k), number, taken, authored_containers
        )

    authored_numbers = _authored_numbers(identifiers)
    numbers: dict[str, str] = {}
    taken = set()
    for number in sorted(authored_numbers):
        numbers[number] = _unique(
            lambda k, n=number: d.digits(f"number:{n}:{k}", n), number, taken, authored_numbers
        )

    authored_names = {p.name for p in parties if p.name}
    names: dict[str, str] = {}
    taken = set()
    for name in sorted(authored_names):
        names[name] = _unique(lambda k, n=name: _company_value(d, n, k), name, taken, authored_names)

    return ParallelForm(
        seed=seed,
        code=form_code(seed),
        containers=containers,
        names=names,
        numbers=numbers,
        extras=_extras(parties, names, d),
    )


def form_for(attempt) -> ParallelForm | None:
    """The parallel form `attempt` shows, or None when it shows the scenario
    as authored (practice attempts, attempts from before forms existed).
    Drawn once and kept in the default cache for a published version (the
    seed and the version fix it); a draft's is drawn every time."""
    if attempt.form_seed is None:
        return None
    scenario = attempt.scenario
    key = scenario_selectors.published_cache_key(scenario, "indexed-form", attempt.form_seed)

    def build() -> ParallelForm:
        form = form_build(
            seed=attempt.form_seed, identifiers=scenario_selectors.scenario_identifiers(scenario=scenario)
        )
        # Kept with its index for free texts: deriving it costs every request
        # several times what reading it from the cache does.
        form.starts  # noqa: B018 - derives and keeps `texts` and `starts`
        return form

    return cache_get_or_build(key, build, timeout=scenario_selectors.CACHE_SECONDS)


def form_table_values(attempt, rows, *, language: str) -> dict[int, tuple[str, str, str, str]] | None:
    """{consignment id: `ParallelForm.row_values`} of the form `attempt`
    shows, for the scenario's table `rows` in `language`; None when it shows
    the scenario as authored. All the workspace needs of a form: kept in the
    default cache for a published version, per form (seed) and language, so
    that a workspace request reads some 70 KB instead of the whole form and
    its index for free texts (half a megabyte for 1,000 consignments)."""
    if attempt.form_seed is None:
        return None
    key = scenario_selectors.published_cache_key(attempt.scenario, "form-table", attempt.form_seed, language)

    def build() -> dict[int, tuple[str, str, str, str]]:
        form = form_for(attempt)
        return {row.id: form.row_values(row) for row in rows}

    return cache_get_or_build(key, build, timeout=scenario_selectors.CACHE_SECONDS)


def osint_spans(*, scenario, language: str | None = None) -> dict[int, tuple]:
    """Where the values any form may replace stand in each OSINT page of
    `scenario` ({page id: (address spans, title spans, text spans)}, pages
    with none left out): the same for every form of the version, so the
    corpus is scanned once per version and language (default cache) and a
    form's search only splices its values in (`spliced`)."""

    def build():
        starts = index_by_first_run(
            form_text_keys(scenario_selectors.scenario_identifiers(scenario=scenario))
        )
        found = {}
        for page in scenario_selectors.scenario_osint_corpus(scenario=scenario, language=language):
            spans = tuple(text_spans(text, starts) for text in (page.url, page.title, page.body))
            if any(spans):
                found[page.id] = spans
        return found

    language = reader_language(language)
    key = scenario_selectors.published_cache_key(scenario, "osint-spans", language)
    return cache_get_or_build(key, build, timeout=scenario_selectors.CACHE_SECONDS)


# How long a form's searchable OSINT texts are kept: they belong to the
# attempts drawn with its seed (about half a megabyte for a large corpus), and
# an attempt's searches come within hours of its start.
FORM_SEARCH_SECONDS = 6 * 60 * 60


def osint_haystacks(*, scenario, form: ParallelForm | None, language: str | None = None) -> tuple:
    """What the OSINT search reads in each page of `scenario`'s corpus:
    ((page id, its address, title and text casefolded and joined), ...) in
    the corpus's order, worded as `form` words them (None: as authored).
    Kept in the default cache for a published version, per language and
    form, so a search is one cache read of plain strings and a scan."""
    language = reader_language(language)

    def build() -> tuple:
        corpus = scenario_selectors.scenario_osint_corpus(scenario=scenario, language=language)
        if form is None:
            return tuple((p.id, f"{p.url} {p.title} {p.body}".casefold()) for p in corpus)
        spans, texts = osint_spans(scenario=scenario, language=language), form.texts
        found = []
        for p in corpus:
            fields = (p.url, p.title, p.body)
            where = spans.get(p.id, ((), (), ()))
            worded = " ".join(spliced(t, s, texts) for t, s in zip(fields, where, strict=True))
            found.append((p.id, worded.casefold()))
        return tuple(found)

    seed = "authored" if form is None else form.seed
    key = scenario_selectors.published_cache_key(scenario, "osint-haystacks", language, seed)
    timeout = scenario_selectors.CACHE_SECONDS if form is None else FORM_SEARCH_SECONDS
    return cache_get_or_build(key, build, timeout=timeout)
