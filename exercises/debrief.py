"""Reads for the debrief and the mentor review: these show the hidden truth
and are called only for a submitted attempt (the trainee's own, or a mentor's
review). `attempt_debrief` refuses an attempt that is not submitted."""

from dataclasses import dataclass
from functools import cached_property

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, override

from core.caching import cache_get_or_build
from scenarios.selectors import CACHE_SECONDS, published_cache_key, scenario_table
from scenarios.truth import scenario_truth

from .models import Attempt, Selection
from .parallel import form_for
from .selectors import ItemView, item_view


class DebriefNotAvailable(Exception):
    pass


@dataclass(frozen=True)
class DebriefRow:
    item: ItemView
    outcome: str
    outcome_label: str
    high_risk: bool
    threat_label: str
    concealment_label: str
    found: tuple[str, ...]
    missed: tuple[str, ...]
    wrong: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    value: str
    reading: str


@dataclass(frozen=True)
class Debrief:
    attempt: Attempt
    rows: tuple[DebriefRow, ...]
    metrics: tuple[Metric, ...]
    baseline: dict
    alert: dict | None
    trend: tuple[Attempt, ...]

    @cached_property
    def detailed(self) -> tuple[DebriefRow, ...]:
        """Hits, misses and false alarms: the containers a trainee reads one by one."""
        return tuple(r for r in self.rows if r.outcome != "correct_release")

    @cached_property
    def released(self) -> tuple[DebriefRow, ...]:
        """Correct releases: clean and left alone, listed by container and goods."""
        return tuple(r for r in self.rows if r.outcome == "correct_release")

    @cached_property
    def released_numbers(self) -> list[str]:
        """The container numbers of the correct releases, in order."""
        return sorted(r.item.consignment.container_number for r in self.released)

    @cached_property
    def engine(self):
        """What the scenario's risk engine (naive Bayes for generated scenarios,
        gradient boosting for declarations) would have selected within the same
        budget, its score and the differences (docs/scenarios.md,
        docs/declarations.md), with the container numbers this attempt showed
        (its parallel form's); None when the scenario is not written in terms
        an engine reads."""
        from scenarios.baseline import scenario_engine_baseline

        chosen = frozenset(r.item.consignment.id for r in self.rows if r.outcome in ("hit", "false_alarm"))
        shown = {r.item.consignment.id: r.item.consignment.container_number for r in self.rows}
        return scenario_engine_baseline(scenario=self.attempt.scenario, selected=chosen, shown=shown)


OUTCOME_LABELS = {
    "hit": _("Hit: high-risk and selected"),
    "false_alarm": _("False alarm: selected but clean"),
    "miss": _("Miss: high-risk but not selected"),
    "correct_release": _("Correct release: clean and not selected"),
}


# A consignment of the attempt without a stored outcome: the submission
# stores hits, misses and false alarms only (exercises.services._score_attempt).
RELEASED = {"outcome": "correct_release"}


def _pct(value: float) -> str:
    return f"{number_format(round(100 * value) + 0, 0)} %"


def _num(value: float) -> str:
    """Two decimals with the reader's decimal separator, never "-0,00"."""
    return number_format(round(value, 2) + 0.0, 2)


def _cost_metrics(b: dict) -> tuple[Metric, ...]:
    """The parts of the composite that charge false alarms (absent from
    breakdowns stored before they were scored)."""
    if "net_value" not in b:
        return ()
    return (
        Metric(
            "net_value",
            str(_("Net value")),
            _pct(b["net_value"]),
            str(
                _(
                    "The severity of the threats you found, less %(cost)s for each clean container you "
                    "opened: 0 is what opening containers at random gains on average, the maximum is the "
                    "best choice the budget allows."
                )
            )
            % {"cost": number_format(b["clean_cost"], 2)},
        ),
        Metric(
            "precision_skill",
            str(_("Chance-corrected hit rate")),
            _pct(b["precision_skill"]),
            str(
                _(
                    "How far your hit rate rose above the share of high-risk containers (%(base)s); 0 is chance."
                )
            )
            % {"base": _pct(b["high_risk"] / b["consignments"] if b["consignments"] else 0)},
        ),
    )


def _metrics(b: dict) -> tuple[Metric, ...]:
    sel, hits, p = b["selected"], b["hits"], b["high_risk"]
    return _cost_metrics(b) + (
        Metric(
            "hit_rate",
            str(_("Hit rate")),
            _pct(b["hit_rate"]),
            ngettext(
                "%(hits)d of the %(selected)d container you opened was worth opening.",
                "%(hits)d of the %(selected)d containers you opened were worth opening.",
                sel,
            )
            % {"hits": hits, "selected": sel},
        ),
        Metric(
            "detection",
            str(_("Detection")),
            _pct(b["detection"]),
            str(_("You found %(hits)d of the %(p)d high-risk containers.")) % {"hits": hits, "p": p},
        ),
        Metric(
            "capture",
            str(_("Budget-normalised capture")),
            _pct(b["capture"]),
            str(_("Your hits as a share of the most the budget of %(budget)d allowed."))
            % {"budget": b["budget"]},
        ),
        Metric(
            "weighted_capture",
            str(_("Severity-weighted capture")),
            _pct(b["weighted_capture"]),
            str(
                _(
                    "Like capture, but a more serious threat counts more; the best possible choice for the budget reaches the maximum."
                )
            ),
        ),
        Metric(
            "skill",
            str(_("Chance-corrected skill")),
            _num(b["skill"]),
            str(
                _(
                    "0 is what picking at random gives (%(expected)s hits expected), 1 is the best possible, "
                    "below 0 is worse than chance."
                )
            )
            % {"expected": number_format(b["expected_hits"], 2)},
        ),
        Metric(
            "lift",
            str(_("Lift")),
            f"{number_format(b['lift'], 1)}×",
            str(_("How many times better than random your hit rate was.")),
        ),
        Metric(
            "d_prime",
            str(_("d′ (discrimination)")),
            _num(b["d_prime"]),
            str(_("How well you told high-risk from clean containers; for feedback only, not scored."))
            if sel
            else str(_("You opened no container, so there is no discrimination to measure.")),
        ),
        Metric(
            "criterion",
            str(_("c (response bias)")),
            _num(b["criterion"]),
            str(
                _(
                    "Where you drew the line between opening and releasing. Under a fixed budget it is set "
                    "mostly by how many containers you may open, not by your caution; feedback only."
                )
            ),
        ),
        Metric(
            "indicator_f1",
            str(_("Indicator F1")),
            _pct(b["indicator_f1"]),
            str(
                _(
                    "How well the indicators you cited match those truly present "
                    "(precision %(precision)s, recall %(recall)s)."
                )
            )
            % {"precision": _pct(b["indicator_precision"]), "recall": _pct(b["indicator_recall"])},
        ),
    )


def attempt_debrief(*, attempt: Attempt, language: str | None = None) -> Debrief:
    """The debrief of a submitted attempt: every consignment's outcome (hits,
    misses and false alarms with the truth and its explanation; correct
    releases by container number), the measures, the baselines and the
    trend. A constant number of queries, whatever the scenario's size; each
    consignment is the workspace table's line (`ConsignmentRow`)."""
    if not attempt.is_submitted:
        raise DebriefNotAvailable
    outcomes = attempt.breakdown.get("outcomes", {})
    order = list(attempt.items.order_by("position").values_list("ref", "position", "consignment_id"))
    detailed = {cid for ref, _p, cid in order if outcomes.get(ref, RELEASED)["outcome"] != "correct_release"}
    truth = scenario_truth(scenario=attempt.scenario, language=language, ids=detailed)
    # A debrief names each container by its number and goods: the table's lines
    # (from the cache) carry both, as the attempt's form shows them.
    table = {r.id: r for r in scenario_table(scenario=attempt.scenario, language=language)}
    selections = {s.item.ref: s for s in Selection.objects.filter(attempt=attempt).select_related("item")}
    form = form_for(attempt)  # containers and explanations in the words of this attempt's form
    outcome_labels = {outcome: str(label) for outcome, label in OUTCOME_LABELS.items()}  # translated once
    rows = []
    for ref, position, cid in order:
        o = outcomes.get(ref, RELEASED)
        t = truth.get(cid)
        view = form.row(table[cid]) if form is not None else table[cid]
        rows.append(
            DebriefRow(
                item=item_view(ref, position, view, selections.get(ref)),
                outcome=o.get("outcome", ""),
                outcome_label=outcome_labels.get(o.get("outcome", ""), ""),
                high_risk=bool(t and t.high_risk),
                threat_label=t.threat_label if t else "",
                concealment_label=t.concealment_label if t else "",
                found=tuple(o.get("found", ())),
                missed=tuple(o.get("missed", ())),
                wrong=tuple(o.get("wrong", ())),
                explanation=(form.text(t.debrief) if form is not None else t.debrief) if t else "",
            )
        )
    # Hits and misses first: what the trainee most needs to read.
    rank = {"miss": 0, "hit": 1, "false_alarm": 2, "correct_release": 3}
    rows.sort(key=lambda r: (rank.get(r.outcome, 9), r.item.position))
    trend = tuple(
        Attempt.objects.submitted()
        .filter(user=attempt.user, submitted_at__lte=attempt.submitted_at)
        .select_related("scenario")
        .defer("breakdown")  # a thousand outcomes each; the trend shows the score
        .order_by("-submitted_at")[:10]
    )[::-1]
    return Debrief(
        attempt=attempt,
        rows=tuple(rows),
        metrics=_metrics(attempt.breakdown),
        baseline=attempt.breakdown.get("baseline", {}),
        alert=attempt.breakdown.get("alert"),
        trend=trend,
    )


def debrief_body_html(*, attempt: Attempt, language: str) -> str:
    """The debrief's body (`exercises/includes/debrief_body.html`) rendered
    for a submitted attempt in `language`, as the trainee's debrief and the
    mentor's review show it. A submitted attempt never changes, so the body
    is kept in the default cache under the attempt (its random public id and
    submission time), the scenario's published version, the language and the
    time zone its dates are shown in, and the release (so an upgrade never
    shows a body its older templates or translations rendered); an attempt
    on a draft scenario is rendered every time. Only its owner's debrief and
    a reviewer's page read it, each after checking who may see the attempt.
    An erasure, which clears the attempt's free text, and a deletion drop the
    kept bodies (`exercises.services.debrief_cache_forget`)."""
    if not attempt.is_submitted:
        raise DebriefNotAvailable
    key = debrief_body_key(attempt=attempt, language=language)

    def build() -> str:
        body = debrief_body_render(attempt=attempt, language=language)
        if key is not None:
            _debrief_body_index(attempt=attempt, key=key)
        return body

    return cache_get_or_build(key, build, timeout=CACHE_SECONDS)


def debrief_body_key(*, attempt: Attempt, language: str) -> str | None:
    """The cache key of a submitted attempt's debrief body in `language` and
    the current time zone (`debrief_body_html`); None on a draft scenario.
    It holds the attempt's revision, which a change made after the
    submission moves on (an erasure clearing the free text): no body
    rendered before such a change is read again, even one whose key the
    index lost."""
    return published_cache_key(
        attempt.scenario,
        "debrief",
        attempt.public_id,
        int(attempt.submitted_at.timestamp() * 1_000_000),
        attempt.revision,
        language,
        timezone.get_current_timezone_name(),
    )


def debrief_index_key(public_id) -> str:
    """The cache key of the keys under which `debrief_body_html` keeps the
    bodies of attempt `public_id` (one a language and time zone), whatever the
    scenario version and release: what `debrief_cache_forget` deletes."""
    return f"exercises:debrief-bodies:{public_id}"


def _debrief_body_index(*, attempt: Attempt, key: str) -> None:
    # Only when a body is built, so a cached debrief costs one cache read.
    # Two bodies of one attempt built at the same moment may each miss the
    # other's key: that body then stays until its timeout, unread once the
    # attempt's revision moves on (`debrief_body_key`).
    index = debrief_index_key(attempt.public_id)
    keys = tuple(cache.get(index) or ())
    if key not in keys:
        cache.set(index, (*keys, key), CACHE_SECONDS)


def debrief_body_render(*, attempt: Attempt, language: str) -> str:
    """The debrief's body of a submitted attempt rendered afresh in
    `language` (what `debrief_body_html` keeps)."""
    with override(language):
        debrief = attempt_debrief(attempt=attempt, language=language)
        return render_to_string("exercises/includes/debrief_body.html", {"d": debrief})
