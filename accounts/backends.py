"""Authentication backends: Django's and allauth's, loading the signed-in
user together with their roles.

Every signed-in request loads the user from the session; nearly every page
then asks which roles they hold (menus, access checks). Reading both in one
query saves a query on every page (docs/performance.md)."""

import functools

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend

from .roles import with_roles


@functools.cache
def _users_with_roles():
    # Built once: resolving the role subqueries costs more than the query.
    return with_roles(get_user_model()._default_manager.all())


class _UserWithRoles:
    def get_user(self, user_id):
        model = get_user_model()
        try:
            user = _users_with_roles().get(pk=user_id)
        except (model.DoesNotExist, ValueError, TypeError):
            return None
        return user if self.user_can_authenticate(user) else None


class ModelBackend(_UserWithRoles, DjangoModelBackend):
    """Django's backend (``force_login``, the admin's own checks)."""


class AuthenticationBackend(_UserWithRoles, AllauthBackend):
    """allauth's backend (sign-in by e-mail)."""
