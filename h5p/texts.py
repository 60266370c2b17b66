"""The words an author wrote into an H5P content, found through its
libraries' semantics, and put back in another language.

H5P keeps a content's parameters in `content/content.json`, shaped by the
main library's `semantics.json` (the rules below follow H5P core's
`H5PContentValidator`):

- a `text` field holds the author's words: an HTML fragment when the field
  lists the HTML `tags` it allows (the HTML widget), otherwise plain text,
  which H5P core stores HTML-escaped;
- a `group` holds named fields, except that a group of one field is stored as
  that field's value; a `list` holds items of its one `field`; a `library`
  field holds sub-content, `{"library": "H5P.X 1.2", "params": {...}}`,
  shaped by that library's own semantics;
- a field marked `common` is an interface text of the content type (a button
  label, the default feedback), the same for every content of that type;
  `h5p.l10n` gives those in the trainee's language, so they are not texts
  to translate here;
- everything else (numbers, booleans, selects, files, colours, a text field
  with a non-text widget or a `regexp` pattern) is not language.

H5P's semantics have no "translatable" attribute of their own (h5p-php-library
has none); the type and these markers decide.

A text is a JSON object: `path` (keys and list indexes from the top of the
parameters), `html`, `value` (as stored in the parameters) and `label` (the
semantics' labels, for people, as the semantics write them: in English;
pages show them in the reader's language through `semantics_in_language`).
A translated text also keeps `source`, the value it translates: it replaces
the text at its place only while that place still holds that value, so a
translation made for older content never lands on a text that has since
changed.

Pure functions: no Django, no storage.
"""

from __future__ import annotations

import copy
import functools
import html
from collections.abc import Callable
from typing import Any

# Widgets of text fields whose value is words; any other widget (colour
# pickers, time codes...) makes the field data.
TEXT_WIDGETS = {None, "html", "textarea"}
LABEL_SEPARATOR = " › "
MAX_DEPTH = 40

SemanticsOf = Callable[[str], list | None]


def _is_html(field: dict) -> bool:
    return "tags" in field or field.get("widget") == "html"


def _is_words(field: dict) -> bool:
    return field.get("widget") in TEXT_WIDGETS and "regexp" not in field


def _label(parts: list[str]) -> str:
    return LABEL_SEPARATOR.join(part for part in parts if part)


def _walk(
    field: Any, value: Any, path: tuple, trail: list[str], found: list, semantics_of, depth: int, label=None
):
    if not isinstance(field, dict) or depth > MAX_DEPTH or field.get("common"):
        return
    own = [*trail, label if label is not None else str(field.get("label") or field.get("name") or "")]
    kind = field.get("type")
    if kind == "text":
        if isinstance(value, str) and value.strip() and _is_words(field):
            found.append({"path": list(path), "html": _is_html(field), "value": value, "label": _label(own)})
    elif kind == "group":
        subfields = field.get("fields")
        if not isinstance(subfields, list):
            return
        if len(subfields) == 1 and not field.get("isSubContent"):
            _walk(subfields[0], value, path, own, found, semantics_of, depth + 1)
        elif isinstance(value, dict):
            for subfield in subfields:
                name = subfield.get("name") if isinstance(subfield, dict) else None
                if isinstance(name, str) and name in value:
                    _walk(subfield, value[name], (*path, name), own, found, semantics_of, depth + 1)
    elif kind == "list":
        item = field.get("field")
        if isinstance(item, dict) and isinstance(value, list):
            item_label = str(item.get("label") or field.get("entity") or "")
            for index, entry in enumerate(value):
                _walk(
                    item,
                    entry,
                    (*path, index),
                    trail,
                    found,
                    semantics_of,
                    depth + 1,
                    label=f"{item_label} {index + 1}".strip(),
                )
    elif (
        kind == "library"
        and isinstance(value, dict)
        and isinstance(value.get("library"), str)
        and isinstance(value.get("params"), dict)
    ):
        semantics = semantics_of(value["library"])
        if isinstance(semantics, list):
            _walk_fields(semantics, value["params"], (*path, "params"), own, found, semantics_of, depth + 1)


def _walk_fields(
    semantics: list, params: dict, path: tuple, trail: list[str], found: list, semantics_of, depth: int
):
    for field in semantics:
        name = field.get("name") if isinstance(field, dict) else None
        if isinstance(name, str) and name in params:
            _walk(field, params[name], (*path, name), trail, found, semantics_of, depth)


def find_texts(semantics: Any, params: Any, semantics_of: SemanticsOf = lambda _library: None) -> list[dict]:
    """The author's texts in `params` (a content.json), in reading order.

    `semantics` is the main library's semantics.json; `semantics_of("H5P.X 1.2")`
    gives a sub-content library's, or None when it is unknown (its texts are
    then left out); it is asked once per library however often the content
    uses it (a question set's questions are sub-contents of a few libraries)."""
    found: list[dict] = []
    if isinstance(semantics, list) and isinstance(params, dict):
        _walk_fields(semantics, params, (), [], found, functools.cache(semantics_of), 0)
    return found


def _translated_field(field: Any, translated: Any) -> Any:
    if not isinstance(field, dict) or not isinstance(translated, dict):
        return field
    result = dict(field)
    for key in ("label", "entity"):
        if isinstance(translated.get(key), str) and translated[key].strip():
            result[key] = translated[key]
    if isinstance(field.get("fields"), list):
        result["fields"] = semantics_in_language(field["fields"], translated.get("fields"))
    if isinstance(field.get("field"), dict):
        result["field"] = _translated_field(field["field"], translated.get("field"))
    return result


def semantics_in_language(semantics: Any, translation: Any) -> Any:
    """`semantics` with the labels (and list entity names) `translation` gives:
    the "semantics" of a library's `language/<code>.json`, which repeats the
    semantics' structure, field by field in the same order, with the texts of
    that language only (as H5P's editor reads it). What it lacks stays as
    it was."""
    if not isinstance(semantics, list) or not isinstance(translation, list):
        return semantics
    return [
        _translated_field(field, translation[index] if index < len(translation) else None)
        for index, field in enumerate(semantics)
    ]


def _has(node: Any, step: Any) -> bool:
    if isinstance(node, dict):
        return isinstance(step, str) and step in node
    return isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)


def _container(params: Any, path: list) -> tuple[Any, Any] | None:
    """(container, key) of the place `path` names in `params`, when it exists."""
    if not path:
        return None
    node = params
    for step in path[:-1]:
        if not _has(node, step):
            return None
        node = node[step]
    return (node, path[-1]) if _has(node, path[-1]) else None


def apply_texts(params: dict, texts: Any) -> dict:
    """A copy of `params` with each translated text of `texts` in its place,
    where that place still holds the text it translates (`source`)."""
    result = copy.deepcopy(params)
    if not isinstance(texts, list):
        return result
    for text in texts:
        if not isinstance(text, dict) or "source" not in text or not isinstance(text.get("value"), str):
            continue
        path = text.get("path")
        place = _container(result, path) if isinstance(path, list) else None
        if place is None:
            continue
        node, key = place
        if node[key] == text["source"]:
            node[key] = text["value"]
    return result


def plain_text(value: str) -> str:
    """What a reader sees of a plain-text field's value (H5P core stores it escaped)."""
    return html.unescape(value)


def plain_value(text: str, *, like: str) -> str:
    """`text` stored as a plain-text field's value, escaped the way H5P core
    escapes (htmlspecialchars with ENT_QUOTES) when the value it replaces,
    `like`, was stored escaped."""
    if plain_text(like) == like:
        return text
    return html.escape(text, quote=True).replace("&#x27;", "&#039;")
