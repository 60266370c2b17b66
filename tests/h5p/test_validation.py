"""Every validation rule has a crafted package that breaks it (and only it)."""

import io
import json
import stat
import zipfile

import pytest

from h5p import sample
from h5p.validation import LibraryRef, PackageInvalid, PackageLimits, package_validate

LIMITS = PackageLimits(
    max_package_size=5 * 1024 * 1024,
    max_uncompressed_size=8 * 1024 * 1024,
    max_file_size=3 * 1024 * 1024,
    max_files=50,
    max_compression_ratio=100,
)
LIB = sample.LIBRARY_FOLDER
OUR_LIBRARY = LibraryRef("PCU.SelectionCheck", 1, 0)


def library_json(**changes):
    data = json.loads((sample.LIBRARY_DIR / "library.json").read_text())
    data.update(changes)
    return {f"{LIB}/library.json": json.dumps(data)}


def h5p_json(**changes):
    data = sample.sample_h5p_json()
    data.update(changes)
    for key, value in list(data.items()):
        if value is None:
            del data[key]
    return data


def validate(data: bytes, *, installed=None, may_upload_libraries=True, limits=LIMITS):
    return package_validate(
        io.BytesIO(data),
        installed=installed or {},
        may_upload_libraries=may_upload_libraries,
        limits=limits,
    )


def raw_zip(entries):
    """entries: (ZipInfo or name, bytes) pairs written as they are."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return buffer.getvalue()


def with_member(info, data=b"x"):
    """Our valid package plus one raw member."""
    good = zipfile.ZipFile(io.BytesIO(sample.pack_h5p()))
    entries = [(item, good.read(item)) for item in good.infolist()]
    return raw_zip([*entries, (info, data)])


def symlink_info(name):
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def test_our_sample_package_is_valid():
    package = validate(sample.pack_h5p(title="Manifest check"))
    assert package.title == "Manifest check"
    assert package.main_library == OUR_LIBRARY
    assert package.dependencies == [OUR_LIBRARY]
    assert [lib.ref for lib in package.libraries_to_install] == [OUR_LIBRARY]
    assert "content.json" in package.content_files


BROKEN = {
    "not a zip": (b"this is plain text, not an archive", "not a ZIP archive"),
    "damaged zip": (sample.pack_h5p()[:-30], "not a ZIP archive"),
    "absolute path": (with_member("/etc/cron.d/evil.txt"), "absolute path"),
    "windows drive path": (with_member("C:/evil.txt"), "absolute path"),
    "parent component": (with_member("content/../../evil.txt"), "“..”"),
    "backslash": (with_member("content\\..\\evil.txt"), "backslash"),
    "symlink": (with_member(symlink_info("content/link.txt"), b"/etc/passwd"), "symbolic link"),
    "content script": (sample.pack_h5p(extra_files={"content/run.js": "alert(1)"}), "(js)"),
    "content svg": (sample.pack_h5p(extra_files={"content/images/a.svg": "<svg/>"}), "(svg)"),
    "html anywhere": (sample.pack_h5p(extra_files={f"{LIB}/page.html": "<p>"}), "(html)"),
    "no extension": (sample.pack_h5p(extra_files={"content/README": "x"}), "no extension"),
    "h5p.json missing": (sample.pack_h5p(omit=("h5p.json",)), "h5p.json is missing"),
    "h5p.json not json": (
        sample.pack_h5p(extra_files={"h5p.json": "{title:"}),
        "h5p.json” is not valid JSON",
    ),
    "h5p.json without title": (sample.pack_h5p(h5p_json=h5p_json(title=None)), "“title”"),
    "h5p.json without language": (sample.pack_h5p(h5p_json=h5p_json(language=None)), "“language”"),
    "h5p.json without mainLibrary": (sample.pack_h5p(h5p_json=h5p_json(mainLibrary=None)), "“mainLibrary”"),
    "h5p.json bad embedTypes": (sample.pack_h5p(h5p_json=h5p_json(embedTypes=["popup"])), "“embedTypes”"),
    "h5p.json without dependencies": (
        sample.pack_h5p(h5p_json=h5p_json(preloadedDependencies=None)),
        "“preloadedDependencies”",
    ),
    "dependency without machineName": (
        sample.pack_h5p(h5p_json=h5p_json(preloadedDependencies=[{"majorVersion": 1, "minorVersion": 0}])),
        "no valid machineName",
    ),
    "dependency with text version": (
        sample.pack_h5p(
            h5p_json=h5p_json(
                preloadedDependencies=[
                    {"machineName": "PCU.SelectionCheck", "majorVersion": "one", "minorVersion": 0}
                ]
            )
        ),
        "numeric majorVersion and minorVersion",
    ),
    "main library not a dependency": (
        sample.pack_h5p(h5p_json=h5p_json(mainLibrary="H5P.Other")),
        "not among the preloadedDependencies",
    ),
    "content.json missing": (
        sample.pack_h5p(omit=("content/content.json",)),
        "content/content.json is missing",
    ),
    "content.json not json": (
        sample.pack_h5p(extra_files={"content/content.json": "{'a': 1}"}),
        "content/content.json” is not valid JSON",
    ),
    "library folder misnamed": (
        sample.pack_h5p(extra_files={"PCU.Stray/library.json": "{}"}),
        "not a library folder named Machine.Name-Major.Minor",
    ),
    "library.json missing": (sample.pack_h5p(omit=(f"{LIB}/library.json",)), "library.json is missing"),
    "library.json not json": (sample.pack_h5p(extra_files={f"{LIB}/library.json": "["}), "is not valid JSON"),
    "library name mismatch": (
        sample.pack_h5p(extra_files=library_json(machineName="PCU.Other")),
        "does not match its folder name",
    ),
    "library version mismatch": (
        sample.pack_h5p(extra_files=library_json(minorVersion=3)),
        "does not match its folder name",
    ),
    "library patch version not a number": (
        # "²" passes str.isdigit(); int() refuses it.
        sample.pack_h5p(extra_files=library_json(patchVersion="²")),
        "numeric majorVersion, minorVersion and patchVersion",
    ),
    "library without patch version": (
        sample.pack_h5p(extra_files=library_json(patchVersion=None)),
        "numeric majorVersion, minorVersion and patchVersion",
    ),
    "preloaded js missing": (
        sample.pack_h5p(omit=(f"{LIB}/selection-check.js",)),
        "selection-check.js in preloadedJs",
    ),
    "preloaded css missing": (
        sample.pack_h5p(omit=(f"{LIB}/selection-check.css",)),
        "selection-check.css in preloadedCss",
    ),
    "language file not json": (
        sample.pack_h5p(extra_files={f"{LIB}/language/kk.json": "{"}),
        "language/kk.json” is not valid JSON",
    ),
    "language file badly named": (
        sample.pack_h5p(extra_files={f"{LIB}/language/ru_RU!.json": "{}"}),
        "not a valid language file name",
    ),
    "core api too new": (
        sample.pack_h5p(extra_files=library_json(coreApi={"majorVersion": 2, "minorVersion": 0})),
        "needs H5P core API 2.0",
    ),
    "main library absent": (
        sample.pack_h5p(include_library=False),
        "PCU.SelectionCheck 1.0 is needed but is neither in the package nor installed",
    ),
    "sub-dependency absent": (
        sample.pack_h5p(
            extra_files=library_json(
                preloadedDependencies=[{"machineName": "H5P.JoubelUI", "majorVersion": 1, "minorVersion": 3}]
            )
        ),
        "H5P.JoubelUI 1.3 is needed",
    ),
}


@pytest.mark.parametrize(("data", "expected"), BROKEN.values(), ids=BROKEN.keys())
def test_broken_package_is_refused_with_a_message_naming_the_problem(data, expected):
    with pytest.raises(PackageInvalid) as caught:
        validate(data)
    assert expected in str(caught.value.message)


def zeros(size):
    return b"\0" * size


@pytest.mark.parametrize(
    ("data", "limits", "expected"),
    [
        (
            sample.pack_h5p(),
            PackageLimits(1000, 10**7, 10**7, 50, 100),
            "an H5P package may have at most 1000",
        ),
        (sample.pack_h5p(), PackageLimits(10**7, 10**7, 10**7, 3, 100), "at most 3 are allowed"),
        (sample.pack_h5p(), PackageLimits(10**7, 2000, 10**7, 50, 100), "expands to"),
        (sample.pack_h5p(), PackageLimits(10**7, 10**7, 1000, 50, 100), "one file may have at most 1000"),
        (
            sample.pack_h5p(extra_files={"content/video.mp4": zeros(2 * 1024 * 1024)}),
            LIMITS,
            "compressed more than 100 times",
        ),
    ],
    ids=["package size", "file count", "uncompressed total", "file size", "compression ratio"],
)
def test_limits_are_enforced(data, limits, expected):
    with pytest.raises(PackageInvalid) as caught:
        validate(data, limits=limits)
    assert expected in str(caught.value.message)


def test_zip_bomb_is_refused_from_the_directory_without_reading_a_member(monkeypatch):
    bomb = sample.pack_h5p(extra_files={"content/video.mp4": zeros(4 * 1024 * 1024)})

    def no_reading(*args, **kwargs):
        raise AssertionError("a member was read before the directory was checked")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_reading)
    with pytest.raises(PackageInvalid, match="compressed more than"):
        validate(bomb, limits=PackageLimits(10**8, 10**8, 10**8, 50, 100))


def test_member_larger_than_its_directory_entry_is_refused():
    data = bytearray(sample.pack_h5p(extra_files={"content/notes.txt": "a" * 100}))
    # Lower the size recorded in the central directory entry of notes.txt to 10.
    name = b"content/notes.txt"
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    with pytest.raises(PackageInvalid):
        validate(bytes(data))


def test_package_libraries_are_ignored_without_the_library_permission_when_installed():
    installed = {OUR_LIBRARY: (0, json.loads((sample.LIBRARY_DIR / "library.json").read_text()))}
    package = validate(sample.pack_h5p(), installed=installed, may_upload_libraries=False)
    assert package.libraries_to_install == []
    assert package.dependencies == [OUR_LIBRARY]


def test_package_needing_an_uninstalled_library_is_refused_without_the_library_permission():
    with pytest.raises(PackageInvalid) as caught:
        validate(sample.pack_h5p(), may_upload_libraries=False)
    assert "you may not upload libraries" in str(caught.value.message)


def test_newer_patch_of_an_installed_library_is_installed_with_the_permission():
    meta = json.loads((sample.LIBRARY_DIR / "library.json").read_text())
    package = validate(
        sample.pack_h5p(extra_files=library_json(patchVersion=5)), installed={OUR_LIBRARY: (0, meta)}
    )
    assert [lib.patch for lib in package.libraries_to_install] == [5]
    same = validate(sample.pack_h5p(), installed={OUR_LIBRARY: (meta["patchVersion"], meta)})
    assert same.libraries_to_install == []


def test_hidden_archiver_files_are_skipped_not_refused():
    package = validate(sample.pack_h5p(extra_files={"__MACOSX/._h5p.json": b"\0\1", ".DS_Store": b"\0"}))
    assert package.main_library == OUR_LIBRARY
