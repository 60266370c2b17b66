"""The language a translated page's text is actually written in.

Kazakh, Tajik and Azerbaijani pages may hold Russian text: where a course is
not translated into one of them yet, its pages there take the text of the
language's fallback (LANGUAGE_FALLBACKS, Russian), as the demo courses do.
Such a page lives in the reader's locale, but its text is Russian: readers
are told so and the text is marked `lang="ru"` (a screen reader then reads it
as Russian, the browser hyphenates it as Russian).

A page is taken to be written in its locale's fallback language while every
text of it (its translation segments, as wagtail-localize extracts them)
reads exactly as on its translation in that language; once a mentor
translates any of it, it counts as written in its own language.
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .caching import cache_get_or_build

CACHE_SECONDS = 24 * 3600
# Not text a reader reads.
SKIPPED_FIELDS = {"slug"}


def _texts(page: Page) -> list[tuple[str, str]]:
    return [
        (segment.path, segment.string.data)
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue) and segment.path.split(".", 1)[0] not in SKIPPED_FIELDS
    ]


def page_text_language(page: Page, *, cached: bool = True) -> str:
    """The language code `page`'s text is written in: its locale's, or that
    locale's fallback when the page reads exactly like its translation in
    the fallback language. The answer is cached per live revision of both
    pages unless `cached` is False (a preview shows a draft)."""
    code = page.locale.language_code
    fallback = settings.LANGUAGE_FALLBACKS.get(code)
    if not fallback or not page.pk:
        return code
    locale = Locale.objects.filter(language_code=fallback).first()
    other = page.get_translation_or_none(locale) if locale is not None else None
    if other is None:
        return code
    # Keyed by both pages' live revisions: editing either decides again.
    key = f"page-text-language:{page.pk}:{page.live_revision_id}:{other.pk}:{other.live_revision_id}"

    def build() -> str:
        texts = _texts(page.specific)
        return fallback if texts and texts == _texts(other.specific) else code

    return cache_get_or_build(key if cached else None, build, timeout=CACHE_SECONDS)
