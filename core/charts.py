"""Small server-drawn SVG charts (no script, no style attributes: colours
come from classes in core/charts.css, so a strict Content-Security-Policy
holds). Every chart is decoration for a data table the page shows next to
it; the SVG carries a title for screen readers and is otherwise hidden from
them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

WIDTH = 640
HEIGHT = 260
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 16, 56


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float | None]
    low: Sequence[float | None] | None = None
    high: Sequence[float | None] | None = None


def _fmt(value: float) -> str:
    return f"{value:.1f}"


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    for step in (1, 2, 2.5, 5, 10):
        magnitude = 10 ** (len(str(int(value))) - 1) if value >= 1 else 0.1
        candidate = step * magnitude
        if candidate >= value:
            return candidate
    return value


def _frame(title: str, body: SafeString, legend: Sequence[str] = ()) -> SafeString:
    legend_items = format_html_join(
        "",
        '<g transform="translate({},{})"><rect class="chart-series-{}" width="10" height="10"></rect>'
        '<text x="14" y="9">{}</text></g>',
        ((LEFT + i * 160, HEIGHT - 14, i, label) for i, label in enumerate(legend)),
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}" focusable="false">'
        "<title>{}</title>{}{}</svg>",
        WIDTH,
        HEIGHT,
        title,
        title,
        body,
        legend_items,
    )


def _axis(top: float, fmt: Callable[[float], str], low: float = 0.0) -> SafeString:
    plot_h = HEIGHT - TOP - BOTTOM
    ticks = []
    for i in range(5):
        value = low + (top - low) * i / 4
        y = TOP + plot_h - plot_h * i / 4
        ticks.append(
            (_fmt(LEFT), _fmt(y), _fmt(WIDTH - RIGHT), _fmt(y), _fmt(LEFT - 4), _fmt(y + 4), fmt(value))
        )
    return format_html_join(
        "",
        '<line class="chart-grid" x1="{}" y1="{}" x2="{}" y2="{}"></line>'
        '<text class="chart-tick" x="{}" y="{}" text-anchor="end">{}</text>',
        ticks,
    )


def bar_chart(
    *,
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    fmt: Callable[[float], str] = lambda v: f"{v:g}",
    top: float | None = None,
) -> SafeString:
    """Vertical bars, one group per label, one bar per series."""
    values = [v for s in series for v in s.values if v is not None]
    top = top if top is not None else _nice_max(max(values, default=0))
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    group = plot_w / max(len(labels), 1)
    bar = group * 0.8 / max(len(series), 1)
    rects = []
    for si, s in enumerate(series):
        for li, value in enumerate(s.values):
            if value is None:
                continue
            h = plot_h * min(value, top) / top if top else 0
            x = LEFT + li * group + group * 0.1 + si * bar
            rects.append(
                (si, _fmt(x), _fmt(TOP + plot_h - h), _fmt(bar), _fmt(h), f"{labels[li]}: {fmt(value)}")
            )
    bars = format_html_join(
        "",
        '<rect class="chart-series-{}" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>',
        rects,
    )
    step = max(1, len(labels) // 12)
    names = format_html_join(
        "",
        '<text class="chart-label" x="{}" y="{}" text-anchor="middle">{}</text>',
        (
            (_fmt(LEFT + i * group + group / 2), _fmt(TOP + plot_h + 14), _short(label))
            for i, label in enumerate(labels)
            if i % step == 0
        ),
    )
    return _frame(title, _axis(top, fmt) + bars + names, [s.label for s in series] if len(series) > 1 else ())


def hbar_chart(
    *,
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    fmt: Callable[[float], str],
    top: float = 1.0,
) -> SafeString:
    """Horizontal bars (for ranked categories)."""
    plot_w = WIDTH - 200 - RIGHT
    row = (HEIGHT - TOP - 20) / max(len(labels), 1)
    parts = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        w = plot_w * min(max(value, 0), top) / top if top else 0
        y = TOP + i * row
        parts.append(
            format_html(
                '<text class="chart-label" x="196" y="{}" text-anchor="end">{}</text>'
                '<rect class="chart-series-0" x="200" y="{}" width="{}" height="{}"><title>{}</title></rect>'
                '<text class="chart-tick" x="{}" y="{}">{}</text>',
                _fmt(y + row * 0.6),
                _short(label, 30),
                _fmt(y + row * 0.15),
                _fmt(w),
                _fmt(row * 0.7),
                f"{label}: {fmt(value)}",
                _fmt(204 + w),
                _fmt(y + row * 0.6),
                fmt(value),
            )
        )
    return _frame(title, mark_safe("".join(parts)))  # noqa: S308 - parts are format_html output


def line_chart(
    *,
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    fmt: Callable[[float], str] = lambda v: f"{v:.2f}",
    low: float | None = None,
    top: float | None = None,
) -> SafeString:
    """Lines with points; a series with `low`/`high` gets a shaded interval band."""
    values = [
        v for s in series for seq in (s.values, s.low or (), s.high or ()) for v in seq if v is not None
    ]
    low = low if low is not None else min(0.0, min(values, default=0.0))
    top = top if top is not None else _nice_max(max(values, default=1.0))
    if top <= low:
        top = low + 1
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    step_x = plot_w / max(len(labels) - 1, 1)

    def xy(i: int, v: float) -> str:
        v = min(max(v, low), top)
        return f"{_fmt(LEFT + i * step_x)},{_fmt(TOP + plot_h - plot_h * (v - low) / (top - low))}"

    parts = []
    for si, s in enumerate(series):
        if s.low is not None and s.high is not None:
            upper = [xy(i, v) for i, v in enumerate(s.high) if v is not None]
            lower = [xy(i, v) for i, v in enumerate(s.low) if v is not None]
            if upper:
                parts.append(
                    format_html(
                        '<polygon class="chart-band-{}" points="{}"></polygon>',
                        si,
                        " ".join(upper + lower[::-1]),
                    )
                )
        points = [xy(i, v) for i, v in enumerate(s.values) if v is not None]
        if points:
            parts.append(
                format_html('<polyline class="chart-line-{}" points="{}"></polyline>', si, " ".join(points))
            )
            parts.append(
                format_html_join(
                    "",
                    '<circle class="chart-series-{}" cx="{}" cy="{}" r="3"><title>{}</title></circle>',
                    (
                        (si, *xy(i, v).split(","), f"{labels[i]}: {fmt(v)}")
                        for i, v in enumerate(s.values)
                        if v is not None
                    ),
                )
            )
    step = max(1, len(labels) // 10)
    names = format_html_join(
        "",
        '<text class="chart-label" x="{}" y="{}" text-anchor="middle">{}</text>',
        (
            (_fmt(LEFT + i * step_x), _fmt(TOP + plot_h + 14), _short(label))
            for i, label in enumerate(labels)
            if i % step == 0
        ),
    )
    body = _axis(top, fmt, low) + mark_safe("".join(parts)) + names  # noqa: S308 - format_html output
    return _frame(title, body, [s.label for s in series] if len(series) > 1 else ())


def _short(text: str, limit: int = 14) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
