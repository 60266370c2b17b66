"""Secret seeds: every seed the platform draws for itself (demo scenarios,
parallel forms of assessed exercises) is derived from the server-side
secret `settings.PCU_SEED_SECRET` with HMAC-SHA256, so the public code and a
public, nominal seed are not enough to rebuild what the seed produced.

An operator who chooses a seed explicitly (`manage.py generate_scenario
--seed N`) gets exactly that seed: it is their choice, not the platform's.
"""

import hashlib
import hmac
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# Seeds are non-negative and fit a signed 64-bit database column.
SEED_BITS = 63


def _secret() -> bytes:
    secret = getattr(settings, "PCU_SEED_SECRET", "")
    if not secret:
        raise ImproperlyConfigured("PCU_SEED_SECRET is not set: the platform cannot draw secret seeds.")
    return secret.encode()


def seed_derive(*, purpose: str, parts: Iterable[object] = ()) -> int:
    """A seed for `purpose` (a short dotted name, e.g. "scenarios.demo") and
    `parts` (what makes it unique: a nominal seed, an attempt's id...):
    HMAC-SHA256 of them under the seed secret, as a 63-bit integer.
    Deterministic for one secret; unpredictable without it."""
    message = "\x1f".join([purpose, *(str(part) for part in parts)]).encode()
    digest = hmac.new(_secret(), message, hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") >> (64 - SEED_BITS)


def seed_bytes(*, seed: int, label: str, length: int = 32) -> bytes:
    """`length` pseudo-random bytes drawn from a (secret) `seed` for one
    `label`: HMAC-SHA256 in counter mode, so every label of one seed gives an
    independent, reproducible stream."""
    key = seed.to_bytes(8, "big", signed=False)
    out = b""
    counter = 0
    while len(out) < length:
        out += hmac.new(key, f"{label}\x1f{counter}".encode(), hashlib.sha256).digest()
        counter += 1
    return out[:length]
