"""Confidence intervals for officer profiles (pure Python, no database)."""

import ast
import inspect
from dataclasses import astuple
from datetime import datetime, timedelta
from math import sqrt
from statistics import NormalDist

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize(
    ("hits", "false_alarms", "high_risk", "clean"),
    [(0, 0, 6, 34), (0, 5, 6, 34), (6, 0, 6, 34), (2, 3, 12, 188)],
)
def test_profile_d_prime_is_the_debriefs_also_where_the_debrief_clamps_it(
    hits, false_alarms, high_risk, clean
):
    # Selecting nothing of 6 in 40 would give +0.72 by the correction alone; the
    # debrief shows 0, and a profile of such forms must not claim skill either.
    result = stats.d_prime(hits=hits, false_alarms=false_alarms, high_risk=high_risk, clean=clean)
    debrief = scoring.signal_detection(
        hits=hits, false_alarms=false_alarms, high_risk=high_risk, consignments=high_risk + clean
    )[2]
    assert result.value == debrief
    assert result.low < result.value < result.high


def _form(day, n=40, p=6, s=5, tp=3):
    return stats.AttemptCounts(
        at=datetime(2026, 1, 1) + timedelta(days=day), consignments=n, high_risk=p, selected=s, hits=tp
    )


def test_trend_pools_forms_cumulatively_in_time_order():
    counts = [_form(2, tp=4), _form(0, tp=1), _form(9, tp=3)]
    points = stats.trend(counts)
    assert [p.attempts for p in points] == [1, 2, 3]
    assert [p.hits for p in points] == [1, 5, 8]  # time order, not input order
    assert [p.decisions for p in points] == [40, 80, 120]
    assert points[-1].selected == 15
    assert points[-1].lift.value == pytest.approx(8 / (3 * 0.75))
    assert stats.pooled([]) is None


def test_one_form_is_never_reliable_however_many_consignments_it_has():
    # One attempt on 500 consignments: 500 decisions, still one form.
    point = stats.pooled([_form(0, n=500, p=60, s=60, tp=20)])
    assert point.decisions == 500
    assert point.reliability == stats.Reliability.FEW_FORMS and not point.reliable


def test_reliable_needs_enough_forms_and_a_narrow_interval():
    steady = [_form(day, n=200, p=30, s=30, tp=24) for day in range(4)]
    points = stats.trend(steady)
    assert [p.reliability for p in points] == ["few_forms", "few_forms", "reliable", "reliable"]
    assert points[-1].d_prime_width <= stats.RELIABLE_WIDTH
    # Small forms leave the interval wide, whatever their number.
    small = stats.pooled([_form(day, n=12, p=3, s=4, tp=2) for day in range(3)])
    assert small.reliability == stats.Reliability.WIDE
    assert small.d_prime_width > stats.RELIABLE_WIDTH


def test_the_delta_method_over_forms_widens_the_interval_of_inconsistent_forms():
    consistent = [_form(0, tp=3), _form(1, tp=3), _form(2, tp=3), _form(3, tp=3)]
    inconsistent = [_form(0, tp=5), _form(1, tp=0), _form(2, tp=5), _form(3, tp=2)]
    # Same pooled counts (12 hits of 20), so the same delta-method interval ...
    assert sum(f.hits for f in consistent) == sum(f.hits for f in inconsistent)
    a, b = stats.pooled(consistent).d_prime, stats.pooled(inconsistent).d_prime
    assert a.value == pytest.approx(b.value)
    # ... but forms that disagree make the pooled estimate less certain.
    assert b.high - b.low > a.high - a.low
    assert stats.pooled(inconsistent).d_prime == b  # reproducible


def test_lift_does_not_depend_on_prevalence():
    # Random selections score their expected hits: lift 1 at 5 % and at 40 % prevalence.
    rare = stats.pooled([_form(0, n=100, p=5, s=20, tp=1)]).lift
    common = stats.pooled([_form(0, n=100, p=40, s=20, tp=8)]).lift
    assert rare.value == pytest.approx(1.0) and common.value == pytest.approx(1.0)
    assert rare.low < 1 < rare.high
    # The raw hit rates differ eightfold although neither trainee shows any skill.
    points = [stats.pooled([_form(0, n=100, p=p, s=20, tp=tp)]) for p, tp in ((5, 1), (40, 8))]
    rates = [point.hits / point.selected for point in points]
    assert rates == [pytest.approx(0.05), pytest.approx(0.40)]
    # Nothing selected: no lift to speak of.
    assert stats.pooled([_form(0, n=100, p=5, s=0, tp=0)]).lift == stats.Lift(0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("missed", "planted", "weak"),
    [(1, 1, False), (9, 9, False), (9, 10, True), (6, 10, False), (30, 40, True), (0, 40, False)],
)
def test_a_category_is_weak_only_on_enough_evidence(missed, planted, weak):
    assert stats.weak_category(missed=missed, planted=planted) is weak


@st.composite
def _drawn_form(draw):
    n = draw(st.integers(2, 60))
    p = draw(st.integers(1, n - 1))
    s = draw(st.integers(0, n))
    t = draw(st.integers(max(0, s - (n - p)), min(s, p)))
    return stats.AttemptCounts(at=datetime(2026, 1, 1), consignments=n, high_risk=p, selected=s, hits=t)


def _interval_form_by_form(forms, z=stats.Z95):
    """The interval of `pooled_d_prime_of_sums` as its contract states it, with
    Σ u_i² added up one form at a time (what a profile reads)."""
    n, p = sum(f.consignments for f in forms), sum(f.high_risk for f in forms)
    s, tp = sum(f.selected for f in forms), sum(f.hits for f in forms)
    pooled = stats.d_prime(hits=tp, false_alarms=s - tp, high_risk=p, clean=n - p, z=z)
    half, k = pooled.high - pooled.value, len(forms)
    if k > 1:
        hr, far, _d, _c = scoring.signal_detection(hits=tp, false_alarms=s - tp, high_risk=p, consignments=n)
        normal = NormalDist()
        scale_hit = (p + 1) * normal.pdf(normal.inv_cdf(hr))
        scale_fa = (n - p + 1) * normal.pdf(normal.inv_cdf(far))
        u = [
            (f.hits - hr * f.high_risk) / scale_hit
            - (f.selected - f.hits - far * (f.consignments - f.high_risk)) / scale_fa
            for f in forms
        ]
        half = max(half, z * sqrt(k / (k - 1) * sum(x * x for x in u)))
    return pooled.value, pooled.value - half, pooled.value + half


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(_drawn_form(), min_size=1, max_size=40))
def test_the_pooled_d_prime_from_sums_is_the_interval_over_forms(forms):
    """The reports and the profiles compute d′ and its interval from sums a
    database adds up; they must be the interval over forms, form by form."""
    sums = stats.FormSums()
    for f in forms:
        sums = sums + stats.FormSums.one(n=f.consignments, p=f.high_risk, s=f.selected, t=f.hits)
    from_sums = stats.pooled_d_prime_of_sums(sums)
    expected = pytest.approx(_interval_form_by_form(forms), abs=1e-9)
    assert (from_sums.value, from_sums.low, from_sums.high) == expected
    # The trend carries the same sums from one attempt to the next.
    direct = stats.pooled(forms).d_prime
    assert (direct.value, direct.low, direct.high) == expected


def test_form_sums_add_up_form_by_form():
    a = stats.FormSums.one(n=40, p=6, s=5, t=3)
    b = stats.FormSums.one(n=20, p=2, s=4, t=1)
    assert a + b == stats.FormSums(2, 60, 8, 9, 4, 2000, 280, 280, 140, 40, 38, 20, 41, 19, 10)


def _sums(*forms: tuple[int, int, int, int]) -> stats.FormSums:
    return sum((stats.FormSums.one(n=n, p=p, s=s, t=t) for n, p, s, t in forms), stats.FormSums())


# (forms as N, P, S, TP) -> the pooled d′, low, high the reports and profiles have shown.
POOLED = [
    ([(40, 6, 5, 3)], (1.4652337926855223, 0.3456443483567191, 2.5848232370143256)),
    ([(40, 6, 5, 0), (40, 6, 0, 0)], (-0.3618010979277515, -1.6863511873339987, 0.9627489914784957)),
    (
        [(40, 6, 5, 3), (40, 6, 5, 5), (60, 9, 8, 0), (30, 4, 4, 2), (40, 6, 6, 4), (100, 15, 12, 9)],
        (1.5059676762192826, 0.5465049934409005, 2.465430358997665),
    ),
]


@pytest.mark.parametrize(("forms", "expected"), POOLED)
def test_pooled_d_prime_of_sums_keeps_its_numbers(forms, expected):
    got = stats.pooled_d_prime_of_sums(_sums(*forms))
    assert (got.value, got.low, got.high) == pytest.approx(expected, rel=1e-12, abs=1e-12)
    # Its rates are the debrief's: the same d′ as exercises.scoring for the pooled counts.
    n, p, s, t = (sum(f[i] for f in forms) for i in range(4))
    assert got.value == scoring.signal_detection(hits=t, false_alarms=s - t, high_risk=p, consignments=n)[2]


# The trend of six forms given out of time order: every point's counts, d′
# (value, low, high), lift (value, low, high) and reliability, as shown before
# the trend carried its sums from one point to the next.
TREND = [
    (1, 40, 5, 5, 2.980988363265459, 1.478163829703388, 4.48381289682753,
     6.666666666666667, 3.770116901445501, 6.666666666666667, "few_forms"),
    (2, 70, 9, 7, 2.2121732779118233, 0.5239670600920885, 3.900379495731558,
     5.454545454545455, 3.174000562568494, 6.569590157874842, "few_forms"),
    (3, 170, 21, 16, 2.122476366709372, 1.4723006970207426, 2.7726520363980014,
     5.1891891891891895, 3.739736278890922, 6.086956950890706, "wide"),
    (4, 210, 26, 19, 2.009354835943822, 1.460411851014296, 2.5582978208733476,
     4.9565217391304355, 3.656976391673268, 5.853089592071798, "wide"),
    (5, 250, 32, 23, 2.0031782227176027, 1.5024124651028528, 2.5039439803323527,
     4.859154929577465, 3.6929909120507105, 5.708310050856826, "wide"),
    (6, 310, 40, 23, 1.5059676762192826, 0.5465049934409005, 2.465430358997665,
     3.8764044943820224, 2.84461136238142, 4.819591512812334, "wide"),
]  # fmt: skip


def test_the_trend_keeps_its_numbers_point_by_point():
    counts = [
        _form(3, n=40, p=6, s=5, tp=3),
        _form(0, n=40, p=6, s=5, tp=5),
        _form(7, n=60, p=9, s=8, tp=0),
        _form(1, n=30, p=4, s=4, tp=2),
        _form(5, n=40, p=6, s=6, tp=4),
        _form(2, n=100, p=15, s=12, tp=9),
    ]
    points = stats.trend(counts)
    assert [p.at for p in points] == sorted(c.at for c in counts)
    got = [
        (p.attempts, p.decisions, p.selected, p.hits, *astuple(p.d_prime), *astuple(p.lift)) for p in points
    ]
    assert got == [pytest.approx(row[:-1], rel=1e-12, abs=1e-12) for row in TREND]
    assert [p.reliability for p in points] == [row[-1] for row in TREND]
    assert stats.pooled(counts) == points[-1]
