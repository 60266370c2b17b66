from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.admin_menu import PermissionMenuItem

from .views import course_certificate_panels
from .viewsets import CertificateTemplateViewSet

hooks.register("course_learner_panels", course_certificate_panels)


@hooks.register("register_admin_urls")
def register_admin_urls():
    from django.urls import include, path

    from . import viewsets

    urls = [
        path("", viewsets.certificate_list, name="list"),
        path("<int:pk>/revoke/", viewsets.certificate_revoke_view, name="revoke"),
        path("templates/<int:pk>/preview.pdf", viewsets.template_preview_pdf, name="template_preview"),
    ]
    return [path("certificates/", include((urls, "certificates_admin"), namespace="certificates_admin"))]


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return PermissionMenuItem(
        _("Certificates"),
        reverse("certificates_admin:list"),
        name="certificates",
        icon_name="doc-full",
        order=255,
        permission="certificates.view_certificate",
    )


register_snippet(CertificateTemplateViewSet)
