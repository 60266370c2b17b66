"""The content version: one counter in the shared cache that is part of the
key of everything cached from published content (anonymous visitors' pages,
course structures, the catalogue's address, lesson bodies;
docs/performance.md).

Wagtail's and Django's signals raise it whenever a page is published,
unpublished, renamed, moved, saved or deleted, a view restriction, site,
locale, image or document changes (`content_version_follow_pages`, connected
in core/apps.py), or a model an app registers with `content_version_follow`
changes. An entry made under an older version is never read again and
expires on its own.

Entries are also kept under the release fingerprint (core.release): a new
release reads none of what an older one rendered, with no format number to
raise. The counter itself is shared by every release, so a change made on a
server still running the previous release during an upgrade, or after a
rollback, drops the entries of every release.
"""

import time
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction

from .release import release_fingerprint

T = TypeVar("T")

KEY = "content:version"


def content_version() -> int:
    """The current version, starting one when the cache has none."""
    version = cache.get(KEY)
    if version is None:
        # A clock reading, not 1: a version that was evicted must not start
        # again at a number whose old entries may still be stored.
        cache.add(KEY, time.time_ns(), timeout=None)
        version = cache.get(KEY)
    return version


def content_version_bump() -> None:
    """Start a new version: every entry keyed by the old one is dropped."""
    try:
        cache.incr(KEY)
    except Exception:  # noqa: BLE001 - missing (ValueError), or a value Redis cannot count
        cache.set(KEY, time.time_ns(), timeout=None)


def versioned_cache_lookup(key: str) -> tuple[int, object | None]:
    """(the current version, what is cached under `key` for it or None),
    in one cache round trip: the version travels with the value."""
    key = _release_key(key)
    found = cache.get_many([KEY, key])
    version = found.get(KEY)
    if version is None:
        version = content_version()
    entry = found.get(key)
    if entry is not None and entry[0] == version:
        return version, entry[1]
    return version, None


def versioned_cache_set(key: str, version: int, value, *, timeout: int) -> None:
    """Store `value` under `key` as made under content `version` by this
    release."""
    cache.set(_release_key(key), (version, value), timeout)


def _release_key(key: str) -> str:
    return f"{release_fingerprint()}:{key}"


def versioned_cache_get(key: str, build: Callable[[], T], *, timeout: int) -> T:
    """The value cached under `key` when it was stored under the current
    content version, else `build()`, stored with that version. One cache
    round trip when found."""
    version, value = versioned_cache_lookup(key)
    if value is None:
        value = build()
        versioned_cache_set(key, version, value, timeout=timeout)
    return value


def _bump(sender=None, **kwargs) -> None:
    # Now, for this transaction's own reads, and again once it commits: a
    # reader who built an entry from the rows as they were before the commit
    # stored it under the version before the second bump.
    content_version_bump()
    transaction.on_commit(content_version_bump, robust=True)


def content_version_follow(*models) -> None:
    """Raise the version whenever an instance of one of `models` is saved or
    deleted (call from an AppConfig.ready())."""
    from django.db.models.signals import post_delete, post_save

    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                _bump, sender=model, weak=False, dispatch_uid=f"content-version.{model._meta.label}"
            )


# What saving a draft revision writes to the page row (Wagtail's
# `save_revision`, every autosave of an editor typing, and locking): nothing
# a reader sees, so it leaves every cache standing. Publishing, unpublishing,
# renaming and moving have their own signals.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def _bump_for_page_rows(sender, update_fields=None, **kwargs) -> None:
    if update_fields is not None and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    _bump()


def content_version_follow_pages() -> None:
    """Pages (every save and deletion, publishing, unpublishing, renaming,
    moving), their view restrictions and the groups these admit, sites,
    locales, images and documents."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction, Site, get_page_models
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(_bump, weak=False, dispatch_uid="content-version.pages")
    for model in get_page_models():
        for signal in (post_save, post_delete):
            signal.connect(
                _bump_for_page_rows,
                sender=model,
                weak=False,
                dispatch_uid=f"content-version.page-rows.{model._meta.label}",
            )
    content_version_follow(Site, Locale, PageViewRestriction, get_image_model(), get_document_model())
    m2m_changed.connect(
        _bump,
        sender=PageViewRestriction.groups.through,
        weak=False,
        dispatch_uid="content-version.view-restriction-groups",
    )
