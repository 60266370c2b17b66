"""The Redis cache backend, keeping one client per connection pool.

Django's Redis backend builds a new ``redis.Redis`` client for every cache
operation. The client is cheap to share (it takes a connection from its pool
for each command and is thread-safe) but not cheap to build: its response
callbacks are set up each time, which cost more than the round trip on a
signed-in page that reads the cache eight times (docs/performance.md)."""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
