"""Tajik dates without the Russian "г." that Django's own Tajik formats end
with; the rest is Django's."""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, G:i"
YEAR_MONTH_FORMAT = "F Y"
