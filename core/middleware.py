from django.conf import settings
from django.utils import translation


class AdminLanguageFallbackMiddleware:
    """The Wagtail and Django admins have no Kazakh, Tajik or Azerbaijani:
    a mentor reading one of those gets the admin in the language
    LANGUAGE_FALLBACKS names (Russian) instead of English.

    Wagtail picks the admin language from the user's admin preference, else
    from the active language when it can show it; this runs after
    LocaleMiddleware and swaps the active language for admin paths only."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = ("/admin/", "/django-admin/")

    def __call__(self, request):
        fallback = getattr(settings, "LANGUAGE_FALLBACKS", {}).get(translation.get_language())
        if fallback and request.path_info.startswith(self.prefixes):
            translation.activate(fallback)
            request.LANGUAGE_CODE = fallback
        return self.get_response(request)


class EarlyRouteMiddleware:
    """Course-tree pages (lessons above all) this process has served under
    the current pages generation are routed from memory before Wagtail's serve
    view runs: it would otherwise look the site, the locale and the localised
    home page up on every request (core.models.routed_early). Reads and HEADs
    only; placed after LocaleMiddleware, which fixes the language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD"):
            from .models import routed_early

            routed_early(request)
        return self.get_response(request)
