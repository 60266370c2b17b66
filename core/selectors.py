from urllib.parse import urlsplit

from django.utils import translation
from wagtail.models import Locale, Page


def page_url_in_language(request, url: str, language: str) -> str | None:
    """The URL of the translation, in `language`, of the Wagtail page at `url`.

    None when `url` is not a Wagtail page; the home page of `language` when the
    page has no live translation there.
    """
    path = urlsplit(url).path
    source_language = translation.get_language_from_path(path)
    if source_language is None:
        return None
    with translation.override(source_language):
        page = Page.find_for_request(request, path.removeprefix(f"/{source_language}"))
    if page is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return None
    translated = page.get_translation_or_none(locale)
    if translated is None or not translated.live:
        root = page.get_site().root_page if page.get_site() else None
        translated = root.get_translation_or_none(locale) if root else None
    if translated is None or not translated.live:
        return None
    with translation.override(language):
        return translated.get_url(request)
