from datetime import date

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from accounts.models import Agency, Country
from accounts.roles import Role

from .selectors import Filters


def _duty_stations() -> list[tuple[str, str]]:
    """The trainees' duty stations. A scan of every trainee: kept as long as
    the dashboard's figures (DASHBOARD_CACHE_SECONDS), which count them."""
    seconds = getattr(settings, "DASHBOARD_CACHE_SECONDS", 0)
    key = "reports:duty-stations"
    stations = cache.get(key) if seconds > 0 else None
    if stations is None:
        stations = list(
            get_user_model()
            .objects.filter(groups__name=Role.TRAINEE.value)
            .exclude(duty_station="")
            .values_list("duty_station", flat=True)
            .distinct()
            .order_by("duty_station")
        )
        if seconds > 0:
            cache.set(key, stations, seconds)
    return [(s, s) for s in stations]


# Days a period may start or end on: a date the calendar can still count
# on from (the last day of year 9999 has no next day to stop before).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)


def _period_day(label) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        validators=[MinValueValidator(FIRST_DAY), MaxValueValidator(LAST_DAY)],
    )


class DashboardFilterForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False)
    agency = forms.ChoiceField(label=_("Agency"), required=False)
    duty_station = forms.ChoiceField(label=_("Duty station or unit"), required=False)
    cohort = forms.ChoiceField(label=_("Cohort"), required=False)
    course = forms.ChoiceField(label=_("Course"), required=False)
    date_from = _period_day(_("From"))
    date_to = _period_day(_("To"))
    rows = forms.ChoiceField(label=_("Breakdown by"), required=False)
    columns = forms.ChoiceField(label=_("and by"), required=False)

    DEFAULT_ROWS = "country"
    DEFAULT_COLUMNS = "sex"
    NO_COLUMNS = "none"

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            # A query without a breakdown (a first visit, a bookmarked filter) gets
            # country × sex, and the page shows those choices selected, so that
            # "Apply" sends what was shown.
            data = data.copy()
            for name, default in (("rows", self.DEFAULT_ROWS), ("columns", self.DEFAULT_COLUMNS)):
                if not data.get(name):
                    data[name] = default
        super().__init__(data, *args, **kwargs)
        from mentoring.models import Cohort

        from .breakdown import DIMENSIONS
        from .selectors import course_titles

        every = [("", _("All"))]
        self.fields["country"].choices = every + list(Country.choices)
        self.fields["agency"].choices = every + list(Agency.choices)
        self.fields["duty_station"].choices = every + _duty_stations()
        cohorts = Cohort.objects.order_by("name").values_list("pk", "name")
        self.fields["cohort"].choices = every + [(str(pk), name) for pk, name in cohorts]
        titles = course_titles()
        self.fields["course"].choices = every + sorted(titles.items(), key=lambda item: item[1].casefold())
        dimensions = [(key, d.label) for key, d in DIMENSIONS.items()]
        self.fields["rows"].choices = dimensions
        self.fields["rows"].initial = self.DEFAULT_ROWS
        self.fields["columns"].choices = [(self.NO_COLUMNS, _("nothing else"))] + dimensions
        self.fields["columns"].initial = self.DEFAULT_COLUMNS

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            raise forms.ValidationError(_("The period ends before it starts."))
        rows, columns = self.breakdown()
        if rows == columns:
            raise forms.ValidationError(_("Choose two different dimensions for the breakdown."))
        return data

    def breakdown(self) -> tuple[str, str | None]:
        """The breakdown's dimensions: (rows, columns or None); country × sex unless chosen."""
        data = self.cleaned_data
        rows = data.get("rows") or self.DEFAULT_ROWS
        columns = data.get("columns") or self.DEFAULT_COLUMNS
        return rows, None if columns == self.NO_COLUMNS else columns

    def described(self) -> list[tuple[str, str]]:
        """The filters in use, as (label, value) in the reader's language."""
        data = self.cleaned_data
        lines = []
        for name in ("country", "agency", "duty_station", "cohort", "course"):
            value = data.get(name)
            if value:
                field = self.fields[name]
                lines.append((str(field.label), str(dict(field.choices).get(value, value))))
        return lines

    def breakdown_label(self) -> str:
        from .breakdown import DIMENSIONS

        rows, columns = self.breakdown()
        labels = [str(DIMENSIONS[rows].label)] + ([str(DIMENSIONS[columns].label)] if columns else [])
        return " × ".join(labels)

    def filters(self) -> Filters:
        from mentoring.models import Cohort

        data = self.cleaned_data
        return Filters(
            country=data.get("country") or "",
            agency=data.get("agency") or "",
            duty_station=data.get("duty_station") or "",
            cohort=Cohort.objects.filter(pk=data["cohort"]).first() if data.get("cohort") else None,
            course_key=data.get("course") or "",
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
        )


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(label=_("Action"), required=False)
    actor = forms.CharField(label=_("Who"), required=False, max_length=254)
    date_from = _period_day(_("From"))
    date_to = _period_day(_("To"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from core.models import AuditEntry

        actions = AuditEntry.objects.values_list("action", flat=True).distinct().order_by("action")
        self.fields["action"].choices = [("", _("All"))] + [(a, a) for a in actions]

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            raise forms.ValidationError(_("The period ends before it starts."))
        return data
