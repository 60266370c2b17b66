from django.contrib.auth.models import Permission
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .viewsets import H5PActivityViewSet

register_snippet(H5PActivityViewSet)


@hooks.register("register_permissions")
def register_permissions():
    # Shown in the group editor so administrators can grant it on its own.
    return Permission.objects.filter(content_type__app_label="h5p", codename="upload_h5p_libraries")
