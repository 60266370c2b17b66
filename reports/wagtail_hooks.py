from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.admin_menu import PermissionMenuItem

from . import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", views.dashboard, name="dashboard"),
        path("export/<slug:table>.<str:fmt>", views.export, name="export"),
        path("report.pdf", views.programme_report, name="programme_report"),
        path("audit/", views.audit_log, name="audit_log"),
    ]
    return [path("programme/", include((urls, "reports"), namespace="reports"))]


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return PermissionMenuItem(
        _("Programme dashboard"),
        reverse("reports:dashboard"),
        name="programme-dashboard",
        icon_name="table",
        order=240,
        permission=views.DASHBOARD_PERMISSION,
    )


@hooks.register("register_reports_menu_item")
def register_audit_log_menu_item():
    return PermissionMenuItem(
        _("Audit log"),
        reverse("reports:audit_log"),
        name="audit-log",
        icon_name="list-ul",
        order=1300,
        permission=views.AUDIT_PERMISSION,
    )
