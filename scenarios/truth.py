"""The truth selector: for scoring, the debrief after submission, and mentors.

Returns frozen dataclasses keyed by consignment id. Never call this from a
view a trainee sees before their own submission.
"""

from dataclasses import dataclass
from decimal import Decimal

from core.caching import cache_get_or_build

from .fields import localized
from .models.truth import ConsignmentTruth
from .selectors import CACHE_SECONDS, published_cache_key


@dataclass(frozen=True)
class TruthView:
    consignment_id: int
    container_number: str
    high_risk: bool
    threat: str
    threat_label: str
    concealment: str
    concealment_label: str
    indicators: tuple[str, ...]
    severity: Decimal
    finding_documents: str
    finding_xray: str
    finding_partial: str
    finding_devanning: str
    debrief: str


def _choice_labels(field_name: str) -> dict[str, str]:
    """{stored value: label in the active language} of a choice field of the truth."""
    return {value: str(label) for value, label in ConsignmentTruth._meta.get_field(field_name).flatchoices}


def scenario_truth(*, scenario, language: str | None = None, ids=None) -> dict[int, TruthView]:
    """The truth of every consignment of `scenario`, or of those whose id is
    in `ids` (one query)."""
    rows = (
        ConsignmentTruth.objects.filter(consignment__scenario=scenario)
        .select_related("consignment")
        .only(
            "consignment__container_number", "high_risk", "threat", "concealment", "indicators", "severity",
            "finding_documents", "finding_xray", "finding_partial", "finding_devanning", "debrief",
        )
    )  # fmt: skip
    if ids is not None:
        rows = rows.filter(consignment_id__in=list(ids))
    # The choices' labels, translated once rather than for each consignment.
    threats = _choice_labels("threat")
    concealments = _choice_labels("concealment")
    return {
        t.consignment_id: TruthView(
            consignment_id=t.consignment_id,
            container_number=t.consignment.container_number,
            high_risk=t.high_risk,
            threat=t.threat,
            threat_label=threats.get(t.threat, t.threat),
            concealment=t.concealment,
            concealment_label=concealments.get(t.concealment, t.concealment),
            indicators=tuple(t.indicators or ()),
            severity=t.severity,
            finding_documents=localized(t.finding_documents, language),
            finding_xray=localized(t.finding_xray, language),
            finding_partial=localized(t.finding_partial, language),
            finding_devanning=localized(t.finding_devanning, language),
            debrief=localized(t.debrief, language),
        )
        for t in rows
    }


@dataclass(frozen=True)
class ScoringTruth:
    """What scoring needs of one consignment's truth."""

    high_risk: bool
    severity: Decimal
    indicators: tuple[str, ...]
    threat: str


def scenario_truth_for_scoring(*, scenario) -> dict[int, ScoringTruth]:
    """{consignment id: ScoringTruth} of every consignment of `scenario`: one
    plain query, without the texts (submission scores a thousand
    consignments). Kept in the default cache for a published version, which
    never changes: every submission on it reads the same truth."""
    return cache_get_or_build(
        published_cache_key(scenario, "scoring-truth"),
        lambda: _scoring_truths(ConsignmentTruth.objects.filter(consignment__scenario=scenario)),
        timeout=CACHE_SECONDS,
    )


def consignment_truth_for_scoring(*, consignment_id: int) -> ScoringTruth | None:
    """The ScoringTruth of one consignment (the container of an alert), or
    None when it has none: one query, the scenario's whole truth unread."""
    return _scoring_truths(ConsignmentTruth.objects.filter(consignment_id=consignment_id)).get(consignment_id)


def _scoring_truths(truths) -> dict[int, ScoringTruth]:
    rows = truths.values_list("consignment_id", "high_risk", "severity", "indicators", "threat")
    return {
        cid: ScoringTruth(
            high_risk=high_risk, severity=severity, indicators=tuple(codes or ()), threat=threat
        )
        for cid, high_risk, severity, codes, threat in rows
    }


@dataclass(frozen=True)
class ReviewRow:
    """One consignment as a reviewing mentor checks it: its documents' headline
    and the hidden truth, with the indicators named and each finding labelled."""

    consignment: object
    goods_description: str
    truth: TruthView | None
    indicators: tuple[str, ...]
    findings: tuple[tuple[str, str], ...]


FINDING_FIELDS = ("finding_documents", "finding_xray", "finding_partial", "finding_devanning")


def scenario_truth_review(*, scenario, consignments, language: str | None = None) -> list[ReviewRow]:
    """Each of `consignments` (the scenario's, as the review page has read
    them) with its truth, by id, for the review page (mentors with the review
    permission only). Two queries."""
    from .models import Indicator

    truth = scenario_truth(scenario=scenario, language=language)
    codes = {code for t in truth.values() for code in t.indicators}
    names = {i.code: str(i) for i in Indicator.objects.filter(code__in=codes)}
    labels = {name: str(ConsignmentTruth._meta.get_field(name).verbose_name) for name in FINDING_FIELDS}
    rows = []
    for consignment in sorted(consignments, key=lambda c: c.pk):
        t = truth.get(consignment.pk)
        rows.append(
            ReviewRow(
                consignment=consignment,
                goods_description=localized(consignment.goods_description, language),
                truth=t,
                indicators=tuple(names.get(code, code) for code in t.indicators) if t else (),
                findings=tuple(
                    (labels[name], getattr(t, name)) for name in FINDING_FIELDS if getattr(t, name)
                )
                if t
                else (),
            )
        )
    return rows
