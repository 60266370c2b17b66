from collections.abc import Callable
from dataclasses import dataclass
from email.headerregistry import Address
from email.utils import parseaddr
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib.sites.requests import RequestSite
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import translation
from django.utils.encoding import force_str
from django.utils.translation import gettext

from core.languages import set_language_cookie

from .models import PROFILE_FIELDS
from .roles import Role, role_assign


def site_name() -> str:
    """The platform's name in the active language ("PGT akademiýasy" in Turkmen)."""
    return gettext("PCU Academy")


def email_subject(subject: str) -> str:
    """An e-mail subject with the platform's name in front, in the active language."""
    return f"[{site_name()}] {force_str(subject)}"


def email_sender() -> str:
    """DEFAULT_FROM_EMAIL's address under the platform's name in the active language."""
    _name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return str(Address(display_name=site_name(), addr_spec=address))


def mail_in_language(user, *, template_prefix: str, context: Callable[[str], dict]) -> None:
    """E-mail `user` the message of `<template_prefix>_subject.txt` and
    `<template_prefix>.txt` in the user's preferred language (the site's
    default when they have none): the subject with the platform's name in
    front, the sender under the platform's name, both in that language.

    `context` is called with that language active and given its code, so the
    links it reverses and the fields it localizes come out in it too; the
    templates also get `user`. The language active before is left as it was."""
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        data = {"user": user, **context(translation.get_language())}
        subject = email_subject(render_to_string(f"{template_prefix}_subject.txt", data).strip())
        body = render_to_string(f"{template_prefix}.txt", data)
        sender = email_sender()
    send_mail(subject, body, sender, [user.email])


@dataclass(frozen=True)
class EmailSite:
    """What allauth's e-mail templates read as `current_site`: the platform's
    name (never the host, "127.0.0.1:8101 size salam iberýär!") and the domain."""

    name: str
    domain: str


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
        if language is not None:
            context = {
                key: translate_url(value, language)
                if key.endswith("_url") and isinstance(value, str)
                else value
                for key, value in context.items()
            }
        with translation.override(language or translation.get_language()):
            context = {"current_site": EmailSite(name=site_name(), domain=self._domain()), **context}
            return super().send_mail(template_prefix, email, context)

    def _domain(self) -> str:
        if self.request is not None:
            return RequestSite(self.request).domain
        return urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc

    def format_email_subject(self, subject) -> str:
        return email_subject(subject)

    def get_from_email(self) -> str:
        return email_sender()

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
            set_language_cookie(response, language)
        return response


def _recipient_language(email: str, context: dict) -> str | None:
    from django.contrib.auth import get_user_model

    user = context.get("user")
    if user is None or not getattr(user, "pk", None):
        user = get_user_model().objects.filter(email__iexact=email).first()
    language = getattr(user, "preferred_language", "")
    return language if language in dict(settings.LANGUAGES) else None
