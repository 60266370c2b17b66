from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.roles import Role, user_has_role


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return user_has_role(request.user, Role.STAFF)


@hooks.register("register_admin_urls")
def register_admin_urls():
    from . import views

    urls = [
        path("", views.erasure_list, name="erasure_list"),
        path("<int:pk>/", views.erasure_decide, name="erasure_decide"),
    ]
    return [path("erasure-requests/", include((urls, "privacy_admin"), namespace="privacy_admin"))]


@hooks.register("register_settings_menu_item")
def register_erasure_menu_item():
    return StaffMenuItem(
        _("Erasure requests"),
        reverse("privacy_admin:erasure_list"),
        name="erasure-requests",
        icon_name="user",
    )
