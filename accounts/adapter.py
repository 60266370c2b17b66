from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.db import transaction
from django.urls import translate_url
from django.utils import translation

from .roles import Role, role_assign

PROFILE_FIELDS = ("full_name", "country", "agency", "duty_station", "preferred_language")


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        return settings.ACCOUNT_ALLOW_SIGNUP

    @transaction.atomic
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        for name in PROFILE_FIELDS:
            if name in form.cleaned_data:
                setattr(user, name, form.cleaned_data[name])
        if commit:
            user.save()
            # Signing up makes a trainee: the new account itself is the actor.
            role_assign(user=user, role=Role.TRAINEE, actor=user, request=request)
        return user

    def send_mail(self, template_prefix, email, context):
        """Every allauth e-mail (verification, password reset, security
        notices) in the recipient's preferred language, with its links in
        that language too, whatever language the request was made in."""
        language = _recipient_language(email, context)
        if language is None:
            return super().send_mail(template_prefix, email, context)
        context = {
            key: translate_url(value, language) if key.endswith("_url") and isinstance(value, str) else value
            for key, value in context.items()
        }
        with translation.override(language):
            return super().send_mail(template_prefix, email, context)

    def get_login_redirect_url(self, request) -> str:
        url = super().get_login_redirect_url(request)
        language = getattr(request.user, "preferred_language", "") or settings.LANGUAGE_CODE
        if url == "/":
            return f"/{language}/"
        return translate_url(url, language)

    def post_login(self, request, user, *args, **kwargs):
        response = super().post_login(request, user, *args, **kwargs)
        language = user.preferred_language
        if language in dict(settings.LANGUAGES):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response


def _recipient_language(email: str, context: dict) -> str | None:
    from django.contrib.auth import get_user_model

    user = context.get("user")
    if user is None or not getattr(user, "pk", None):
        user = get_user_model().objects.filter(email__iexact=email).first()
    language = getattr(user, "preferred_language", "")
    return language if language in dict(settings.LANGUAGES) else None
