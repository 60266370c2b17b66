"""core.cache.RedisCache: Django's Redis cache, sharing one client per pool."""

import pytest

from core.cache import RedisCache


def _cache():
    import redis

    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/14", socket_connect_timeout=0.5).ping()
    except redis.exceptions.RedisError:
        pytest.skip("needs Redis on 127.0.0.1:6379")
    return RedisCache("redis://127.0.0.1:6379/14", {"KEY_PREFIX": "test-redis-cache"})


def test_one_client_serves_every_operation():
    cache = _cache()
    assert cache._cache.get_client() is cache._cache.get_client(write=True)


def test_it_still_reads_and_writes_like_djangos():
    cache = _cache()
    cache.set("route", {"page": 7}, 30)
    assert cache.get("route") == {"page": 7}
    assert cache.get_many(["route", "missing"]) == {"route": {"page": 7}}
    cache.set("counter", 1)
    assert cache.incr("counter") == 2
    cache.delete_many(["route", "counter"])
    assert cache.get("route") is None
