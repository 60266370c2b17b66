from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.roles import Role, user_has_role

from . import selectors, services
from .forms import ErasureAskForm, ErasureConfirmForm, ErasureDeclineForm
from .models import ErasureRequest


@login_required
@require_POST
def export(request):
    """The signed-in person's own data as a ZIP (POSTed from the profile
    page, so that no link prefetch or crawler starts an audited export)."""
    data = services.personal_data_export(user=request.user, request=request)
    response = HttpResponse(data, content_type="application/zip")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="pcu-academy-my-data-{stamp}.zip"'
    response["Cache-Control"] = "private, no-store"
    return response


def _profile(request):
    return redirect(reverse("accounts:profile") + "#erasure-heading")


@login_required
@require_POST
def erasure_ask(request):
    form = ErasureAskForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("understood", []):
            messages.error(request, error)
        return _profile(request)
    try:
        services.erasure_request_create(user=request.user, request=request)
    except services.PrivacyError as exc:
        messages.error(request, exc.message)
        return _profile(request)
    messages.success(request, _("Your request for erasure has been sent to programme staff."))
    return _profile(request)


@login_required
@require_POST
def erasure_withdraw(request):
    try:
        services.erasure_request_withdraw(user=request.user, request=request)
    except services.PrivacyError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Your request for erasure has been withdrawn."))
    return _profile(request)


# Wagtail admin: programme staff decide on requests.


def _require_staff(request) -> None:
    if not user_has_role(request.user, Role.STAFF):
        raise PermissionDenied


def erasure_list(request):
    _require_staff(request)
    page = Paginator(selectors.erasure_requests_for_staff(), 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "privacy/admin/erasure_list.html",
        {"page_title": _("Erasure requests"), "header_icon": "user", "page": page},
    )


@require_http_methods(["GET", "POST"])
def erasure_decide(request, pk: int):
    """Step two of an erasure: confirm (typing the account's e-mail address)
    or decline (with the reason)."""
    _require_staff(request)
    erasure = get_object_or_404(ErasureRequest.objects.select_related("user"), pk=pk)
    confirm_form = ErasureConfirmForm()
    decline_form = ErasureDeclineForm()
    error = ""
    if request.method == "POST" and erasure.status == ErasureRequest.Status.PENDING:
        action = request.POST.get("action")
        try:
            if action == "confirm":
                confirm_form = ErasureConfirmForm(request.POST)
                if confirm_form.is_valid():
                    services.erasure_confirm(
                        erasure=erasure,
                        actor=request.user,
                        typed_email=confirm_form.cleaned_data["email"],
                        request=request,
                    )
                    messages.success(request, _("The account has been erased."))
                    return redirect("privacy_admin:erasure_list")
            elif action == "decline":
                decline_form = ErasureDeclineForm(request.POST)
                if decline_form.is_valid():
                    services.erasure_decline(
                        erasure=erasure,
                        actor=request.user,
                        note=decline_form.cleaned_data["note"],
                        request=request,
                    )
                    messages.success(request, _("The request has been declined."))
                    return redirect("privacy_admin:erasure_list")
        except services.PrivacyError as exc:
            error = exc.message
    return TemplateResponse(
        request,
        "privacy/admin/erasure_decide.html",
        {
            "page_title": _("Erasure request"),
            "header_icon": "user",
            "erasure": erasure,
            "summary": selectors.erasure_summary(erasure.user),
            "confirm_form": confirm_form,
            "decline_form": decline_form,
            "error": error,
        },
        status=HTTPStatus.BAD_REQUEST if request.method == "POST" else HTTPStatus.OK,
    )


@require_GET
def policy(request):
    """What the platform keeps about people, why, who sees it and for how
    long, in the reader's language (docs/privacy.md in English and Russian)."""
    return TemplateResponse(request, "privacy/policy.html", {"rows": selectors.privacy_policy_rows()})
