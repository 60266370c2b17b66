"""Estimates with confidence intervals for officer profiles.

Pure Python (standard library only), like `exercises.scoring`: a single
attempt judges a few dozen consignments, and about 100 scored decisions are
needed before an individual hit rate or d′ means much, so every estimate
carries a 95 % interval and the number of decisions behind it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from math import sqrt
from statistics import NormalDist

_NORMAL = NormalDist()
Z95 = 1.959963984540054
# Below this many decisions an individual estimate is flagged as unreliable.
RELIABLE_DECISIONS = 100


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


def d_prime(*, hits: int, false_alarms: int, high_risk: int, clean: int, z: float = Z95) -> DPrime:
    """d′ = z(HR) − z(FAR) with the log-linear correction used in the debrief
    (HR = (TP + ½)/(P + 1), FAR = (FP + ½)/(clean + 1)), and a delta-method
    interval: var d′ = HR(1−HR)/((P+1)·φ(z_HR)²) + FAR(1−FAR)/((clean+1)·φ(z_FAR)²)."""
    if high_risk < 0 or clean < 0 or not 0 <= hits <= high_risk or not 0 <= false_alarms <= clean:
        raise ValueError("counts out of range")
    hr = (hits + 0.5) / (high_risk + 1)
    far = (false_alarms + 0.5) / (clean + 1)
    z_hr, z_far = _NORMAL.inv_cdf(hr), _NORMAL.inv_cdf(far)
    value = z_hr - z_far
    variance = hr * (1 - hr) / ((high_risk + 1) * _NORMAL.pdf(z_hr) ** 2) + far * (1 - far) / (
        (clean + 1) * _NORMAL.pdf(z_far) ** 2
    )
    half = z * sqrt(variance)
    return DPrime(value=value, low=value - half, high=value + half)


@dataclass(frozen=True)
class AttemptCounts:
    """The decisions of one submitted attempt."""

    at: datetime
    consignments: int
    high_risk: int
    selected: int
    hits: int


@dataclass(frozen=True)
class TrendPoint:
    """The pooled estimate after the attempts up to `at`."""

    at: datetime
    attempts: int
    decisions: int
    selected: int
    hits: int
    hit_rate: float
    hit_rate_low: float
    hit_rate_high: float
    d_prime: DPrime

    @property
    def reliable(self) -> bool:
        return self.decisions >= RELIABLE_DECISIONS


def pooled(counts: Iterable[AttemptCounts]) -> TrendPoint | None:
    """One estimate pooling every decision of `counts` (None when empty)."""
    points = trend(counts)
    return points[-1] if points else None


def trend(counts: Iterable[AttemptCounts]) -> list[TrendPoint]:
    """Cumulative estimates, one per attempt in time order: each point pools
    every decision made so far, so the interval narrows as evidence grows.
    Hit rate is the share of selections that were high-risk (Wilson interval)."""
    points = []
    n = p = s = tp = 0
    for number, item in enumerate(sorted(counts, key=lambda c: c.at), start=1):
        n += item.consignments
        p += item.high_risk
        s += item.selected
        tp += item.hits
        low, high = wilson(tp, s)
        points.append(
            TrendPoint(
                at=item.at,
                attempts=number,
                decisions=n,
                selected=s,
                hits=tp,
                hit_rate=tp / s if s else 0.0,
                hit_rate_low=low,
                hit_rate_high=high,
                d_prime=d_prime(hits=tp, false_alarms=s - tp, high_risk=p, clean=n - p),
            )
        )
    return points
