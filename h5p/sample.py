"""Our own small H5P content type (PCU.SelectionCheck 1.0, in `contenttype/`)
and a packer that builds `.h5p` files with it: used by the tests, the demo
data and anyone who wants a package without a network."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

LIBRARY_DIR = Path(__file__).resolve().parent / "contenttype" / "PCU.SelectionCheck-1.0"
LIBRARY_FOLDER = LIBRARY_DIR.name
MACHINE_NAME = "PCU.SelectionCheck"


def library_files() -> dict[str, bytes]:
    """The content type's files, keyed by their path inside the library folder."""
    return {
        path.relative_to(LIBRARY_DIR).as_posix(): path.read_bytes()
        for path in sorted(LIBRARY_DIR.rglob("*"))
        if path.is_file()
    }


def sample_content(
    *,
    question: str = "Which document states what the container holds?",
    answers: tuple[tuple, ...] = (
        ("The bill of lading", False),
        ("The cargo manifest", True),
        ("The crew list", False),
    ),
    l10n: dict[str, str] | None = None,
) -> dict[str, Any]:
    """content.json of a selection check. Each answer is (text, correct) or
    (text, correct, feedback), the feedback saying why it is right or wrong."""
    content: dict[str, Any] = {"question": question, "answers": []}
    for text, correct, *feedback in answers:
        answer: dict[str, Any] = {"text": text, "correct": correct}
        if feedback and feedback[0]:
            answer["feedback"] = feedback[0]
        content["answers"].append(answer)
    if l10n:
        content["l10n"] = l10n
    return content


def sample_h5p_json(*, title: str = "Selection check", language: str = "en") -> dict[str, Any]:
    return {
        "title": title,
        "language": language,
        "mainLibrary": MACHINE_NAME,
        "embedTypes": ["iframe"],
        "license": "U",
        "preloadedDependencies": [{"machineName": MACHINE_NAME, "majorVersion": 1, "minorVersion": 0}],
    }


def pack_h5p(
    *,
    title: str = "Selection check",
    content: dict[str, Any] | None = None,
    h5p_json: dict[str, Any] | None = None,
    include_library: bool = True,
    extra_files: dict[str, bytes | str] | None = None,
    omit: tuple[str, ...] = (),
) -> bytes:
    """A `.h5p` file (bytes) with our content type.

    `extra_files` adds or replaces members (path -> bytes or text); `omit`
    drops members by path. Both exist so tests can craft broken packages.
    """
    members: dict[str, bytes | str] = {
        "h5p.json": json.dumps(h5p_json if h5p_json is not None else sample_h5p_json(title=title)),
        "content/content.json": json.dumps(content if content is not None else sample_content()),
    }
    if include_library:
        for path, data in library_files().items():
            members[f"{LIBRARY_FOLDER}/{path}"] = data
    members.update(extra_files or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in members.items():
            if path in omit:
                continue
            archive.writestr(path, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()
