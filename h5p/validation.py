"""Validation of an uploaded `.h5p` package before anything is stored.

`package_validate()` reads the archive directory first (sizes, counts,
compression ratios, paths, symlinks, extensions) so that a zip bomb or a
zip-slip archive is refused without extracting a byte, then reads the members
with hard size caps and checks the H5P metadata: `h5p.json`,
`content/content.json`, every library folder and its `library.json`, language
files, the core API version and the dependency closure.

pyh5p offers similar checks, but its extension whitelist is wider than H5P's
default (it allows SVG and JavaScript in content and WebAssembly anywhere) and
its messages cannot be translated, so the rules here are our own. The tests
use pyh5p as an independent second reader of their packages
(tests/h5p/test_pyh5p_second_reader.py).
"""

from __future__ import annotations

import re
import stat
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.errors import UserFacingError
from core.jsonsafe import JSONLimitError, json_loads_bounded

# H5P's default whitelist (h5p-php-library, H5PCore::$defaultContentWhitelist
# and $defaultLibraryWhitelistExtras).
CONTENT_EXTENSIONS = frozenset(
    [
        "json",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "bmp",
        "tif",
        "tiff",
        "eot",
        "ttf",
        "woff",
        "woff2",
        "otf",
        "webm",
        "mp4",
        "ogg",
        "mp3",
        "m4a",
        "wav",
        "txt",
        "pdf",
        "rtf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "odt",
        "ods",
        "odp",
        "csv",
        "diff",
        "patch",
        "swf",
        "md",
        "textile",
        "vtt",
        "webvtt",
        "gltf",
        "glb",
    ]
)
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | frozenset({"js", "css", "svg", "xml"})

# The newest H5P core API the bundled player (h5p-standalone 3.8) implements.
SUPPORTED_CORE_API = (1, 27)

MACHINE_NAME = re.compile(r"^[\w.\-]{1,255}$")
LIBRARY_FOLDER = re.compile(r"^(?P<name>[\w.\-]{1,255})-(?P<major>\d+)\.(?P<minor>\d+)$")
LANGUAGE_FILE = re.compile(r"^(-?[a-z]+){1,7}\.json$", re.IGNORECASE)
WINDOWS_DRIVE = re.compile(r"^[a-zA-Z]:")
# Files below this size compress however they like; the ratio rule is for bombs.
RATIO_FLOOR = 64 * 1024
# Stored paths: H5PFile.path holds 500 characters, file systems 255 bytes a name
# (the storage may add a suffix to a name).
MAX_PATH_LENGTH = 400
MAX_NAME_BYTES = 200


class PackageInvalid(UserFacingError):
    """The package is refused; `message` (translatable) names the problem."""


@dataclass(frozen=True, order=True)
class LibraryRef:
    machine_name: str
    major: int
    minor: int

    @property
    def folder(self) -> str:
        return f"{self.machine_name}-{self.major}.{self.minor}"

    def __str__(self) -> str:
        return f"{self.machine_name} {self.major}.{self.minor}"


@dataclass(frozen=True)
class PackageLimits:
    max_package_size: int
    max_uncompressed_size: int
    max_file_size: int
    max_files: int
    max_compression_ratio: int

    @classmethod
    def from_settings(cls) -> PackageLimits:
        return cls(
            max_package_size=settings.H5P_MAX_PACKAGE_SIZE,
            max_uncompressed_size=settings.H5P_MAX_UNCOMPRESSED_SIZE,
            max_file_size=settings.H5P_MAX_FILE_SIZE,
            max_files=settings.H5P_MAX_FILES,
            max_compression_ratio=settings.H5P_MAX_COMPRESSION_RATIO,
        )


@dataclass
class PackagedLibrary:
    ref: LibraryRef
    patch: int
    metadata: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)


@dataclass
class ValidatedPackage:
    """What a valid package holds. `libraries_to_install` are the package's
    libraries that the uploader may install and that are new (or newer patch
    versions); `dependencies` is every library the content needs to play."""

    metadata: dict[str, Any]
    h5p_json: bytes
    content_files: dict[str, bytes]
    main_library: LibraryRef
    dependencies: list[LibraryRef]
    libraries_to_install: list[PackagedLibrary]

    @property
    def title(self) -> str:
        return str(self.metadata.get("title", ""))


def _fmt(message, **params) -> str:
    return message % params


def _check_path(name: str) -> list[str]:
    """The path's components, or PackageInvalid for any zip-slip trick."""
    if "\\" in name:
        raise PackageInvalid(
            _fmt(_("“%(path)s” contains a backslash; package paths must use “/”."), path=name)
        )
    if "\x00" in name:
        raise PackageInvalid(_fmt(_("“%(path)s” contains a NUL character."), path=name))
    if name.startswith("/") or WINDOWS_DRIVE.match(name):
        raise PackageInvalid(
            _fmt(_("“%(path)s” is an absolute path; package paths must be relative."), path=name)
        )
    parts = name.rstrip("/").split("/")
    if any(part in ("..", ".") for part in parts):
        raise PackageInvalid(
            _fmt(_("“%(path)s” contains a “..” or “.” component (a path outside the package)."), path=name)
        )
    if any(part == "" for part in parts):
        raise PackageInvalid(_fmt(_("“%(path)s” contains an empty path component."), path=name))
    if len(name) > MAX_PATH_LENGTH or any(len(part.encode()) > MAX_NAME_BYTES for part in parts):
        raise PackageInvalid(
            _fmt(
                _(
                    "“%(path)s…” is too long: at most %(path_limit)d characters, %(name_limit)d bytes per name."
                ),
                path=name[:60],
                path_limit=MAX_PATH_LENGTH,
                name_limit=MAX_NAME_BYTES,
            )
        )
    return parts


def _is_ignored(parts: list[str]) -> bool:
    # Archivers add these; H5P skips hidden files and folders too.
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


def _extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def _check_directory(
    archive: zipfile.ZipFile, limits: PackageLimits
) -> list[tuple[zipfile.ZipInfo, list[str]]]:
    """Every rule that the archive directory alone can decide, before any member is read."""
    infos = archive.infolist()
    files = [info for info in infos if not info.is_dir()]
    if len(files) > limits.max_files:
        raise PackageInvalid(
            _fmt(
                _("The package has %(count)d files; at most %(limit)d are allowed."),
                count=len(files),
                limit=limits.max_files,
            )
        )
    total = sum(info.file_size for info in files)
    if total > limits.max_uncompressed_size:
        raise PackageInvalid(
            _fmt(
                _("The package expands to %(size)d bytes; at most %(limit)d are allowed."),
                size=total,
                limit=limits.max_uncompressed_size,
            )
        )
    seen: set[str] = set()
    members = []
    for info in infos:
        parts = _check_path(info.filename)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageInvalid(
                _fmt(_("“%(path)s” is a symbolic link; links are not allowed."), path=info.filename)
            )
        if info.is_dir():
            continue
        if info.flag_bits & 0x1:
            raise PackageInvalid(_fmt(_("“%(path)s” is encrypted."), path=info.filename))
        key = info.filename.lower()
        if key in seen:
            raise PackageInvalid(_fmt(_("“%(path)s” appears twice in the package."), path=info.filename))
        seen.add(key)
        if info.file_size > limits.max_file_size:
            raise PackageInvalid(
                _fmt(
                    _("“%(path)s” is %(size)d bytes; one file may have at most %(limit)d."),
                    path=info.filename,
                    size=info.file_size,
                    limit=limits.max_file_size,
                )
            )
        if (
            info.file_size >= RATIO_FLOOR
            and info.file_size / max(info.compress_size, 1) > limits.max_compression_ratio
        ):
            raise PackageInvalid(
                _fmt(
                    _(
                        "“%(path)s” is compressed more than %(limit)d times (a zip bomb?); "
                        "the package is refused."
                    ),
                    path=info.filename,
                    limit=limits.max_compression_ratio,
                )
            )
        if _is_ignored(parts):
            continue
        extension = _extension(info.filename)
        in_library = len(parts) > 1 and parts[0] != "content"
        allowed = LIBRARY_EXTENSIONS if in_library else CONTENT_EXTENSIONS
        if extension not in allowed:
            raise PackageInvalid(
                _fmt(
                    _("“%(path)s” has a file type that H5P does not allow (%(extension)s)."),
                    path=info.filename,
                    extension=extension or _("no extension"),
                )
            )
        members.append((info, parts))
    return members


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: PackageLimits) -> bytes:
    """The member's bytes, never more than the directory promised or the limit allows."""
    cap = min(info.file_size, limits.max_file_size)
    with archive.open(info) as stream:
        data = stream.read(cap + 1)
    if len(data) > cap:
        raise PackageInvalid(
            _fmt(_("“%(path)s” is larger than the archive directory says."), path=info.filename)
        )
    return data


def _json(data: bytes, path: str) -> Any:
    try:
        return json_loads_bounded(data, max_bytes=settings.H5P_MAX_FILE_SIZE)
    except JSONLimitError as exc:
        raise PackageInvalid(_fmt(_("“%(path)s”: %(error)s"), path=path, error=exc.message)) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageInvalid(_fmt(_("“%(path)s” is not valid JSON."), path=path)) from exc


def _version(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and value >= 0:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


DEPENDENCY_KEYS = ("preloadedDependencies", "dynamicDependencies", "editorDependencies")


def dependency_refs(value: Any, where: str) -> list[LibraryRef]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise PackageInvalid(_fmt(_("%(where)s: the dependencies must be a list."), where=where))
    refs = []
    for item in value:
        name = item.get("machineName") if isinstance(item, dict) else None
        major = _version(item.get("majorVersion")) if isinstance(item, dict) else None
        minor = _version(item.get("minorVersion")) if isinstance(item, dict) else None
        if not isinstance(name, str) or not MACHINE_NAME.match(name):
            raise PackageInvalid(_fmt(_("%(where)s: a dependency has no valid machineName."), where=where))
        if major is None or minor is None:
            raise PackageInvalid(
                _fmt(
                    _("%(where)s: dependency %(name)s needs numeric majorVersion and minorVersion."),
                    where=where,
                    name=name,
                )
            )
        refs.append(LibraryRef(name, major, minor))
    return refs


def _check_h5p_json(metadata: Any) -> tuple[LibraryRef, list[LibraryRef]]:
    if not isinstance(metadata, dict):
        raise PackageInvalid(_("h5p.json must be a JSON object."))
    for key in ("title", "language", "mainLibrary"):
        if not isinstance(metadata.get(key), str) or not metadata[key].strip():
            raise PackageInvalid(_fmt(_("h5p.json has no valid “%(key)s”."), key=key))
    embed_types = metadata.get("embedTypes")
    if (
        not isinstance(embed_types, list)
        or not embed_types
        or not all(item in ("div", "iframe") for item in embed_types)
    ):
        raise PackageInvalid(_("h5p.json has no valid “embedTypes” (a list of “div” and/or “iframe”)."))
    if "preloadedDependencies" not in metadata:
        raise PackageInvalid(_fmt(_("h5p.json has no valid “%(key)s”."), key="preloadedDependencies"))
    dependencies = dependency_refs(metadata["preloadedDependencies"], "h5p.json")
    main_name = metadata["mainLibrary"]
    main = next((ref for ref in dependencies if ref.machine_name == main_name), None)
    if main is None:
        raise PackageInvalid(
            _fmt(
                _("h5p.json: the main library %(name)s is not among the preloadedDependencies."),
                name=main_name,
            )
        )
    return main, dependencies


def _check_library(folder: str, files: dict[str, bytes]) -> PackagedLibrary:
    match = LIBRARY_FOLDER.match(folder)
    if match is None:
        raise PackageInvalid(
            _fmt(
                _("The folder “%(folder)s” is not a library folder named Machine.Name-Major.Minor."),
                folder=folder,
            )
        )
    where = f"{folder}/library.json"
    if "library.json" not in files:
        raise PackageInvalid(_fmt(_("%(where)s is missing."), where=where))
    metadata = _json(files["library.json"], where)
    if not isinstance(metadata, dict):
        raise PackageInvalid(_fmt(_("%(where)s must be a JSON object."), where=where))
    if not isinstance(metadata.get("title"), str) or not metadata["title"].strip():
        raise PackageInvalid(_fmt(_("%(where)s has no title."), where=where))
    name = metadata.get("machineName")
    major = _version(metadata.get("majorVersion"))
    minor = _version(metadata.get("minorVersion"))
    patch = _version(metadata.get("patchVersion"))
    if not isinstance(name, str) or major is None or minor is None or patch is None:
        raise PackageInvalid(
            _fmt(
                _("%(where)s needs a machineName and numeric majorVersion, minorVersion and patchVersion."),
                where=where,
            )
        )
    ref = LibraryRef(name, major, minor)
    if ref.folder != folder:
        raise PackageInvalid(
            _fmt(
                _("%(where)s describes %(library)s, which does not match its folder name."),
                where=where,
                library=f"{ref.folder}",
            )
        )
    core_api = metadata.get("coreApi")
    if core_api is not None:
        api_major = _version(core_api.get("majorVersion")) if isinstance(core_api, dict) else None
        api_minor = _version(core_api.get("minorVersion")) if isinstance(core_api, dict) else None
        if api_major is None or api_minor is None:
            raise PackageInvalid(_fmt(_("%(where)s has an invalid coreApi."), where=where))
        if (api_major, api_minor) > SUPPORTED_CORE_API:
            raise PackageInvalid(
                _fmt(
                    _(
                        "%(library)s needs H5P core API %(needed)s; this platform supports up to %(supported)s."
                    ),
                    library=str(ref),
                    needed=f"{api_major}.{api_minor}",
                    supported=".".join(map(str, SUPPORTED_CORE_API)),
                )
            )
    for key in ("preloadedJs", "preloadedCss"):
        entries = metadata.get(key, [])
        if not isinstance(entries, list):
            raise PackageInvalid(_fmt(_("%(where)s: %(key)s must be a list."), where=where, key=key))
        for entry in entries:
            path = entry.get("path") if isinstance(entry, dict) else None
            if not isinstance(path, str) or path not in files:
                raise PackageInvalid(
                    _fmt(
                        _("%(where)s lists %(path)s in %(key)s, but the file is not in the package."),
                        where=where,
                        path=str(path),
                        key=key,
                    )
                )
    for key in DEPENDENCY_KEYS:
        dependency_refs(metadata.get(key), where)
    for path, data in files.items():
        if path.startswith("language/"):
            base = path.removeprefix("language/")
            if "/" in base or not LANGUAGE_FILE.match(base):
                raise PackageInvalid(
                    _fmt(_("“%(path)s” is not a valid language file name."), path=f"{folder}/{path}")
                )
            _json(data, f"{folder}/{path}")
    if "semantics.json" in files:
        _json(files["semantics.json"], f"{folder}/semantics.json")
    return PackagedLibrary(ref=ref, patch=patch, metadata=metadata, files=files)


def package_validate(
    stream: IO[bytes],
    *,
    installed: Mapping[LibraryRef, tuple[int, dict[str, Any]]],
    may_upload_libraries: bool,
    limits: PackageLimits | None = None,
) -> ValidatedPackage:
    """Validate the `.h5p` file in `stream`; raise PackageInvalid naming the first problem.

    `installed` maps each installed library to its (patch version, library.json).
    Without `may_upload_libraries` the package's own libraries are validated but
    ignored: everything the content needs must already be installed.
    """
    limits = limits or PackageLimits.from_settings()
    stream.seek(0, 2)
    size = stream.tell()
    stream.seek(0)
    if size > limits.max_package_size:
        raise PackageInvalid(
            _fmt(
                _("The file is %(size)d bytes; an H5P package may have at most %(limit)d."),
                size=size,
                limit=limits.max_package_size,
            )
        )
    if not zipfile.is_zipfile(stream):
        raise PackageInvalid(_("The file is not a ZIP archive; an .h5p file is a ZIP archive."))
    stream.seek(0)
    try:
        archive = zipfile.ZipFile(stream)
        members = _check_directory(archive, limits)
        data = {info.filename: _read(archive, info, limits) for info, _parts in members}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, OSError) as exc:
        raise PackageInvalid(_("The ZIP archive is damaged and cannot be read.")) from exc

    if "h5p.json" not in data:
        raise PackageInvalid(_("h5p.json is missing from the top of the package."))
    metadata = _json(data["h5p.json"], "h5p.json")
    main, direct = _check_h5p_json(metadata)
    if "content/content.json" not in data:
        raise PackageInvalid(_("content/content.json is missing."))
    if not isinstance(_json(data["content/content.json"], "content/content.json"), dict):
        raise PackageInvalid(_("content/content.json must be a JSON object."))

    content_files: dict[str, bytes] = {}
    folders: dict[str, dict[str, bytes]] = {}
    for name, payload in data.items():
        head, _sep, rest = name.partition("/")
        if head == "content" and rest:
            content_files[rest] = payload
        elif rest:
            folders.setdefault(head, {})[rest] = payload
        # Other top-level files (h5p.json aside) play no part and are not stored.
    packaged = {}
    for folder, files in sorted(folders.items()):
        library = _check_library(folder, files)
        packaged[library.ref] = library

    # Which copy of each library the content will use.
    usable: dict[LibraryRef, dict[str, Any]] = {ref: meta for ref, (_patch, meta) in installed.items()}
    to_install = []
    if may_upload_libraries:
        for ref, library in packaged.items():
            current = installed.get(ref)
            if current is None or library.patch > current[0]:
                usable[ref] = library.metadata
                to_install.append(library)

    needed: list[LibraryRef] = []
    pending = [main, *direct]
    while pending:
        ref = pending.pop(0)
        if ref in needed:
            continue
        meta = usable.get(ref)
        if meta is None:
            if ref in packaged and not may_upload_libraries:
                raise PackageInvalid(
                    _fmt(
                        _(
                            "The package brings library %(library)s, which is not installed, and you "
                            "may not upload libraries. Ask an administrator to install it."
                        ),
                        library=str(ref),
                    )
                )
            raise PackageInvalid(
                _fmt(
                    _("The library %(library)s is needed but is neither in the package nor installed."),
                    library=str(ref),
                )
            )
        needed.append(ref)
        pending.extend(dependency_refs(meta.get("preloadedDependencies"), f"{ref.folder}/library.json"))
    return ValidatedPackage(
        metadata=metadata,
        h5p_json=data["h5p.json"],
        content_files=content_files,
        main_library=main,
        dependencies=needed,
        libraries_to_install=[lib for lib in to_install if lib.ref in needed],
    )
