"""Interface texts of a content type in the player's language.

An H5P content type keeps its interface texts (button labels, feedback) in the
content's parameters, with defaults in `semantics.json` (English) and in the
library's `language/<code>.json` files; H5P's editor copies the defaults of the
editor's language into the content when it is created. A package made in
English (or Russian) would therefore show those words to every trainee. When
the player asks for `content/content.json`, `localized_content` replaces each
such text that still holds a default (the English one, or that of any language
the library ships) with the library's default for the trainee's language, or
of its fallback (`LANGUAGE_FALLBACKS`). Texts the author wrote themselves stay.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings

from .models import H5PActivity, H5PFile


def _json_file(stored: H5PFile) -> Any:
    try:
        with stored.file.open("rb") as handle:
            return json.loads(handle.read().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _library_texts(activity: H5PActivity) -> tuple[list, dict[str, list]]:
    """The main library's semantics and its language files' semantics, by language code."""
    files = H5PFile.objects.filter(library=activity.main_library)
    semantics: list = []
    languages: dict[str, list] = {}
    for stored in files:
        if stored.path == "semantics.json":
            data = _json_file(stored)
            semantics = data if isinstance(data, list) else []
        elif stored.path.startswith("language/") and stored.path.endswith(".json"):
            data = _json_file(stored)
            if isinstance(data, dict) and isinstance(data.get("semantics"), list):
                languages[stored.path.removeprefix("language/").removesuffix(".json")] = data["semantics"]
    return semantics, languages


def _at(items: Any, index: int) -> dict:
    return (
        items[index]
        if isinstance(items, list) and index < len(items) and isinstance(items[index], dict)
        else {}
    )


def _localize_field(field: dict, translations: list[dict], target: dict, value: Any) -> Any:
    """`value` of one semantics `field`, with defaults swapped for the target language's.
    `translations` are the field's entries in every language file (for recognising
    defaults), `target` the one of the language to show."""
    kind = field.get("type")
    if kind == "group" and isinstance(field.get("fields"), list):
        subfields = field["fields"]
        if len(subfields) == 1:  # H5P stores a one-field group as the field's value itself
            return _localize_field(
                subfields[0],
                [_at(t.get("fields"), 0) for t in translations],
                _at(target.get("fields"), 0),
                value,
            )
        if value is None:
            value = {}  # filled with the defaults, as H5P's editor would
        if not isinstance(value, dict):
            return value
        for index, subfield in enumerate(subfields):
            if not isinstance(subfield, dict) or not subfield.get("name"):
                continue
            name = subfield["name"]
            result = _localize_field(
                subfield,
                [_at(t.get("fields"), index) for t in translations],
                _at(target.get("fields"), index),
                value.get(name),
            )
            if result is not None:
                value[name] = result
        return value
    if kind == "list" and isinstance(field.get("field"), dict):
        if not isinstance(value, list):
            return value
        item_translations = [t.get("field") if isinstance(t.get("field"), dict) else {} for t in translations]
        item_target = target.get("field") if isinstance(target.get("field"), dict) else {}
        return [_localize_field(field["field"], item_translations, item_target, item) for item in value]
    new = target.get("default")
    if "default" not in field or not isinstance(new, str):
        return value
    defaults = {field["default"]} | {t["default"] for t in translations if isinstance(t.get("default"), str)}
    if value is None or value in defaults:
        return new
    return value


def localized_content(activity: H5PActivity, params: dict, language: str) -> dict:
    """`params` (the content's content.json) with the interface texts in `language`."""
    semantics, languages = _library_texts(activity)
    code = language if language in languages else settings.LANGUAGE_FALLBACKS.get(language)
    if not semantics or code not in languages:
        return params
    translations = list(languages.values())
    target = languages[code]
    for index, field in enumerate(semantics):
        if not isinstance(field, dict) or not field.get("name"):
            continue
        result = _localize_field(
            field, [_at(t, index) for t in translations], _at(target, index), params.get(field["name"])
        )
        if result is not None:
            params[field["name"]] = result
    return params
