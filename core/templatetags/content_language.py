from django import template
from django.conf import settings

from core.content_language import page_text_language

register = template.Library()


@register.simple_tag(takes_context=True)
def text_language(context, page) -> str:
    """{% text_language page as code %}: the language `page`'s text is written in."""
    request = context.get("request")
    return page_text_language(page, cached=not getattr(request, "is_preview", False))


@register.filter
def language_name(code: str) -> str:
    """The name of a language of LANGUAGES in the reader's language ("Russian", "Русский")."""
    return str(dict(settings.LANGUAGES).get(code, code))
