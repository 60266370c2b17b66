"""The content origin serves H5P content and nothing else."""

import re

from django.conf import settings
from django.http import HttpResponseNotFound

from . import player


def _content_paths() -> re.Pattern:
    languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
    static = re.escape(settings.STATIC_URL)
    return re.compile(rf"^(?:{static}|/(?:{languages})/h5p/embed/[^/]+/(?:package/.*)?$)")


class ContentHostMiddleware:
    """With `H5P_CONTENT_ORIGIN` set, a request to the content host (any
    activity's host when it is a pattern) gets 404 unless it asks for a
    player page, a package file or a static file the player loads: no
    sign-in page, no platform page, no admin, where package code (which runs
    with that origin) could meet a session. Placed right below the CSP
    middleware, before sessions, whitenoise and everything else."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.allowed = _content_paths()

    def __call__(self, request):
        on_content_host = player.content_origin() and player.is_content_host(request)
        if on_content_host and (
            request.method not in ("GET", "HEAD") or not self.allowed.match(request.path_info)
        ):
            return HttpResponseNotFound(b"Not found", content_type="text/plain; charset=utf-8")
        return self.get_response(request)
