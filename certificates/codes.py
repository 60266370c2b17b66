"""Verification codes: 80 random bits written as 16 Crockford base-32
characters in four groups of four (`K7Q4-9XMD-2HWP-5RTA`).

Crockford's alphabet leaves out I, L, O and U, so a code read aloud or typed
from paper survives the usual confusions: lower case, spaces, O for 0 and
I or L for 1 are all accepted and normalised. Pure Python; no Django."""

import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 16
GROUP = 4

_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " -_\t.")


def code_generate() -> str:
    """A fresh random code, grouped for typing."""
    return code_format("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def code_format(compact: str) -> str:
    return "-".join(compact[i : i + GROUP] for i in range(0, len(compact), GROUP))


@dataclass(frozen=True)
class CodeProblem:
    """Why a typed code cannot be a certificate code. `kind` is "length" or
    "characters"; `detail` carries the count or the offending characters."""

    kind: str
    detail: str


def code_normalise(raw: str) -> tuple[str | None, CodeProblem | None]:
    """(the canonical grouped code, None) or (None, the problem)."""
    compact = raw.upper().translate(_SEPARATORS).translate(_CONFUSABLE)
    bad = sorted({ch for ch in compact if ch not in ALPHABET})
    if bad:
        return None, CodeProblem("characters", " ".join(bad))
    if len(compact) != LENGTH:
        return None, CodeProblem("length", str(len(compact)))
    return code_format(compact), None
