"""Small server-drawn SVG charts (no script, no style attributes: colours
come from classes in core/charts.css, so a strict Content-Security-Policy
holds). Every chart is decoration for a data table the page shows next to
it; the SVG carries a title for screen readers and is otherwise hidden from
them.

Each chart draws its title, a title on each axis and its legend, and sizes
its margins from the texts it draws (`text_width`), so that no tick, label or
legend runs out of the picture. Numbers are written in the reader's format
(`number`, `percent`: "0,5" and "100 %" in Russian). One chart has one value
axis: two measures of different scales (a rate and d′) are two charts.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

WIDTH = 640
PLOT_HEIGHT = 170
# Font sizes in the SVG's units, as core/charts.css sets them.
FONT = 11
TITLE_FONT = 13
# Average advance of a character, in ems, generous for Latin and Cyrillic in
# the sans-serif faces the platform's readers have (DejaVu, Noto, system-ui).
EM_PER_CHAR = 0.62
TITLE_EM_PER_CHAR = 0.66  # bold
GAP = 6
MAX_LABEL_CHARS = 14


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float | None]
    low: Sequence[float | None] | None = None
    high: Sequence[float | None] | None = None


def text_width(text: str, size: float = FONT, em_per_char: float = EM_PER_CHAR) -> float:
    """A generous estimate of how wide `text` is drawn at `size`."""
    return len(str(text)) * size * em_per_char


def number(value: float, decimals: int = 0) -> str:
    """`value` in the reader's number format (decimal separator)."""
    return number_format(round(value, decimals), decimal_pos=decimals, use_l10n=True)


def percent(value: float) -> str:
    """A percentage (0–100) in the reader's format: "42 %"."""
    return f"{number(value)} %"


def _f(value: float) -> str:
    return f"{value:.1f}"


def _decimals(step: float) -> int:
    for decimals in range(3):
        if abs(step * 10**decimals - round(step * 10**decimals)) < 1e-6:
            return decimals
    return 2


def _nice_step(raw: float) -> float:
    """The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least `raw`."""
    if raw <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= raw - 1e-9:
            return step * magnitude
    return 10 * magnitude


def _nice_range(low: float | None, top: float | None, values: Sequence[float]) -> tuple[float, float, int]:
    """An axis (from, to, number of steps) covering `values`, from `low` and
    to `top` where given: three to six round steps (1, 2, 2.5 or 5 times a
    power of ten), zero among the ticks when the axis crosses it, wasting as
    little of the height as it can."""
    data_low = min([*values, 0.0]) if low is None else low
    data_top = max([*values, data_low]) if top is None else top
    if data_top - data_low < 1e-9:
        data_top = data_low + 1
    if top is not None and low is not None:
        return low, top, 4
    best = None
    for steps in (4, 5, 3, 6):
        step = _nice_step((data_top - data_low) / steps)
        while True:
            start = data_low if low is not None else math.floor(data_low / step + 1e-9) * step
            end = start + steps * step
            if end >= data_top - 1e-9:
                break
            step = _nice_step(step * 1.01)
        if best is None or end - start < best[1] - best[0] - 1e-9:
            best = (start, end, steps)
    start, end, steps = best
    return start, (end if top is None else top), steps


def _short(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fit(text: str, width: float, size: float = FONT) -> str:
    """`text`, shortened with an ellipsis to what fits in `width`."""
    return _short(text, max(2, int(width / (size * EM_PER_CHAR))))


class _Layout:
    """Margins of a chart with a value axis on the left and labels below."""

    def __init__(self, *, show_title, ticks, x_label, y_label, legend, edge_label=""):
        self.top = (TITLE_FONT + 2 * GAP if show_title else 0) + GAP + FONT // 2
        self.y_title_x = GAP + FONT if y_label else 0
        tick_width = max((text_width(t) for t in ticks), default=0)
        self.left = math.ceil(self.y_title_x + GAP + tick_width + GAP)
        # A line chart's first and last labels are centred on the edges of the plot.
        self.left = max(self.left, math.ceil(text_width(edge_label) / 2 + GAP))
        self.right = max(12, math.ceil(text_width(edge_label) / 2 + GAP))
        self.plot_w = WIDTH - self.left - self.right
        self.plot_h = PLOT_HEIGHT
        self.labels_y = self.top + self.plot_h + FONT + GAP
        self.x_title_y = self.labels_y + (FONT + GAP if x_label else 0)
        self.legend_rows = _legend_rows(legend)
        self.legend_y = self.x_title_y + GAP + FONT
        self.height = math.ceil(
            self.x_title_y + GAP + (len(self.legend_rows) * (FONT + GAP) + GAP if legend else GAP)
        )


def _legend_rows(labels: Sequence[str]) -> list[list[tuple[int, str, float]]]:
    """Legend entries (series index, label, x) in rows that fit the width."""
    rows: list[list[tuple[int, str, float]]] = []
    x = WIDTH
    for index, label in enumerate(labels):
        label = _fit(label, WIDTH - 2 * GAP - 14)
        width = 14 + text_width(label) + 2 * GAP
        if not rows or x + width > WIDTH - GAP:
            rows.append([])
            x = GAP
        rows[-1].append((index, label, x))
        x += width
    return rows


def _legend(layout: _Layout) -> SafeString:
    items = []
    for row_index, row in enumerate(layout.legend_rows):
        y = layout.legend_y + row_index * (FONT + GAP)
        for index, label, x in row:
            items.append((_f(x), _f(y - FONT + 1), index, label))
    return format_html_join(
        "",
        '<g class="chart-legend" transform="translate({},{})"><rect class="chart-series-{}" width="10" '
        'height="10"></rect><text x="14" y="9">{}</text></g>',
        items,
    )


def _titles(layout: _Layout, *, title: str, show_title: bool, x_label: str, y_label: str) -> SafeString:
    parts = []
    if show_title:
        parts.append(
            format_html(
                '<text class="chart-title" x="{}" y="{}">{}</text>',
                GAP,
                TITLE_FONT + GAP,
                _fit(title, WIDTH - 2 * GAP, TITLE_FONT),
            )
        )
    if y_label:
        x, y = layout.y_title_x, layout.top + layout.plot_h / 2
        parts.append(
            format_html(
                '<text class="chart-axis-title" x="{}" y="{}" text-anchor="middle" '
                'transform="rotate(-90 {} {})">{}</text>',
                _f(x),
                _f(y),
                _f(x),
                _f(y),
                _fit(y_label, layout.plot_h),
            )
        )
    if x_label:
        parts.append(
            format_html(
                '<text class="chart-axis-title" x="{}" y="{}" text-anchor="middle">{}</text>',
                _f(layout.left + layout.plot_w / 2),
                _f(layout.x_title_y),
                _fit(x_label, layout.plot_w),
            )
        )
    return mark_safe("".join(parts))  # noqa: S308 - format_html output


def _frame(title: str, height: float, body: SafeString) -> SafeString:
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}" focusable="false">'
        "<title>{}</title>{}</svg>",
        WIDTH,
        math.ceil(height),
        title,
        title,
        body,
    )


def _ticks(low: float, top: float, steps: int, fmt: Callable[[float], str] | None) -> list[tuple[float, str]]:
    step = (top - low) / steps
    decimals = _decimals(step)
    values = [low + step * i for i in range(steps + 1)]
    return [(v, fmt(v) if fmt else number(v, decimals)) for v in values]


def _axis(layout: _Layout, ticks: list[tuple[float, str]], low: float, top: float) -> SafeString:
    rows = []
    for value, text in ticks:
        y = layout.top + layout.plot_h - layout.plot_h * (value - low) / (top - low)
        rows.append(
            (
                "chart-grid chart-zero" if value == 0 and low < 0 else "chart-grid",
                _f(layout.left),
                _f(y),
                _f(WIDTH - layout.right),
                _f(y),
                _f(layout.left - GAP),
                _f(y + FONT / 3),
                text,
            )
        )
    return format_html_join(
        "",
        '<line class="{}" x1="{}" y1="{}" x2="{}" y2="{}"></line>'
        '<text class="chart-tick" x="{}" y="{}" text-anchor="end">{}</text>',
        rows,
    )


def _value_axis(
    values: Sequence[float],
    *,
    series: Sequence[Series],
    fmt: Callable[[float], str] | None,
    low: float | None,
    top: float | None,
    show_title: bool,
    x_label: str,
    y_label: str,
    edge_label: str = "",
) -> tuple[float, float, list[tuple[float, str]], _Layout]:
    """The value axis of a chart with labels below (its range, from `low` and
    to `top` where given, and its ticks) and the margins it and the series'
    legend (one entry a series, none for a single one) leave the plot."""
    low, top, steps = _nice_range(low, top, values)
    ticks = _ticks(low, top, steps, fmt)
    layout = _Layout(
        show_title=show_title,
        ticks=[t for _, t in ticks],
        x_label=x_label,
        y_label=y_label,
        legend=[s.label for s in series] if len(series) > 1 else [],
        edge_label=edge_label,
    )
    return low, top, ticks, layout


def _category_labels(layout: _Layout, labels: Sequence[str], centres: Sequence[float]) -> SafeString:
    """The labels under the plot, every n-th one counting back from the last
    (the latest month) when they would overlap, each kept inside the picture."""
    shown = [_short(label) for label in labels]
    widest = max((text_width(label) for label in shown), default=0)
    spacing = (centres[1] - centres[0]) if len(centres) > 1 else WIDTH
    step = max(1, math.ceil((widest + GAP) / spacing))
    rows = []
    for i, (label, x) in enumerate(zip(shown, centres, strict=True)):
        if (len(shown) - 1 - i) % step:
            continue
        half = text_width(label) / 2
        x = min(max(x, half + 1), WIDTH - half - 1)
        rows.append((_f(x), _f(layout.labels_y), label))
    return format_html_join(
        "", '<text class="chart-label" x="{}" y="{}" text-anchor="middle">{}</text>', rows
    )


def bar_chart(
    *,
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    fmt: Callable[[float], str] | None = None,
    top: float | None = None,
    x_label: str = "",
    y_label: str = "",
    show_title: bool = True,
) -> SafeString:
    """Vertical bars, one group per label, one bar per series; `fmt` writes
    the values (default: the reader's number format)."""
    values = [v for s in series for v in s.values if v is not None]
    low, top, ticks, layout = _value_axis(
        values,
        series=series,
        fmt=fmt,
        low=0.0,
        top=top,
        show_title=show_title,
        x_label=x_label,
        y_label=y_label,
    )
    value_text = fmt or (lambda v: number(v, 0 if float(v).is_integer() else 1))
    group = layout.plot_w / max(len(labels), 1)
    bar = group * 0.8 / max(len(series), 1)
    rects = []
    for si, s in enumerate(series):
        for li, value in enumerate(s.values):
            if value is None:
                continue
            h = layout.plot_h * min(max(value, 0), top) / top if top else 0
            x = layout.left + li * group + group * 0.1 + si * bar
            rects.append(
                (
                    si,
                    _f(x),
                    _f(layout.top + layout.plot_h - h),
                    _f(bar),
                    _f(h),
                    f"{labels[li]} · {s.label}: {value_text(value)}",
                )
            )
    bars = format_html_join(
        "",
        '<rect class="chart-series-{}" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>',
        rects,
    )
    centres = [layout.left + i * group + group / 2 for i in range(len(labels))]
    body = (
        _titles(layout, title=title, show_title=show_title, x_label=x_label, y_label=y_label)
        + _axis(layout, ticks, low, top)
        + bars
        + _category_labels(layout, labels, centres)
        + _legend(layout)
    )
    return _frame(title, layout.height, body)


def hbar_chart(
    *,
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    fmt: Callable[[float], str],
    top: float = 1.0,
    x_label: str = "",
    show_title: bool = True,
) -> SafeString:
    """Horizontal bars (for ranked categories), each with its value written
    after it; `x_label` names what the bars measure."""
    row = FONT + 2 * GAP + 2
    top_margin = (TITLE_FONT + 2 * GAP if show_title else 0) + GAP
    value_width = max((text_width(fmt(v)) for v in values), default=0)
    label_width = min(max((text_width(label) for label in labels), default=0), WIDTH * 0.4)
    bar_x = GAP + label_width + GAP
    plot_w = WIDTH - bar_x - GAP - value_width - GAP
    parts = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        w = plot_w * min(max(value, 0), top) / top if top else 0
        y = top_margin + i * row
        parts.append(
            format_html(
                '<text class="chart-label" x="{}" y="{}" text-anchor="end">{}</text>'
                '<rect class="chart-series-0" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>'
                '<text class="chart-tick" x="{}" y="{}">{}</text>',
                _f(bar_x - GAP),
                _f(y + row / 2 + FONT / 3),
                _fit(label, label_width),
                _f(bar_x),
                _f(y + 2),
                _f(w),
                _f(row - 4),
                f"{label}: {fmt(value)}",
                _f(bar_x + w + GAP / 2),
                _f(y + row / 2 + FONT / 3),
                fmt(value),
            )
        )
    height = top_margin + len(labels) * row + GAP
    if x_label:
        height += FONT + GAP
        parts.append(
            format_html(
                '<text class="chart-axis-title" x="{}" y="{}" text-anchor="middle">{}</text>',
                _f(bar_x + plot_w / 2),
                _f(height - GAP),
                _fit(x_label, plot_w),
            )
        )
    if show_title:
        parts.insert(
            0,
            format_html(
                '<text class="chart-title" x="{}" y="{}">{}</text>',
                GAP,
                TITLE_FONT + GAP,
                _fit(title, WIDTH - 2 * GAP, TITLE_FONT),
            ),
        )
    return _frame(title, height, mark_safe("".join(parts)))  # noqa: S308 - format_html output


def line_chart(
    *,
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    fmt: Callable[[float], str] | None = None,
    low: float | None = None,
    top: float | None = None,
    x_label: str = "",
    y_label: str = "",
    show_title: bool = True,
) -> SafeString:
    """Lines with points; a series with `low`/`high` gets a shaded interval
    band. `fmt` writes the values (default: the reader's number format, two
    decimals at the points)."""
    values = [
        v for s in series for seq in (s.values, s.low or (), s.high or ()) for v in seq if v is not None
    ]
    shown = [_short(label) for label in labels]
    low, top, ticks, layout = _value_axis(
        values,
        series=series,
        fmt=fmt,
        low=low,
        top=top,
        show_title=show_title,
        x_label=x_label,
        y_label=y_label,
        edge_label=max(shown, key=len, default=""),
    )
    value_text = fmt or (lambda v: number(v, 2))
    step_x = layout.plot_w / max(len(labels) - 1, 1)
    # A single point (a mentee's first attempt) stands in the middle.
    first_x = layout.left if len(labels) > 1 else layout.left + layout.plot_w / 2

    def xy(i: int, v: float) -> tuple[str, str]:
        v = min(max(v, low), top)
        return _f(first_x + i * step_x), _f(
            layout.top + layout.plot_h - layout.plot_h * (v - low) / (top - low)
        )

    parts = []
    for si, s in enumerate(series):
        if s.low is not None and s.high is not None:
            upper = [",".join(xy(i, v)) for i, v in enumerate(s.high) if v is not None]
            lower = [",".join(xy(i, v)) for i, v in enumerate(s.low) if v is not None]
            if len(upper) > 1:
                parts.append(
                    format_html(
                        '<polygon class="chart-band-{}" points="{}"></polygon>',
                        si,
                        " ".join(upper + lower[::-1]),
                    )
                )
            elif upper and lower:
                # One point has no band to shade: its interval is a whisker.
                (x, y1), (_x, y2) = upper[0].split(","), lower[0].split(",")
                parts.append(
                    format_html(
                        '<line class="chart-line-{} chart-whisker" x1="{}" y1="{}" x2="{}" y2="{}"></line>',
                        si,
                        x,
                        y1,
                        x,
                        y2,
                    )
                )
        points = [",".join(xy(i, v)) for i, v in enumerate(s.values) if v is not None]
        if points:
            parts.append(
                format_html('<polyline class="chart-line-{}" points="{}"></polyline>', si, " ".join(points))
            )
            parts.append(
                format_html_join(
                    "",
                    '<circle class="chart-series-{}" cx="{}" cy="{}" r="3"><title>{}</title></circle>',
                    (
                        (si, *xy(i, v), f"{labels[i]} · {s.label}: {value_text(v)}")
                        for i, v in enumerate(s.values)
                        if v is not None
                    ),
                )
            )
    centres = [first_x + i * step_x for i in range(len(labels))]
    body = (
        _titles(layout, title=title, show_title=show_title, x_label=x_label, y_label=y_label)
        + _axis(layout, ticks, low, top)
        + mark_safe("".join(parts))  # noqa: S308 - format_html output
        + _category_labels(layout, labels, centres)
        + _legend(layout)
    )
    return _frame(title, layout.height, body)
