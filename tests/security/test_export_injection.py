"""Spreadsheet formula injection: text from users (names, cohort names,
scenario titles, audit details) that starts like a formula is written to the
programme's CSV and XLSX exports as text, never as a formula."""

import csv
import io
import re
from http import HTTPStatus

import pytest
from openpyxl import load_workbook

from reports.exports import csv_bytes, xlsx_bytes
from reports.selectors import TABLE_KEYS

PAYLOADS = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "=cmd|'/c calc'!A0"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_csv_cells_that_look_like_formulas_are_neutralised(payload):
    rows = list(csv.reader(io.StringIO(csv_bytes(["name"], [[payload]]).decode("utf-8-sig"))))
    assert rows[1][0] == "'" + payload


@pytest.mark.parametrize("payload", PAYLOADS)
def test_xlsx_cells_that_look_like_formulas_are_text(payload):
    sheet = load_workbook(io.BytesIO(xlsx_bytes("t", ["name"], [[payload, 5, -3]]))).active
    cell = sheet.cell(row=2, column=1)
    assert cell.data_type == "s" and cell.value.startswith("'")
    # Numbers stay numbers.
    assert sheet.cell(row=2, column=2).value == 5 and sheet.cell(row=2, column=3).value == -3


# --- Every export the platform serves, read back with a formula planted in
# a learner's name, their duty station and a course title.

NAME = '=HYPERLINK("http://evil.example","x")'
STATION = '=HYPERLINK("http://evil.example","station")'
# The dashboard's breakdown by duty station: the station is a row of its table.
BY_STATION = "?rows=duty_station&columns=none"
ISO_SECONDS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
# Every table the dashboard exports, the breakdown included: a table added
# later is checked without being listed here.
DASHBOARD_TABLES = TABLE_KEYS
ANY_DATE = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")


def _csv_problems(url: str, content: bytes) -> list[str]:
    problems = [] if content.startswith(b"\xef\xbb\xbf") else [f"{url}: no byte-order mark"]
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    for row in rows[1:]:
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                problems.append(f"{url}: formula cell {cell!r}")
            if ANY_DATE.search(cell) and not ISO_SECONDS.match(cell) and not cell.startswith("{"):
                problems.append(f"{url}: date not in ISO 8601 to the second: {cell!r}")
    return problems


def _xlsx_problems(url: str, content: bytes) -> list[str]:
    problems = []
    for sheet in load_workbook(io.BytesIO(content)).worksheets:
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if cell.data_type == "f" or (
                    isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@")
                ):
                    problems.append(f"{url}: {sheet.title}: formula cell {cell.value!r}")
    return problems


@pytest.mark.django_db
def test_a_formula_in_a_name_is_text_in_every_export(client, site_tree, make_user):
    from django.contrib.auth.models import Group

    from accounts.roles import Role
    from core import audit
    from core.models import HomePage
    from courses.models import Enrolment
    from tests.factories.courses import build_course

    course = build_course(HomePage.objects.get(locale__language_code="en"), slug="formula")
    course.title = "=1+1 course"
    course.save_revision().publish()
    learner = make_user(full_name=NAME, email="formula@example.org", duty_station=STATION)
    Enrolment.objects.create(user=learner, course_key=course.translation_key)
    audit.record("accounts.role_change", actor=learner, target=learner, added=[NAME])
    root = make_user(role=None, is_superuser=True, is_staff=True)
    root.groups.add(Group.objects.get(name=Role.STAFF.value))
    client.force_login(root)

    urls = ["/admin/courses/report/?export=csv", "/admin/courses/report/?export=xlsx"]
    urls += [f"/admin/programme/export/{t}.{f}" for t in DASHBOARD_TABLES for f in ("csv", "xlsx")]
    # The workbook of every table, and the breakdown by duty station alone and in it.
    urls += ["/admin/programme/export/all.xlsx"]
    urls += [
        f"/admin/programme/export/{t}{BY_STATION}" for t in ("breakdown.csv", "breakdown.xlsx", "all.xlsx")
    ]
    urls += ["/admin/programme/audit/?format=csv"]
    problems, seen_name, seen_station = [], 0, []
    for url in urls:
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, url
        content = b"".join(response.streaming_content) if response.streaming else response.content
        if ".csv" in url or "csv" in url.split("?")[-1]:
            problems += _csv_problems(url, content)
            seen_name += ("'" + NAME).replace('"', '""').encode() in content
            if ("'" + STATION).replace('"', '""').encode() in content:
                seen_station.append(url)
        else:
            problems += _xlsx_problems(url, content)
            book = load_workbook(io.BytesIO(content))
            values = [c for sheet in book.worksheets for row in sheet.values for c in row]
            seen_name += "'" + NAME in values
            if "'" + STATION in values:
                seen_station.append(url)
    assert not problems, "\n".join(problems)
    # The name itself is in the enrolment report (CSV, XLSX) and the audit log.
    assert seen_name == 3
    # The station, as text, is a row of the breakdown by duty station in each of its exports.
    assert seen_station == [url for url in urls if url.endswith(BY_STATION)]


@pytest.mark.django_db
def test_the_enrolment_report_csv_is_utf8_with_a_bom_and_iso_dates(client, site_tree, make_user, staff):
    from core.models import HomePage
    from courses.models import Enrolment
    from tests.factories.courses import build_course

    course = build_course(HomePage.objects.get(locale__language_code="en"), slug="bom")
    learner = make_user(full_name="Айгуль Каримова")
    Enrolment.objects.create(user=learner, course_key=course.translation_key)
    client.force_login(staff)
    response = client.get("/admin/courses/report/?export=csv")
    content = response.content
    assert content.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    # The table follows the file's context block and its empty row.
    [heading, row] = lines[lines.index([]) + 1 :]
    assert row[0] == "Айгуль Каримова"
    assert ISO_SECONDS.match(row[heading.index("Enrolled at")])


WAGTAIL_REPORTS = ("locked", "workflow", "workflow_tasks", "site-history", "aging-pages")


@pytest.mark.django_db
def test_wagtail_report_exports_follow_the_same_rule(client, site_tree, make_user):
    from django.utils import timezone
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.log_actions import log

    from core.models import HomePage
    from tests.factories.courses import build_course

    editor = make_user(first_name=NAME, last_name="=2+2", full_name=NAME, email="editor@example.org")
    course = build_course(HomePage.objects.get(locale__language_code="en"), slug="formula-reports")
    course.title = "=1+1 course"
    course.locked, course.locked_by, course.locked_at = True, editor, timezone.now()
    course.save_revision(user=editor).publish()
    log(instance=course, action="wagtail.edit", user=editor)
    Redirect.objects.create(old_path="/old", redirect_link="=HYPERLINK(1)")
    root = make_user(role=None, is_superuser=True, is_staff=True)
    client.force_login(root)
    urls = [f"/admin/reports/{r}/?export={f}" for r in WAGTAIL_REPORTS for f in ("csv", "xlsx")]
    urls += ["/admin/redirects/?export=csv", "/admin/redirects/?export=xlsx"]
    problems, text = [], ""
    for url in urls:
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, url
        content = b"".join(response.streaming_content) if response.streaming else response.content
        if url.endswith("csv"):
            problems += _csv_problems(url, content)
            text += content.decode("utf-8-sig")
        else:
            problems += _xlsx_problems(url, content)
    assert not problems, "\n".join(problems)
    # The planted texts are there, as text.
    assert "'=1+1 course" in text and "'=HYPERLINK(1)" in text and "'=HYPERLINK(" in text
