"""Model fields for scenario texts.

A translatable text is stored as one JSON object keyed by language code
(`{"en": "...", "ru": "...", "uz": "...", "tk": "..."}`) on the same row as
the structure it describes, so every language shares one container, one
truth and one version. `localized()` picks the reader's language and falls
back to English.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)
FALLBACK_LANGUAGE = "en"


def localized(value, language: str | None) -> str:
    """The text of `value` (a language -> text dict) in `language` (default: the
    active language), else English, else the first non-empty text, else ""."""
    if not value:
        return ""
    if isinstance(value, str):
        return value
    language = (language or translation.get_language() or FALLBACK_LANGUAGE).split("-")[0]
    for code in (language, FALLBACK_LANGUAGE, *LANGUAGE_CODES):
        text = value.get(code)
        if text:
            return text
    return ""


def text_in(**texts: str) -> dict[str, str]:
    """Build a translated value from keyword arguments (en=..., ru=..., ...)."""
    return {code: texts[code] for code in LANGUAGE_CODES if texts.get(code)}


class TranslatedTextWidget(forms.MultiWidget):
    template_name = "scenarios/widgets/translated_text.html"

    def __init__(self, *, multiline: bool = True, attrs=None):
        inner = forms.Textarea(attrs={"rows": 3}) if multiline else forms.TextInput()
        super().__init__([inner] * len(LANGUAGE_CODES), attrs)

    def decompress(self, value):
        value = value or {}
        return [value.get(code, "") for code in LANGUAGE_CODES]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        for code, subwidget in zip(LANGUAGE_CODES, context["widget"]["subwidgets"], strict=True):
            subwidget["language"] = code
        return context


class TranslatedTextFormField(forms.MultiValueField):
    def __init__(self, *, multiline: bool = True, required: bool = True, max_length=None, **kwargs):
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        fields = [forms.CharField(required=False, max_length=max_length) for _code in LANGUAGE_CODES]
        self.english_required = required
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
        if self.english_required and not value.get(FALLBACK_LANGUAGE):
            raise ValidationError(_("Enter the English text; other languages fall back to it."))
        return value


class TranslatedTextField(models.JSONField):
    """A text in every interface language (see module docstring)."""

    def __init__(self, *args, multiline: bool = True, **kwargs):
        self.multiline = multiline
        kwargs.setdefault("default", dict)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if not self.multiline:
            kwargs["multiline"] = False
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        kwargs.pop("widget", None)
        return TranslatedTextFormField(
            multiline=self.multiline,
            required=not self.blank,
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
