"""Every export states what it is, when it was made, the period, the filters
and the definitions of its figures, in the reader's language; hides small
cells where sex is shown; never holds a formula; and is audited."""

import csv
import io
import re
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from openpyxl import load_workbook

from core.models import AuditEntry
from reports.selectors import TABLE_KEYS

from .population import Q1, RUSSIAN_TITLE

pytestmark = pytest.mark.django_db

QUERY = {
    "country": "KZ",
    "date_from": Q1[0].isoformat(),
    "date_to": Q1[1].isoformat(),
    "rows": "agency",
    "columns": "sex",
}
FIRST_COLUMN = {
    "breakdown": "Agency",
    "courses": "Course",
    "monthly": "Month",
    "time_to_completion": "Days",
    "scores": "Score",
    "skill": "Month",
    "categories": "Category",
    "certificates": "Course",
}


def csv_parts(content: bytes) -> tuple[dict, list[list[str]], list[list[str]]]:
    """(context as label -> value, the definition rows, the table) of one of our CSV files."""
    lines = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    blank = lines.index([])
    head, table = lines[:blank], lines[blank + 1 :]
    return _context(head), head, table


def _context(rows) -> dict:
    """The (label, value) lines, up to the definitions."""
    context = {}
    for row in rows[1:]:
        if not row or not row[0]:
            break
        context[row[0]] = row[1] if len(row) > 1 and row[1] is not None else ""
    return context


def _definitions(rows) -> list[str]:
    names = [row[0] for row in rows if row and row[0]]
    return names[names.index("Definitions") + 1 :]


def assert_context(context: dict, definitions: list[str], *, title_like: str = ""):
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:00", context["Exported at"])
    assert context["Time zone"] == "Asia/Tashkent"
    assert context["Period"] == "2026-01-01 – 2026-03-31"
    assert context["Country"] == "Kazakhstan"
    assert context["Breakdown"] == "Agency × Sex"
    assert context["Report"] and title_like in context["Report"]
    assert definitions, "the definitions follow the context"


@pytest.mark.parametrize("table", TABLE_KEYS)
def test_every_csv_export_states_its_context_before_the_table(client, staff, population, table):
    client.force_login(staff)
    response = client.get(reverse("reports:export", args=[table, "csv"]), QUERY)
    assert response.status_code == HTTPStatus.OK
    context, head, rows = csv_parts(response.content)
    assert head[0][0] == "About this file"
    assert_context(context, _definitions(head))
    assert rows[0][0] == FIRST_COLUMN[table]


@pytest.mark.parametrize("table", TABLE_KEYS)
def test_every_xlsx_export_states_its_context_on_a_first_sheet(client, staff, population, table):
    client.force_login(staff)
    response = client.get(reverse("reports:export", args=[table, "xlsx"]), QUERY)
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames[0] == "About this file"
    about = [list(r) for r in workbook.worksheets[0].values]
    assert_context(_context(about), _definitions(about))
    assert list(workbook.worksheets[1].values)[0][0] == FIRST_COLUMN[table]


def test_the_breakdown_definitions_and_the_small_cells_rule_travel_with_the_figures(
    client, staff, population
):
    client.force_login(staff)
    query = QUERY | {"country": "", "rows": "country"}
    context, head, rows = csv_parts(
        client.get(reverse("reports:export", args=["breakdown", "csv"]), query).content
    )
    definitions = _definitions(head)
    assert {"People trained", "People completing a course", "Training hours", "Small cells", "Cohort"} <= set(
        definitions
    )
    assert "small cells rule" in context["Note"] and context["Filters"] == "none (every trainee)"
    by_cell = {(r[0], r[1]): r[2:] for r in rows[1:]}
    assert by_cell[("Uzbekistan", "Female")] == ["x"] * 12
    assert by_cell[("Kazakhstan", "Male")][:5] == ["9", "8", "3", "3", "12.0"]
    assert by_cell[("Total", "Total")][:5] == ["25", "24", "9", "11", "41.5"]
    entry = AuditEntry.objects.get(action="reports.export")
    assert entry.actor == staff
    assert entry.details["report"] == "breakdown" and entry.details["breakdown"] == ["country", "sex"]
    assert entry.details["filters"] == {"from": "2026-01-01", "to": "2026-03-31"}


def test_every_table_in_one_workbook(client, staff, population):
    client.force_login(staff)
    response = client.get(reverse("reports:export", args=["all", "xlsx"]), QUERY | {"country": ""})
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames[:3] == ["About this file", "Headline figures", "Breakdown by agency and sex"]
    assert len(workbook.sheetnames) == 2 + len(TABLE_KEYS)
    headline = dict(list(workbook["Headline figures"].values)[1:])
    assert headline["People trained"] == 25 and headline["Training hours"] == 41.5
    assert AuditEntry.objects.get(action="reports.export").details["report"] == "all"
    assert client.get(reverse("reports:export", args=["all", "csv"])).status_code == HTTPStatus.NOT_FOUND


def test_exports_speak_the_readers_language(client, staff, population):
    client.force_login(staff)
    query = QUERY | {"country": "", "rows": "course", "columns": "none"}
    response = client.get(
        reverse("reports:export", args=["breakdown", "csv"]), query, HTTP_ACCEPT_LANGUAGE="ru"
    )
    context, head, rows = csv_parts(response.content)
    assert head[0][0] == "Об этом файле"
    assert context["Период"] == "2026-01-01 – 2026-03-31"
    assert rows[0][:3] == ["Курс", "Обучено человек", "Записались на курсы (человек)"]
    assert RUSSIAN_TITLE in [r[0] for r in rows]
    courses = client.get(reverse("reports:export", args=["courses", "csv"]), query, HTTP_ACCEPT_LANGUAGE="ru")
    assert RUSSIAN_TITLE in courses.content.decode("utf-8-sig")


def test_names_that_look_like_formulas_stay_text_in_context_and_cells(client, staff, population):
    population.cohort.name = '=HYPERLINK("http://x")'
    population.cohort.save()
    client.force_login(staff)
    query = {"cohort": population.cohort.pk, "rows": "cohort", "columns": "none"}
    content = client.get(reverse("reports:export", args=["breakdown", "csv"]), query).content.decode(
        "utf-8-sig"
    )
    assert "'=HYPERLINK" in content and not re.search(r'(^|,)"?=HYPERLINK', content, re.M)
    workbook = load_workbook(
        io.BytesIO(client.get(reverse("reports:export", args=["breakdown", "xlsx"]), query).content)
    )
    cells = [c for sheet in workbook.worksheets for row in sheet.values for c in row if isinstance(c, str)]
    assert '\'=HYPERLINK("http://x")' in cells and not any(c.startswith("=") for c in cells)


@pytest.mark.parametrize(
    "params", [{"rows": "country", "columns": "country"}, {"rows": "height"}, {"columns": "weight"}]
)
def test_a_bad_breakdown_is_refused(client, staff, params):
    client.force_login(staff)
    assert client.get(reverse("reports:dashboard"), params).status_code == HTTPStatus.BAD_REQUEST
    response = client.get(reverse("reports:export", args=["breakdown", "csv"]), params)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not AuditEntry.objects.filter(action="reports.export").exists()


def _file(content: bytes, fmt: str) -> tuple[list[list[str]], list[str]]:
    """(the context block's rows, the table's column names) of one of our CSV
    or single-table XLSX files."""
    if fmt == "csv":
        _context_lines, head, table = csv_parts(content)
        return head, table[0]
    workbook = load_workbook(io.BytesIO(content))
    about = [["" if v is None else str(v) for v in row] for row in workbook.worksheets[0].values]
    return about, [str(v) for v in next(workbook.worksheets[1].values)]


def _defined(rows, heading: str) -> dict[str, str]:
    """Name -> definition of the rows after the definitions' heading."""
    names = [row[0] for row in rows]
    return {row[0]: row[1] for row in rows[names.index(heading) + 1 :] if row[0]}


def _in(language: str, text: str) -> str:
    with translation.override(language):
        return gettext(text)


def _cyrillic(text: str) -> bool:
    return any("а" <= ch.lower() <= "я" for ch in text)


@pytest.mark.parametrize("table", TABLE_KEYS)
def test_every_export_defines_each_of_its_columns_in_the_readers_language(client, staff, population, table):
    client.force_login(staff)
    for fmt in ("csv", "xlsx"):
        english = None
        for language in ("en", "ru"):
            response = client.get(
                reverse("reports:export", args=[table, fmt]), QUERY, HTTP_ACCEPT_LANGUAGE=language
            )
            head, columns = _file(response.content, fmt)
            defined = _defined(head, _in(language, "Definitions"))
            missing = [column for column in columns if not defined.get(column)]
            assert not missing, (table, fmt, language, missing)
            texts = [defined[column] for column in columns]
            if english is None:
                english = texts
            else:
                # Each column's own definition, in Russian.
                assert all(_cyrillic(text) for text in texts), (table, fmt, texts)
                assert all(ru != en for ru, en in zip(texts, english, strict=True))
            # The rules for every figure follow the columns' definitions.
            assert _in(language, "Period") in defined and _in(language, "Trainees") in defined


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_workbook_of_every_table_defines_each_sheets_columns_under_its_name(
    client, staff, population, language
):
    client.force_login(staff)
    response = client.get(
        reverse("reports:export", args=["all", "xlsx"]), QUERY, HTTP_ACCEPT_LANGUAGE=language
    )
    workbook = load_workbook(io.BytesIO(response.content))
    about = [["" if v is None else str(v) for v in row] for row in workbook.worksheets[0].values]
    sheet_label = _in(language, "Sheet")
    sections: dict[str, dict[str, str]] = {}
    current = None
    for name, text in about[[row[0] for row in about].index(_in(language, "Definitions")) + 1 :]:
        if name == sheet_label:
            current = sections.setdefault(text, {})
        elif current is not None and name:
            current[name] = text
    assert list(sections) == workbook.sheetnames[1:]
    for sheet in workbook.worksheets[1:]:
        columns = [str(v) for v in next(sheet.values)]
        assert all(sections[sheet.title].get(column) for column in columns), (sheet.title, columns)
    headline = workbook.worksheets[1]
    figures = [row[0] for row in list(headline.values)[1:]]
    assert all(sections[headline.title].get(figure) for figure in figures), figures
    if language == "ru":
        assert all(_cyrillic(text) for section in sections.values() for text in section.values())


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_audit_log_export_defines_each_of_its_columns(client, staff, language):
    from core import audit

    audit.record("certificates.revoke", actor=staff, reason="test")
    client.force_login(staff)
    response = client.get(reverse("reports:audit_log"), {"format": "csv"}, HTTP_ACCEPT_LANGUAGE=language)
    _context_lines, head, table = csv_parts(response.content)
    defined = _defined(head, _in(language, "Definitions"))
    assert table[0][0] == _in(language, "When") and len(table) == 2
    assert all(defined.get(column) for column in table[0]), (table[0], defined)
    if language == "ru":
        assert all(_cyrillic(defined[column]) for column in table[0])


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "within the next {days} days"), ("ru", "не позднее чем через {days} дней")],
)
def test_the_expiring_certificates_are_defined_by_the_days_the_figures_count(
    client, staff, population, language, words
):
    from reports.selectors import EXPIRING_DAYS

    client.force_login(staff)
    response = client.get(
        reverse("reports:export", args=["all", "xlsx"]), QUERY, HTTP_ACCEPT_LANGUAGE=language
    )
    workbook = load_workbook(io.BytesIO(response.content))
    about = [["" if v is None else str(v) for v in row] for row in workbook.worksheets[0].values]
    texts = {
        text
        for name, text in about
        if name in (_in(language, "Certificates expiring"), _in(language, "Expiring soon"))
    }
    # The breakdown's column and the headline figure, in the reader's words.
    assert len(texts) == 1
    [text] = texts
    assert words.format(days=EXPIRING_DAYS) in text and "%(" not in text


@pytest.mark.parametrize(
    ("language", "column", "words"),
    [
        ("en", "Expiring within {days} days", "expire within the next {days} days"),
        ("ru", "Истекают в течение {days} дней", "не позднее чем через {days} дней"),
    ],
)
def test_the_certificates_table_names_its_expiring_column_by_the_days_it_counts(
    client, staff, population, language, column, words
):
    from reports.selectors import EXPIRING_DAYS

    client.force_login(staff)
    for fmt in ("csv", "xlsx"):
        response = client.get(
            reverse("reports:export", args=["certificates", fmt]), QUERY, HTTP_ACCEPT_LANGUAGE=language
        )
        head, columns = _file(response.content, fmt)
        assert columns[-1] == column.format(days=EXPIRING_DAYS)
        definition = _defined(head, _in(language, "Definitions"))[columns[-1]]
        assert words.format(days=EXPIRING_DAYS) in definition


@pytest.mark.parametrize(
    ("language", "days", "column", "words"),
    [
        ("en", 1, "Expiring within 1 day", "within the next 1 day,"),
        ("en", 60, "Expiring within 60 days", "within the next 60 days,"),
        ("ru", 21, "Истекают в течение 21 дня", "не позднее чем через 21 день,"),
        ("ru", 3, "Истекают в течение 3 дней", "не позднее чем через 3 дня,"),
        ("ru", 60, "Истекают в течение 60 дней", "не позднее чем через 60 дней,"),
        ("uz", 60, "60 kun ichida muddati tugaydi", "keyingi 60 kun ichida"),
    ],
)
def test_the_expiring_column_takes_the_plural_form_of_its_days(language, days, column, words):
    from reports.definitions import table_definitions

    with translation.override(language):
        name, definition = table_definitions("certificates", days=days)[-1]
    assert name == column
    assert words in definition
