import unicodedata

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import PROFILE_FIELDS, Country, Sex, User

# The country a reader of the page's language most likely serves in; Russian
# and English readers choose theirs.
LANGUAGE_COUNTRY = {
    "tk": Country.TURKMENISTAN,
    "uz": Country.UZBEKISTAN,
    "kk": Country.KAZAKHSTAN,
    "tg": Country.TAJIKISTAN,
    "az": Country.AZERBAIJAN,
}

# Invisible characters that reorder or hide text: a name printed on a
# certificate must read as it is stored.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
CONTROL_CHARACTERS = _("Remove the invisible control characters from this text.")


def _refuse_control_characters(value: str) -> str:
    if any(unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS for ch in value):
        raise forms.ValidationError(CONTROL_CHARACTERS)
    return value


class ProfileFieldsMixin:
    """Validation shared by the sign-up and profile forms."""

    def clean_full_name(self):
        raw = self.cleaned_data.get("full_name", "")
        _refuse_control_characters(raw.replace("\t", " ").replace("\n", " ").replace("\r", " "))
        value = " ".join(raw.split())
        if not value:
            raise forms.ValidationError(_("Enter your full name as it must appear on certificates."))
        if any(ch.isdigit() for ch in value):
            raise forms.ValidationError(_("A name cannot contain digits."))
        return value

    def clean_duty_station(self):
        raw = self.cleaned_data.get("duty_station", "")
        _refuse_control_characters(raw.replace("\t", " ").replace("\n", " ").replace("\r", " "))
        return " ".join(raw.split())


class SignupProfileForm(ProfileFieldsMixin, forms.Form):
    """Extra fields on allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=200,
        help_text=_("Exactly as it must appear on your certificates, in any script."),
    )
    country = forms.ChoiceField(
        label=_("Country"), choices=[("", "—"), *User._meta.get_field("country").choices]
    )
    agency = forms.ChoiceField(label=_("Agency"), choices=User._meta.get_field("agency").choices)
    duty_station = forms.CharField(
        label=_("Duty station or unit"),
        max_length=200,
        required=False,
        help_text=_("For example: Turkmenbashi seaport PCU."),
    )
    sex = forms.ChoiceField(
        label=_("Sex"),
        choices=[("", "—"), *Sex.choices],
        required=False,
        help_text=_("Optional. Used only in anonymous totals for the programme's reports."),
    )
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Defaults from the language of the page: a Turkmen reader starts from
        # Turkmen and Turkmenistan, not from the first entries of the lists.
        language = get_language()
        if language in dict(settings.LANGUAGES):
            self.fields["preferred_language"].initial = language
        self.fields["country"].initial = LANGUAGE_COUNTRY.get(language, "")

    def signup(self, request, user) -> None:
        # allauth has saved the user already; the adapter copies these fields
        # in save_user, so there is nothing left to do here.
        return None


class ProfileForm(ProfileFieldsMixin, forms.ModelForm):
    class Meta:
        model = User
        fields = list(PROFILE_FIELDS)
        labels = {
            "full_name": _("Full name"),
            "country": _("Country"),
            "agency": _("Agency"),
            "duty_station": _("Duty station or unit"),
            "sex": _("Sex"),
            "preferred_language": _("Preferred language"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("full_name", "country", "agency"):
            self.fields[name].required = True
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}_help"
