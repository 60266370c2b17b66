from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

from .roles import Role, user_has_role

# URL names a mentor or staff member without MFA may still reach: setting up
# MFA itself, signing out, and what those pages need.
_ALLOWED_URL_NAMES = (
    "mfa_activate_totp",
    "mfa_index",
    "mfa_reauthenticate",
    "mfa_generate_recovery_codes",
    "mfa_view_recovery_codes",
    "mfa_download_recovery_codes",
    "account_logout",
    "account_reauthenticate",
    "account_email",
    "account_email_verification_sent",
    "account_confirm_email",
    "set_language",
)


class StaffMFAMiddleware:
    """With REQUIRE_STAFF_MFA on, mentors and programme staff (and superusers)
    must activate TOTP before they can use anything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if getattr(settings, "REQUIRE_STAFF_MFA", False) and self._must_enrol(request):
            messages.warning(
                request,
                _("Your role requires two-factor authentication. Set up an authenticator app to continue."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    def _must_enrol(self, request) -> bool:
        user = request.user
        if not user.is_authenticated or not user_has_role(user, Role.MENTOR, Role.STAFF):
            return False
        path = request.path_info
        if path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
            return False
        try:
            url_name = resolve(path).url_name
        except Resolver404:
            return False
        if url_name in _ALLOWED_URL_NAMES:
            return False
        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class AdminAccessMiddleware:
    """Signed-in people without admin access get 403 on /admin/ (Wagtail
    itself would send them to the login page they have already passed)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            path.startswith("/admin/")
            and not path.startswith("/admin/login/")
            and request.user.is_authenticated
            and not request.user.has_perm("wagtailadmin.access_admin")
        ):
            raise PermissionDenied
        return self.get_response(request)
