"""Calendar arithmetic shared by the apps."""

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """`day` plus `months` calendar months, clamped to the month's last day
    (31 January + 1 month = 28 or 29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
