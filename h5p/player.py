"""The isolated player: signed player links, the iframe's configuration and
the security headers of everything served inside it.

The player page and the package files live under
`/h5p/embed/<token>/`. The token is signed, short-lived and names the user,
the activity, the placement (lesson page and block) and the origin of the
platform page that embeds it. Package requests carry no cookies (the iframe
has a separate or opaque origin), so the token is what authorises them, and
the access selector is asked again on every request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.translation import get_language

from . import selectors
from .models import H5PActivity

SALT = "h5p.player"
# The iframe may run scripts and open links in a new window; it gets its own
# origin only when that origin is a separate host (H5P_CONTENT_ORIGIN).
SANDBOX_BASE = "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads"


@dataclass(frozen=True)
class PlayerGrant:
    activity_id: int
    user_id: int
    parent_origin: str
    language: str
    lesson_id: int | None
    block_id: str


def content_origin() -> str:
    """H5P_CONTENT_ORIGIN as configured: empty, one origin, or a pattern
    with `*` for one label (`https://*.h5p.academy.example.org`), which gives
    every activity its own origin."""
    return settings.H5P_CONTENT_ORIGIN


def activity_origin(activity: H5PActivity) -> str:
    """The origin that serves `activity`'s player and files: the pattern's
    `*` replaced by the activity's id (empty without a content origin)."""
    return content_origin().replace("*", activity.uuid.hex, 1)


def _host_pattern() -> re.Pattern | None:
    netloc = urlsplit(content_origin()).netloc.lower()
    if not netloc:
        return None
    return re.compile("^" + re.escape(netloc).replace(r"\*", "[0-9a-f]{32}") + "$")


def iframe_sandbox() -> str:
    if content_origin():
        return f"{SANDBOX_BASE} allow-same-origin"
    return SANDBOX_BASE


def request_origin(request) -> str:
    return f"{request.scheme}://{request.get_host()}"


def player_token(*, request, activity: H5PActivity, lesson_id: int | None = None, block_id: str = "") -> str:
    payload = {
        "a": activity.pk,
        "u": request.user.pk,
        "o": request_origin(request),
        "g": get_language() or settings.LANGUAGE_CODE,
        "l": lesson_id,
        "b": block_id,
    }
    return signing.dumps(payload, salt=SALT, compress=True)


def grant_from_token(token: str) -> PlayerGrant | None:
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.H5P_PLAYER_TOKEN_MAX_AGE)
        return PlayerGrant(
            activity_id=int(data["a"]),
            user_id=int(data["u"]),
            parent_origin=str(data["o"]),
            language=str(data["g"]),
            lesson_id=data["l"],
            block_id=str(data["b"]),
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def embed_url(token: str, activity: H5PActivity) -> str:
    return activity_origin(activity) + reverse("h5p:embed", args=[token])


def player_config(
    *, request, activity: H5PActivity, lesson_id: int | None = None, block_id: str = ""
) -> dict | None:
    """What the platform page needs to embed one player, or None when the user may not play.

    A translation of an activity plays as the activity it translates (results
    and resume state stay with that one); `shown` is the version whose title
    and texts the reader gets (`selectors.activity_in_language`)."""
    activity = activity.original
    if not selectors.activity_user_can_play(user=request.user, activity=activity):
        return None
    token = player_token(request=request, activity=activity, lesson_id=lesson_id, block_id=block_id)
    shown = selectors.activity_in_language(
        activity=activity, language=get_language() or settings.LANGUAGE_CODE
    )
    return {
        "activity": activity,
        "shown": shown,
        "language": shown.locale.language_code,
        "src": embed_url(token, activity),
        "sandbox": iframe_sandbox(),
        "frame_origin": activity_origin(activity) or "null",
        "xapi_url": reverse("h5p:xapi", args=[activity.uuid]),
        "state_url": reverse("h5p:state", args=[activity.uuid]),
        "lesson_id": lesson_id or "",
        "block_id": block_id,
    }


def is_content_host(request) -> bool:
    """True when the request came to the content origin (to any activity's
    origin when it is a pattern)."""
    pattern = _host_pattern()
    return pattern is not None and bool(pattern.match(request.get_host().lower()))


def may_serve_activity(request, activity: H5PActivity) -> bool:
    """True when this request may be answered with `activity`'s player or
    files: on its own origin when a content origin is set (never on the
    platform's host, nor on another activity's), anywhere otherwise."""
    if not content_origin():
        return True
    return request.get_host().lower() == urlsplit(activity_origin(activity)).netloc.lower()


def embed_csp(parent_origin: str) -> str:
    """CSP of the player page: scripts and data only from this origin, no
    forms, no plugins, framed only by the platform page that asked for it."""
    sandbox = "sandbox " + iframe_sandbox()
    return "; ".join(
        [
            "default-src 'none'",
            # H5P core writes an inline bootstrap script into its own iframe.
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self' about:",
            "child-src 'self' about:",
            "form-action 'none'",
            "base-uri 'none'",
            "object-src 'none'",
            f"frame-ancestors {parent_origin}",
            sandbox,
        ]
    )


# Package files are data to the player; opened on their own (an SVG, say) they
# run no script and reach nothing.
FILE_CSP = (
    "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; font-src 'self' data:; sandbox"
)
