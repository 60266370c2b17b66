"""Wagtail admin views for programme staff: the programme dashboard (charts,
tables, CSV/XLSX exports) and the audit log (filters, CSV export)."""

import hashlib
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core import audit, charts
from core.models import AuditEntry
from core.release import release_fingerprint

from . import exports
from .breakdown import breakdown_chart
from .forms import AuditFilterForm, DashboardFilterForm
from .programme_report import period_dates, period_label
from .selectors import TABLE_KEYS, Dashboard, Table, programme_dashboard

DASHBOARD_PERMISSION = "reports.view_programme_dashboard"
AUDIT_PERMISSION = "core.view_auditentry"
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _require(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _draw(table: Table) -> None:
    """Attach the chart that goes with `table` (the table itself stays the
    data). The section's heading names the chart, so the chart does not
    repeat it, except where one table gets two charts."""
    rows = table.rows
    if not rows:
        return
    labels = [str(r[0]) for r in rows]
    common = {"labels": labels, "x_label": table.columns[0]}
    if table.key == "breakdown":
        table.chart = breakdown_chart(table.breakdown, _("People trained") + " · " + table.title)
    elif table.key == "courses":
        table.chart = charts.bar_chart(
            **common,
            title=table.title,
            show_title=False,
            y_label=_("Number of people"),
            series=[
                charts.Series(_("Enrolments"), [r[1] for r in rows]),
                charts.Series(_("Of which completed"), [r[2] for r in rows]),
            ],
        )
    elif table.key == "monthly":
        table.chart = charts.bar_chart(
            **common,
            title=table.title,
            show_title=False,
            y_label=_("Number of people"),
            series=[
                charts.Series(_("Enrolments"), [r[1] for r in rows]),
                charts.Series(_("Completions"), [r[2] for r in rows]),
            ],
        )
    elif table.key in ("time_to_completion", "scores"):
        table.chart = charts.bar_chart(
            **common,
            title=table.title,
            show_title=False,
            y_label=table.columns[1],
            series=[charts.Series(table.columns[1], [r[1] for r in rows])],
        )
    elif table.key == "skill":
        # A rate (0–100 %) and d′ (about −1 to 4) on one axis flattened one of
        # them: each gets its own chart and axis.
        table.chart = charts.line_chart(
            **common,
            # xgettext:no-python-format
            title=_("Hit rate by month, with its 95 % interval"),
            y_label=table.columns[3],
            series=[
                charts.Series(
                    table.columns[3],
                    [100 * r[3] for r in rows],
                    [100 * r[4] for r in rows],
                    [100 * r[5] for r in rows],
                )
            ],
            fmt=charts.percent,
            low=0,
            top=100,
        ) + charts.line_chart(
            **common,
            # xgettext:no-python-format
            title=_("d′ by month, with its 95 % interval"),
            y_label="d′",
            series=[charts.Series("d′", [r[6] for r in rows], [r[7] for r in rows], [r[8] for r in rows])],
        )
    elif table.key == "categories":
        table.chart = charts.hbar_chart(
            title=table.title,
            labels=labels,
            values=[r[4] for r in rows],
            fmt=charts.percent,
            top=100,
            x_label=table.columns[4],
            show_title=False,
        )
    elif table.key == "certificates":
        table.chart = charts.bar_chart(
            **common,
            title=table.title,
            show_title=False,
            y_label=_("Number of certificates"),
            series=[
                charts.Series(table.columns[1], [r[1] for r in rows]),
                charts.Series(table.columns[2], [r[2] for r in rows]),
                charts.Series(table.columns[4], [r[4] for r in rows]),
            ],
        )


def _filter_form(request) -> tuple[DashboardFilterForm, bool]:
    """The filter form for the request's query, and whether it is valid."""
    form = DashboardFilterForm(request.GET if request.GET else {})
    return form, form.is_valid()


def _compute(form: DashboardFilterForm) -> Dashboard:
    rows, columns = form.breakdown()
    return programme_dashboard(form.filters(), rows=rows, columns=columns)


def _dashboard(request) -> tuple[DashboardFilterForm, Dashboard | None]:
    form, valid = _filter_form(request)
    return form, _compute(form) if valid else None


def _without_refresh(query) -> str:
    query = query.copy()
    query.pop("refresh", None)
    return query.urlencode()


def _cache_key(filters, breakdown) -> str:
    parts = (
        breakdown,
        filters.country,
        filters.agency,
        filters.duty_station,
        getattr(filters.cohort, "pk", None),
        filters.course_key,
        filters.date_from,
        filters.date_to,
        get_language(),
        timezone.localdate(),
        # A new release may compute or draw the figures otherwise.
        release_fingerprint(),
    )
    return "reports:dashboard:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def _dashboard_cached(request) -> tuple[DashboardFilterForm, Dashboard | None, datetime | None]:
    """The dashboard as computed at most DASHBOARD_CACHE_SECONDS ago for the
    same filters and language (`?refresh=1` computes it again): with 10,000
    trainees one computation takes seconds. Exports always compute afresh."""
    seconds = getattr(settings, "DASHBOARD_CACHE_SECONDS", 0)
    form, valid = _filter_form(request)
    if not valid:
        return form, None, None
    filters = form.filters()
    if seconds <= 0:
        return form, _drawn(_compute(form)), None
    key = _cache_key(filters, form.breakdown())
    stored = None if request.GET.get("refresh") else cache.get(key)
    if stored is None:
        # Kept with its charts drawn: drawing them is a good part of a request too.
        stored = (timezone.now(), _drawn(_compute(form)))
        cache.set(key, stored, seconds)
    return form, stored[1], stored[0]


def _drawn(data: Dashboard) -> Dashboard:
    for table in data.tables:
        _draw(table)
    return data


def _filter_fields_html(request, form, valid: bool) -> str | None:
    """The filter fields, rendered once per query and language while the
    figures are kept: with hundreds of cohorts and duty stations, rendering
    their choices costs more than the rest of the page."""
    seconds = getattr(settings, "DASHBOARD_CACHE_SECONDS", 0)
    if seconds <= 0 or not valid:
        return None
    query = _without_refresh(request.GET)
    raw = f"{release_fingerprint()}:{get_language()}:{query}"
    key = "reports:dashboard-filters:" + hashlib.sha256(raw.encode()).hexdigest()
    html = None if request.GET.get("refresh") else cache.get(key)
    if html is None:
        html = render_to_string("reports/includes/dashboard_filter_fields.html", {"form": form}, request)
        cache.set(key, html, seconds)
    return mark_safe(html)  # noqa: S308 - our own template's output, escaped when rendered


def _report_period(form: DashboardFilterForm):
    """The programme report's period: the dashboard's, else the last complete quarter."""
    from .programme_report import last_quarter

    data = form.cleaned_data
    if data.get("date_from") or data.get("date_to"):
        return data.get("date_from"), data.get("date_to")
    return last_quarter(timezone.localdate())


def _report_links(request, form: DashboardFilterForm) -> dict:

    start, end = _report_period(form)
    query = [
        (k, v) for k, v in request.GET.items() if k not in ("refresh", "date_from", "date_to", "language")
    ]
    query += [("date_from", start.isoformat() if start else ""), ("date_to", end.isoformat() if end else "")]
    language = get_language()
    return {
        "report_query": query,
        "report_languages": [(code, name) for code, name in settings.LANGUAGES],
        "report_language": language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE,
        "report_button": _("Programme report for %(period)s (PDF)") % {"period": period_label(start, end)},
    }


@require_GET
def dashboard(request):
    from .definitions import measure_definitions, rule_definitions

    _require(request, DASHBOARD_PERMISSION)
    form, data, computed_at = _dashboard_cached(request)
    context = {
        "page_title": _("Programme dashboard"),
        "header_icon": "table",
        "form": form,
        "dashboard": data,
        "computed_at": computed_at,
        "query": _without_refresh(request.GET),
        "filter_fields_html": _filter_fields_html(request, form, data is not None),
    }
    if data is not None:
        context["definitions"] = measure_definitions() + rule_definitions(with_sex=True)
        context |= _report_links(request, form)
    if data is not None and computed_at is not None:
        # The tables and charts as rendered for these figures, kept as long
        # as the figures (Django's {% cache %} fragment): formatting a few
        # thousand numbers costs more than the rest of the page.
        raw = f"{release_fingerprint()}:{get_language()}:{context['query']}:{computed_at.isoformat()}"
        context["tables_key"] = hashlib.sha256(raw.encode()).hexdigest()
        context["tables_seconds"] = settings.DASHBOARD_CACHE_SECONDS
    return TemplateResponse(
        request, "reports/dashboard.html", context, status=200 if data is not None else 400
    )


@require_GET
def programme_report(request):
    """The programme report as a PDF, for the dashboard's filters and period
    (every field of the dashboard's form) in the chosen language."""
    from .programme_report import ReportRequest, report_pdf

    _require(request, DASHBOARD_PERMISSION)
    form, valid = _filter_form(request)
    language = request.GET.get("language") or get_language()
    if not valid or language not in dict(settings.LANGUAGES):
        if valid:
            form.add_error(None, _("Unknown language."))
        return TemplateResponse(
            request,
            "reports/dashboard.html",
            {"page_title": _("Programme dashboard"), "header_icon": "table", "form": form, "dashboard": None},
            status=400,
        )
    filters = form.filters()
    with translation.override(language):
        # The filters' names and values (course titles too) in the report's language.
        in_language = DashboardFilterForm(request.GET)
        described = tuple(in_language.described()) if in_language.is_valid() else ()
    pdf = report_pdf(ReportRequest(filters=filters, language=language, described_filters=described))
    audit.record(
        "reports.programme_report",
        request=request,
        language=language,
        filters=filters.describe(),
        bytes=len(pdf),
    )
    start, end = filters.date_from, filters.date_to
    name = f"pcu-programme-report-{start or 'start'}-{end or timezone.localdate()}-{language}.pdf"
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _dashboard_context(form: DashboardFilterForm, *, title: str, note: str = "", definitions=()):
    data = form.cleaned_data
    return exports.export_context(
        title=title,
        period=period_dates(data.get("date_from"), data.get("date_to")),
        filters=form.described(),
        breakdown=form.breakdown_label(),
        note=note,
        definitions=definitions,
    )


ALL_TABLES = "all"


@require_GET
def export(request, table, fmt):
    _require(request, DASHBOARD_PERMISSION)
    if fmt not in FORMATS or (table == ALL_TABLES and fmt != "xlsx"):
        raise Http404(_("Unknown export format."))
    if table != ALL_TABLES and table not in TABLE_KEYS:
        raise Http404(_("There is no report of that name."))
    form, data = _dashboard(request)
    if data is None:
        return TemplateResponse(
            request,
            "reports/dashboard.html",
            {"page_title": _("Programme dashboard"), "header_icon": "table", "form": form, "dashboard": None},
            status=400,
        )
    from .definitions import export_definitions, headline_definitions, rule_definitions

    stamp = timezone.localdate().isoformat()
    if table == ALL_TABLES:
        found = data.table("breakdown")
        headline = headline_definitions(label for label, _value in data.figures)
        figures = Table(
            "figures",
            _("Headline figures"),
            [name for name, _text in headline[:2]],
            [list(f) for f in data.figures],
            definitions=headline,
        )
        tables = [figures, *data.tables]
        # The rules first (they hold for every sheet), then each sheet's columns.
        context = _dashboard_context(
            form,
            title=_("Programme dashboard"),
            note=found.note,
            definitions=rule_definitions(with_sex=found.breakdown.shows_sex),
        )
        content = exports.xlsx_workbook(
            [(t.title, t.columns, t.rows) for t in tables],
            context,
            sheet_definitions=[t.definitions for t in tables],
        )
        rows = sum(len(t.rows) for t in tables)
    else:
        found = data.table(table)
        with_sex = found.breakdown is not None and found.breakdown.shows_sex
        definitions = export_definitions(found.definitions, with_sex=with_sex)
        context = _dashboard_context(form, title=found.title, note=found.note, definitions=definitions)
        if fmt == "csv":
            content = exports.csv_bytes(found.columns, found.rows, context)
        else:
            content = exports.xlsx_bytes(found.title, found.columns, found.rows, context)
        rows = len(found.rows)
    filters = form.filters()
    audit.record(
        "reports.export",
        request=request,
        report=table,
        format=fmt,
        rows=rows,
        filters=filters.describe(),
        breakdown=list(filter(None, form.breakdown())),
    )
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="pcu-{table}-{stamp}.{fmt}"'
    return response


AUDIT_EXPORT_LIMIT = 50000


def _audit_entries(form: AuditFilterForm):
    entries = AuditEntry.objects.all()
    data = form.cleaned_data
    if data.get("action"):
        entries = entries.filter(action=data["action"])
    if data.get("actor"):
        entries = entries.filter(actor_repr__icontains=data["actor"])
    tz = timezone.get_current_timezone()
    from datetime import datetime, time, timedelta

    if data.get("date_from"):
        entries = entries.filter(at__gte=datetime.combine(data["date_from"], time.min, tzinfo=tz))
    if data.get("date_to"):
        entries = entries.filter(
            at__lt=datetime.combine(data["date_to"] + timedelta(days=1), time.min, tzinfo=tz)
        )
    return entries


@require_GET
def audit_log(request):
    from .definitions import AUDIT_COLUMNS, labelled

    _require(request, AUDIT_PERMISSION)
    form = AuditFilterForm(request.GET or {})
    if not form.is_valid():
        return TemplateResponse(
            request,
            "reports/audit_log.html",
            {"page_title": _("Audit log"), "header_icon": "list-ul", "form": form, "page": None},
            status=400,
        )
    entries = _audit_entries(form)
    if request.GET.get("format") == "csv":
        rows = [
            [
                e.at,
                e.actor_repr,
                e.action,
                e.target_type,
                e.target_id,
                e.target_repr,
                e.ip or "",
                _details(e.details),
            ]
            for e in entries[:AUDIT_EXPORT_LIMIT]
        ]
        audit.record("reports.audit_export", request=request, rows=len(rows), filters=_describe(form))
        data = form.cleaned_data
        described = [
            (str(form.fields[name].label), str(data[name])) for name in ("action", "actor") if data.get(name)
        ]
        definitions = labelled(AUDIT_COLUMNS)
        context = exports.export_context(
            title=_("Audit log"),
            period=period_dates(data.get("date_from"), data.get("date_to")),
            filters=described or [(_("Filters"), _("none (every entry)"))],
            note=_("At most %(limit)d entries, newest first.") % {"limit": AUDIT_EXPORT_LIMIT},
            definitions=definitions,
        )
        columns = [name for name, _text in definitions]
        response = HttpResponse(exports.csv_bytes(columns, rows, context), content_type=FORMATS["csv"])
        response["Content-Disposition"] = (
            f'attachment; filename="pcu-audit-log-{timezone.localdate().isoformat()}.csv"'
        )
        return response
    page = Paginator(entries, 50).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    query.pop("format", None)
    return TemplateResponse(
        request,
        "reports/audit_log.html",
        {
            "page_title": _("Audit log"),
            "header_icon": "list-ul",
            "form": form,
            "page": page,
            "query": query.urlencode(),
        },
    )


def _details(details) -> str:
    import json

    return json.dumps(details, ensure_ascii=False, sort_keys=True) if details else ""


def _describe(form) -> dict:
    return {k: str(v) for k, v in form.cleaned_data.items() if v}
