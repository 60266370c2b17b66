"""Dates and numbers in each reader's own conventions (config/formats/)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

DAY = dt.date(2026, 12, 6)
MOMENT = dt.datetime(2026, 12, 6, 14, 5)


def render(language: str, source: str, **context) -> str:
    with translation.override(language):
        return Template("{% load l10n %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "date", "moment"),
    [
        ("tk", "6 Dekabr 2026", "6 Dekabr 2026, 14:05"),
        ("tg", "6 декабр 2026", "6 декабр 2026, 14:05"),
        ("kk", "2026 ж. 6 Желтоқсан", "2026 ж. 6 Желтоқсан, 14:05"),
        # Russian keeps its own "г."
        ("ru", "6 декабря 2026 г.", "6 декабря 2026 г. 14:05"),
    ],
)
def test_dates_read_in_the_readers_own_language(language, date, moment):
    shown = render(
        language, '{{ day|date:"DATE_FORMAT" }}|{{ moment|date:"DATETIME_FORMAT" }}', day=DAY, moment=MOMENT
    )
    assert shown == f"{date}|{moment}"


@pytest.mark.parametrize("language", ["tk", "kk", "tg", "uz", "az"])
def test_no_russian_year_mark_outside_russian(language):
    shown = render(
        language,
        '{{ day|date:"DATE_FORMAT" }} {{ moment|date:"DATETIME_FORMAT" }} {{ day|date:"YEAR_MONTH_FORMAT" }}',
        day=DAY,
        moment=MOMENT,
    )
    assert "г." not in shown


def test_kazakh_numbers_use_the_decimal_comma_and_day_month_year():
    shown = render(
        "kk", '{{ n|floatformat:2 }} {{ day|date:"SHORT_DATE_FORMAT" }}', n=Decimal("1234.5"), day=DAY
    )
    assert shown == "1234,50 06.12.2026"
