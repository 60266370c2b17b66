from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True
    name = "accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        # Permissions are created by django.contrib.auth's own post_migrate
        # handler, app by app; bringing the groups up to date after every app
        # means each permission is granted as soon as it exists.
        post_migrate.connect(_ensure_roles, dispatch_uid="accounts.role_groups_ensure")
        # The role groups kept in the cache follow every change of them.
        from .receivers import roles_receivers_connect

        roles_receivers_connect()


def _ensure_roles(sender, **kwargs) -> None:
    from .roles import role_groups_ensure

    role_groups_ensure()


class WagtailUsersConfig(WagtailUsersAppConfig):
    """wagtail.users with our user viewset (profile fields on the admin forms)."""

    user_viewset = "accounts.viewsets.UserViewSet"
