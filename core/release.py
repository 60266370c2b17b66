"""The release fingerprint: a short name of the running release, part of the
key of everything kept in the shared cache that the code shapes (rendered
pages and readings under the content version, scenario reads and debrief
bodies, the dashboard), so that a process running a new release never reads
what an older one stored, and needs no format number raised by hand
(docs/deploy.md, "Cached pages on upgrade").

It is a hash of the contents of the project's own files that shape what is
cached (Python code, templates, compiled translations, static files, data)
and of the pinned requirements, taken by relative path: the same on every
app server running the same release, whatever the files' dates.
`settings.RELEASE_FINGERPRINT` (PCU_RELEASE) names the release instead.
"""

import functools
import hashlib
import os
import re
import struct
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# What shapes cached output: code, templates and e-mail texts, compiled
# catalogues, the H5P libraries' JSON, the static files whose hashed names
# pages carry, the data the risk engine is fitted on, and the pinned
# requirements (requirements*.txt, package-lock.json at the root).
EXTENSIONS = frozenset({".py", ".html", ".txt", ".mo", ".json", ".css", ".js", ".svg", ".csv"})
# Installed packages (named by the requirements instead), what the site
# writes at run time, collected static files, tests, and the benchmark and
# docs, whose results and prose shape no page. Hidden directories (.git,
# .ci, tool caches) are skipped too.
SKIPPED_DIRS = frozenset(
    {".venv", "node_modules", "var", "media", "static_collected", "tests", "__pycache__", "bench", "docs"}
)
# A name a deployment may give its release: it goes into cache keys as is.
RELEASE_NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")

_MO_MAGIC = {b"\xde\x12\x04\x95": "<", b"\x95\x04\x12\xde": ">"}


def _mo_messages(data: bytes) -> bytes:
    """A compiled catalogue's messages, sorted: msgfmt's versions and options
    may lay out the same messages differently (a hash table or none), and
    every server compiles its own catalogues. A file that does not parse
    counts as its bytes."""
    order = _MO_MAGIC.get(data[:4])
    if order is None or len(data) < 20:
        return data
    count, originals, translations = struct.unpack_from(order + "3I", data, 8)
    tables = [data[start : start + 8 * count] for start in (originals, translations)]
    if any(len(table) != 8 * count for table in tables):
        return data
    pairs = sorted(
        (data[o : o + n], data[t : t + m])
        for (n, o), (m, t) in zip(*(struct.iter_unpack(order + "2I", table) for table in tables), strict=True)
    )
    return b"".join(len(a).to_bytes(8) + a + len(b).to_bytes(8) + b for a, b in pairs)


def tree_files(root: Path, *, skip: Iterable[Path] = ()) -> list[str]:
    """The files under `root` that the fingerprint covers, as sorted
    relative POSIX paths: EXTENSIONS outside SKIPPED_DIRS, hidden
    directories and the directories `skip` names (static and media roots)."""
    # Both resolved, so a directory under the root is compared by the path
    # os.walk gives it (a link to a directory is never walked into).
    root = Path(root).resolve()
    skipped = {Path(path).resolve() for path in skip}
    found = []
    for directory, dirnames, filenames in os.walk(root):
        here = Path(directory)
        dirnames[:] = [
            name
            for name in dirnames
            if name not in SKIPPED_DIRS and not name.startswith(".") and here / name not in skipped
        ]
        found.extend(
            (here / name).relative_to(root).as_posix()
            for name in filenames
            if os.path.splitext(name)[1] in EXTENSIONS
        )
    return sorted(found)


def tree_fingerprint(root: Path, *, skip: Iterable[Path] = ()) -> str:
    """16 hex characters naming the contents of `tree_files(root)`, each
    file with its relative path: another file, a file moved or a byte
    changed gives another fingerprint; dates do not count."""
    root = Path(root)
    digest = hashlib.blake2b(digest_size=8)
    for relative in tree_files(root, skip=skip):
        data = (root / relative).read_bytes()
        if relative.endswith(".mo"):
            data = _mo_messages(data)
        digest.update(relative.encode() + b"\0")
        digest.update(hashlib.blake2b(data, digest_size=32).digest())
    return digest.hexdigest()


@functools.cache
def release_fingerprint() -> str:
    """The running release's name in cache keys: settings.RELEASE_FINGERPRINT
    when set, else the fingerprint of the project's files under BASE_DIR.
    Computed once per process, on first use."""
    named = settings.RELEASE_FINGERPRINT
    if named:
        if not RELEASE_NAME.fullmatch(named):
            raise ImproperlyConfigured(
                f"PCU_RELEASE must be 1 to 64 letters, digits, dots, dashes or underscores, got {named!r}."
            )
        return named
    roots = [root for root in (settings.STATIC_ROOT, settings.MEDIA_ROOT) if root]
    return tree_fingerprint(Path(settings.BASE_DIR), skip=roots)
