"""The one view that serves files from the media storage by address, the
same in development (DEBUG) and production.

Only public course imagery lives under an address: Wagtail's image originals
and renditions (`PUBLIC_MEDIA_PREFIXES`). Everything else in the media
storage is private and has its own view with its own checks — certificate
PDFs (`/certificates/<pk>/pdf/`, the owner only, never a revoked one),
H5P package files (`/h5p/embed/<token>/package/...`, a signed player link,
the activity's own files only, sandboxed), Wagtail documents
(`/documents/<id>/<name>`, the collection's privacy rules). Asked for any
of those under `/media/`, this view answers 404.
"""

import mimetypes

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET

PUBLIC_MEDIA_PREFIXES = ("images/", "original_images/")

# An image opened on its own is a sandboxed document that runs no script
# (an SVG could carry some).
IMAGE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"


@require_GET
def public_media(request, path: str):
    parts = path.split("/")
    if not path.startswith(PUBLIC_MEDIA_PREFIXES) or any(part in ("", ".", "..") for part in parts):
        raise Http404
    if "\\" in path or "\0" in path:
        raise Http404
    try:
        handle = default_storage.open(path, "rb")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, SuspiciousFileOperation) as error:
        raise Http404 from error
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["Content-Security-Policy"] = IMAGE_POLICY
    response["Cache-Control"] = "public, max-age=86400"
    return response
