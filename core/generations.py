"""Cache generations: a counter in the shared cache that is part of the keys
of a family of cached entries. Raising it drops the whole family at once (old
entries are never read again and expire on their own)."""

import contextlib
import time

from django.core.cache import cache


def generation_bump(key: str) -> None:
    """Start a new generation under `key`."""
    try:
        cache.incr(key)
    except Exception:  # noqa: BLE001 - missing, or not an integer (Redis refuses to count then)
        cache.set(key, time.time_ns(), timeout=None)


def generation_current(key: str) -> int:
    """The generation under `key`, starting one when there is none."""
    generation = cache.get(key)
    if generation is None:
        cache.add(key, time.time_ns(), timeout=None)
        generation = cache.get(key)
    return generation


# Any change to pages (draft saves included), their view restrictions, sites
# and locales starts a new generation of this one (core/apps.py); courses add
# their completion rules (courses/apps.py). Routing, view restrictions and the
# course structure cache what they read from pages under it.
PAGES_GENERATION_KEY = "pages:generation"


def pages_generation_for(page) -> int:
    """The pages generation, read once per page instance: an instance serves
    one request, which then asks the shared cache once."""
    if "_pages_generation" not in page.__dict__:
        page.__dict__["_pages_generation"] = generation_current(PAGES_GENERATION_KEY)
    return page.__dict__["_pages_generation"]


class LocalMemo:
    """A small per-process store for immutable values whose keys include a
    generation: the generation is read from the shared cache on every request,
    so an entry made under an old one is simply never asked for again.
    Saves the shared cache's round trip and the unpickling for what every
    request of a kind reads (the course structure, the catalogue address).
    Oldest entries go first once `size` is reached."""

    def __init__(self, size: int = 256):
        self.size = size
        self._entries: dict = {}

    def get(self, key, default=None):
        return self._entries.get(key, default)

    def set(self, key, value) -> None:
        if key not in self._entries and len(self._entries) >= self.size:
            with contextlib.suppress(StopIteration, KeyError, RuntimeError):
                del self._entries[next(iter(self._entries))]
        self._entries[key] = value

    def clear(self) -> None:
        self._entries.clear()


def generation_bump_on_content_change(key: str, *, page_saves: bool = False, models=()) -> None:
    """Start a new generation under `key` whenever a page is published,
    unpublished, renamed, moved or deleted, a site or locale is saved or
    deleted, and (when `page_saves`) any page is saved; also for saves and
    deletions of `models`. Call from an AppConfig.ready()."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Locale, Page, Site
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    def bump(sender=None, **kwargs):
        generation_bump(key)

    def bump_for_pages(sender, **kwargs):
        if issubclass(sender, Page):
            bump()

    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(bump, weak=False, dispatch_uid=f"{key}.{id(signal)}")
    page_signals = (post_save, post_delete) if page_saves else (post_delete,)
    for signal in page_signals:
        signal.connect(bump_for_pages, weak=False, dispatch_uid=f"{key}.pages.{id(signal)}")
    for model in (Site, Locale, *models):
        for signal in (post_save, post_delete):
            signal.connect(
                bump, sender=model, weak=False, dispatch_uid=f"{key}.{model._meta.label}.{id(signal)}"
            )
