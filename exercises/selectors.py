"""Trainee-safe reads of an attempt. Built only on `scenarios.selectors`
(which carries no truth) and on the attempt's own records; this module never
imports the truth. Consignments are listed in the attempt's shuffled order
under its opaque references.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Exists, OuterRef
from django.utils.crypto import salted_hmac

from accounts.roles import Role, user_has_role
from accounts.scope import scope_learner_records
from scenarios import selectors as scenario_selectors
from scenarios.fields import reader_language

from .models import Alert, Attempt, AttemptMode, AttemptStatus, Feedback, Selection
from .parallel import form_for, form_table_values, osint_haystacks, shown_row


@dataclass(frozen=True)
class ItemView:
    ref: str
    position: int
    # The case file, or the table line where only that is shown (attempt_selected_items).
    consignment: scenario_selectors.ConsignmentView | scenario_selectors.ConsignmentRow
    selected: bool
    indicators: tuple[str, ...]
    justification: str
    method: str
    method_label: str
    result: str
    finding: str


@dataclass(frozen=True, slots=True)
class TableItem:
    """A line of the workspace table: the consignment as the attempt shows it
    (`scenarios.selectors.ConsignmentRow`, through the attempt's form) with
    the trainee's own work on it."""

    ref: str
    position: int
    consignment: scenario_selectors.ConsignmentRow
    selected: bool
    opened: bool
    indicators: tuple[str, ...]
    justification: str


@dataclass(frozen=True)
class ItemLink:
    """A neighbour of a consignment in the attempt's order (the pager)."""

    ref: str
    container_number: str


@dataclass(frozen=True)
class OsintHit:
    ref: str
    kind: str
    kind_label: str
    url: str
    title: str
    body: str


def attempt_for_trainee(*, user, public_id) -> Attempt:
    """The user's own attempt (raises Attempt.DoesNotExist for anyone else's),
    without its score breakdown: a submitted attempt's holds a thousand
    outcomes, and only a debrief built afresh reads it (then loaded on first
    use)."""
    return Attempt.objects.select_related("scenario").defer("breakdown").get(public_id=public_id, user=user)


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


def item_view(ref: str, position: int, view, selection: Selection | None) -> ItemView:
    return ItemView(
        ref=ref,
        position=position,
        consignment=view,
        selected=selection is not None,
        indicators=tuple(selection.indicators) if selection else (),
        justification=selection.justification if selection else "",
        method=selection.method if selection else "",
        method_label=str(selection.get_method_display()) if selection and selection.method else "",
        result=selection.result if selection else "",
        finding=selection.finding if selection else "",
    )


def _table_line(attempt: Attempt, language: str) -> Callable[[int], scenario_selectors.ConsignmentRow]:
    """The attempt's line of the workspace table for a consignment id, as
    its form shows it: the scenario's table and the form's values for it come
    from the cache; a line is built when asked for."""
    table = scenario_selectors.scenario_table(scenario=attempt.scenario, language=language)
    rows = {r.id: r for r in table}
    shown = form_table_values(attempt, table, language=language)
    if shown is None:
        return rows.__getitem__
    return lambda consignment_id: shown_row(rows[consignment_id], shown[consignment_id])


def attempt_selected_items(*, attempt: Attempt, language: str | None = None) -> list[ItemView]:
    """The consignments the trainee selected, in the attempt's order, each
    with its line of the workspace table (container number, goods...) as the
    attempt's form shows it: the pages after the selection name the
    containers, they do not open the case files."""
    language = reader_language(language)
    selections = list(
        Selection.objects.filter(attempt=attempt).select_related("item").order_by("item__position")
    )
    if not selections:
        return []
    line = _table_line(attempt, language)
    return [item_view(s.item.ref, s.item.position, line(s.item.consignment_id), s) for s in selections]


def attempt_item(
    *, attempt: Attempt, ref: str, language: str | None = None
) -> tuple[ItemView, ItemLink | None, ItemLink | None] | None:
    """One consignment of the attempt with its case file and the trainee's work,
    and its neighbours in the attempt's order (previous, next); None for an
    unknown reference."""
    found = attempt.items.filter(ref=ref).values_list("pk", "position", "consignment_id").first()
    if found is None:
        return None
    pk, position, consignment_id = found
    view = scenario_selectors.scenario_consignment(
        scenario=attempt.scenario, consignment_id=consignment_id, language=language
    )
    if view is None:
        return None
    form = form_for(attempt)
    if form is not None:
        view = form.consignment(view)
    neighbours = {
        p: ItemLink(ref=r, container_number=form.container(number) if form is not None else number)
        for r, p, number in attempt.items.filter(position__in=(position - 1, position + 1)).values_list(
            "ref", "position", "consignment__container_number"
        )
    }
    selection = Selection.objects.filter(item_id=pk).first()
    return (
        item_view(ref, position, view, selection),
        neighbours.get(position - 1),
        neighbours.get(position + 1),
    )


def attempt_table(*, attempt: Attempt, language: str | None = None) -> list[TableItem]:
    """The workspace table: every consignment of the attempt in its shuffled
    order as its form shows it, whether the trainee selected it (with the
    indicators and justification) and whether they have opened it. Two
    queries; the scenario's table comes from the cache."""
    line = _table_line(attempt, reader_language(language))
    selections = {
        item_id: (tuple(indicators or ()), justification)
        for item_id, indicators, justification in Selection.objects.filter(attempt=attempt).values_list(
            "item_id", "indicators", "justification"
        )
    }
    table = []
    for pk, ref, position, consignment_id, opened_at in attempt.items.order_by("position").values_list(
        "pk", "ref", "position", "consignment_id", "opened_at"
    ):
        selection = selections.get(pk)
        table.append(
            TableItem(
                ref=ref,
                position=position,
                consignment=line(consignment_id),
                selected=selection is not None,
                opened=opened_at is not None,
                indicators=selection[0] if selection else (),
                justification=selection[1] if selection else "",
            )
        )
    return table


SORT_KEYS = {
    "position": lambda i: i.position,
    "container": lambda i: i.consignment.container_number,
    "goods": lambda i: i.consignment.goods_description.casefold(),
    "hs": lambda i: i.consignment.hs_code,
    "origin": lambda i: i.consignment.country_of_origin_name.casefold(),
    "loading": lambda i: i.consignment.port_of_loading.casefold(),
    "consignee": lambda i: i.consignment.consignee_name.casefold(),
    "weight": lambda i: i.consignment.gross_weight_kg,
    "value": lambda i: i.consignment.declared_value,
    "selected": lambda i: (not i.selected, i.position),
}


def _search_text(c: scenario_selectors.ConsignmentRow) -> str:
    return " ".join(
        [
            c.container_number,
            c.goods_description,
            c.hs_code,
            c.country_of_origin_name,
            c.shipper_name,
            c.consignee_name,
            c.port_of_loading,
            c.port_of_discharge,
            c.transport_document_number,
            *c.transshipment,
        ]
    ).casefold()


def items_filtered(
    items: list[TableItem],
    *,
    q: str = "",
    sort: str = "",
    mode: str = "",
    origin: str = "",
    selected: str = "",
) -> list[TableItem]:
    """Search (container, goods, HS code, origin, parties, ports, B/L number),
    filter (transport mode, origin, selected only) and sort ("-" prefix for
    descending) the whole table."""
    words = [w.casefold() for w in q.split()]
    origin = origin.upper()
    result = [
        i
        for i in items
        if (not mode or i.consignment.transport_mode == mode)
        and (not origin or i.consignment.country_of_origin == origin)
        and (selected != "1" or i.selected)
        and (not words or all(w in _search_text(i.consignment) for w in words))
    ]
    key = sort.lstrip("-")
    if key in SORT_KEYS:
        result.sort(key=SORT_KEYS[key], reverse=sort.startswith("-"))
    return result


def osint_ref(attempt: Attempt, page_id: int) -> str:
    """An opaque per-attempt reference for an OSINT page (no database id)."""
    return salted_hmac("exercises.osint", f"{attempt.public_id}:{page_id}").hexdigest()[:12]


def _hit(attempt: Attempt, page, form) -> OsintHit:
    if form is not None:
        page = form.osint(page)
    return OsintHit(
        ref=osint_ref(attempt, page.id),
        kind=page.kind,
        kind_label=page.kind_label,
        url=page.url,
        title=page.title,
        body=page.body,
    )


@dataclass(frozen=True)
class OsintResults:
    """What a search found, in the corpus's order: one page of results
    (`page`, Django's `Page` of the positions of the pages found, which the
    pager reads: its number, the number of pages, the previous and next) and
    its results as `OsintHit`s (`hits`)."""

    page: Page
    hits: tuple[OsintHit, ...]

    @property
    def count(self) -> int:
        """How many pages of the corpus the search found."""
        return self.page.paginator.count


def osint_search(
    *, attempt: Attempt, query: str, language: str | None = None, page: int = 1, per_page: int = 20
) -> OsintResults:
    """Search of the scenario's OSINT corpus: pages whose address, title or
    text contain every word of `query` (case-insensitively), as the
    attempt's parallel form words them (if it has one), `per_page` to a page
    of results (before the first: the first; past the last: the last). The
    texts searched, worded as the form words them, come from the cache
    (`osint_haystacks`), so a search reads no page from the database; only
    the results on `page` are built."""
    words = [w.casefold() for w in query.strip()[:200].split()]
    if not words:
        return OsintResults(page=Paginator((), per_page).get_page(1), hits=())
    form = form_for(attempt)
    haystacks = osint_haystacks(scenario=attempt.scenario, form=form, language=language)
    found = [page_id for page_id, haystack in haystacks if all(w in haystack for w in words)]
    # The pager holds the positions of the pages found, never their texts.
    shown = Paginator(range(len(found)), per_page).get_page(max(1, page))
    if not shown.object_list:
        return OsintResults(page=shown, hits=())
    corpus = scenario_selectors.scenario_osint_corpus(scenario=attempt.scenario, language=language)
    pages = {p.id: p for p in corpus}
    return OsintResults(page=shown, hits=tuple(_hit(attempt, pages[found[i]], form) for i in shown))


def osint_page(*, attempt: Attempt, ref: str, language: str | None = None) -> tuple[int, OsintHit] | None:
    for page in scenario_selectors.scenario_osint_corpus(scenario=attempt.scenario, language=language):
        if osint_ref(attempt, page.id) == ref:
            return page.id, _hit(attempt, page, form_for(attempt))
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
