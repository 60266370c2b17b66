"""Reads: who may play an activity, where it is used, installed libraries,
results by grading policy, resume state."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from wagtail.fields import StreamField
from wagtail.models import Page, ReferenceIndex

from accounts.roles import Role, user_has_role

from . import texts as h5p_texts
from .models import GradingPolicy, H5PActivity, H5PAttempt, H5PFile, H5PLibrary, H5PUserState
from .validation import DEPENDENCY_KEYS, LibraryRef, dependency_refs

UPLOAD_LIBRARIES_PERMISSION = "h5p.upload_h5p_libraries"


def activity_user_can_play(*, user, activity: H5PActivity) -> bool:
    """The one access decision for playing an activity and fetching its files.

    Mentors and programme staff may play every activity. Anyone else may play
    it when enrolled in a course with a live page (a lesson, in any language)
    that uses the activity (`activity_pages`).
    """
    if user is None or not user.is_authenticated:
        return False
    if user_has_role(user, Role.MENTOR, Role.STAFF):
        return True
    from courses.selectors.progress import user_enrolled_in_any

    return user_enrolled_in_any(user=user, pages=activity_pages(activity=activity).live())


def user_may_upload_libraries(user) -> bool:
    """Libraries are executable JavaScript: a permission of its own, apart from uploading content."""
    return bool(user is not None and user.is_authenticated and user.has_perm(UPLOAD_LIBRARIES_PERMISSION))


def activity_translations(*, activity: H5PActivity) -> QuerySet[H5PActivity]:
    """The uploaded activity of `activity` and every translation of it."""
    original_id = activity.original_id
    return H5PActivity.objects.filter(Q(pk=original_id) | Q(translation_of_id=original_id))


def activity_pages(*, activity: H5PActivity) -> QuerySet[Page]:
    """Pages (lessons) whose content uses `activity` or a translation of it,
    found through Wagtail's reference index (a lesson translated with
    wagtail-localize may hold the activity's translation in its language)."""
    page_type = ContentType.objects.get_for_model(Page)
    references = None
    for member in activity_translations(activity=activity):
        found = ReferenceIndex.get_references_to(member)
        references = found if references is None else references | found
    if references is None:
        return Page.objects.none()
    page_ids = references.filter(base_content_type=page_type).values_list("object_id", flat=True)
    return Page.objects.filter(pk__in=[int(pk) for pk in page_ids])


def activity_in_language(*, activity: H5PActivity, language: str) -> H5PActivity:
    """The version of `activity` whose title and texts a reader of `language`
    gets: its translation in that language, else in the language's fallback
    (LANGUAGE_FALLBACKS, Russian for Kazakh, Tajik and Azerbaijani), else the
    uploaded activity itself."""
    wanted = [language]
    fallback = settings.LANGUAGE_FALLBACKS.get(language)
    if fallback:
        wanted.append(fallback)
    found = {
        member.locale.language_code: member
        for member in activity_translations(activity=activity)
        .filter(locale__language_code__in=wanted)
        .select_related("locale")
    }
    for code in wanted:
        if code in found:
            return found[code]
    return activity.original


def _json_file(stored: H5PFile | None) -> Any:
    if stored is None:
        return None
    try:
        with stored.file.open("rb") as handle:
            return json.loads(handle.read().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def activity_params(*, activity: H5PActivity) -> dict | None:
    """The uploaded content's parameters (content/content.json), or None."""
    data = _json_file(H5PFile.objects.filter(activity_id=activity.original_id, path="content.json").first())
    return data if isinstance(data, dict) else None


def library_semantics(*, library: H5PLibrary | None) -> list | None:
    """An installed library's semantics.json (checked to parse on installation), or None."""
    if library is None:
        return None
    data = _json_file(H5PFile.objects.filter(library=library, path="semantics.json").first())
    return data if isinstance(data, list) else None


def _library_named(name: str) -> H5PLibrary | None:
    """The installed library named as sub-content names it ("H5P.Text 1.1")."""
    machine_name, _space, version = name.partition(" ")
    major, _dot, minor = version.partition(".")
    # isdigit() would take "¹", which int() refuses.
    if not (major.isdecimal() and major.isascii() and minor.isdecimal() and minor.isascii()):
        return None
    return H5PLibrary.objects.filter(
        machine_name=machine_name, major_version=int(major), minor_version=int(minor)
    ).first()


def semantics_of(name: str) -> list | None:
    """The semantics of the installed library named as sub-content names it ("H5P.Text 1.1")."""
    return library_semantics(library=_library_named(name))


def library_semantics_in_language(*, library: H5PLibrary | None, language: str) -> list | None:
    """`library_semantics` with the labels of its `language/<code>.json` for
    `language`, else for its fallback (`LANGUAGE_FALLBACKS`); as written (in
    English) when the library ships neither."""
    semantics = library_semantics(library=library)
    if semantics is None:
        return None
    for code in (language, settings.LANGUAGE_FALLBACKS.get(language)):
        stored = (
            H5PFile.objects.filter(library=library, path=f"language/{code}.json").first() if code else None
        )
        data = _json_file(stored)
        if isinstance(data, dict) and isinstance(data.get("semantics"), list):
            return h5p_texts.semantics_in_language(semantics, data["semantics"])
    return semantics


def activity_text_labels(*, activity: H5PActivity, language: str) -> dict[tuple, str]:
    """The labels of the activity's texts (`H5PActivity.texts`), by path, in
    `language` as its libraries' language files give them. The texts store
    the labels in English, as the content type's semantics write them."""
    if activity.main_library is None:
        return {}
    found = h5p_texts.find_texts(
        library_semantics_in_language(library=activity.main_library, language=language),
        activity_params(activity=activity),
        lambda name: library_semantics_in_language(library=_library_named(name), language=language),
    )
    return {tuple(text["path"]): text["label"] for text in found}


def placement_find(*, page: Page, block_id: str, activity: H5PActivity) -> Any | None:
    """The value of the H5P block `block_id` on `page` when it holds `activity`
    (or a translation of it), else None.

    Looks at the top-level blocks of every StreamField of the page.
    """
    from .blocks import H5PActivityBlock

    specific = page.specific
    for field in specific._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        for child in getattr(specific, field.name):
            if child.id != block_id or not isinstance(child.block, H5PActivityBlock):
                continue
            chosen = child.value.get("activity")
            if chosen is not None and chosen.original_id == activity.original_id:
                return child.value
    return None


def library_dependants(*, library: H5PLibrary) -> list[H5PLibrary]:
    """Other installed libraries whose library.json names `library` as a dependency
    (checked on installation, so it parses)."""
    wanted = LibraryRef(library.machine_name, library.major_version, library.minor_version)
    return [
        other
        for other in H5PLibrary.objects.exclude(pk=library.pk).only(
            "machine_name", "major_version", "minor_version", "patch_version", "metadata"
        )
        if any(wanted in dependency_refs(other.metadata.get(key), other.folder) for key in DEPENDENCY_KEYS)
    ]


def library_activities(*, library: H5PLibrary) -> QuerySet[H5PActivity]:
    """Activities that play with `library` (as their content type or a
    dependency); translations, which play their uploaded activity, are left out."""
    return H5PActivity.objects.filter(
        Q(libraries=library) | Q(main_library=library), translation_of__isnull=True
    ).distinct()


def library_delete_refusal(*, library: H5PLibrary) -> str | None:
    """Why `library` may not be uninstalled (activities or libraries still use it), or None."""
    titles = list(library_activities(library=library).order_by("title").values_list("title", flat=True)[:4])
    if titles:
        return _("%(library)s cannot be deleted: activities use it (%(titles)s).") % {
            "library": library,
            "titles": ", ".join(titles),
        }
    dependants = library_dependants(library=library)
    if dependants:
        return _("%(library)s cannot be deleted: other libraries need it (%(libraries)s).") % {
            "library": library,
            "libraries": ", ".join(str(other) for other in dependants[:4]),
        }
    return None


def libraries_installed() -> dict[LibraryRef, tuple[int, dict[str, Any]]]:
    return {
        LibraryRef(lib.machine_name, lib.major_version, lib.minor_version): (lib.patch_version, lib.metadata)
        for lib in H5PLibrary.objects.all()
    }


_POLICY_ORDER = {
    GradingPolicy.BEST: ("-score", "started_at", "pk"),
    GradingPolicy.LAST: ("-started_at", "-pk"),
    GradingPolicy.FIRST: ("started_at", "pk"),
}


def _policy_key(policy: GradingPolicy):
    """Sort key giving, first, the attempt that counts (as _POLICY_ORDER)."""
    if policy == GradingPolicy.BEST:
        return lambda a: (-a.score, a.started_at, a.pk)
    if policy == GradingPolicy.LAST:
        return lambda a: (-a.started_at.timestamp(), -a.pk)
    return lambda a: (a.started_at, a.pk)


def lesson_results(*, user, lesson, since=None) -> dict[tuple[int, str], H5PAttempt]:
    """The counted attempt per (activity id, block id) of `user` in every
    language version of `lesson`, in one query (for the lesson page)."""
    attempts = H5PAttempt.objects.filter(
        user=user, lesson__translation_key=lesson.translation_key
    ).select_related("activity")
    if since is not None:
        attempts = attempts.filter(started_at__gte=since)
    grouped: dict[tuple[int, str], list[H5PAttempt]] = {}
    for attempt in attempts:
        grouped.setdefault((attempt.activity_id, attempt.block_id), []).append(attempt)
    return {
        key: min(items, key=_policy_key(GradingPolicy(items[0].activity.grading_policy)))
        for key, items in grouped.items()
    }


def attempt_counted(
    *, user, activity: H5PActivity, lesson_id: int | None = None, block_id: str = "", lesson=None, since=None
):
    """The attempt that counts under the activity's grading policy (None before any).

    With `lesson`, attempts in every language version of that lesson's block
    count together (a block keeps its id across translations); `since` leaves
    out attempts started before it (an earlier re-certification cycle)."""
    if lesson is not None:
        attempts = H5PAttempt.objects.filter(
            user=user, activity=activity, lesson__translation_key=lesson.translation_key, block_id=block_id
        )
    else:
        attempts = H5PAttempt.objects.for_placement(
            user=user, activity=activity, lesson_id=lesson_id, block_id=block_id
        )
    if since is not None:
        attempts = attempts.filter(started_at__gte=since)
    return attempts.order_by(*_POLICY_ORDER[GradingPolicy(activity.grading_policy)]).first()


def state_get(*, user, activity: H5PActivity, lesson_id: int | None = None, block_id: str = "") -> str | None:
    state = H5PUserState.objects.filter(
        user=user, activity=activity, lesson_id=lesson_id, block_id=block_id
    ).first()
    return state.state if state else None
