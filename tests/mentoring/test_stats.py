"""Confidence intervals for officer profiles (pure Python, no database)."""

import ast
import inspect
from datetime import datetime, timedelta

import pytest

from exercises import scoring
from mentoring import stats


def test_stats_imports_nothing_from_django():
    tree = ast.parse(inspect.getsource(stats))
    modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        alias.name for n in ast.walk(tree) if isinstance(n, ast.Import) for alias in n.names
    }
    assert not any(m and m.startswith("django") for m in modules)


@pytest.mark.parametrize(
    ("successes", "trials", "low", "high"),
    [(3, 5, 0.2307, 0.8824), (0, 10, 0.0, 0.2775), (50, 100, 0.4038, 0.5962), (0, 0, 0.0, 1.0)],
)
def test_wilson_interval_matches_published_values(successes, trials, low, high):
    got = stats.wilson(successes, trials)
    assert got == pytest.approx((low, high), abs=1e-3)


def test_d_prime_is_the_debrief_d_prime_of_the_worked_example_with_an_interval_around_it():
    # domain.md §4: N = 40, P = 6, |S| = 5, TP = 3 -> d' 1.47
    result = stats.d_prime(hits=3, false_alarms=2, high_risk=6, clean=34)
    debrief = scoring.signal_detection(hits=3, false_alarms=2, high_risk=6, consignments=40)[2]
    assert result.value == pytest.approx(debrief)
    assert result.value == pytest.approx(1.47, abs=0.01)
    assert result.low < result.value < result.high
    # The same rates with ten times the evidence give a much narrower interval.
    more = stats.d_prime(hits=30, false_alarms=20, high_risk=60, clean=340)
    assert more.high - more.low < (result.high - result.low) / 2


def test_trend_pools_decisions_cumulatively_and_flags_small_samples():
    start = datetime(2026, 1, 1)
    counts = [
        stats.AttemptCounts(at=start + timedelta(days=2), consignments=40, high_risk=6, selected=5, hits=4),
        stats.AttemptCounts(at=start, consignments=40, high_risk=6, selected=5, hits=1),
        stats.AttemptCounts(at=start + timedelta(days=9), consignments=40, high_risk=6, selected=5, hits=3),
    ]
    points = stats.trend(counts)
    assert [p.attempts for p in points] == [1, 2, 3]
    assert [p.hits for p in points] == [1, 5, 8]  # time order, not input order
    assert [p.decisions for p in points] == [40, 80, 120]
    assert points[-1].hit_rate == pytest.approx(8 / 15)
    assert not points[1].reliable and points[2].reliable
    assert (
        points[-1].hit_rate_high - points[-1].hit_rate_low < points[0].hit_rate_high - points[0].hit_rate_low
    )
    assert stats.pooled([]) is None
