"""The model field that carries an H5P content's texts through wagtail-localize.

wagtail-localize treats a model field with `get_translatable_segments` and
`restore_translated_segments` as translatable (its documented hook for
custom fields): the first turns the field's value into translation segments
when a translation source is made, the second builds the translated value
from the source's value and the translated segments.
"""

from __future__ import annotations

from itertools import groupby

from django.db import models
from wagtail_localize.segments import StringSegmentValue, TemplateSegmentValue
from wagtail_localize.strings import extract_strings, restore_strings

from . import texts as h5p_texts


def _segment_path(text: dict) -> str:
    # Semantics field names are JavaScript identifiers and list positions are
    # numbers, so "." cannot occur inside a component.
    return ".".join(str(step) for step in text["path"])


def _valid(text) -> bool:
    return (
        isinstance(text, dict) and isinstance(text.get("path"), list) and isinstance(text.get("value"), str)
    )


class H5PTextsField(models.JSONField):
    """A list of texts (`h5p.texts`): the author's words of an H5P content,
    each with its place in the content's parameters.

    Translation segments: a plain-text field gives one string (as readers see
    it, unescaped); an HTML field gives a template and its strings, as
    wagtail-localize does for rich text, so translators never edit markup.
    """

    def get_translatable_segments(self, value):
        segments = []
        for text in value or []:
            if not _valid(text):
                continue
            path = _segment_path(text)
            if text.get("html"):
                template, strings = extract_strings(text["value"])
                segments.append(TemplateSegmentValue(path, "html", template, len(strings)))
                segments.extend(StringSegmentValue(path, string, attrs=attrs) for string, attrs in strings)
            else:
                segments.append(StringSegmentValue(path, h5p_texts.plain_text(text["value"])))
        return segments

    def restore_translated_segments(self, value, segments):
        """The source's texts, each with its translation as `value` and the
        source's value as `source` (see `h5p.texts.apply_texts`). A text with
        no segment (an empty one) keeps the source's value."""
        by_path = {
            path: sorted(group, key=lambda segment: segment.order)
            for path, group in groupby(sorted(segments, key=lambda s: s.path), key=lambda s: s.path)
        }
        restored = []
        for text in value or []:
            if not _valid(text):
                continue
            found = by_path.get(_segment_path(text), [])
            translated = text["value"]
            if text.get("html"):
                template = next((s for s in found if isinstance(s, TemplateSegmentValue)), None)
                strings = [s for s in found if isinstance(s, StringSegmentValue)]
                if template is not None and len(strings) == template.string_count:
                    translated = restore_strings(template.template, [(s.string, s.attrs) for s in strings])
            else:
                strings = [s for s in found if isinstance(s, StringSegmentValue)]
                if strings:
                    translated = h5p_texts.plain_value(strings[0].render_text(), like=text["value"])
            restored.append(
                {
                    "path": text["path"],
                    "html": bool(text.get("html")),
                    "value": translated,
                    "label": text.get("label", ""),
                    "source": text["value"],
                }
            )
        return restored
