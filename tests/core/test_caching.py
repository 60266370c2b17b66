"""cache_get_or_build: built once per key, whatever it built; no key, no
cache."""

import pytest
from django.core.cache import cache

from core.caching import cache_get_or_build


class Builder:
    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


@pytest.mark.parametrize("value", [("row",), (), {}, 0, None])
def test_a_keyed_value_is_built_once_and_then_read_from_the_cache(value):
    build = Builder(value)
    assert cache_get_or_build("test:key", build, timeout=60) == value
    assert cache_get_or_build("test:key", build, timeout=60) == value
    assert build.calls == 1
    missing = object()
    assert cache.get("test:key", missing) == value


def test_without_a_key_the_value_is_built_every_time_and_never_stored():
    build = Builder(("draft",))
    for _ in range(2):
        assert cache_get_or_build(None, build, timeout=60) == ("draft",)
    assert build.calls == 2


def test_a_timeout_of_zero_keeps_nothing():
    build = Builder("value")
    cache_get_or_build("test:short", build, timeout=0)  # Django: 0 stores nothing
    cache_get_or_build("test:short", build, timeout=0)
    assert build.calls == 2
