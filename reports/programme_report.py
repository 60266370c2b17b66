"""The quarterly programme report: one PDF, in the reader's language, with
the period's headline figures, breakdown tables, charts and definitions — the
document a programme officer attaches to the report to the donors.

Its figures are the dashboard's (reports.selectors.programme_dashboard and
reports.breakdown for the same filters); it is rendered with the
certificates' stack (WeasyPrint, the Noto fonts installed with the platform,
`certificates.rendering.url_fetcher`, which refuses every file and network
address), from a template of our own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.adapter import site_name
from core import charts

from .breakdown import breakdown, breakdown_chart, facts, quarter_label
from .definitions import measure_definitions, rule_definitions
from .selectors import Filters, breakdown_table, programme_dashboard

# The breakdowns the report prints (rows, columns), after the country × sex one.
REPORT_BREAKDOWNS = (("agency", "sex"), ("course", "sex"), ("duty_station", None))


def last_quarter(today: date) -> tuple[date, date]:
    """The last complete calendar quarter before `today`."""
    first_of_this = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    end = first_of_this - timedelta(days=1)
    return date(end.year, (end.month - 1) // 3 * 3 + 1, 1), end


def period_label(start: date | None, end: date | None) -> str:
    """ "2026 Q1" for a whole calendar quarter, else the two days."""
    if start and end and start.day == 1 and start.month in (1, 4, 7, 10):
        next_quarter = date(start.year + (start.month == 10), (start.month + 2) % 12 + 1, 1)
        if end == next_quarter - timedelta(days=1):
            return quarter_label(start)
    return period_dates(start, end)


def period_dates(start: date | None, end: date | None) -> str:
    """The period as its two days (either may be open), as exports state it."""
    if start and end:
        return f"{start.isoformat()} – {end.isoformat()}"
    if start:
        return _("from %(date)s") % {"date": start.isoformat()}
    if end:
        return _("until %(date)s") % {"date": end.isoformat()}
    return _("all dates")


@dataclass(frozen=True)
class ReportRequest:
    filters: Filters
    language: str
    described_filters: tuple[tuple[str, str], ...] = ()


def _chart(svg) -> str:
    """A chart of core.charts for the PDF: WeasyPrint's SVG renderer reads
    colours from a style element inside the SVG, not from the page's CSS."""
    if svg is None:
        return ""
    return render_to_string("reports/includes/pdf_chart.html", {"svg": svg})


def report_context(request: ReportRequest, *, today: date | None = None) -> dict:
    """Everything the report template shows, in the active language."""
    today = today or timezone.localdate()
    filters = request.filters
    found = facts(filters, extras=("course",), today=today)
    dashboard = programme_dashboard(filters, rows="country", columns="sex", today=today, facts=found)
    tables = [dashboard.table("breakdown")]
    for rows, columns in REPORT_BREAKDOWNS:
        tables.append(breakdown_table(breakdown(filters, rows, columns, today=today, found=found)))
    country_sex = tables[0].breakdown
    monthly = dashboard.table("monthly")
    skill = dashboard.table("skill")
    titles = {
        "trained_chart_title": _("People trained by country and sex"),
        "completions_chart_title": _("Completions by month"),
        # xgettext:no-python-format
        "skill_chart_title": _("Skill d′ by month, with its 95 % interval"),
    }
    trained_chart = breakdown_chart(country_sex, titles["trained_chart_title"])
    completions_chart = (
        charts.bar_chart(
            title=titles["completions_chart_title"],
            labels=[r[0] for r in monthly.rows],
            series=[charts.Series(_("Completions"), [r[2] for r in monthly.rows])],
        )
        if monthly.rows
        else None
    )
    skill_chart = (
        charts.line_chart(
            title=titles["skill_chart_title"],
            labels=[r[0] for r in skill.rows],
            series=[
                charts.Series(
                    "d′", [r[6] for r in skill.rows], [r[7] for r in skill.rows], [r[8] for r in skill.rows]
                )
            ],
        )
        if skill.rows
        else None
    )
    now = timezone.localtime()
    return {
        "language": request.language,
        "title": _("Programme report"),
        "site_name": site_name(),
        "period": period_label(filters.date_from, filters.date_to),
        "filters": list(request.described_filters),
        "generated": f"{now:%Y-%m-%d %H:%M} ({timezone.get_current_timezone_name()})",
        "figures": dashboard.figures,
        "breakdowns": tables,
        "trained_chart": _chart(trained_chart),
        "completions_chart": _chart(completions_chart),
        "skill_chart": _chart(skill_chart),
        "monthly": monthly,
        "skill": skill,
        "certificates": dashboard.table("certificates"),
        "courses": dashboard.table("courses"),
        "definitions": measure_definitions() + rule_definitions(with_sex=True),
        "total_label": _("Total"),
        **titles,
    }


def report_html(request: ReportRequest, *, today: date | None = None) -> str:
    with translation.override(request.language):
        return render_to_string("reports/programme_report.html", report_context(request, today=today))


def report_pdf(request: ReportRequest, *, today: date | None = None) -> bytes:
    """The report as PDF bytes."""
    from weasyprint import HTML

    from certificates.rendering import url_fetcher

    html = report_html(request, today=today)
    return HTML(string=html, base_url=None, url_fetcher=url_fetcher()).write_pdf()
