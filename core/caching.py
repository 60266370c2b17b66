"""Values kept in the default cache under a key that says what they were
built from (a published scenario version, a page's live revision): such an
entry never goes stale, so it is read until it expires. Content that may
still change has no key and is built every time. For entries read under the
content version, see `core.content_version.versioned_cache_get`."""

from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

T = TypeVar("T")


def cache_get_or_build(key: str | None, build: Callable[[], T], *, timeout: int) -> T:
    """What the default cache holds under `key`, else `build()`, stored there
    for `timeout` seconds. Any value is kept, None and empty ones included (a
    scenario with no engine is not asked again). `key` None: `build()` every
    time, nothing stored."""
    if key is None:
        return build()
    return cache.get_or_set(key, build, timeout)
