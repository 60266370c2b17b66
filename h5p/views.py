import json
import mimetypes
from http import HTTPStatus

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_POST

from accounts.roles import Role, role_required
from core.jsonsafe import json_loads_bounded
from core.security import Limit, rate_limit_hit, rate_limit_key

from . import l10n, player, selectors, services
from . import texts as h5p_texts
from .models import H5PActivity, H5PFile
from .player_strings import player_translations

MAX_BODY = 256 * 1024

# Our own types for what H5P allows; never guessed from the content.
CONTENT_TYPES = {
    "js": "text/javascript",
    "css": "text/css",
    "json": "application/json",
    "svg": "image/svg+xml",
    "xml": "application/xml",
    "txt": "text/plain",
    "md": "text/plain",
    "textile": "text/plain",
    "csv": "text/plain",
    "diff": "text/plain",
    "patch": "text/plain",
    "vtt": "text/vtt",
    "webvtt": "text/vtt",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "m4a": "audio/mp4",
    "glb": "model/gltf-binary",
    "gltf": "model/gltf+json",
}


def _content_type(path: str) -> str:
    extension = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if extension in CONTENT_TYPES:
        return CONTENT_TYPES[extension]
    guessed, _encoding = mimetypes.guess_type(path)
    return guessed or "application/octet-stream"


def _grant(request, token):
    """The grant behind `token`, with its activity and user, after asking the access selector again."""
    if player.content_origin() and not player.is_content_host(request):
        raise Http404
    grant = player.grant_from_token(token)
    if grant is None:
        raise PermissionDenied
    activity = H5PActivity.objects.filter(pk=grant.activity_id).first()
    if activity is not None and not player.may_serve_activity(request, activity):
        # Another activity's origin: each player stays on its own.
        raise Http404
    user = get_user_model().objects.filter(pk=grant.user_id, is_active=True).first()
    if activity is None or user is None:
        raise PermissionDenied
    if not selectors.activity_user_can_play(user=user, activity=activity):
        raise PermissionDenied
    return grant, activity, user


def _package_response(request, response):
    """A package file: hardened, and readable by the sandboxed player.

    In the same-origin fallback the player's origin is opaque ("null"), so its
    fetches are cross-origin. The address carries the signed grant and no
    cookie is involved, so allowing any origin to read it exposes nothing the
    address does not already grant.
    """
    if request.headers.get("Origin") == "null":
        response["Access-Control-Allow-Origin"] = "*"
    return _harden(response, player.FILE_CSP)


def _harden(response, csp: str):
    response["Content-Security-Policy"] = csp
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
@xframe_options_exempt
def embed(request, token):
    """The player page inside the iframe (the content origin)."""
    grant, activity, user = _grant(request, token)
    shown = selectors.activity_in_language(activity=activity, language=grant.language)
    with translation.override(grant.language):
        state = selectors.state_get(
            user=user, activity=activity, lesson_id=grant.lesson_id, block_id=grant.block_id
        )
        config = {
            "packageUrl": request.path + "package",
            "contentId": str(activity.uuid),
            "objectIri": activity.xapi_object_id,
            "parentOrigin": grant.parent_origin,
            "previousState": state,
            "translations": {"H5P": player_translations()},
            "title": shown.title,
        }
        response = render(
            request,
            "h5p/embed.html",
            {
                "config": config,
                "activity": activity,
                "shown": shown,
                # The content's language: the activity's texts may come from a
                # fallback language (or be untranslated yet).
                "language": shown.locale.language_code,
            },
        )
    return _harden(response, player.embed_csp(grant.parent_origin))


@require_GET
@xframe_options_exempt
def package_file(request, token, path):
    """One file of the activity (h5p.json, content/...) or of a library it uses.

    content.json comes with the content type's interface texts in the
    trainee's language (`h5p.l10n`)."""
    grant, activity, _user = _grant(request, token)
    if path == "h5p.json":
        response = HttpResponse(json.dumps(activity.h5p_json), content_type="application/json")
        return _package_response(request, response)
    head, _sep, rest = path.partition("/")
    if path == "content/content.json":
        response = _content_json(activity, grant.language)
        if response is not None:
            return _package_response(request, response)
    if head == "content":
        stored = H5PFile.objects.filter(activity=activity, path=rest).first()
    else:
        stored = (
            H5PFile.objects.filter(library__activities=activity, path=rest)
            .select_related("library")
            .filter(library__machine_name=head.rsplit("-", 1)[0])
            .first()
        )
        if stored is not None and stored.library.folder != head:
            stored = None
    if stored is None:
        raise Http404
    response = FileResponse(stored.file.open("rb"), content_type=_content_type(path))
    return _package_response(request, response)


def _content_json(activity, language):
    """The content's parameters with its texts in `language` (the activity's
    translation, or its fallback's) and the content type's interface texts
    in `language` (h5p.l10n)."""
    params = selectors.activity_params(activity=activity)  # checked on import (h5p.validation)
    if params is None:
        return None
    shown = selectors.activity_in_language(activity=activity, language=language)
    if shown.pk != activity.pk:
        params = h5p_texts.apply_texts(params, shown.texts)
    params = l10n.localized_content(activity, params, language)
    return HttpResponse(
        json.dumps(params, ensure_ascii=False), content_type="application/json; charset=utf-8"
    )


def _json_body(request):
    if len(request.body) > MAX_BODY:
        return None
    try:
        data = json_loads_bounded(request.body, max_bytes=MAX_BODY)
    except (UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _refused(message, status=HTTPStatus.BAD_REQUEST):
    return JsonResponse({"ok": False, "error": str(message)}, status=status)


def _too_many(request, scope: str, per_minute: int):
    """429 when this user has sent more than `per_minute` of these this minute
    (host.js keeps the statement and sends it again later)."""
    limit = Limit(count=per_minute, seconds=60)
    if rate_limit_hit(scope=scope, key=rate_limit_key(request), limit=limit):
        response = _refused(
            _("Too many requests; your result will be sent again shortly."), HTTPStatus.TOO_MANY_REQUESTS
        )
        response["Retry-After"] = "60"
        return response
    return None


@require_POST
def xapi(request, uuid):
    """xAPI statements relayed by the platform page (CSRF-protected, session user)."""
    if not request.user.is_authenticated:
        return _refused(_("Sign in to save your result."), HTTPStatus.FORBIDDEN)
    if limited := _too_many(request, "h5p-xapi", settings.RATE_LIMIT_XAPI_PER_MINUTE):
        return limited
    # Results belong to the uploaded activity; the player never names a translation.
    activity = get_object_or_404(H5PActivity, uuid=uuid, translation_of__isnull=True)
    data = _json_body(request)
    if data is None:
        return _refused(_("The request is not a JSON object."))
    if not selectors.activity_user_can_play(user=request.user, activity=activity):
        return _refused(_("You may not play this activity."), HTTPStatus.FORBIDDEN)
    try:
        attempt = services.statement_record(
            user=request.user,
            activity=activity,
            statement=data.get("statement"),
            session=data.get("session"),
            lesson_id=data.get("lesson"),
            block_id=data.get("block"),
        )
    except services.H5PError as exc:
        return _refused(exc.message, exc.status)
    body = {"ok": True}
    if attempt is not None:
        body["attempt"] = {"score": attempt.score, "completed": attempt.completed}
    return JsonResponse(body)


@require_POST
def state(request, uuid):
    """Resume state (H5P contentUserData) relayed by the platform page."""
    if not request.user.is_authenticated:
        return _refused(_("Sign in to save your result."), HTTPStatus.FORBIDDEN)
    if limited := _too_many(request, "h5p-state", settings.RATE_LIMIT_AUTOSAVE_PER_MINUTE):
        return limited
    activity = get_object_or_404(H5PActivity, uuid=uuid, translation_of__isnull=True)
    data = _json_body(request)
    if data is None:
        return _refused(_("The request is not a JSON object."))
    if not selectors.activity_user_can_play(user=request.user, activity=activity):
        return _refused(_("You may not play this activity."), HTTPStatus.FORBIDDEN)
    try:
        services.state_save(
            user=request.user,
            activity=activity,
            state=data.get("state"),
            lesson_id=data.get("lesson"),
            block_id=data.get("block"),
        )
    except services.H5PError as exc:
        return _refused(exc.message, exc.status)
    return JsonResponse({"ok": True})


@role_required(Role.MENTOR, Role.STAFF)
def play(request, uuid):
    """A page of its own where mentors try an activity (and see their result
    stored), in the language of the page's address. A translation's address
    plays the activity it translates."""
    activity = get_object_or_404(H5PActivity, uuid=uuid).original
    config = player.player_config(request=request, activity=activity)
    if config is None:
        raise PermissionDenied
    counted = selectors.attempt_counted(user=request.user, activity=activity)
    return render(request, "h5p/play.html", {"activity": activity, "player": config, "counted": counted})
