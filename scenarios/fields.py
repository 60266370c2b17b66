"""Model fields for scenario texts.

A translatable text is stored as one JSON object keyed by language code
(`{"en": "...", "ru": "...", "uz": "...", "tk": "..."}`) on the same row as
the structure it describes, so every language shares one container, one
truth and one version. `localized()` picks the reader's language; a language
scenarios are seldom written in (Kazakh, Tajik, Azerbaijani) falls back to
the language `settings.LANGUAGE_FALLBACKS` names (Russian), then to English.
`fallback_notice()` is the sentence that tells those readers so.
"""

from datetime import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)
FALLBACK_LANGUAGE = "en"


def reader_language(language: str | None = None) -> str:
    """`language` (default: the active language) as a bare language code."""
    return (language or translation.get_language() or FALLBACK_LANGUAGE).split("-")[0]


def language_chain(language: str | None = None) -> tuple[str, ...]:
    """The languages tried for a reader of `language`, best first."""
    language = reader_language(language)
    fallback = getattr(settings, "LANGUAGE_FALLBACKS", {}).get(language)
    return tuple(dict.fromkeys(c for c in (language, fallback, FALLBACK_LANGUAGE, *LANGUAGE_CODES) if c))


def localized(value, language: str | None) -> str:
    """The text of `value` (a language -> text dict) in `language` (default: the
    active language), else its fallback language (Russian for Kazakh, Tajik
    and Azerbaijani), else English, else the first non-empty text, else "".
    A plain string (a text written before texts had languages) is returned as is."""
    if not value:
        return ""
    if isinstance(value, str):
        return value
    if not isinstance(value, dict):
        return str(value)
    for code in language_chain(language):
        text = value.get(code)
        if text:
            return text
    return ""


def fallback_notice(language: str | None = None) -> str:
    """For a reader whose language scenario texts fall back from (see
    `localized`), the translated sentence saying so; else ""."""
    language = reader_language(language)
    if not getattr(settings, "LANGUAGE_FALLBACKS", {}).get(language):
        return ""
    with translation.override(language):
        return str(FALLBACK_NOTICE)


FALLBACK_NOTICE = _("Scenario texts without a version in your language are shown in Russian.")


def text_map(value) -> dict[str, str]:
    """`value` as a language map: a plain string (the format before texts had
    languages) becomes its English text."""
    if isinstance(value, dict):
        return value
    return {FALLBACK_LANGUAGE: value} if value else {}


class TranslatedTextWidget(forms.MultiWidget):
    template_name = "scenarios/widgets/translated_text.html"

    def __init__(self, *, multiline: bool = True, attrs=None):
        inner = forms.Textarea(attrs={"rows": 3}) if multiline else forms.TextInput()
        super().__init__([inner] * len(LANGUAGE_CODES), attrs)

    def decompress(self, value):
        value = text_map(value)
        return [value.get(code, "") for code in LANGUAGE_CODES]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        for code, subwidget in zip(LANGUAGE_CODES, context["widget"]["subwidgets"], strict=True):
            subwidget["language"] = code
        return context


TEXT_REQUIRED = _("Fill in “%(field)s” in at least one language.")


class TranslatedTextFormField(forms.MultiValueField):
    """One input per language. A required text needs one language, any of
    them: `localized` shows every reader the best language there is, and a
    mentor writes in their own (a generated draft's typed title is in the
    mentor's admin language only)."""

    def __init__(self, *, multiline: bool = True, required: bool = True, max_length=None, **kwargs):
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        fields = [forms.CharField(required=False, max_length=max_length) for _code in LANGUAGE_CODES]
        self.text_required = required
        super().__init__(
            fields=fields,
            widget=TranslatedTextWidget(multiline=multiline),
            require_all_fields=False,
            required=False,
            **kwargs,
        )

    def compress(self, data_list):
        data_list = data_list or [""] * len(LANGUAGE_CODES)
        value = {code: text.strip() for code, text in zip(LANGUAGE_CODES, data_list, strict=True) if text}
        if self.text_required and not any(value.values()):
            raise ValidationError(
                TEXT_REQUIRED, code="required", params={"field": capfirst(self.label or "")}
            )
        return value


class TranslatedTextField(models.JSONField):
    """A text in every interface language (see module docstring);
    `max_length` bounds each language's text in forms and imports."""

    def __init__(self, *args, multiline: bool = True, **kwargs):
        self.multiline = multiline
        kwargs.setdefault("default", dict)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if not self.multiline:
            kwargs["multiline"] = False
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not isinstance(value, dict) or not all(isinstance(text, str) for text in value.values()):
            raise ValidationError(_("Expected a text or an object of texts by language."), code="invalid")
        if self.max_length and any(len(text) > self.max_length for text in value.values()):
            raise ValidationError(
                _("Each language's text may have at most %(limit)d characters.") % {"limit": self.max_length},
                code="max_length",
            )

    def formfield(self, **kwargs):
        kwargs.pop("widget", None)
        return TranslatedTextFormField(
            multiline=self.multiline,
            required=not self.blank,
            max_length=self.max_length,
            label=kwargs.get("label", self.verbose_name),
            help_text=self.help_text,
        )


class ChoiceListField(models.JSONField):
    """A list of choice values stored as JSON, edited with checkboxes.

    `choices_source` is a callable returning (value, label) pairs, so the
    choices may come from the database (the indicator catalogue).
    """

    def __init__(self, *args, choices_source=None, **kwargs):
        self.choices_source = choices_source
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("choices_source", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choices_source or (),
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=kwargs.get("label", self.verbose_name),
            help_text=self.help_text,
        )


class EventTimeInput(forms.DateTimeInput):
    """A plain text input for a container event's time that keeps what the
    mentor types, offset included ("2026-03-01 10:30+03:00"), and shows a
    stored time with its offset. The admin's date-time picker reformats the
    text on blur to "Y-m-d H:i": it dropped a typed offset (the time was then
    read in the server's zone, hours off) and replaced an ISO "T" time with
    the current moment, silently. Django's DateTimeField parses ISO 8601 with
    or without an offset and refuses anything else with an error."""

    input_type = "text"

    def __init__(self, attrs=None):
        super().__init__(
            attrs={"autocomplete": "off", "placeholder": "2026-03-01 10:30+04:00", **(attrs or {})}
        )

    def format_value(self, value):
        if isinstance(value, datetime):
            # The form field hands over the time in the current zone, naive.
            aware = value if timezone.is_aware(value) else timezone.make_aware(value)
            return aware.isoformat(sep=" ", timespec="minutes")
        return super().format_value(value)
