"""Estimates with confidence intervals for officer profiles.

Pure Python (the standard library and `exercises.scoring`, whose d′ this
module puts an interval around), like `exercises.scoring`. A fixed-budget
choice among N consignments is not N independent trials: the consignments of
one form (one attempt) rise and fall together. So the pooled d′ carries the
wider of two delta-method standard errors — over the pooled counts, and over
forms (each attempt an independent cluster) — and an estimate is
"reliable" only with at least MIN_FORMS forms and a 95 % interval of d′ no
wider than RELIABLE_WIDTH. The headline measures do not depend on each
scenario's prevalence: d′, and lift (hits over the hits random selections of
the same sizes would expect).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from math import sqrt
from statistics import NormalDist

from exercises.scoring import signal_detection

_NORMAL = NormalDist()
Z95 = 1.959963984540054
# The reliability rule: at least this many forms (submitted attempts) ...
MIN_FORMS = 3
# ... and a 95 % interval of the pooled d′ no wider than this.
RELIABLE_WIDTH = 1.0
# Weakness by indicator category: no category is called weak on fewer planted
# indicators than this, nor unless the lower end of its miss-rate interval is above WEAK_MISS_RATE.
MIN_CATEGORY_COUNT = 10
WEAK_MISS_RATE = 0.5


def wilson(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion; (0, 1) when there are no trials."""
    if trials <= 0:
        return 0.0, 1.0
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class DPrime:
    value: float
    low: float
    high: float


def _rate_variance(rate: float, count: int) -> float:
    """Delta-method variance of z(rate) for a log-linear corrected rate over `count` + 1."""
    return rate * (1 - rate) / ((count + 1) * _NORMAL.pdf(_NORMAL.inv_cdf(rate)) ** 2)


def _rates_and_d_prime(
    *, hits: int, false_alarms: int, high_risk: int, clean: int, z: float
) -> tuple[float, float, DPrime]:
    """(HR, FAR, `d_prime`): the corrected rates are signal_detection's too."""
    if high_risk < 0 or clean < 0 or not 0 <= hits <= high_risk or not 0 <= false_alarms <= clean:
        raise ValueError("counts out of range")
    hr, far, value, _criterion = signal_detection(
        hits=hits, false_alarms=false_alarms, high_risk=high_risk, consignments=high_risk + clean
    )
    half = z * sqrt(_rate_variance(hr, high_risk) + _rate_variance(far, clean))
    return hr, far, DPrime(value=value, low=value - half, high=value + half)


def d_prime(*, hits: int, false_alarms: int, high_risk: int, clean: int, z: float = Z95) -> DPrime:
    """The debrief's d′ (`exercises.scoring.signal_detection`: z(HR) − z(FAR) with
    the log-linear correction HR = (TP + ½)/(P + 1), FAR = (FP + ½)/(clean + 1),
    0 or less without a hit) and a delta-method interval around it:
    var d′ = HR(1−HR)/((P+1)·φ(z_HR)²) + FAR(1−FAR)/((clean+1)·φ(z_FAR)²)."""
    return _rates_and_d_prime(hits=hits, false_alarms=false_alarms, high_risk=high_risk, clean=clean, z=z)[2]


@dataclass(frozen=True)
class AttemptCounts:
    """The decisions of one submitted attempt (one form)."""

    at: datetime
    consignments: int
    high_risk: int
    selected: int
    hits: int

    @property
    def expected_hits(self) -> float:
        """Hits a random selection of the same size would expect on this form."""
        return self.selected * self.high_risk / self.consignments if self.consignments else 0.0


@dataclass(frozen=True)
class Lift:
    """Pooled hits over the hits random selections of the same sizes expect:
    1 is chance, whatever each scenario's prevalence."""

    value: float
    low: float
    high: float


class Reliability:
    """Why an estimate is, or is not yet, reliable (see the module docstring)."""

    RELIABLE = "reliable"
    FEW_FORMS = "few_forms"
    WIDE = "wide"


@dataclass(frozen=True)
class FormSums:
    """What `pooled_d_prime_of_sums` needs from a set of forms, as sums a database can
    compute in one aggregate query: the number of forms, the pooled counts
    (consignments N, high-risk P, selected S, hits TP) and the sums over forms
    of every product of two of them (`np` is Σ N·P, `tt` is Σ TP², ...)."""

    forms: int = 0
    n: int = 0
    p: int = 0
    s: int = 0
    t: int = 0
    nn: int = 0
    np: int = 0
    ns: int = 0
    nt: int = 0
    pp: int = 0
    ps: int = 0
    pt: int = 0
    ss: int = 0
    st: int = 0
    tt: int = 0

    @classmethod
    def one(cls, *, n: int, p: int, s: int, t: int) -> FormSums:
        return cls(1, n, p, s, t, n * n, n * p, n * s, n * t, p * p, p * s, p * t, s * s, s * t, t * t)

    def __add__(self, other: FormSums) -> FormSums:
        return FormSums(*(a + b for a, b in zip(self._values(), other._values(), strict=True)))

    def _values(self) -> tuple[int, ...]:
        return (self.forms, self.n, self.p, self.s, self.t, self.nn, self.np, self.ns, self.nt, self.pp,
                self.ps, self.pt, self.ss, self.st, self.tt)  # fmt: skip


def pooled_d_prime_of_sums(sums: FormSums, z: float = Z95) -> DPrime:
    """d′ of the pooled counts of a set of forms, with a 95 % interval from
    the wider of two delta-method standard errors: over the pooled counts (as
    if every decision were independent), and over forms (each attempt an
    independent cluster: d′ linearised, u_i = (TP_i − HR·P_i) / ((P+1)·φ(z_HR)) −
    (FP_i − FAR·C_i) / ((C+1)·φ(z_FAR)), var = k/(k−1) · Σ u_i²), which grows
    when forms disagree. Σ u_i² is expanded into the sums of products of
    `sums` (FP = S − TP and C = N − P on each form), so that no form has to be
    read one by one."""
    n, p, s, tp = sums.n, sums.p, sums.s, sums.t
    hr, far, delta = _rates_and_d_prime(hits=tp, false_alarms=s - tp, high_risk=p, clean=n - p, z=z)
    half = delta.high - delta.value
    k = sums.forms
    if k > 1:
        scale_hit = (p + 1) * _NORMAL.pdf(_NORMAL.inv_cdf(hr))
        scale_fa = (n - p + 1) * _NORMAL.pdf(_NORMAL.inv_cdf(far))
        # a_i = TP_i − HR·P_i, b_i = FP_i − FAR·C_i; Σ u_i² = Σa²/A² + Σb²/B² − 2Σab/(AB).
        fp_fp = sums.ss - 2 * sums.st + sums.tt
        c_c = sums.nn - 2 * sums.np + sums.pp
        fp_c = sums.ns - sums.nt - sums.ps + sums.pt
        tp_fp = sums.st - sums.tt
        tp_c = sums.nt - sums.pt
        p_fp = sums.ps - sums.pt
        p_c = sums.np - sums.pp
        aa = sums.tt - 2 * hr * sums.pt + hr * hr * sums.pp
        bb = fp_fp - 2 * far * fp_c + far * far * c_c
        ab = tp_fp - far * tp_c - hr * p_fp + hr * far * p_c
        total = aa / scale_hit**2 + bb / scale_fa**2 - 2 * ab / (scale_hit * scale_fa)
        variance = k / (k - 1) * max(total, 0.0)
        half = max(half, z * sqrt(variance))
    return DPrime(value=delta.value, low=delta.value - half, high=delta.value + half)


def _lift(*, hits: int, selected: int, expected: float, z: float = Z95) -> Lift:
    """Lift = pooled hits / pooled expected hits, with the Wilson interval of
    the pooled hit rate scaled by the pooled chance hit rate."""
    if not selected or not expected:
        return Lift(0.0, 0.0, 0.0)
    chance = expected / selected
    low, high = wilson(hits, selected, z)
    return Lift(value=hits / expected, low=low / chance, high=high / chance)


def reliability(
    forms: int, estimate: DPrime, *, min_forms: int = MIN_FORMS, width: float = RELIABLE_WIDTH
) -> str:
    """The reliability rule; a course's certificate rule passes its own
    `min_forms` and `width` (docs/certificates.md)."""
    if forms < min_forms:
        return Reliability.FEW_FORMS
    if estimate.high - estimate.low > width:
        return Reliability.WIDE
    return Reliability.RELIABLE


@dataclass(frozen=True)
class TrendPoint:
    """The pooled estimate after the attempts up to `at`."""

    at: datetime
    attempts: int
    decisions: int
    selected: int
    hits: int
    d_prime: DPrime
    lift: Lift
    reliability: str

    @property
    def reliable(self) -> bool:
        return self.reliability == Reliability.RELIABLE

    @property
    def d_prime_width(self) -> float:
        return self.d_prime.high - self.d_prime.low


def pooled(counts: Iterable[AttemptCounts]) -> TrendPoint | None:
    """One estimate pooling every decision of `counts` (None when empty)."""
    points = trend(counts)
    return points[-1] if points else None


def trend(counts: Iterable[AttemptCounts]) -> list[TrendPoint]:
    """Cumulative estimates, one per attempt in time order: each point pools
    every form submitted so far, so the interval narrows as evidence grows.
    The pooled sums are carried from one point to the next: linear in the
    number of attempts."""
    points = []
    sums, expected = FormSums(), 0.0
    for item in sorted(counts, key=lambda c: c.at):
        sums += FormSums.one(n=item.consignments, p=item.high_risk, s=item.selected, t=item.hits)
        expected += item.expected_hits
        estimate = pooled_d_prime_of_sums(sums)
        points.append(
            TrendPoint(
                at=item.at,
                attempts=sums.forms,
                decisions=sums.n,
                selected=sums.s,
                hits=sums.t,
                d_prime=estimate,
                lift=_lift(hits=sums.t, selected=sums.s, expected=expected),
                reliability=reliability(sums.forms, estimate),
            )
        )
    return points


def weak_category(*, missed: int, planted: int) -> bool:
    """Called weak only on enough evidence: at least MIN_CATEGORY_COUNT planted
    indicators, and the whole 95 % interval of the miss rate above WEAK_MISS_RATE."""
    return planted >= MIN_CATEGORY_COUNT and wilson(missed, planted)[0] > WEAK_MISS_RATE
