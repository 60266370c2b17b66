"""Authentication backends: Django's and allauth's, loading the signed-in
user together with their roles.

Every signed-in request loads the user from the session; nearly every page
then asks which roles they hold (menus, access checks). Reading both in one
query saves a query on every page (docs/performance.md)."""

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend

from .roles import user_with_roles


class _UserWithRoles:
    def get_user(self, user_id):
        user = user_with_roles(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


class ModelBackend(_UserWithRoles, DjangoModelBackend):
    """Django's backend (``force_login``, the admin's own checks)."""


class AuthenticationBackend(_UserWithRoles, AllauthBackend):
    """allauth's backend (sign-in by e-mail)."""
