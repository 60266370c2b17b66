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
