"""Wagtail admin: the certificate list (revoke, regenerate, ZIP download)
and the certificate template snippets with a PDF preview."""

from contextlib import nullcontext
from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet

from core import audit
from core.admin_widgets import TranslatedSnippetChooserViewSet, YesNoColumn
from core.ids import row_id

from . import selectors
from .forms import CertificateFilterForm, CertificateTemplateForm, RevokeForm
from .models import Certificate, CertificateTemplate
from .services import (
    CertificateError,
    certificate_revoke,
    certificate_template_preview,
    certificates_regenerate,
)

# Bulk ZIP downloads are built in memory; beyond this, narrow the filter.
ZIP_LIMIT = 2000


def _require(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def certificate_list(request):
    _require(request, "certificates.view_certificate")
    form = CertificateFilterForm(request.GET or None, course_choices=selectors.certificate_course_choices())
    filters = form.cleaned_data if form.is_valid() else {}
    queryset = selectors.certificates_for_staff(
        q=filters.get("q", ""),
        course=filters.get("course", ""),
        status=filters.get("status", ""),
        pdf=filters.get("pdf", ""),
    )
    if request.method == "POST":
        return _bulk_action(request, queryset)
    page = Paginator(queryset, 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "certificates/admin/certificate_list.html",
        {
            "page_title": _("Certificates"),
            "header_icon": "doc-full",
            "form": form,
            "page": page,
            "today": timezone.localdate(),
            "can_revoke": request.user.has_perm("certificates.revoke_certificate"),
            "can_regenerate": request.user.has_perm("certificates.regenerate_certificate"),
            "query": request.GET.urlencode(),
        },
    )


def _selected(request) -> list[int]:
    """The certificate ids the form selected; values that are no id are left out."""
    return [pk for value in request.POST.getlist("selected") if (pk := row_id(value)) is not None]


def _scope(request) -> str:
    """What a bulk action covered, for the audit log: the filter, or the selection."""
    if request.POST.get("scope") == "all":
        return f"all matching: {request.GET.urlencode() or 'no filter'}"
    return "selected: " + ",".join(str(pk) for pk in _selected(request))[:1000]


def _bulk_action(request, queryset):
    _require(request, "certificates.regenerate_certificate")
    selected = _selected(request)
    if request.POST.get("scope") != "all":
        queryset = queryset.filter(pk__in=selected)
    back = f"{reverse('certificates_admin:list')}?{request.GET.urlencode()}"
    if not queryset.exists():
        messages.error(request, _("Choose at least one certificate."))
        return redirect(back)
    action = request.POST.get("action")
    if action == "regenerate":
        count = certificates_regenerate(certificates=list(queryset))
        audit.record("certificates.regenerate", request=request, count=count, scope=_scope(request))
        messages.success(
            request,
            ngettext(
                "%(count)s certificate queued for a fresh PDF.",
                "%(count)s certificates queued for fresh PDFs.",
                count,
            )
            % {"count": count},
        )
        return redirect(back)
    if action == "zip":
        if queryset.count() > ZIP_LIMIT:
            messages.error(
                request,
                _("At most %(limit)s certificates fit in one ZIP; narrow the filter.") % {"limit": ZIP_LIMIT},
            )
            return redirect(back)
        data, count = selectors.certificates_zip(queryset)
        if not count:
            messages.error(request, _("None of these certificates has a PDF ready to download."))
            return redirect(back)
        audit.record("certificates.zip_download", request=request, count=count, scope=_scope(request))
        response = HttpResponse(data, content_type="application/zip")
        response["Content-Disposition"] = (
            f'attachment; filename="certificates-{date.today().isoformat()}.zip"'
        )
        return response
    messages.error(request, _("Unknown action."))
    return redirect(back)


@require_http_methods(["GET", "POST"])
def certificate_revoke_view(request, pk: int):
    _require(request, "certificates.revoke_certificate")
    certificate = get_object_or_404(Certificate.objects.select_related("user"), pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate_revoke(
                certificate=certificate, reason=form.cleaned_data["reason"], revoked_by=request.user
            )
        except CertificateError as exc:
            form.add_error("reason", exc.message)
        else:
            messages.success(request, _("Certificate %(code)s revoked.") % {"code": certificate.code})
            return redirect("certificates_admin:list")
    return TemplateResponse(
        request,
        "certificates/admin/revoke.html",
        {
            "page_title": _("Revoke certificate"),
            "header_icon": "doc-full",
            "form": form,
            "certificate": certificate,
        },
    )


def template_preview_response(template: CertificateTemplate, *, inline: bool = False) -> HttpResponse:
    """`template` rendered on sample data: a PDF shown in the page (`inline`, the
    editor's live preview) or downloaded; when the template is broken, the
    reason as text in the reader's language (400)."""
    try:
        pdf = certificate_template_preview(template=template)
    except CertificateError as error:
        return HttpResponse(str(error.message), content_type="text/plain; charset=utf-8", status=error.status)
    response = HttpResponse(pdf, content_type="application/pdf")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = (
        f'{disposition}; filename="certificate-template-{template.pk or "new"}.pdf"'
    )
    return response


def template_live_preview_response(request, template: CertificateTemplate) -> HttpResponse:
    """The editor's live preview of `template` (inline). Wagtail serves it
    through a request of its own making, outside the admin's language: what
    is wrong with a broken template is said in the editor's admin language,
    read from their profile as the admin's views read it."""
    profile = getattr(request.user, "wagtail_userprofile", None)
    language = profile.get_preferred_language() if profile is not None else None
    with translation.override(language) if language else nullcontext():
        return template_preview_response(template, inline=True)


def template_preview_pdf(request, pk: int):
    """The template rendered on sample data, as a PDF download."""
    _require(request, "certificates.view_certificatetemplate")
    return template_preview_response(get_object_or_404(CertificateTemplate, pk=pk))


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    chooser_viewset_class = TranslatedSnippetChooserViewSet
    icon = "doc-full"
    menu_label = gettext_lazy("Certificate templates")
    menu_order = 260
    add_to_admin_menu = True
    list_display = [
        "name",
        "language",
        YesNoColumn("is_active", CertificateTemplate),
        "font_family",
        "updated_at",
    ]
    list_filter = ["language", "is_active"]
    edit_handler_panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("language"), FieldPanel("is_active")],
            heading=gettext_lazy("Template"),
        ),
        MultiFieldPanel(
            [FieldPanel("programme_name"), FieldPanel("signatories"), FieldPanel("font_family")],
            heading=gettext_lazy("Contents"),
        ),
        FieldPanel("html"),
        FieldPanel("css"),
    ]
    edit_handler = ObjectList(edit_handler_panels, base_form_class=CertificateTemplateForm)
