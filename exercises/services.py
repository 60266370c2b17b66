"""Writes of the exercise workflow.

selecting --(attempt_lock_selection)--> examining --(attempt_submit)--> submitted

Every change is saved as it happens (`attempt_save_item`, `attempt_record_finding`,
`attempt_save_alert`); each bumps `Attempt.revision`, and a change made on an
older revision (another tab) or after the attempt closed is refused with
nothing recorded. The hidden truth is read only when the trainee examines a
container they have already locked in, and when the attempt is submitted.
"""

import json
import logging
import secrets
import uuid
from dataclasses import asdict, dataclass, fields
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role, user_has_role
from core import audit
from core.caching import cache_get_or_build
from core.seeds import seed_bytes, seed_derive
from scenarios import selectors as scenario_selectors
from scenarios.fields import localized
from scenarios.models import Consignment, Indicator, OsintPage, Scenario
from scenarios.threats import SUSPICION_CHOICES
from scenarios.truth import consignment_truth_for_scoring, scenario_truth, scenario_truth_for_scoring

from . import errors, scoring
from .debrief import debrief_index_key
from .models import (
    Alert,
    Attempt,
    AttemptItem,
    AttemptMode,
    AttemptStatus,
    ExaminationMethod,
    Feedback,
    OsintQuery,
    OsintVisit,
    Selection,
)
from .parallel import form_for
from .signals import attempt_scored, attempt_submitted

logger = logging.getLogger(__name__)

JUSTIFICATION_LIMIT = 1000


class AlertAction:
    CHOICES = [
        ("verify", _("Verify container and seal numbers")),
        ("examine", _("Examine on arrival")),
        ("hold", _("Hold the container")),
        ("monitor", _("Monitor and share information")),
    ]


ALERT_FIELDS = ("item_ref", "seal", "route", "suspicion", "indicators", "action")

NOTHING_FOUND = _("Nothing irregular was found with this method.")
SEAL_INTACT = _("The seal is intact and its number matches the documents.")
SEAL_TAMPERED = _(
    "The seal is a duplicate: its number or marks do not match the carrier's records, "
    "and the doors show signs of having been opened."
)


def _now(now=None):
    return now or timezone.now()


def _locked_attempt(attempt: Attempt, user) -> Attempt:
    """The attempt row, locked for this transaction, if it belongs to `user`."""
    locked = Attempt.objects.select_for_update().select_related("scenario").filter(pk=attempt.pk).first()
    if locked is None or (user is not None and locked.user_id != user.pk):
        raise errors.NotYourAttemptError(errors.NOT_YOURS)
    return locked


def _ensure_open(attempt: Attempt, *, revision: int | None, now) -> None:
    if attempt.is_submitted:
        raise errors.AttemptClosedError(errors.SUBMITTED)
    if attempt.deadline is not None and attempt.deadline <= now:
        raise errors.AttemptClosedError(errors.TIME_UP)
    if revision is not None and revision != attempt.revision:
        raise errors.StaleSaveError(errors.STALE)


def _bump(attempt: Attempt, **fields) -> None:
    fields["revision"] = F("revision") + 1
    Attempt.objects.filter(pk=attempt.pk).update(**fields)
    attempt.refresh_from_db(fields=["revision", *[f for f in fields if f != "revision"]])


def _item(attempt: Attempt, ref: str) -> AttemptItem:
    item = AttemptItem.objects.filter(attempt=attempt, ref=ref).first()
    if item is None:
        raise errors.ExerciseError(errors.UNKNOWN_ITEM % {"ref": ref[:20]})
    return item


def _new_ref(used: set[str]) -> str:
    while True:
        ref = secrets.token_hex(4)
        if ref not in used:
            used.add(ref)
            return ref


def _lesson_key(lesson_page_id: int | None):
    """The translation key of the lesson page `lesson_page_id` (shared by all
    its language versions), or None for a standalone exercise."""
    if lesson_page_id is None:
        return None
    from courses.models import LessonPage

    key = LessonPage.objects.filter(pk=lesson_page_id).values_list("translation_key", flat=True).first()
    if key is None:
        raise errors.ExerciseError(errors.NOT_PUBLISHED)
    return key


@transaction.atomic
def attempt_start(
    *,
    user,
    scenario: Scenario,
    lesson_page_id: int | None = None,
    block_id: str = "",
    pass_mark: int | None = None,
    required: bool = False,
    mode: str = AttemptMode.PRACTICE,
    attempts_allowed: int | None = None,
    now=None,
) -> Attempt:
    """Start an attempt on the current published version of a scenario, or
    return the user's open attempt at the same exercise, so a second click
    resumes.

    `mode` is "practice" (unlimited, the scenario as authored, never counts)
    or "assessed": at most `attempts_allowed` (the lesson block's setting;
    `EXERCISES_ASSESSED_ATTEMPTS` for a standalone exercise) per trainee and
    exercise, each on its own parallel form drawn from a secret seed
    (`exercises.parallel`). An assessed attempt at a generated scenario
    pins one of its hidden forms (a fresh generator variant, see
    `_generated_form`), re-labelled the same way on top. An open attempt in
    the other mode is refused with a message: one open attempt per exercise.

    One exercise is a lesson's exercise block in every language version of the
    lesson (the lesson's translation key and the block id), or the standalone
    exercise on the scenario's lineage: a trainee has at most one open attempt
    at it. An open attempt whose time has run out is submitted first. A
    superseded version can no longer be started (an open attempt on it is
    still resumed: attempts keep the version they started on).

    The attempt pins `scenario` (this exact version); its consignments get a
    shuffled order and random references drawn from the system's CSPRNG.
    """
    now = _now(now)
    # One start at a time per trainee: concurrent clicks in two languages
    # cannot open two attempts.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    scenario = Scenario.objects.select_for_update().filter(pk=scenario.pk).published().first()
    if scenario is None:
        raise errors.ExerciseError(errors.NOT_PUBLISHED)
    lesson_key = _lesson_key(lesson_page_id)
    mine = Attempt.objects.of_exercise(
        user=user, lineage=scenario.lineage, lesson_key=lesson_key, block_id=block_id
    )
    if mode not in AttemptMode.values:
        raise errors.ExerciseError(errors.UNKNOWN_MODE % {"mode": str(mode)[:20]})
    for overdue in mine.overdue(now):
        attempt_submit(attempt=overdue, now=now, expired=True)
    existing = mine.open().select_related("scenario").first()
    if existing is not None:
        if existing.mode != mode:
            raise errors.ExerciseError(
                errors.OPEN_IN_OTHER_MODE % {"mode": str(existing.get_mode_display()).lower()}
            )
        return existing
    if scenario.superseded_at is not None:
        raise errors.ExerciseError(errors.SUPERSEDED)
    public_id = uuid.uuid4()
    form_seed = None
    shown = scenario  # what the attempt pins: the scenario, or a hidden form of it
    if mode == AttemptMode.ASSESSED:
        limit = settings.EXERCISES_ASSESSED_ATTEMPTS if attempts_allowed is None else attempts_allowed
        if mine.filter(mode=AttemptMode.ASSESSED).count() >= limit:
            raise errors.ExerciseError(errors.NO_ATTEMPTS_LEFT % {"limit": limit})
        form_seed = seed_derive(purpose="exercises.form", parts=(public_id,))
        shown = _generated_form(user=user, scenario=scenario, seed=form_seed) or scenario
    attempt = Attempt.objects.create(
        public_id=public_id,
        mode=mode,
        form_seed=form_seed,
        user=user,
        scenario=shown,
        started_at=now,
        deadline=now + timedelta(minutes=shown.time_limit_minutes) if shown.time_limit_minutes else None,
        lesson_page_id=lesson_page_id,
        lesson_key=lesson_key,
        block_id=block_id,
        pass_mark=scenario.pass_mark if pass_mark is None else pass_mark,
        required=required,
    )
    ids = list(Consignment.objects.filter(scenario=shown).values_list("pk", flat=True))
    secrets.SystemRandom().shuffle(ids)
    used: set[str] = set()
    AttemptItem.objects.bulk_create(
        AttemptItem(attempt=attempt, consignment_id=pk, ref=_new_ref(used), position=position)
        for position, pk in enumerate(ids, start=1)
    )
    return attempt


def _generated_form(*, user, scenario: Scenario, seed: int) -> Scenario | None:
    """The hidden form of a generated scenario an assessed attempt gets: one
    `user` has not had yet (in any exercise), else one they had least often;
    among those, the attempt's secret `seed` chooses. None while the
    scenario has no forms (not generated, or its pool is still being made
    by a task worker): the attempt then shows the scenario itself under a
    re-labelled parallel form. Nothing is generated here."""
    forms = list(Scenario.objects.forms_of(scenario).filter(status=scenario.status))
    if not forms:
        return None
    had = dict(
        Attempt.objects.filter(user=user, scenario__in=forms)
        .values_list("scenario")
        .annotate(n=Count("pk"))
        .values_list("scenario", "n")
    )
    fewest = min(had.get(form.pk, 0) for form in forms)
    candidates = [form for form in forms if had.get(form.pk, 0) == fewest]
    draw = int.from_bytes(seed_bytes(seed=seed, label="generated-form", length=8), "big")
    return candidates[draw % len(candidates)]


def _valid_indicators(codes) -> list[str]:
    codes = list(dict.fromkeys(c.strip() for c in codes if c and c.strip()))
    known = set(Indicator.objects.filter(active=True, code__in=codes).values_list("code", flat=True))
    for code in codes:
        if code not in known:
            raise errors.ExerciseError(errors.UNKNOWN_INDICATOR % {"code": code[:20]})
    return codes


@transaction.atomic
def attempt_save_item(
    *,
    attempt: Attempt,
    user,
    ref: str,
    selected: bool,
    indicators=(),
    justification: str = "",
    revision: int | None = None,
    now=None,
) -> Attempt:
    """Select (with indicators and justification) or deselect one consignment.

    Refused, with nothing recorded, when: the attempt is not the user's, is
    submitted, out of time or locked, `revision` is stale, `ref` is unknown,
    an indicator is not in the catalogue, the justification is too long, or
    selecting would exceed the inspection budget.
    """
    now = _now(now)
    attempt = _locked_attempt(attempt, user)
    _ensure_open(attempt, revision=revision, now=now)
    if attempt.status != AttemptStatus.SELECTING:
        raise errors.AttemptClosedError(errors.LOCKED)
    item = _item(attempt, ref)
    codes = _valid_indicators(indicators)
    justification = (justification or "").strip()
    if len(justification) > JUSTIFICATION_LIMIT:
        raise errors.ExerciseError(errors.TOO_LONG % {"limit": JUSTIFICATION_LIMIT})
    current = Selection.objects.filter(item=item).first()
    if selected:
        if current is None:
            if Selection.objects.filter(attempt=attempt).count() >= attempt.scenario.inspection_budget:
                raise errors.ExerciseError(
                    errors.OVER_BUDGET % {"budget": attempt.scenario.inspection_budget}
                )
            Selection.objects.create(
                item=item, attempt=attempt, indicators=codes, justification=justification, selected_at=now
            )
        else:
            current.indicators = codes
            current.justification = justification
            current.save(update_fields=["indicators", "justification"])
    elif current is not None:
        current.delete()
    _bump(attempt, last_item_ref=item.ref)
    return attempt


@transaction.atomic
def attempt_note_position(*, attempt: Attempt, user, ref: str, now=None) -> None:
    """Remember the consignment the trainee is looking at (resume point) and
    that they have opened it (the workspace marks it); no revision bump."""
    if attempt.user_id != user.pk or attempt.is_submitted:
        return
    if attempt.last_item_ref == ref:
        # Noted on an earlier visit (opened, and the resume point): a reload
        # or the page after a save writes nothing.
        return
    items = AttemptItem.objects.filter(attempt=attempt, ref=ref)
    first_time = items.filter(opened_at__isnull=True).update(opened_at=_now(now))
    if not first_time and not items.exists():
        return
    if attempt.last_item_ref != ref:
        Attempt.objects.filter(pk=attempt.pk).exclude(status=AttemptStatus.SUBMITTED).update(
            last_item_ref=ref
        )


@transaction.atomic
def attempt_lock_selection(*, attempt: Attempt, user, revision: int | None = None, now=None) -> Attempt:
    """Commit to the selection and move to the examination stage."""
    now = _now(now)
    attempt = _locked_attempt(attempt, user)
    _ensure_open(attempt, revision=revision, now=now)
    if attempt.status != AttemptStatus.SELECTING:
        return attempt
    _bump(attempt, status=AttemptStatus.EXAMINING, selection_locked_at=now)
    return attempt


def _seal_finding(truth) -> str:
    return str(SEAL_TAMPERED if truth.concealment == "rip_on_rip_off" else SEAL_INTACT)


@transaction.atomic
def attempt_examine(*, attempt: Attempt, user, ref: str, method: str, now=None) -> Selection:
    """Examine one selected container with `method` (once); the result is what
    the hidden truth says that method finds, copied onto the selection."""
    now = _now(now)
    attempt = _locked_attempt(attempt, user)
    _ensure_open(attempt, revision=None, now=now)
    if attempt.status != AttemptStatus.EXAMINING:
        raise errors.ExerciseError(errors.NOT_LOCKED)
    if method not in ExaminationMethod.values:
        raise errors.ExerciseError(errors.UNKNOWN_METHOD % {"method": method[:20]})
    item = _item(attempt, ref)
    selection = Selection.objects.filter(item=item).first()
    if selection is None:
        raise errors.ExerciseError(errors.NOT_SELECTED)
    if selection.method:
        raise errors.ExerciseError(errors.ALREADY_EXAMINED)
    language = get_language()
    truth = scenario_truth(scenario=attempt.scenario, language=language, ids=[item.consignment_id])[
        item.consignment_id
    ]
    if method == ExaminationMethod.SEAL:
        result = _seal_finding(truth)
    else:
        result = getattr(truth, f"finding_{method}") or str(NOTHING_FOUND)
    form = form_for(attempt)
    if form is not None:
        result = form.text(result)
    selection.method = method
    selection.result = result
    selection.examined_at = now
    selection.save(update_fields=["method", "result", "examined_at"])
    _bump(attempt)
    return selection


@transaction.atomic
def attempt_record_finding(
    *, attempt: Attempt, user, ref: str, finding: str, revision: int | None = None, now=None
) -> Attempt:
    now = _now(now)
    attempt = _locked_attempt(attempt, user)
    _ensure_open(attempt, revision=revision, now=now)
    selection = Selection.objects.filter(attempt=attempt, item=_item(attempt, ref)).first()
    if selection is None:
        raise errors.ExerciseError(errors.NOT_SELECTED)
    if not selection.method:
        raise errors.ExerciseError(errors.NOT_EXAMINED)
    finding = (finding or "").strip()
    if len(finding) > JUSTIFICATION_LIMIT:
        raise errors.ExerciseError(errors.TOO_LONG % {"limit": JUSTIFICATION_LIMIT})
    selection.finding = finding
    selection.save(update_fields=["finding"])
    _bump(attempt)
    return attempt


def _check_choice(field: str, value: str, choices) -> str:
    value = (value or "").strip()
    if value and value not in {v for v, _label in choices}:
        raise errors.ExerciseError(errors.UNKNOWN_CHOICE % {"field": field, "value": value[:20]})
    return value


@transaction.atomic
def attempt_save_alert(
    *,
    attempt: Attempt,
    user,
    item_ref: str = "",
    seal: str = "",
    route: str = "",
    suspicion: str = "",
    indicators=(),
    action: str = "",
    remarks: str = "",
    revision: int | None = None,
    now=None,
) -> Alert:
    """Save the draft alert (examination stage). The container must be one of the selection."""
    now = _now(now)
    attempt = _locked_attempt(attempt, user)
    _ensure_open(attempt, revision=revision, now=now)
    if attempt.status != AttemptStatus.EXAMINING:
        raise errors.ExerciseError(errors.NOT_LOCKED)
    item_ref = (item_ref or "").strip()
    if item_ref and not Selection.objects.filter(attempt=attempt, item__ref=item_ref).exists():
        raise errors.ExerciseError(errors.NOT_SELECTED)
    values = {
        "item_ref": item_ref,
        "seal": (seal or "").strip()[:100],
        "route": (route or "").strip()[:300],
        "suspicion": _check_choice(str(_("suspicion")), suspicion, SUSPICION_CHOICES),
        "indicators": _valid_indicators(indicators),
        "action": _check_choice(str(_("action requested")), action, AlertAction.CHOICES),
        "remarks": (remarks or "").strip()[:1000],
    }
    alert, _created = Alert.objects.update_or_create(attempt=attempt, defaults=values)
    _bump(attempt)
    return alert


@dataclass(frozen=True)
class _Scored:
    score: scoring.Score
    breakdown: dict


def _plain(value):
    if isinstance(value, frozenset | set):
        return sorted(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _random_baseline(scenario, truth_rows, selected: int, weights) -> dict:
    """The random baseline of `selected` containers on this scenario version:
    the same for every attempt on it, so kept in the default cache (the
    exact count of a large scenario takes up to about half a second)."""
    key = scenario_selectors.published_cache_key(scenario, "random-baseline", selected)
    return cache_get_or_build(
        key,
        lambda: asdict(
            scoring.random_baseline(
                truth=truth_rows, selected=selected, budget=scenario.inspection_budget, weights=weights
            )
        ),
        timeout=scenario_selectors.CACHE_SECONDS,
    )


def _truth_rows(attempt: Attempt) -> tuple[scoring.ConsignmentTruth, ...]:
    """The truth of the attempt's consignments for scoring, keyed by
    consignment id. An attempt holds every consignment of its version
    (`attempt_start`), and a published version never changes, so its rows
    are built once and kept in the default cache; a draft may have changed
    since the attempt began, so its rows are limited to the attempt's own."""
    scenario = attempt.scenario

    def build(consignments=None) -> tuple[scoring.ConsignmentTruth, ...]:
        return tuple(
            scoring.ConsignmentTruth(
                key=str(cid),
                high_risk=t.high_risk,
                severity=float(t.severity),
                indicators=frozenset(t.indicators),
            )
            for cid, t in scenario_truth_for_scoring(scenario=scenario).items()
            if consignments is None or cid in consignments
        )

    key = scenario_selectors.published_cache_key(scenario, "scoring-rows")
    if key is None:
        return build(set(attempt.items.values_list("consignment_id", flat=True)))
    return cache_get_or_build(key, build, timeout=scenario_selectors.CACHE_SECONDS)


def _score_attempt(attempt: Attempt) -> _Scored:
    scenario = attempt.scenario
    truth_rows = _truth_rows(attempt)
    selections = Selection.objects.filter(attempt=attempt).values_list("item__consignment_id", "indicators")
    weights = scoring.Weights(
        weighted_capture=float(scenario.weight_severity),
        skill=float(scenario.weight_skill),
        indicator_f1=float(scenario.weight_indicators),
    )
    result = scoring.score(
        scoring.ScoringInput(
            truth=truth_rows,
            selections=tuple(
                scoring.Selection(key=str(cid), indicators=frozenset(codes or ()))
                for cid, codes in selections
            ),
            budget=scenario.inspection_budget,
            weights=weights,
            pass_mark=float(attempt.pass_mark),
        )
    )
    breakdown = {f.name: _plain(getattr(result, f.name)) for f in fields(result) if f.name != "outcomes"}
    # Hits, misses and false alarms only, under the attempt's own references:
    # a consignment of the attempt with no outcome stored was a correct
    # release (clean, not selected, nothing found or missed), which is most
    # of a large scenario. Breakdowns stored before this list every
    # consignment; readers take both.
    stored = [o for o in result.outcomes if o.outcome != scoring.Outcome.CORRECT_RELEASE]
    ref_of = {
        str(cid): ref
        for cid, ref in attempt.items.filter(consignment_id__in=[int(o.key) for o in stored]).values_list(
            "consignment_id", "ref"
        )
    }
    breakdown["outcomes"] = {
        ref_of[o.key]: {
            "outcome": str(o.outcome),
            "severity": o.severity,
            "found": sorted(o.indicators_found),
            "missed": sorted(o.indicators_missed),
            "wrong": sorted(o.indicators_wrong),
        }
        for o in stored
    }
    breakdown["baseline"] = _random_baseline(scenario, truth_rows, result.selected, weights)
    breakdown["alert"] = _score_alert(attempt)
    return _Scored(score=result, breakdown=breakdown)


def _score_alert(attempt: Attempt) -> dict | None:
    alert = Alert.objects.filter(attempt=attempt).first()
    if alert is None:
        return None
    item = (
        attempt.items.filter(ref=alert.item_ref)
        .values_list("consignment_id", "consignment__seals_declared", "consignment__seals_recorded")
        .first()
        if alert.item_ref
        else None
    )
    t, seals = None, set()
    if item is not None:
        cid, declared, recorded = item
        t = consignment_truth_for_scoring(consignment_id=cid)
        seals = set(Consignment.split_list(declared)) | set(Consignment.split_list(recorded))
        form = form_for(attempt)  # the trainee read the seals of their own form
        seals = {form.number(seal) for seal in seals} if form is not None else seals
    filled = sum(1 for name in ALERT_FIELDS if getattr(alert, name))
    result = scoring.alert_score(
        scoring.AlertInput(
            fields_filled=filled,
            fields_total=len(ALERT_FIELDS),
            container_high_risk=bool(t and t.high_risk),
            seal_matches=bool(alert.seal) and alert.seal in seals,
            suspicion_matches=bool(t and t.high_risk and alert.suspicion == t.threat),
            indicators_cited=frozenset(alert.indicators),
            indicators_true=frozenset(t.indicators) if t else frozenset(),
        )
    )
    return asdict(result)


@transaction.atomic
def attempt_submit(*, attempt: Attempt, user=None, now=None, expired: bool = False) -> Attempt:
    """Submit once: score the saved selection against the hidden truth and store
    the breakdown. Idempotent: a second call (double click, second tab, retry,
    concurrent request) returns the already submitted attempt unchanged.

    `user=None` is the system closing an overdue attempt. An attempt past its
    deadline is closed with what was saved and marked as expired.
    """
    now = _now(now)
    attempt = _locked_attempt(attempt, user)
    if attempt.is_submitted:
        return attempt
    overdue = attempt.deadline is not None and attempt.deadline <= now
    scored = _score_attempt(attempt)
    submitted = {
        "status": AttemptStatus.SUBMITTED,
        "submitted_at": min(now, attempt.deadline) if overdue else now,
        "expired": overdue or expired,
        "score": scored.score.composite,
        "passed": scored.score.passed,
        "breakdown": scored.breakdown,
    }
    updated = (
        Attempt.objects.filter(pk=attempt.pk)
        .exclude(status=AttemptStatus.SUBMITTED)
        .update(**submitted, revision=F("revision") + 1)
    )
    if not updated:  # cannot happen: the row is locked and was open
        attempt.refresh_from_db()
        return attempt
    # The row is locked for this transaction: it holds what was just written
    # (the breakdown as the database gives JSON back).
    submitted["breakdown"] = json.loads(json.dumps(scored.breakdown))
    for name, value in submitted.items():
        setattr(attempt, name, value)
    attempt.revision += 1
    attempt_scored.send(sender=Attempt, attempt=attempt)
    transaction.on_commit(lambda: _record_in_lesson(attempt))
    transaction.on_commit(lambda: attempt_submitted.send(sender=Attempt, attempt=attempt))
    return attempt


def _record_in_lesson(attempt: Attempt) -> None:
    """The one place where a submitted attempt reaches its lesson: the result
    counts towards lesson and course completion (runs after the submission
    has committed; a failure here is logged, never loses the attempt)."""
    if attempt.lesson_page_id is None or attempt.mode != AttemptMode.ASSESSED:
        return  # practice never counts
    from courses.models import LessonPage
    from courses.services import CourseError, assessment_record_result

    lesson = LessonPage.objects.filter(pk=attempt.lesson_page_id).first()
    if lesson is None:
        logger.warning(
            "exercise attempt %s: lesson %s no longer exists", attempt.public_id, attempt.lesson_page_id
        )
        return
    try:
        assessment_record_result(
            user=attempt.user,
            lesson=lesson,
            assessment_key=attempt.block_id,
            kind="exercise",
            score=float(attempt.score),
            passed=bool(attempt.passed),
            details={"attempt": str(attempt.public_id)},
        )
    except CourseError:
        logger.exception(
            "exercise attempt %s could not be recorded in lesson %s", attempt.public_id, lesson.pk
        )


def attempt_close_if_overdue(*, attempt: Attempt, now=None) -> Attempt:
    """Submit `attempt` with what was saved if its time has run out."""
    now = _now(now)
    if not attempt.is_submitted and attempt.deadline is not None and attempt.deadline <= now:
        return attempt_submit(attempt=attempt, now=now, expired=True)
    return attempt


@dataclass(frozen=True)
class CloseReport:
    closed: int
    failed: int


def attempts_close_overdue(*, now=None) -> CloseReport:
    """Close every overdue attempt, each in its own transaction: one broken
    attempt is logged and skipped, the others are still closed."""
    now = _now(now)
    closed = failed = 0
    for pk in Attempt.objects.overdue(now).values_list("pk", flat=True):
        try:
            attempt_submit(attempt=Attempt(pk=pk), now=now, expired=True)
        except Exception:
            failed += 1
            logger.exception("could not close overdue attempt %s", pk)
        else:
            closed += 1
    return CloseReport(closed=closed, failed=failed)


@transaction.atomic
def osint_query_log(*, attempt: Attempt, query: str, results: int, now=None) -> None:
    if attempt.is_submitted:
        return
    OsintQuery.objects.create(attempt=attempt, query=query[:200], results=results, at=_now(now))


@transaction.atomic
def osint_visit_log(*, attempt: Attempt, page_id: int, now=None) -> None:
    if (
        attempt.is_submitted
        or not OsintPage.objects.filter(pk=page_id, scenario=attempt.scenario_id).exists()
    ):
        return
    OsintVisit.objects.create(attempt=attempt, page_id=page_id, at=_now(now))


@transaction.atomic
def feedback_add(*, attempt: Attempt, author, text: str, now=None, base_url: str | None = None) -> Feedback:
    """A mentor (or staff) comments on a submitted attempt; the trainee sees it
    in the debrief, finds the attempt marked "New feedback" in their attempt
    list until they open it, and is e-mailed (in their language) once the
    comment is committed."""
    if not user_has_role(author, Role.MENTOR, Role.STAFF):
        raise errors.ExerciseError(errors.NOT_A_MENTOR)
    if not Attempt.objects.filter(pk=attempt.pk, status=AttemptStatus.SUBMITTED).exists():
        raise errors.ExerciseError(errors.NOT_SUBMITTED)
    text = (text or "").strip()
    if not text:
        raise errors.ExerciseError(errors.EMPTY_FEEDBACK)
    feedback = Feedback.objects.create(attempt=attempt, author=author, text=text[:4000], created_at=_now(now))
    audit.record(
        "exercises.feedback",
        actor=author,
        target=attempt,
        trainee=attempt.user.get_username(),
        feedback=feedback.pk,
        length=len(feedback.text),
    )
    transaction.on_commit(lambda: feedback_notify(feedback=feedback, base_url=base_url))
    return feedback


def feedback_notify(*, feedback: Feedback, base_url: str | None = None) -> bool:
    """E-mail the trainee that a mentor commented on their attempt, in the
    trainee's language, with a link to the debrief (the comment itself is
    read there, signed in). Returns whether a message was sent."""
    from django.urls import reverse

    from accounts.adapter import mail_in_language

    trainee = feedback.attempt.user
    if not trainee.is_active or not trainee.email:
        return False
    base = (base_url or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    mail_in_language(
        trainee,
        template_prefix="exercises/email/feedback",
        context=lambda language: {
            "mentor": feedback.author.get_full_name() if feedback.author else "",
            "scenario": localized(feedback.attempt.scenario.title, language),
            "url": base + reverse("exercises:debrief", args=[feedback.attempt.public_id]),
        },
    )
    return True


def feedback_mark_read(*, attempt: Attempt, user, now=None) -> int:
    """The attempt's owner opened its debrief: its mentor feedback is read.
    Returns how many comments were new."""
    if attempt.user_id != user.pk:
        return 0
    return Feedback.objects.filter(attempt=attempt, read_at__isnull=True).update(read_at=_now(now))


def debrief_cache_forget(*, attempts) -> None:
    """Delete every debrief body `exercises.debrief.debrief_body_html` keeps
    for `attempts` (in any language and time zone) and the index of each: a
    body holds the trainee's justifications and findings, which an erasure
    clears and a deletion removes. Call it once the change is committed, so
    that no body rendered from the old rows stays. Two cache round trips."""
    indexes = [debrief_index_key(attempt.public_id) for attempt in attempts]
    if not indexes:
        return
    found = cache.get_many(indexes)
    cache.delete_many([key for body_keys in found.values() for key in body_keys] + list(found))
