"""Dashboard, exports and the audit log over HTTP: permissions, bad input,
export contents and what gets logged."""

import csv
import io
import re
from http import HTTPStatus

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts.roles import Role
from core import audit
from core.models import AuditEntry
from courses.models import Enrolment

pytestmark = pytest.mark.django_db
WHO = ("anonymous", "trainee", "mentor", "staff")


@pytest.fixture
def enrolled(make_user, course):
    user = make_user(country="KZ", full_name="Айгуль Каримова")
    Enrolment.objects.create(user=user, course_key=course.translation_key)
    return user


def login(client, make_user, who):
    if who == "anonymous":
        return None
    role = {"trainee": Role.TRAINEE, "mentor": Role.MENTOR, "staff": Role.STAFF}[who]
    user = make_user(role=role)
    client.force_login(user)
    return user


def assert_refused(response, who):
    if who == "anonymous":
        assert response.status_code == HTTPStatus.FOUND and "login" in response.url
    elif who == "trainee":
        assert response.status_code == HTTPStatus.FORBIDDEN
    else:  # Wagtail: a missing permission inside the admin sends back to the dashboard
        assert response.status_code == HTTPStatus.FOUND and response.url == reverse("wagtailadmin_home")


@pytest.mark.parametrize("who", WHO)
def test_dashboard_exports_and_audit_log_are_for_staff_only(client, make_user, enrolled, who):
    login(client, make_user, who)
    urls = [
        reverse("reports:dashboard"),
        reverse("reports:export", args=["courses", "csv"]),
        reverse("reports:audit_log"),
        reverse("reports:audit_log") + "?format=csv",
    ]
    for url in urls:
        response = client.get(url)
        if who == "staff":
            assert response.status_code == HTTPStatus.OK, url
        else:
            assert_refused(response, who)
    exported = AuditEntry.objects.filter(action__in=["reports.export", "reports.audit_export"]).count()
    assert exported == (2 if who == "staff" else 0)


def test_the_dashboard_draws_svg_charts_with_data_tables_and_no_script(client, staff, enrolled, course):
    client.force_login(staff)
    page = client.get(reverse("reports:dashboard"), {"country": "KZ"})
    assert page.status_code == HTTPStatus.OK
    assert '<svg class="chart"' in page.text and "<table" in page.text
    assert "<script" not in page.text.split('id="report-courses"')[1].split("</section>")[0]
    assert ' style="' not in page.text.split('<svg class="chart"')[1].split("</svg>")[0]
    assert course.title in page.text
    assert reverse("reports:export", args=["courses", "xlsx"]) + "?country=KZ" in page.text


@pytest.mark.parametrize(
    "params",
    [
        {"country": "XX"},
        {"cohort": "999"},
        {"date_from": "yesterday"},
        {"date_from": "2026-03-01", "date_to": "2026-01-01"},
        # The calendar has no day after it to count up to: no 500.
        {"date_to": "9999-12-31"},
        {"date_from": "9999-10-01"},
        {"date_from": "0001-01-01"},
    ],
)
def test_bad_filters_are_refused_and_export_nothing(client, staff, enrolled, params):
    client.force_login(staff)
    page = client.get(reverse("reports:dashboard"), params)
    assert page.status_code == HTTPStatus.BAD_REQUEST
    assert "help-critical" in page.text or "error" in page.text
    response = client.get(reverse("reports:export", args=["courses", "csv"]), params)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not AuditEntry.objects.filter(action="reports.export").exists()


@pytest.mark.parametrize(("table", "fmt"), [("nonsense", "csv"), ("courses", "pdf")])
def test_unknown_reports_and_formats_are_not_found(client, staff, table, fmt):
    client.force_login(staff)
    assert client.get(reverse("reports:export", args=[table, fmt])).status_code == HTTPStatus.NOT_FOUND
    assert not AuditEntry.objects.exists()


def test_reports_only_answer_reads(client, staff):
    client.force_login(staff)
    for url in (
        reverse("reports:dashboard"),
        reverse("reports:export", args=["courses", "csv"]),
        reverse("reports:audit_log"),
    ):
        assert client.post(url).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert not AuditEntry.objects.exists()


def test_csv_and_xlsx_exports_hold_the_table_and_are_logged(client, staff, enrolled, course):
    client.force_login(staff)
    response = client.get(reverse("reports:export", args=["courses", "csv"]), {"country": "KZ"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    lines = lines[lines.index([]) + 1 :]  # after the context block
    assert lines[0][:3] == ["Course", "Enrolments", "Of which completed"]
    assert lines[1][:3] == [course.title, "1", "0"]
    entry = AuditEntry.objects.get(action="reports.export")
    assert entry.actor == staff and entry.details == {
        "report": "courses",
        "format": "csv",
        "rows": 1,
        "filters": {"country": "KZ"},
        "breakdown": ["country", "sex"],
    }
    response = client.get(reverse("reports:export", args=["courses", "xlsx"]))
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[1]
    values = list(sheet.values)
    assert values[0][:2] == ("Course", "Enrolments") and values[1][:2] == (course.title, 1)
    assert AuditEntry.objects.filter(action="reports.export").count() == 2


def test_exported_cells_never_become_formulas():
    from reports.exports import csv_bytes

    assert b"'=HYPERLINK" in csv_bytes(["a"], [["=HYPERLINK(1)"]])


def test_the_audit_log_lists_filters_and_exports_entries(client, staff, make_user):
    someone = make_user(email="bulk.importer@example.org")
    audit.record("mentoring.trainees_import", actor=someone, rows=12)
    audit.record("certificates.revoke", actor=staff)
    client.force_login(staff)
    page = client.get(reverse("reports:audit_log"))
    assert "mentoring.trainees_import" in page.text and "certificates.revoke" in page.text
    page = client.get(reverse("reports:audit_log"), {"action": "mentoring.trainees_import", "actor": "bulk"})
    assert (
        "bulk.importer@example.org" in page.text
        and "certificates.revoke" not in page.text.split("<tbody>")[1]
    )
    response = client.get(
        reverse("reports:audit_log"), {"action": "mentoring.trainees_import", "format": "csv"}
    )
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    context, lines = lines[: lines.index([])], lines[lines.index([]) + 1 :]
    # The context's lines end where the definitions (of "Action" too) begin.
    context = context[: context.index(["", ""])]
    assert dict(row for row in context if len(row) == 2)["Action"] == "mentoring.trainees_import"
    assert len(lines) == 2 and lines[1][1] == "bulk.importer@example.org" and '"rows": 12' in lines[1][7]
    logged = AuditEntry.objects.get(action="reports.audit_export")
    assert logged.actor == staff and logged.details["rows"] == 1
    bad = client.get(reverse("reports:audit_log"), {"date_from": "2026-02-01", "date_to": "2026-01-01"})
    assert bad.status_code == HTTPStatus.BAD_REQUEST
    assert client.get(reverse("reports:audit_log"), {"date_to": "9999-12-31"}).status_code == (
        HTTPStatus.BAD_REQUEST
    )


def test_staff_find_both_reports_in_the_admin_menu(client, staff):
    client.force_login(staff)
    home = client.get(reverse("wagtailadmin_home")).text
    assert reverse("reports:dashboard") in home and reverse("reports:audit_log") in home
    assert reverse("cohorts:index") in home


def test_the_dashboard_reuses_its_figures_for_a_while_and_refreshes_on_request(
    client, staff, make_user, course, settings
):
    settings.DASHBOARD_CACHE_SECONDS = 300
    client.force_login(staff)
    first = make_user(country="KZ")
    Enrolment.objects.create(user=first, course_key=course.translation_key)
    page = client.get(reverse("reports:dashboard"), {"country": "KZ"}).content.decode()
    assert "Figures as of" in page and "refresh=1" in page
    second = make_user(country="KZ")
    Enrolment.objects.create(user=second, course_key=course.translation_key)

    def trainees(response) -> str:
        return re.search(r"<li><strong>(\d+)</strong>People trained</li>", response.content.decode()).group(1)

    assert trainees(client.get(reverse("reports:dashboard"), {"country": "KZ"})) == "1"
    assert trainees(client.get(reverse("reports:dashboard"), {"country": "KZ", "refresh": "1"})) == "2"
    # Exports are computed afresh.
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(
                    reverse("reports:export", args=["courses", "csv"]), {"country": "KZ"}
                ).content.decode("utf-8-sig")
            )
        )
    )
    assert any("2" in row for row in rows[1:])


def test_the_dashboard_keeps_its_rendered_tables_with_its_figures(client, staff, make_user, course, settings):
    """The tables and charts are rendered once for the figures kept, per
    language and query; new figures (refresh) are rendered again."""
    settings.DASHBOARD_CACHE_SECONDS = 300
    client.force_login(staff)
    Enrolment.objects.create(user=make_user(country="KZ"), course_key=course.translation_key)
    url, tables = reverse("reports:dashboard"), "reports/includes/dashboard_tables.html"

    def shown(response) -> tuple[bool, str]:
        page = response.content.decode()
        start = page.index('<section class="chart-block"')
        return tables in [t.name for t in response.templates], page[start:]

    rendered, first = shown(client.get(url, {"country": "KZ"}))
    assert rendered and 'id="heading-courses"' in first
    rendered, again = shown(client.get(url, {"country": "KZ"}))
    assert not rendered and again == first
    # Another query, another language: their own tables.
    rendered, other = shown(client.get(url, {"country": "UZ"}))
    assert rendered and "country=UZ" in other and "country=KZ" not in other
    rendered, russian = shown(client.get(url, {"country": "KZ"}, HTTP_ACCEPT_LANGUAGE="ru"))
    assert rendered and "Export CSV" not in russian and "Выгрузить CSV" in russian
    # Figures computed again are rendered again.
    Enrolment.objects.create(user=make_user(country="KZ"), course_key=course.translation_key)
    rendered, refreshed = shown(client.get(url, {"country": "KZ", "refresh": "1"}))
    assert rendered and refreshed != first
    assert shown(client.get(url, {"country": "KZ"}))[1] == refreshed


def test_the_kept_filter_fields_show_each_querys_own_choice(client, staff, make_user, settings):
    settings.DASHBOARD_CACHE_SECONDS = 300
    make_user(duty_station="Aktau seaport")
    make_user(duty_station="Khorgos dry port")
    client.force_login(staff)
    url = reverse("reports:dashboard")

    def selected(response) -> list[str]:
        return re.findall(r'<option value="([^"]*)"[^>]*selected', response.content.decode())

    assert "KZ" in selected(client.get(url, {"country": "KZ"}))
    assert "KZ" in selected(client.get(url, {"country": "KZ"}))  # kept
    assert "UZ" in selected(client.get(url, {"country": "UZ"}))
    assert "Khorgos dry port" in selected(client.get(url, {"duty_station": "Khorgos dry port"}))
    # An invalid query is shown with its error, never from what was kept.
    bad = client.get(url, {"date_from": "2026-02-01", "date_to": "2026-01-01"})
    assert bad.status_code == HTTPStatus.BAD_REQUEST
    assert "The period ends before it starts." in bad.content.decode()


def test_the_breakdown_choices_shown_are_the_breakdown_drawn(client, staff, enrolled):
    """The form shows country × sex selected when the query names no breakdown,
    so that "Apply" sends the breakdown the page draws."""
    client.force_login(staff)
    for query in ({}, {"country": "KZ"}):
        page = client.get(reverse("reports:dashboard"), query).text
        rows = page.split('name="rows"')[1].split("</select>")[0]
        columns = page.split('name="columns"')[1].split("</select>")[0]
        assert re.search(r'<option value="country"[^>]*selected', rows)
        assert re.search(r'<option value="sex"[^>]*selected', columns)
        assert 'id="heading-breakdown">Breakdown by country and sex<' in page
    page = client.get(reverse("reports:dashboard"), {"rows": "agency", "columns": "none"}).text
    assert re.search(
        r'<option value="none"[^>]*selected', page.split('name="columns"')[1].split("</select>")[0]
    )
    assert 'id="heading-breakdown">Breakdown by agency<' in page
