"""A real H5P package made elsewhere: H5P Group's True/False Question 1.6 with
its libraries, as h5p.org exported it ("Hello World"). It ships with
h5p-standalone 2.1.0 (MIT) as that project's test content; package.json
installs it as a dev dependency, and nothing of it is copied here."""

import io
import zipfile
from pathlib import Path

from django.conf import settings

WORKSPACE = Path(settings.BASE_DIR) / "node_modules" / "h5p-standalone-2-test-content" / "test" / "workspace"
TITLE = "Hello World"
MAIN_LIBRARY = ("H5P.TrueFalse", 1, 6)
# The libraries the content uses; the package also brings two editor libraries it does not.
USED_LIBRARIES = {
    "Drop-1.0",
    "FontAwesome-4.5",
    "H5P.FontIcons-1.0",
    "H5P.JoubelUI-1.3",
    "H5P.Question-1.4",
    "H5P.Transition-1.0",
    "H5P.TrueFalse-1.6",
    "Tether-1.0",
}


def pack_truefalse() -> bytes:
    """The workspace zipped as an `.h5p` file, every file as published."""
    if not (WORKSPACE / "h5p.json").is_file():
        raise RuntimeError(f"{WORKSPACE} is missing: run `make npm` (package.json's dev dependency).")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(WORKSPACE.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(WORKSPACE).as_posix())
    return buffer.getvalue()
