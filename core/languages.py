"""The interface language a browser remembers."""

from django.conf import settings


def set_language_cookie(response, language: str) -> None:
    """Remember `language` in Django's language cookie, as LocaleMiddleware
    reads it (every LANGUAGE_COOKIE_* setting applies)."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
