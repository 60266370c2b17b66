"""An abandoned "Add page" never blocks the next one.

Wagtail's page editor autosaves a new page as soon as something is typed, so
an author who gives up leaves a draft behind, never published, holding the
address (slug) derived from its title; the next attempt with the same title
is refused ("The slug … is already in use"), by a page the author may not
know exists.

What we do, as CMSs with automatic drafts do (an unpublished draft does not
reserve an address): when an author creates a page whose slug is held only
by *their own* draft under the same parent that was never published, never
edited by anyone else, is not locked, in no workflow and has no child pages,
that draft moves aside to a free address ("<slug>-draft", "-draft-2", …) and
keeps everything else. The author is told, with a link to the old draft to
continue or delete it. Anyone else's page, a published page (live or not)
and a draft with history by other people still block, with Wagtail's error.
"""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from wagtail.admin import messages
from wagtail.models import Page, Revision


def abandoned_draft(*, parent: Page, slug: str, user) -> Page | None:
    """`user`'s abandoned draft holding `slug` under `parent`, or None."""
    if not slug or not getattr(user, "pk", None):
        return None
    draft = parent.get_children().filter(slug=slug).first()
    if (
        draft is None
        or draft.live
        or draft.first_published_at is not None
        or draft.owner_id != user.pk
        or draft.locked
        or draft.numchild
        or draft.workflow_in_progress
    ):
        return None
    others = Revision.page_revisions.filter(object_id=str(draft.pk)).exclude(user=user).exists()
    return None if others else draft


def _free_slug(parent: Page, base: str, draft: Page) -> str:
    taken = set(
        parent.get_children()
        .exclude(pk=draft.pk)
        .filter(slug__startswith=f"{base}-draft")
        .values_list("slug", flat=True)
    )
    candidate, n = f"{base}-draft", 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-draft-{n}"
    return candidate


@transaction.atomic
def abandoned_draft_move_aside(*, draft: Page, user) -> str:
    """Give `draft` a free slug (on the page and in its latest revision, which
    the editor opens) and return it."""
    parent = draft.get_parent()
    new_slug = _free_slug(parent, draft.slug, draft)
    latest = draft.specific.get_latest_revision_as_object()
    draft = draft.specific
    draft.slug = new_slug
    draft.save(update_fields=["slug", "url_path"])
    latest.slug = new_slug
    latest.url_path = draft.url_path
    latest.save_revision(user=user, clean=False, log_action=False)
    return new_slug


def free_slug_held_by_abandoned_draft(request, parent: Page) -> None:
    """For the `before_create_page` hook: on the create form's submission,
    move the author's own abandoned draft out of the way of its slug."""
    if request.method != "POST":
        return
    slug = request.POST.get("slug", "").strip()
    draft = abandoned_draft(parent=parent, slug=slug, user=request.user)
    if draft is None:
        return
    saved = draft.latest_revision_created_at
    new_slug = abandoned_draft_move_aside(draft=draft, user=request.user)

    messages.info(
        request,
        gettext(
            "Your unfinished draft “%(title)s” (last saved %(date)s, never published) had the address "
            "“%(slug)s”; it is kept as a draft at “%(new)s”, so the new page could take the address."
        )
        % {
            "title": draft.draft_title or draft.title,
            "date": date_format(timezone.localtime(saved), "SHORT_DATETIME_FORMAT") if saved else "—",
            "slug": slug,
            "new": new_slug,
        },
        buttons=[
            messages.button(
                reverse("wagtailadmin_pages:edit", args=[draft.pk]), gettext("Continue that draft")
            ),
            messages.button(
                reverse("wagtailadmin_pages:delete", args=[draft.pk]), gettext("Delete that draft")
            ),
        ],
    )
