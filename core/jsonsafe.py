"""The one JSON loader for files people upload (scenario documents, every
JSON file of an H5P package, JSON request bodies): bounded in size and in
nesting depth, so that a hostile file gets a clear error instead of
exhausting memory or the interpreter's recursion limit.

The depth is measured before parsing, by a scan that never recurses, and
`json.loads` runs only on text within the bound.
"""

import json
import re
from typing import Any

from django.utils.translation import gettext_lazy as _

#: Deep enough for any scenario document (about 6 levels) and H5P content
#: (nested content types reach about 30); far below Python's recursion limit.
MAX_JSON_DEPTH = 100

TOO_DEEP = _("The JSON is nested more than %(limit)d levels deep.")
TOO_LARGE = _("The JSON is larger than %(limit)d bytes.")

# A string literal (skipped whole, with its escapes) or a bracket.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


class JSONLimitError(ValueError):
    """The text is too large or too deeply nested; `message` says which."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def json_depth_exceeds(text: str, limit: int) -> bool:
    """True when brackets in `text` (outside strings) nest deeper than `limit`."""
    depth = 0
    for match in _TOKEN.finditer(text):
        piece = match.group()
        if piece in ("[", "{"):
            depth += 1
            if depth > limit:
                return True
        elif piece in ("]", "}"):
            depth -= 1
    return False


def json_loads_bounded(data: bytes | str, *, max_bytes: int, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """`json.loads(data)` for at most `max_bytes` bytes nested at most
    `max_depth` levels. Raises JSONLimitError (a ValueError) beyond either,
    UnicodeDecodeError or ValueError for what is not UTF-8 JSON."""
    if len(data) > max_bytes:
        raise JSONLimitError(str(TOO_LARGE % {"limit": max_bytes}))
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    if json_depth_exceeds(text, max_depth):
        raise JSONLimitError(str(TOO_DEEP % {"limit": max_depth}))
    return json.loads(text)
