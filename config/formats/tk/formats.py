"""Turkmen dates without the Russian "г." that Django's own Turkmen formats
end with ("6 dekabr 2026", not "6 Dekabr 2026 г."); the rest is Django's."""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, G:i"
YEAR_MONTH_FORMAT = "F Y"
