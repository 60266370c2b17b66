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
imports the truth.
"""

import hashlib
import re
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from django.utils.translation import get_language
from stdnum import iso6346

from core.seeds import seed_bytes
from scenarios import selectors as scenario_selectors

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

FORMS_KEPT = 16


def form_code(seed: int | None) -> str:
    """A short label of a form for mentors ("F-3A9C12"); "" for the authored
    form. One-way: the label does not give the seed."""
    if seed is None:
        return ""
    return "F-" + hashlib.sha256(f"pcu-form:{seed}".encode()).hexdigest()[:6].upper()


@dataclass(frozen=True)
class ParallelForm:
    seed: int
    code: str
    containers: dict[str, str]
    names: dict[str, str]
    numbers: dict[str, str]
    # Whole e-mail addresses, web sites and addresses, and every token above
    # long enough to be replaced inside free texts.
    texts: dict[str, str]
    pattern: re.Pattern | None = field(default=None, repr=False)
    # (language, consignment id) -> the consignment as this form shows it.
    shown: dict = field(default_factory=dict, repr=False, compare=False)

    def container(self, authored: str) -> str:
        return self.containers.get(authored, authored)

    def number(self, authored: str) -> str:
        return self.numbers.get(authored, authored) if authored else authored

    def number_list(self, authored: str) -> str:
        """A comma-separated list of numbers (event seal numbers)."""
        parts = [p.strip() for p in (authored or "").split(",")]
        return ", ".join(self.number(p) for p in parts if p)

    def text(self, authored: str) -> str:
        """A free text with the form's values in place of the authored ones."""
        if not authored or self.pattern is None:
            return authored
        return self.pattern.sub(lambda m: self.texts[m.group(0)], authored)

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

    def consignment_shown(
        self, view: scenario_selectors.ConsignmentView
    ) -> scenario_selectors.ConsignmentView:
        """`consignment(view)`, kept for the next request (labels are per language)."""
        key = (get_language(), view.id)
        found = self.shown.get(key)
        if found is None:
            found = self.shown[key] = self.consignment(view)
        return found

    def osint(self, page: scenario_selectors.OsintPageView) -> scenario_selectors.OsintPageView:
        return replace(page, url=self.text(page.url), title=self.text(page.title), body=self.text(page.body))


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


def form_build(
    *,
    seed: int,
    consignments: list[scenario_selectors.ConsignmentView],
    parties: list[scenario_selectors.PartyView],
) -> ParallelForm:
    """The parallel form of a scenario (its consignment and party views) for `seed`."""
    d = _Draw(seed)
    all_parties = {p.id: p for p in parties}
    for c in consignments:
        for p in (c.shipper, c.consignee, c.notify_party, c.freight_payer):
            if p is not None:
                all_parties.setdefault(p.id, p)

    authored_containers = {c.container_number for c in consignments}
    containers: dict[str, str] = {}
    taken: set[str] = set()
    for number in sorted(authored_containers):
        containers[number] = _unique(
            lambda k, n=number: _container_value(d, n, k), number, taken, authored_containers
        )

    authored_numbers: set[str] = set()
    for c in consignments:
        authored_numbers.update(
            v
            for v in (c.transport_document_number, c.invoice_number, c.declaration_number)
            if any(ch.isdigit() for ch in v)
        )
        for seal in (*c.seals_declared, *c.seals_recorded):
            authored_numbers.add(seal)
        for e in c.events:
            authored_numbers.update(s.strip() for s in e.seal_numbers.split(",") if s.strip())
    authored_numbers.update(p.registration_number for p in all_parties.values() if p.registration_number)
    authored_numbers = {n for n in authored_numbers if any(ch.isdigit() for ch in n)}
    numbers: dict[str, str] = {}
    taken = set()
    for number in sorted(authored_numbers):
        numbers[number] = _unique(
            lambda k, n=number: d.digits(f"number:{n}:{k}", n), number, taken, authored_numbers
        )

    authored_names = {p.name for p in all_parties.values() if p.name}
    names: dict[str, str] = {}
    taken = set()
    for name in sorted(authored_names):
        names[name] = _unique(lambda k, n=name: _company_value(d, n, k), name, taken, authored_names)

    texts: dict[str, str] = {}
    for p in all_parties.values():
        old_first = p.name.split()[0].lower() if p.name.split() else ""
        new_first = names.get(p.name, p.name).split()[0].lower() if p.name else ""
        for value in (p.email, p.website):
            if value and old_first and old_first in value.lower():
                texts[value] = re.sub(re.escape(old_first), new_first, value, flags=re.IGNORECASE)
        if p.address and any(ch.isdigit() for ch in p.address):
            texts[p.address] = d.digits(f"address:{p.address}", p.address)
    for old, new in names.items():
        texts[old] = new
        if " " in old:
            texts[old.replace(" ", "-", 1)] = new.replace(" ", "-", 1)
    texts.update(containers)
    texts.update(numbers)
    # Domains of the renamed web sites and e-mail addresses, as they appear in links.
    for old, new in list(texts.items()):
        if "@" in old and "@" in new:
            texts.setdefault(old.split("@", 1)[1], new.split("@", 1)[1])
        elif old.startswith(("http://", "https://")):
            texts.setdefault(old.split("://", 1)[1], new.split("://", 1)[1])
    texts = {old: new for old, new in texts.items() if len(old) >= TEXT_TOKEN_MIN and old != new}
    pattern = None
    if texts:
        alternatives = "|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True))
        pattern = re.compile(rf"(?<![0-9A-Za-z])(?:{alternatives})(?![0-9A-Za-z])")
    return ParallelForm(
        seed=seed,
        code=form_code(seed),
        containers=containers,
        names=names,
        numbers=numbers,
        texts=texts,
        pattern=pattern,
    )


# (seed, scenario, its last change) -> form, the most recently used few.
_FORMS: OrderedDict[tuple, ParallelForm] = OrderedDict()


def form_for(attempt) -> ParallelForm | None:
    """The parallel form `attempt` shows, or None when it shows the scenario
    as authored (practice attempts, attempts from before forms existed)."""
    if attempt.form_seed is None:
        return None
    scenario = attempt.scenario
    key = (attempt.form_seed, scenario.pk, scenario.updated_at)
    form = _FORMS.get(key)
    if form is None:
        form = form_build(
            seed=attempt.form_seed,
            consignments=scenario_selectors.scenario_consignments(scenario=scenario),
            parties=scenario_selectors.scenario_parties(scenario=scenario),
        )
        _FORMS[key] = form
        while len(_FORMS) > FORMS_KEPT:
            _FORMS.popitem(last=False)
    else:
        _FORMS.move_to_end(key)
    return form
