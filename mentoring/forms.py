from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from accounts.models import Agency, Country, Sex
from accounts.roles import Role

from .models import Cohort


class CohortForm(WagtailAdminModelForm):
    class Meta:
        model = Cohort
        fields = ["name", "country", "duty_stations", "starts_on", "ends_on", "mentors", "courses"]
        widgets = {
            "mentors": forms.CheckboxSelectMultiple,
            "courses": forms.CheckboxSelectMultiple,
            "duty_stations": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from courses.models import CoursePage, source_locale

        self.fields["mentors"].queryset = (
            get_user_model().objects.filter(groups__name=Role.MENTOR.value, is_active=True).order_by("email")
        )
        self.fields["courses"].queryset = (
            CoursePage.objects.live().filter(locale=source_locale()).order_by("title")
        )


class TraineeAddForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"))
    full_name = forms.CharField(label=_("Full name"), max_length=200, required=False)
    country = forms.ChoiceField(label=_("Country"), choices=[("", "—"), *Country.choices], required=False)
    agency = forms.ChoiceField(label=_("Agency"), choices=[("", "—"), *Agency.choices], required=False)
    duty_station = forms.CharField(label=_("Duty station or unit"), max_length=200, required=False)
    sex = forms.ChoiceField(label=_("Sex"), choices=[("", "—"), *Sex.choices], required=False)
    preferred_language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES, initial="ru")


class TraineeImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV or XLSX file"),
        help_text=_(
            "First row: email, full_name, country, agency, duty_station, sex, preferred_language, "
            "joined_on, left_on (only email is required; dates as YYYY-MM-DD, for example 2026-03-01)."
        ),
    )


class SessionNoteForm(forms.Form):
    session_on = forms.DateField(
        label=_("Session date"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    text = forms.CharField(label=_("Note"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4}))


class MembershipDatesForm(forms.Form):
    """When a trainee joined and left a cohort: only activity between the
    two days (both included) counts for the cohort in the programme's figures."""

    joined_on = forms.DateField(
        label=_("Joined the cohort on"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    left_on = forms.DateField(
        label=_("Left the cohort on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Empty while the trainee is still in the cohort."),
    )

    # Leaving before joining is refused by membership_dates_set (the view shows it on the form).
