"""Wagtail's own report exports through our one spreadsheet rule.

Wagtail's built-in reports (Reports › Locked pages, Workflows, Workflow
tasks, Site history, Aging pages) and the redirects listing export CSV and
XLSX with Wagtail's writer. These subclasses add
`reports.exports.SafeSpreadsheetExportMixin`; `config/urls.py` mounts them
at Wagtail's own addresses, ahead of Wagtail's admin URLs, so Wagtail's URL
names, menus and links lead to them. They keep Wagtail's permission checks
(the views are Wagtail's) and get the admin's own decorators.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView
from wagtail.contrib.redirects.views import IndexView as RedirectsIndexView

from .exports import SafeSpreadsheetExportMixin


class SafeLockedPagesView(SafeSpreadsheetExportMixin, LockedPagesView):
    pass


class SafeWorkflowView(SafeSpreadsheetExportMixin, WorkflowView):
    pass


class SafeWorkflowTasksView(SafeSpreadsheetExportMixin, WorkflowTasksView):
    pass


class SafeLogEntriesView(SafeSpreadsheetExportMixin, LogEntriesView):
    pass


class SafeAgingPagesView(SafeSpreadsheetExportMixin, AgingPagesView):
    pass


class SafeRedirectsIndexView(SafeSpreadsheetExportMixin, RedirectsIndexView):
    pass


def _admin(view):
    return never_cache(require_admin_access(view))


# (address under /admin/, view class); each also at "<address>results/".
SHADOWED = [
    ("reports/locked/", SafeLockedPagesView),
    ("reports/workflow/", SafeWorkflowView),
    ("reports/workflow_tasks/", SafeWorkflowTasksView),
    ("reports/site-history/", SafeLogEntriesView),
    ("reports/aging-pages/", SafeAgingPagesView),
    ("redirects/", SafeRedirectsIndexView),
]

urlpatterns = [
    pattern
    for address, view in SHADOWED
    for pattern in (
        path(address, _admin(view.as_view())),
        path(f"{address}results/", _admin(view.as_view(results_only=True))),
    )
]
