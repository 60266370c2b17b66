from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import H5PLibrary
from .viewsets import H5PActivityViewSet, H5PLibraryPermissionPolicy, H5PLibraryViewSet

register_snippet(H5PActivityViewSet)
register_permission_policy(H5PLibrary, H5PLibraryPermissionPolicy(H5PLibrary))


@hooks.register("lesson_reader_context")
def lesson_h5p_results(*, request, lesson, enrolment):
    # The reader's results for every H5P block of the lesson, read once.
    from .blocks import LessonResults

    return {"h5p_results": LessonResults(user=request.user, lesson=lesson, enrolment=enrolment)}


@hooks.register("register_admin_viewset")
def register_library_viewset():
    return H5PLibraryViewSet("h5p_libraries")


@hooks.register("register_log_actions")
def register_log_actions(actions):
    @actions.register_action("h5p.replace_package")
    class ReplacePackage(LogFormatter):
        label = _("Replace H5P package")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("Package replaced: %(previous)s, now %(current)s") % {
                "previous": data.get("previous", "?"),
                "current": data.get("current", "?"),
            }


@hooks.register("register_permissions")
def register_permissions():
    # Shown in the group editor so administrators can grant it on its own.
    return Permission.objects.filter(content_type__app_label="h5p", codename="upload_h5p_libraries")
