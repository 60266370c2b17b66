"""The programme report: a PDF whose text holds the dashboard's figures, in
English or Russian (Cyrillic included), from the dashboard's button or the
management command, and audited."""

import io
import re
from decimal import Decimal
from http import HTTPStatus

import pypdf
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import formats, timezone, translation

from core.models import AuditEntry
from reports.programme_report import ReportRequest, last_quarter, period_label, report_pdf
from reports.selectors import Filters, programme_dashboard
from reports.suppression import TOTAL

from .population import Q1, RUSSIAN_TITLE, TODAY

pytestmark = pytest.mark.django_db
QUARTER = Filters(date_from=Q1[0], date_to=Q1[1])


def pdf_text(content: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_report_holds_the_dashboards_headline_figures(population, language):
    text = pdf_text(report_pdf(ReportRequest(filters=QUARTER, language=language), today=TODAY))
    with translation.override(language):
        figures = programme_dashboard(QUARTER, today=TODAY).figures
        for label, value in figures:
            shown = formats.localize(value) if not isinstance(value, str) else value
            assert re.search(re.escape(str(shown)) + r" ?" + re.escape(str(label)), text), (label, shown)
    assert {"en": "Q1 2026", "ru": "1-й квартал 2026"}[language] in text
    assert {"en": "PCU Academy", "ru": "Академия ГПК"}[language] in text
    figures = dict(figures)
    assert list(figures.values())[:2] == [25, 24]  # people trained, people enrolled


def test_the_report_reads_the_courses_hours_once_for_its_four_breakdowns(population):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from reports.programme_report import REPORT_BREAKDOWNS, report_context

    with CaptureQueriesContext(connection) as captured:
        context = report_context(ReportRequest(filters=QUARTER, language="en"), today=TODAY)
    assert len(context["breakdowns"]) == 1 + len(REPORT_BREAKDOWNS)
    minutes = [q["sql"] for q in captured.captured_queries if '"courses_lessonpage"."minutes"' in q["sql"]]
    assert len(minutes) == 1, minutes
    # Every breakdown's total has the hours of the quarter's completions.
    assert {table.breakdown.cell(TOTAL).hours for table in context["breakdowns"]} == {Decimal("41.5")}


def test_the_russian_report_prints_cyrillic_titles_and_labels(population):
    text = pdf_text(report_pdf(ReportRequest(filters=QUARTER, language="ru"), today=TODAY))
    assert RUSSIAN_TITLE in text  # the course's Russian title, in the course × sex table
    assert "Отчёт по программе" in text and "Казахстан" in text and "Определения" in text


def test_the_report_hides_small_cells_as_the_dashboard_does(population):
    text = pdf_text(report_pdf(ReportRequest(filters=QUARTER, language="en"), today=TODAY))
    # Uzbekistan's women (2 people) and the complementary cells: "x" in every figure.
    assert re.search(r"Uzbekistan Female( x){12}", text)
    assert re.search(r"Kazakhstan Male 9 8 3 3 12[.,]0", text)


def test_the_dashboard_button_gives_the_report_of_its_period_and_it_is_audited(client, staff, population):
    client.force_login(staff)
    page = client.get(reverse("reports:dashboard"), {"date_from": "2026-01-01", "date_to": "2026-03-31"}).text
    assert "Programme report for Q1 2026 (PDF)" in page
    assert 'name="date_from" value="2026-01-01"' in page.split('class="report-pdf"')[1]
    response = client.get(
        reverse("reports:programme_report"),
        {
            "date_from": "2026-01-01",
            "date_to": "2026-03-31",
            "rows": "country",
            "columns": "sex",
            "language": "ru",
        },
    )
    assert response.status_code == HTTPStatus.OK and response["Content-Type"] == "application/pdf"
    assert RUSSIAN_TITLE in pdf_text(response.content)
    entry = AuditEntry.objects.get(action="reports.programme_report")
    assert entry.actor == staff and entry.details["language"] == "ru"
    assert entry.details["filters"] == {"from": "2026-01-01", "to": "2026-03-31"}


def test_without_a_period_the_button_offers_the_last_complete_quarter(client, staff, population):
    client.force_login(staff)
    start, end = last_quarter(timezone.localdate())
    page = client.get(reverse("reports:dashboard")).text
    assert f"Programme report for {period_label(start, end)} (PDF)" in page
    form = page.split('class="report-pdf"')[1].split("</form>")[0]
    assert f'value="{start.isoformat()}"' in form and f'value="{end.isoformat()}"' in form


@pytest.mark.parametrize("params", [{"language": "xx"}, {"date_from": "2026-03-01", "date_to": "2026-01-01"}])
def test_bad_report_requests_are_refused(client, staff, params):
    client.force_login(staff)
    assert client.get(reverse("reports:programme_report"), params).status_code == HTTPStatus.BAD_REQUEST
    assert not AuditEntry.objects.filter(action="reports.programme_report").exists()


def test_the_report_is_for_programme_staff_only(client, make_user):
    from accounts.roles import Role

    client.force_login(make_user(role=Role.MENTOR))
    response = client.get(reverse("reports:programme_report"))
    assert response.status_code == HTTPStatus.FOUND and response.url == reverse("wagtailadmin_home")


def test_the_command_writes_the_report(population, tmp_path):
    out = tmp_path / "report.pdf"
    call_command(
        "programme_report", "--from", "2026-01-01", "--to", "2026-03-31", "--language", "ru", "--out", str(out),
        stdout=io.StringIO(),
    )  # fmt: skip
    text = pdf_text(out.read_bytes())
    assert RUSSIAN_TITLE in text and "1-й квартал 2026" in text
    assert AuditEntry.objects.filter(action="reports.programme_report", details__language="ru").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-03-01", "--to", "2026-01-01"], "ends before it starts"),
        (["--from", "yesterday", "--to", "2026-01-01"], "not a date"),
        (["--from", "2026-01-01", "--to", "2026-03-31", "--language", "xx"], "Unknown language"),
    ],
)
def test_the_command_refuses_bad_input(db, tmp_path, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("programme_report", *args, "--out", str(tmp_path / "r.pdf"), stdout=io.StringIO())
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ("2026-01-01", "2026-03-31", "Q1 2026"),
        ("2026-10-01", "2026-12-31", "Q4 2026"),
        ("2026-01-01", "2026-03-30", "2026-01-01 – 2026-03-30"),
    ],
)
def test_period_labels(start, end, label):
    from datetime import date

    assert period_label(date.fromisoformat(start), date.fromisoformat(end)) == label
    from django.utils import translation

    with translation.override("ru"):
        assert period_label(date(2026, 1, 1), date(2026, 3, 31)) == "1-й квартал 2026"
    assert last_quarter(date(2026, 5, 3)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert last_quarter(date(2026, 1, 3)) == (date(2025, 10, 1), date(2025, 12, 31))
