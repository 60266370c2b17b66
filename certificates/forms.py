from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import fonts, rendering

FONT_NOT_INSTALLED = _("The font “%(font)s” is not installed on this server.")
FONT_MISSING_LETTERS = _("The font “%(font)s” lacks these letters of %(language)s: %(letters)s")
PLACEHOLDER_HELP = _("Placeholders, replaced by escaped text: %(placeholders)s.")
FONT_NAME = _("A font name has only Latin letters, digits, spaces and hyphens.")


class CertificateTemplateForm(WagtailAdminModelForm):
    """Reports unknown placeholders and fonts that cannot print the
    template's language (every language for a shared template)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "html" in self.fields:
            listing = "; ".join(f"{{{{ {name} }}}}: {text}" for name, text in rendering.PLACEHOLDERS.items())
            self.fields["html"].help_text = PLACEHOLDER_HELP % {"placeholders": listing}

    def clean_html(self):
        html = self.cleaned_data["html"]
        problem = rendering.placeholders_problem(html)
        if problem:
            raise forms.ValidationError(problem)
        return html

    def clean(self):
        cleaned = super().clean()
        family = (cleaned.get("font_family") or "").strip()
        if not family:
            return cleaned
        if not rendering.FONT_FAMILY_RE.match(family):
            self.add_error("font_family", FONT_NAME)
            return cleaned
        names = dict(settings.LANGUAGES)
        languages = [cleaned["language"]] if cleaned.get("language") else list(names)
        for language in languages:
            missing = fonts.letters_missing(family, language)
            if missing is None:
                self.add_error("font_family", FONT_NOT_INSTALLED % {"font": family})
                break
            if missing:
                self.add_error(
                    "font_family",
                    FONT_MISSING_LETTERS
                    % {"font": family, "language": names[language], "letters": " ".join(missing)},
                )
        return cleaned


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the public verification page."),
        max_length=1000,
    )


class CertificateFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, help_text=_("Name, e-mail or code."))
    course = forms.ChoiceField(label=_("Course"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any")), ("valid", _("Valid")), ("expired", _("Expired")), ("revoked", _("Revoked"))],
    )
    pdf = forms.ChoiceField(label=_("PDF"), required=False)

    def __init__(self, *args, course_choices=(), **kwargs):
        from .models import Certificate

        super().__init__(*args, **kwargs)
        self.fields["course"].choices = [("", _("Any")), *course_choices]
        self.fields["pdf"].choices = [("", _("Any")), *Certificate.PdfStatus.choices]


class NameCheckForm(forms.Form):
    """The verifier types the holder's name; the page says whether it is the
    name on the certificate."""

    name = forms.CharField(
        label=_("Holder's name"),
        max_length=200,
        help_text=_(
            "Type the name as you read it on the certificate or an identity document, "
            "in Cyrillic or Latin letters; case, spacing and word order do not matter."
        ),
    )
