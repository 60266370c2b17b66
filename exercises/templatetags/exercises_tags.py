"""Template tags of the exercise pages."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from scenarios.fields import fallback_notice

register = template.Library()


@register.simple_tag
def scenario_text_notice() -> SafeString:
    """The notice for readers whose language scenario texts fall back from
    (Kazakh, Tajik, Azerbaijani: Russian is shown), else nothing."""
    notice = fallback_notice()
    if not notice:
        return mark_safe("")  # noqa: S308 - empty
    return format_html('<p class="notice language-fallback" lang="{}">{}</p>', get_language(), notice)
