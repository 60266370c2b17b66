"""Writes: importing packages (libraries and content), recording xAPI
statements as attempts, saving resume state."""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Mapping
from typing import IO, Any

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page

from core.errors import UserFacingError

from . import selectors
from . import texts as h5p_texts
from .files import stored_file_delete
from .models import GradingPolicy, H5PActivity, H5PAttempt, H5PFile, H5PLibrary, H5PStatement, H5PUserState
from .validation import PackagedLibrary, PackageInvalid, ValidatedPackage, package_validate

XAPI_VERBS = "http://adlnet.gov/expapi/verbs/"
# Verbs H5P content types emit. Anything else is refused.
ALLOWED_VERBS = frozenset(
    XAPI_VERBS + verb
    for verb in (
        "answered",
        "attempted",
        "completed",
        "experienced",
        "failed",
        "interacted",
        "passed",
        "progressed",
        "scored",
    )
) | frozenset({"http://id.tincanapi.com/verb/viewed"})
SCORING_VERBS = {XAPI_VERBS + "answered": "answered", XAPI_VERBS + "completed": "completed"}
SESSION = re.compile(r"^[A-Za-z0-9-]{8,64}$")
BLOCK_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")
MAX_STATE_LENGTH = 64 * 1024


class H5PError(UserFacingError):
    """A refused request; `message` (translatable) says why."""


def _actor(user):
    """The user to record as author, or None for the operator's command."""
    return user if user is not None and user.is_authenticated else None


def _store(name: str, data: bytes, saved: list[str]) -> str:
    stored = default_storage.save(name, ContentFile(data))
    saved.append(stored)
    return stored


def _library_install(library: PackagedLibrary, *, user, saved: list[str]) -> H5PLibrary:
    ref = library.ref
    record, _created = H5PLibrary.objects.select_for_update().get_or_create(
        machine_name=ref.machine_name,
        major_version=ref.major,
        minor_version=ref.minor,
        defaults={"patch_version": library.patch, "title": library.metadata["title"][:255]},
    )
    # The old patch's files go once this commits (h5p.signals).
    record.files.all().delete()
    record.patch_version = library.patch
    record.title = library.metadata["title"][:255]
    record.metadata = library.metadata
    record.installed_by = _actor(user)
    record.save()
    prefix = f"h5p/libraries/{ref.folder}.{library.patch}-{uuid.uuid4().hex[:8]}"
    H5PFile.objects.bulk_create(
        H5PFile(library=record, path=path, file=_store(f"{prefix}/{path}", data, saved), size=len(data))
        for path, data in library.files.items()
    )
    return record


def _libraries_ready(package: ValidatedPackage, *, user, saved: list[str]) -> tuple[H5PLibrary, list]:
    """Install the package's new libraries; return its main library and every library it needs."""
    for library in package.libraries_to_install:
        _library_install(library, user=user, saved=saved)
    # Locked until the content is stored, so that no library it needs is uninstalled
    # meanwhile (library_delete locks the library it removes).
    libraries = {
        (lib.machine_name, lib.major_version, lib.minor_version): lib
        for lib in H5PLibrary.objects.select_for_update()
    }
    for ref in (package.main_library, *package.dependencies):
        if (ref.machine_name, ref.major, ref.minor) not in libraries:
            # Validated as installed, then uninstalled before this transaction began.
            raise PackageInvalid(
                _(
                    "The library %(library)s was uninstalled while the package was being stored. Upload it again."
                )
                % {"library": str(ref)}
            )
    needed = [libraries[(ref.machine_name, ref.major, ref.minor)] for ref in package.dependencies]
    main = libraries[
        (package.main_library.machine_name, package.main_library.major, package.main_library.minor)
    ]
    return main, needed


def _content_store(activity: H5PActivity, package: ValidatedPackage, saved: list[str]) -> None:
    prefix = f"h5p/content/{activity.uuid}"
    H5PFile.objects.bulk_create(
        H5PFile(activity=activity, path=path, file=_store(f"{prefix}/{path}", data, saved), size=len(data))
        for path, data in package.content_files.items()
    )


def _texts_refresh(activity: H5PActivity) -> None:
    """Read the author's texts of the activity's stored content (`h5p.texts`)."""
    activity.texts = h5p_texts.find_texts(
        selectors.library_semantics(library=activity.main_library),
        selectors.activity_params(activity=activity),
        selectors.semantics_of,
    )
    activity.save(update_fields=["texts"])


def _translations_update(activity: H5PActivity, *, user) -> None:
    """Bring the translations of `activity` up to date with its new content,
    as wagtail-localize's "Sync translations" does: texts translated before
    keep their translation, new ones show the uploaded language until they
    are translated."""
    from wagtail_localize.models import TranslationSource

    translations = H5PActivity.objects.filter(translation_of=activity)
    # Every translation plays the uploaded activity's package: it names the
    # same content type (and so keeps no other library in use).
    translations.update(main_library=activity.main_library, h5p_json=activity.h5p_json)
    if not translations.exists():
        return
    source, _created = TranslationSource.update_or_create_from_instance(activity)
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        translation.save_target(user=_actor(user))


@transaction.atomic
def activity_translate(*, activity: H5PActivity, language: str, texts: Mapping[str, str]) -> H5PActivity:
    """Translate `activity` into `language` through wagtail-localize, as a
    mentor does in its editor (so the translation opens there): each text of
    the activity that is a key of `texts` gets that translation, the others
    keep the uploaded text; a translation made before is brought up to date.
    Returns the translation (an H5PActivity in that locale)."""
    from wagtail.models import Locale
    from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
    from wagtail_localize.strings import StringValue

    locale, _created = Locale.objects.get_or_create(language_code=language)
    source, _created = TranslationSource.update_or_create_from_instance(activity)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = texts.get(StringValue(segment.string.data).render_text())
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(text).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    translation.save_target()
    return activity.get_translation(locale)


def _all_or_nothing(write):
    """Run `write(saved)` in a transaction; if it fails, delete every file it stored."""
    saved: list[str] = []
    try:
        with transaction.atomic():
            return write(saved)
    except BaseException:
        for name in saved:
            stored_file_delete(default_storage, name)
        raise


def activity_create(
    *,
    package: ValidatedPackage,
    user=None,
    title: str | None = None,
    grading_policy: str = GradingPolicy.BEST,
    locale=None,
) -> H5PActivity:
    """Store a validated package: install its new libraries and its content,
    and read the content's texts (for translation). `locale` is the
    language the content is written in (the default locale when None).

    All or nothing: if anything fails, the database is rolled back and every
    file written so far is deleted.
    """

    def write(saved):
        main, needed = _libraries_ready(package, user=user, saved=saved)
        activity = H5PActivity(
            title=(title or package.title or _("H5P activity")).strip()[:255],
            grading_policy=grading_policy,
            main_library=main,
            h5p_json=package.metadata,
            created_by=_actor(user),
        )
        if locale is not None:
            activity.locale = locale
        activity.save()
        activity.libraries.set(needed)
        _content_store(activity, package, saved)
        _texts_refresh(activity)
        return activity

    return _all_or_nothing(write)


def activity_replace_package(*, activity: H5PActivity, package: ValidatedPackage, user=None) -> H5PActivity:
    """Give `activity` the content of another validated package, keeping its id,
    its placements in lessons and the results recorded so far.

    The trainees' resume states are dropped: they describe the old content and
    could break the new one. The texts are read again and the translations
    updated: a text translated before keeps its translation. All or nothing,
    as activity_create. The change is logged ("h5p.replace_package") with the
    old and new content type. Raises H5PError for a translation (its package
    is the uploaded activity's).
    """
    if activity.translation_of_id:
        raise H5PError(
            _("A translation plays the package of the activity it translates: replace the package there.")
        )

    def write(saved):
        current = H5PActivity.objects.select_for_update().select_related("main_library").get(pk=activity.pk)
        previous = str(current.main_library)
        main, needed = _libraries_ready(package, user=user, saved=saved)
        # The old content's stored bytes go once this commits (h5p.signals).
        current.files.all().delete()
        current.main_library = main
        current.h5p_json = package.metadata
        current.save(update_fields=["main_library", "h5p_json"])
        current.libraries.set(needed)
        _content_store(current, package, saved)
        _texts_refresh(current)
        _translations_update(current, user=user)
        H5PUserState.objects.filter(activity=current).delete()
        log(
            instance=current,
            action="h5p.replace_package",
            user=_actor(user),
            data={"previous": previous, "current": str(main), "title": package.title},
        )
        return current

    return _all_or_nothing(write)


def library_delete(*, library: H5PLibrary, user=None) -> None:
    """Uninstall a library no activity plays with and no other library needs.

    Raises H5PError naming what still uses it. Its stored files go once the
    deletion commits (h5p.signals).
    """
    with transaction.atomic():
        library = H5PLibrary.objects.select_for_update().get(pk=library.pk)
        refusal = selectors.library_delete_refusal(library=library)
        if refusal:
            raise H5PError(refusal)
        log(instance=library, action="wagtail.delete", user=_actor(user))
        library.delete()


def activity_import(
    *,
    stream: IO[bytes],
    user=None,
    title: str | None = None,
    grading_policy: str = GradingPolicy.BEST,
    may_upload_libraries: bool | None = None,
) -> H5PActivity:
    """Validate and store the `.h5p` file in `stream`. Raises PackageInvalid
    (nothing stored) when the package breaks a rule.

    `may_upload_libraries` defaults to the user's permission; the operator's
    `import_h5p` command passes True.
    """
    if may_upload_libraries is None:
        may_upload_libraries = selectors.user_may_upload_libraries(user)
    package = package_validate(
        stream, installed=selectors.libraries_installed(), may_upload_libraries=may_upload_libraries
    )
    return activity_create(package=package, user=user, title=title, grading_policy=grading_policy)


def _placement(*, activity: H5PActivity, lesson_id: Any, block_id: Any) -> tuple[Page | None, str]:
    """The lesson page and block the statement claims, checked against the page's content."""
    if lesson_id in (None, "") and block_id in (None, ""):
        return None, ""
    if not isinstance(block_id, str) or not BLOCK_ID.match(block_id):
        raise H5PError(_("The activity's place in the lesson is not valid."))
    try:
        page = Page.objects.get(pk=int(lesson_id))
    except (TypeError, ValueError, Page.DoesNotExist) as exc:
        raise H5PError(_("The activity's place in the lesson is not valid.")) from exc
    if selectors.placement_find(page=page, block_id=block_id, activity=activity) is None:
        raise H5PError(_("The activity's place in the lesson is not valid."))
    return page, block_id


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _score(statement: dict[str, Any]) -> tuple[float, float] | None:
    """(raw, max) from result.score, None when the statement carries no score."""
    result = statement.get("result")
    if result is None:
        return None
    if not isinstance(result, dict):
        raise H5PError(_("The statement's result is not valid."))
    score = result.get("score")
    if score is None:
        return None
    if not isinstance(score, dict):
        raise H5PError(_("The statement's score is not valid."))
    raw, low, high = _number(score.get("raw")), _number(score.get("min", 0)), _number(score.get("max"))
    if raw is None or low is None or high is None or high <= 0 or low != 0 or not low <= raw <= high:
        raise H5PError(_("The score is out of range: it must lie between 0 and a positive maximum."))
    scaled = score.get("scaled")
    if scaled is not None:
        value = _number(scaled)
        if value is None or not 0 <= value <= 1 or abs(value - raw / high) > 0.001:
            raise H5PError(_("The scaled score is out of range or does not match the raw score."))
    return raw, high


@transaction.atomic
def statement_record(
    *,
    user,
    activity: H5PActivity,
    statement: Any,
    session: Any,
    lesson_id: Any = None,
    block_id: Any = None,
) -> H5PAttempt | None:
    """Validate an xAPI statement posted by the browser, store it raw and update attempts.

    Returns the attempt it created or updated (None for statements without a
    score on the activity itself). Raises H5PError, storing nothing, when the
    user may not play the activity, the verb is not an H5P verb, the object
    is not this activity, the score is out of range or the placement is not
    a lesson block holding this activity.

    Scores are reported by the trainee's browser; they are only as reliable
    as the browser is honest.
    """
    if not selectors.activity_user_can_play(user=user, activity=activity):
        raise H5PError(_("You may not play this activity."))
    if not isinstance(statement, dict):
        raise H5PError(_("The statement is not a JSON object."))
    if not isinstance(session, str) or not SESSION.match(session):
        raise H5PError(_("The player session is not valid."))
    verb = statement.get("verb")
    verb_id = verb.get("id") if isinstance(verb, dict) else None
    if verb_id not in ALLOWED_VERBS:
        raise H5PError(_("The statement's verb is not one H5P uses."))
    target = statement.get("object")
    object_id = target.get("id") if isinstance(target, dict) else None
    own_id = activity.xapi_object_id
    if not isinstance(object_id, str) or not (
        object_id == own_id or object_id.startswith(own_id + "?subContentId=")
    ):
        raise H5PError(_("The statement is about another activity."))
    score = _score(statement)
    lesson, block = _placement(activity=activity, lesson_id=lesson_id, block_id=block_id)

    H5PStatement.objects.create(
        user=user,
        activity=activity,
        lesson=lesson,
        block_id=block,
        verb=verb_id,
        object_id=object_id,
        statement=statement,
    )
    kind = SCORING_VERBS.get(verb_id)
    if kind is None or score is None or object_id != own_id:
        return None
    raw, high = score
    attempts = H5PAttempt.objects.select_for_update().for_placement(
        user=user, activity=activity, lesson_id=lesson.pk if lesson else None, block_id=block
    )
    attempt = attempts.filter(session=session).order_by("-started_at", "-pk").first()
    # An attempt collects one "answered" and one "completed"; "completed"
    # closes it. A second answer (the content's Retry) starts a new attempt.
    if attempt is None or attempt.completed or (kind == "answered" and attempt.answered):
        attempt = H5PAttempt(user=user, activity=activity, lesson=lesson, block_id=block, session=session)
    attempt.raw_score = raw
    attempt.max_score = high
    attempt.score = round(100 * raw / high, 2)
    setattr(attempt, kind, True)
    attempt.save()
    if lesson is not None:
        _lesson_result_report(user=user, activity=activity, lesson=lesson, block_id=block)
    return attempt


def _lesson_result_report(*, user, activity: H5PActivity, lesson: Page, block_id: str) -> None:
    """Report the score that counts for this placement to Courses, which
    completes the lesson when its required assessments are passed.

    Only for trainees enrolled in the lesson's course: mentors and staff try
    activities in lessons without a learner record.
    """
    from courses.models import LessonPage
    from courses.selectors.progress import attempts_for, enrolment_for
    from courses.services import assessment_record_result

    lesson = lesson.specific
    enrolment = enrolment_for(user=user, page=lesson) if isinstance(lesson, LessonPage) else None
    if enrolment is None:
        return
    placement = selectors.placement_find(page=lesson, block_id=block_id, activity=activity)
    counted = selectors.attempt_counted(
        user=user, activity=activity, lesson=lesson, block_id=block_id, since=enrolment.cycle_started_at
    )
    if placement is None or counted is None:
        return
    threshold = placement.get("pass_threshold")
    threshold = 0 if threshold is None else int(threshold)
    score = float(counted.score)
    # A play sends "answered" then "completed" with the same score: report a
    # result to Courses only when the one that counts has changed.
    reported = attempts_for(user=user, lesson_key=lesson.translation_key, assessment_key=block_id)
    last = max(reported, key=lambda a: a.number) if reported else None
    if last is not None and last.details.get("attempt") == counted.pk and last.score == score:
        return
    assessment_record_result(
        user=user,
        lesson=lesson,
        assessment_key=block_id,
        kind="h5p",
        score=score,
        passed=score >= threshold,
        details={
            "activity": str(activity.uuid),
            "attempt": counted.pk,
            "raw_score": counted.raw_score,
            "max_score": counted.max_score,
            "pass_threshold": threshold,
            "required": bool(placement.get("required")),
            "grading_policy": activity.grading_policy,
            "reported_by": "browser",
        },
    )


@transaction.atomic
def state_save(
    *, user, activity: H5PActivity, state: Any, lesson_id: Any = None, block_id: Any = None
) -> H5PUserState | None:
    """Save the trainee's resume state (H5P contentUserData); an empty state clears it."""
    if not selectors.activity_user_can_play(user=user, activity=activity):
        raise H5PError(_("You may not play this activity."))
    if not isinstance(state, str) or len(state) > MAX_STATE_LENGTH:
        raise H5PError(_("The saved state is not valid."))
    lesson, block = _placement(activity=activity, lesson_id=lesson_id, block_id=block_id)
    current = H5PUserState.objects.select_for_update().filter(
        user=user, activity=activity, lesson=lesson, block_id=block
    )
    if state in ("", "RESET"):
        current.delete()
        return None
    record = current.first()
    if record is None:
        try:
            with transaction.atomic():
                return H5PUserState.objects.create(
                    user=user, activity=activity, lesson=lesson, block_id=block, state=state
                )
        except IntegrityError:
            # Another save of the same placement (a second tab, a resent
            # request) stored the first row meanwhile: this later write replaces it.
            record = current.get()
    record.state = state
    record.save(update_fields=["state", "updated_at"])
    return record


__all__ = [
    "H5PError",
    "PackageInvalid",
    "activity_create",
    "activity_import",
    "activity_translate",
    "state_save",
    "statement_record",
]
