"""Trainee-safe reads of an attempt. Built only on `scenarios.selectors`
(which carries no truth) and on the attempt's own records; this module never
imports the truth. Consignments are listed in the attempt's shuffled order
under its opaque references.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import Exists, OuterRef
from django.utils.crypto import salted_hmac

from accounts.roles import Role, user_has_role
from accounts.scope import scope_learner_records
from scenarios import selectors as scenario_selectors
from scenarios.models import OsintPage

from .models import Alert, Attempt, AttemptMode, AttemptStatus, Feedback, Selection
from .parallel import form_for


@dataclass(frozen=True)
class ItemView:
    ref: str
    position: int
    consignment: scenario_selectors.ConsignmentView
    selected: bool
    indicators: tuple[str, ...]
    justification: str
    method: str
    method_label: str
    result: str
    finding: str


@dataclass(frozen=True)
class OsintHit:
    ref: str
    kind: str
    kind_label: str
    url: str
    title: str
    body: str


def attempt_for_trainee(*, user, public_id) -> Attempt:
    """The user's own attempt (raises Attempt.DoesNotExist for anyone else's)."""
    return Attempt.objects.select_related("scenario").get(public_id=public_id, user=user)


def attempt_for_reviewer(*, user, public_id) -> Attempt:
    """A submitted or open attempt the reviewer may see: staff any, a mentor
    those of the trainees in their cohorts (`accounts.scope`); raises
    Attempt.DoesNotExist otherwise."""
    if not user_has_role(user, Role.MENTOR, Role.STAFF):
        raise Attempt.DoesNotExist
    qs = scope_learner_records(Attempt.objects.select_related("scenario", "user"), user)
    return qs.get(public_id=public_id)


def attempts_for_review(*, user, status: str = ""):
    if not user_has_role(user, Role.MENTOR, Role.STAFF):
        return Attempt.objects.none()
    qs = Attempt.objects.select_related("scenario", "user").order_by("-submitted_at", "-started_at")
    qs = scope_learner_records(qs, user)
    if status in AttemptStatus.values:
        qs = qs.filter(status=status)
    return qs


def user_attempts(*, user):
    """The user's attempts, newest first, each with `has_new_feedback`: a
    mentor's comment the user has not read yet (opened in the debrief)."""
    unread = Feedback.objects.filter(attempt=OuterRef("pk"), read_at__isnull=True)
    return (
        Attempt.objects.of_user(user)
        .select_related("scenario")
        .annotate(has_new_feedback=Exists(unread))
        .order_by("-started_at")
    )


def attempt_items(*, attempt: Attempt, language: str | None = None) -> list[ItemView]:
    """The attempt's consignments in its shuffled order, with the trainee's
    own work, as the attempt's parallel form shows them (if it has one)."""
    views = {
        v.id: v
        for v in scenario_selectors.scenario_consignments(scenario=attempt.scenario, language=language)
    }
    form = form_for(attempt)
    if form is not None:
        views = {pk: form.consignment_shown(v) for pk, v in views.items()}
    selections = {s.item_id: s for s in Selection.objects.filter(attempt=attempt)}
    items = []
    # Plain rows: 500 model instances cost more than the query.
    rows = attempt.items.order_by("position").values_list("pk", "ref", "position", "consignment_id")
    for pk, ref, position, consignment_id in rows:
        s = selections.get(pk)
        items.append(
            ItemView(
                ref=ref,
                position=position,
                consignment=views[consignment_id],
                selected=s is not None,
                indicators=tuple(s.indicators) if s else (),
                justification=s.justification if s else "",
                method=s.method if s else "",
                method_label=str(s.get_method_display()) if s and s.method else "",
                result=s.result if s else "",
                finding=s.finding if s else "",
            )
        )
    return items


SORT_KEYS = {
    "position": lambda i: i.position,
    "container": lambda i: i.consignment.container_number,
    "goods": lambda i: i.consignment.goods_description.casefold(),
    "origin": lambda i: i.consignment.country_of_origin,
    "loading": lambda i: i.consignment.port_of_loading,
    "consignee": lambda i: i.consignment.consignee.name.casefold(),
    "value": lambda i: i.consignment.declared_value,
    "weight": lambda i: i.consignment.gross_weight_kg,
}


def items_filtered(
    items: list[ItemView],
    *,
    q: str = "",
    sort: str = "",
    mode: str = "",
    origin: str = "",
    selected: str = "",
) -> list[ItemView]:
    """Search (container, goods, HS code, parties, ports), filter (transport
    mode, origin, selected only) and sort ("-" prefix for descending) the table."""
    words = [w.casefold() for w in q.split()]

    def matches(i: ItemView) -> bool:
        c = i.consignment
        text = " ".join(
            [
                c.container_number,
                c.goods_description,
                c.hs_code,
                c.shipper.name,
                c.consignee.name,
                c.port_of_loading,
                c.port_of_discharge,
                c.transport_document_number,
                *c.transshipment,
            ]
        ).casefold()
        return all(w in text for w in words)

    result = [
        i
        for i in items
        if matches(i)
        and (not mode or i.consignment.transport_mode == mode)
        and (not origin or i.consignment.country_of_origin == origin.upper())
        and (selected != "1" or i.selected)
    ]
    key = sort.lstrip("-")
    if key in SORT_KEYS:
        result.sort(key=SORT_KEYS[key], reverse=sort.startswith("-"))
    return result


def osint_ref(attempt: Attempt, page_id: int) -> str:
    """An opaque per-attempt reference for an OSINT page (no database id)."""
    return salted_hmac("exercises.osint", f"{attempt.public_id}:{page_id}").hexdigest()[:12]


def _hits(attempt: Attempt, pages) -> list[OsintHit]:
    return [
        OsintHit(
            ref=osint_ref(attempt, p.id),
            kind=p.kind,
            kind_label=p.kind_label,
            url=p.url,
            title=p.title,
            body=p.body,
        )
        for p in pages
    ]


def _postgres_matches(attempt: Attempt, query: str, language: str | None) -> set[int]:
    from django.contrib.postgres.search import SearchQuery, SearchVector
    from django.db.models import TextField, Value
    from django.db.models.fields.json import KeyTextTransform
    from django.db.models.functions import Coalesce

    lang = (language or "en").split("-")[0]
    parts = [
        Coalesce(KeyTextTransform(code, field), Value(""), output_field=TextField())
        for field in ("title", "body")
        for code in {lang, "en"}
    ]
    vector = SearchVector("url", *parts, config="simple")
    return set(
        OsintPage.objects.filter(scenario=attempt.scenario_id)
        .annotate(document=vector)
        .filter(document=SearchQuery(query, config="simple", search_type="websearch"))
        .values_list("pk", flat=True)
    )


def _form_osint_search(attempt: Attempt, form, query: str, language: str | None):
    """Word-containment search over the OSINT pages as the attempt's form shows them."""
    words = [w.casefold() for w in query.split() if w.strip()]
    pages = (
        form.osint(p)
        for p in scenario_selectors.scenario_osint_pages(scenario=attempt.scenario, language=language)
    )
    return [p for p in pages if all(w in f"{p.url} {p.title} {p.body}".casefold() for w in words)]


def osint_search(*, attempt: Attempt, query: str, language: str | None = None) -> list[OsintHit]:
    """Full-text search of the scenario's OSINT corpus: PostgreSQL full-text
    search (simple dictionary, so every language behaves alike) in production,
    the portable word-containment search of `scenarios.selectors` elsewhere.
    An attempt on a parallel form searches the pages as its form words them
    (word containment: the stored text has the authored values)."""
    query = query.strip()[:200]
    if not query:
        return []
    form = form_for(attempt)
    if form is not None:
        pages = _form_osint_search(attempt, form, query, language)
    elif connection.vendor == "postgresql":
        ids = _postgres_matches(attempt, query, language)
        pages = [
            p
            for p in scenario_selectors.scenario_osint_pages(scenario=attempt.scenario, language=language)
            if p.id in ids
        ]
    else:
        pages = scenario_selectors.osint_search(scenario=attempt.scenario, query=query, language=language)
    return _hits(attempt, pages)


def osint_page(*, attempt: Attempt, ref: str, language: str | None = None) -> tuple[int, OsintHit] | None:
    form = form_for(attempt)
    for page in scenario_selectors.scenario_osint_pages(scenario=attempt.scenario, language=language):
        if osint_ref(attempt, page.id) == ref:
            return page.id, _hits(attempt, [form.osint(page) if form is not None else page])[0]
    return None


def attempt_alert(*, attempt: Attempt) -> Alert | None:
    return Alert.objects.filter(attempt=attempt).first()


def seconds_left(attempt: Attempt, now) -> int | None:
    if attempt.deadline is None:
        return None
    return max(0, int((attempt.deadline - now).total_seconds()))


def lesson_attempt_that_counts(*, user, lesson_key, block_id: str, policy: str = "best") -> Attempt | None:
    """The submitted attempt a lesson's grading policy counts, in any language
    version of the lesson (`lesson_key` is its translation key): of the
    assessed attempts (practice never counts), the best score ("best") or
    the latest submission ("last"). Every attempt is kept."""
    qs = Attempt.objects.submitted().filter(
        user=user, lesson_key=lesson_key, block_id=block_id, mode=AttemptMode.ASSESSED
    )
    order = ("-score", "-submitted_at") if policy == "best" else ("-submitted_at",)
    return qs.order_by(*order).first()


@dataclass(frozen=True)
class LessonExercise:
    """An exercise block placed in a lesson, read from the page itself (never
    from what a form claims)."""

    lesson: object
    block_id: str
    scenario_lineage: str
    pass_mark: int | None
    required: bool
    attempts: int


def lesson_exercise_find(*, lesson_page_id: int, block_id: str) -> LessonExercise | None:
    """The live lesson's exercise block `block_id`, or None."""
    from courses.models import LessonPage

    lesson = LessonPage.objects.live().filter(pk=lesson_page_id).first()
    if lesson is None:
        return None
    for child in lesson.body:
        if child.block_type == "exercise" and str(child.id) == str(block_id):
            return LessonExercise(
                lesson=lesson,
                block_id=str(child.id),
                scenario_lineage=str(child.value.get("scenario") or ""),
                pass_mark=child.value.get("pass_mark"),
                required=bool(child.value.get("required")),
                attempts=exercise_block_attempts(child.value),
            )
    return None


def exercise_block_attempts(value) -> int:
    """The assessed attempts an exercise block allows (blocks saved before the
    setting existed allow the default)."""
    from .blocks import DEFAULT_ASSESSED_ATTEMPTS

    return int(value.get("attempts") or DEFAULT_ASSESSED_ATTEMPTS)


@dataclass(frozen=True)
class ExerciseState:
    """A trainee's standing at one exercise: the open attempt, if any, and
    the assessed attempts used and allowed."""

    open_attempt: Attempt | None
    assessed_used: int
    assessed_allowed: int

    @property
    def assessed_left(self) -> int:
        return max(0, self.assessed_allowed - self.assessed_used)


def exercise_state(*, user, lineage, allowed: int, lesson_key=None, block_id: str = "") -> ExerciseState:
    mine = Attempt.objects.of_exercise(user=user, lineage=lineage, lesson_key=lesson_key, block_id=block_id)
    return ExerciseState(
        open_attempt=mine.open().first(),
        assessed_used=mine.filter(mode=AttemptMode.ASSESSED).count(),
        assessed_allowed=allowed,
    )


@dataclass(frozen=True)
class FormRow:
    ref: str
    position: int
    container_number: str
    authored_container_number: str


def attempt_form_rows(*, attempt: Attempt) -> list[FormRow]:
    """For mentors only: each consignment of the attempt as its form showed it
    beside the scenario as authored (never rendered to a trainee)."""
    form = form_for(attempt)
    numbers = dict(attempt.items.values_list("consignment_id", "consignment__container_number"))
    return [
        FormRow(
            ref=ref,
            position=position,
            container_number=form.container(numbers[cid]) if form is not None else numbers[cid],
            authored_container_number=numbers[cid],
        )
        for ref, position, cid in attempt.items.order_by("position").values_list(
            "ref", "position", "consignment_id"
        )
    ]
