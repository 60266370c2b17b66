import logging
import sys
from http import HTTPStatus

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import (
    HttpResponseBadRequest,
    HttpResponseRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.template import loader
from django.urls import translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect, requires_csrf_token
from django.views.decorators.http import require_GET, require_POST

from accounts.services import user_set_language

from .health import run_checks
from .languages import set_language_cookie
from .selectors import page_url_in_language


def _set_language(request):
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        return HttpResponseBadRequest(_("Unknown language."))

    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"

    target = page_url_in_language(request, next_url, language)
    if target is None:
        target = translate_url(next_url, language)
        if target == next_url and translation.get_language_from_path(next_url) is None:
            target = f"/{language}/"

    if request.user.is_authenticated:
        user_set_language(user=request.user, language=language)

    response = HttpResponseRedirect(target)
    set_language_cookie(response, language)
    return response


_set_language_csrf_checked = csrf_protect(_set_language)


@csrf_exempt
@require_POST
def set_language(request):
    """Switch the interface language, remember it on the profile, and go back
    to the same page in that language.

    A signed-in person's switch also writes their profile, and is CSRF
    checked. A visitor who is not signed in posts no token: the switch
    changes nothing but their own language cookie, and the pages they read
    carry no token, so those pages can be shared from the anonymous page
    cache (core/anonymous_cache.py)."""
    if request.user.is_authenticated:
        return _set_language_csrf_checked(request)
    return _set_language(request)


@never_cache
@require_GET
def healthz(request):
    """200 with the checks when every dependency answers, 503 naming the
    failing one otherwise."""
    healthy, checks = run_checks()
    status = HTTPStatus.OK if healthy else HTTPStatus.SERVICE_UNAVAILABLE
    return JsonResponse({"status": "ok" if healthy else "fail", "checks": checks}, status=status)


logger = logging.getLogger(__name__)

# Raised when the database cannot be reached or drops the connection (not
# for integrity errors, which are our bugs and stay 500s).
_UNAVAILABLE = (OperationalError, InterfaceError)


def _database_unavailable(error: BaseException | None) -> bool:
    return isinstance(error, _UNAVAILABLE) or (
        isinstance(error, DatabaseError) and isinstance(error.__cause__, _UNAVAILABLE)
    )


@requires_csrf_token
def server_error(request):
    """handler500. A database that is down or restarting gets a 503 page in
    the user's language, with Retry-After, and JSON for our scripts (which
    keep the unsent answer and retry); anything else the plain 500 page. No
    request context: context processors would query the database again."""
    error = sys.exc_info()[1]
    if _database_unavailable(error):
        logger.error("Database unavailable: %s", error)
        if "application/json" in request.headers.get("Accept", ""):
            response = JsonResponse(
                {
                    "ok": False,
                    "error": _("The database is unavailable; try again in a minute."),
                    "retry": True,
                },
                status=HTTPStatus.SERVICE_UNAVAILABLE,
            )
        else:
            response = HttpResponseServerError(loader.get_template("503.html").render())
            response.status_code = HTTPStatus.SERVICE_UNAVAILABLE
        response["Retry-After"] = "30"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())
