"""Server-drawn charts: a visible title and axis titles, round axes that cover
the data, numbers in the reader's format, and no text outside the picture."""

import pytest
from django.utils import translation

from core import charts
from tests.core.svg_charts import parse

MONTHS = [f"2026-{m:02d}" for m in range(1, 13)]
LONG_LABELS = [
    "Risk analysis of commercial documents and customs declarations",
    "Open-source intelligence for customs officers",
    "Profiling container movements",
]


def hit_rate_chart():
    rate = [100.0, 35.5, 60.0, 12.0, 100.0, 80.0, 0.0, 50.0, 66.7, 20.0, 90.0, 100.0]
    return charts.line_chart(
        title="Hit rate by month, with its 95 % interval",
        labels=MONTHS,
        x_label="Month",
        y_label="Hit rate",
        series=[
            charts.Series("Hit rate", rate, [max(0, r - 20) for r in rate], [min(100, r + 20) for r in rate])
        ],
        fmt=charts.percent,
        low=0,
        top=100,
    )


def d_prime_chart():
    values = [0.4, -0.3, 1.9, 2.6, 1.1, 0.0, 3.2, 1.5, 0.8, 1.7, 2.2, 1.0]
    return charts.line_chart(
        title="d′ by month, with its 95 % interval",
        labels=MONTHS,
        x_label="Month",
        y_label="d′",
        series=[charts.Series("d′", values, [v - 1.1 for v in values], [v + 0.9 for v in values])],
    )


def bars_chart():
    return charts.bar_chart(
        title="Enrolments and completions by course",
        labels=LONG_LABELS,
        x_label="Course",
        y_label="Number of people",
        series=[
            charts.Series("Enrolments", [1234, 560, 80]),
            charts.Series("Of which completed", [900, 300, 12]),
            charts.Series("Completions in the period", [100, 20, 3]),
        ],
    )


def categories_chart():
    return charts.hbar_chart(
        title="Share of planted indicators missed, by category",
        labels=["Documents and declarations", "Route, transit and transshipment", "Parties", "Seals"],
        values=[100.0, 42.0, 7.5, 0.0],
        fmt=charts.percent,
        top=100,
        x_label="Missed (%)",
    )


def many_points_chart():
    return charts.line_chart(
        title="Lift over time, with its 95 % interval",
        labels=[str(n) for n in range(1, 41)],
        x_label="Attempt",
        y_label="Lift",
        series=[charts.Series("Lift", [1 + n / 20 for n in range(40)])],
        low=0,
    )


CHARTS = [hit_rate_chart, d_prime_chart, bars_chart, categories_chart, many_points_chart]


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
@pytest.mark.parametrize("draw", CHARTS, ids=lambda draw: draw.__name__)
def test_no_text_of_a_chart_runs_out_of_its_picture(draw, language):
    with translation.override(language):
        chart = parse(draw())
    assert chart.texts
    assert not chart.outside(), [(t.text, t.left, t.right, t.top, t.bottom) for t in chart.outside()]


@pytest.mark.parametrize("draw", [hit_rate_chart, d_prime_chart, bars_chart, many_points_chart])
def test_labels_under_a_chart_never_overlap(draw):
    labels = sorted((t for t in parse(draw()).texts if t.cls == "chart-label"), key=lambda t: t.left)
    assert len(labels) >= 3
    for before, after in zip(labels, labels[1:], strict=False):
        assert before.right <= after.left, (before.text, after.text)


def test_the_last_month_and_the_full_rate_are_written_whole():
    """ "2026-12" and "100 %" were cut to "2026-1" and "100" at the right edge."""
    chart = parse(hit_rate_chart())
    assert chart.of("chart-label")[-1] == "2026-12"
    assert "100 %" in chart.of("chart-tick")
    categories = parse(categories_chart())
    assert "100 %" in categories.of("chart-tick")
    assert not categories.outside()


@pytest.mark.parametrize(
    ("draw", "title", "axes"),
    [
        (hit_rate_chart, "Hit rate by month, with its 95 % interval", ["Hit rate", "Month"]),
        (d_prime_chart, "d′ by month, with its 95 % interval", ["d′", "Month"]),
        (bars_chart, "Enrolments and completions by course", ["Number of people", "Course"]),
        (categories_chart, "Share of planted indicators missed, by category", ["Missed (%)"]),
    ],
)
def test_a_chart_shows_its_title_and_names_its_axes(draw, title, axes):
    chart = parse(draw())
    assert chart.title == title
    assert chart.of("chart-title") == [title]
    assert chart.of("chart-axis-title") == axes


def test_a_chart_under_a_heading_can_leave_the_title_to_it():
    chart = parse(
        charts.bar_chart(
            title="Exercise score distribution",
            labels=["0–10", "10–20"],
            series=[charts.Series("Attempts", [3, 4])],
            show_title=False,
        )
    )
    assert chart.title == "Exercise score distribution"
    assert chart.of("chart-title") == []


def test_a_rate_axis_runs_from_nothing_to_everything():
    assert parse(hit_rate_chart()).of("chart-tick") == ["0 %", "25 %", "50 %", "75 %", "100 %"]


def test_an_axis_for_d_prime_covers_the_data_in_round_steps_through_zero():
    ticks = [float(t) for t in parse(d_prime_chart()).of("chart-tick")]
    assert ticks[0] <= -0.3 - 1.1 and ticks[-1] >= 3.2 + 0.9
    assert 0.0 in ticks
    steps = {round(b - a, 6) for a, b in zip(ticks, ticks[1:], strict=False)}
    assert len(steps) == 1 and steps.pop() in (0.5, 1.0, 2.0, 2.5)


def small_rates_chart():
    return charts.line_chart(
        title="Rates", labels=["A", "B", "C"], series=[charts.Series("Rate", [0.2, 0.45, 0.3])]
    )


@pytest.mark.parametrize(
    ("language", "ticks", "point"),
    [
        ("en", ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5"], "B · Rate: 0.45"),
        ("ru", ["0,0", "0,1", "0,2", "0,3", "0,4", "0,5"], "B · Rate: 0,45"),
        ("tk", ["0,0", "0,1", "0,2", "0,3", "0,4", "0,5"], "B · Rate: 0,45"),
    ],
)
def test_numbers_are_written_in_the_readers_format(language, ticks, point):
    with translation.override(language):
        svg = small_rates_chart()
    assert parse(svg).of("chart-tick") == ticks
    assert f"<title>{point}</title>" in svg


def test_an_axis_wastes_little_of_the_height():
    """d′ up to 4.2 drew an axis to 8: half the chart empty."""
    ticks = [
        float(t)
        for t in parse(
            charts.line_chart(
                title="d′",
                labels=["A", "B"],
                series=[charts.Series("d′", [2.5, 2.8], [0.9, 1.3], [4.1, 4.2])],
            )
        ).of("chart-tick")
    ]
    assert ticks[0] == 0 and 4.2 <= ticks[-1] <= 5


def test_a_single_point_stands_in_the_middle_with_its_interval():
    svg = charts.line_chart(
        title="Lift", labels=["1"], series=[charts.Series("Lift", [3.0], [1.2], [3.8])], low=0
    )
    chart = parse(svg)
    label = next(t for t in chart.texts if t.cls == "chart-label")
    assert abs((label.left + label.right) / 2 - chart.width / 2) < 40
    assert "chart-whisker" in svg


@pytest.mark.parametrize("draw", [charts.bar_chart, charts.line_chart], ids=["bars", "lines"])
def test_a_chart_of_several_series_names_them_in_a_legend_and_of_one_needs_none(draw):
    labels = ["A", "B", "C"]
    several = [charts.Series("Enrolments", [4, 9, 2]), charts.Series("Completions", [1, 5, 0])]
    assert parse(draw(title="People", labels=labels, series=several)).of("chart-legend") == [
        "Enrolments",
        "Completions",
    ]
    assert parse(draw(title="People", labels=labels, series=several[:1])).of("chart-legend") == []


def test_bars_stand_on_zero_and_a_line_goes_below_it():
    series = [charts.Series("Change", [-4, 10, 6])]
    bars = parse(charts.bar_chart(title="Change", labels=["A", "B", "C"], series=series))
    line = parse(charts.line_chart(title="Change", labels=["A", "B", "C"], series=series))
    assert float(bars.of("chart-tick")[0]) == 0
    assert float(line.of("chart-tick")[0]) <= -4
