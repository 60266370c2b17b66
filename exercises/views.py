"""Trainee workspace, debrief and mentor review.

Before submission these views read only `exercises.selectors` (trainee-safe);
the debrief and review read `exercises.debrief`, which refuses an attempt that
is not submitted. Autosave endpoints answer JSON to our script and redirect
plain form posts, so every page also works without JavaScript.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_http_methods

from accounts.roles import Role, role_required
from core.ids import row_id
from core.security import Limit, rate_limit_hit, rate_limit_key
from scenarios import selectors as scenario_selectors
from scenarios.models import Scenario

from . import debrief as debrief_reads
from . import selectors, services
from .errors import ExerciseError
from .forms import AlertForm, ExamineForm, FeedbackForm, FindingForm, ItemForm
from .models import Attempt, AttemptMode, AttemptStatus, ExaminationMethod


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _attempt(request, public_id) -> Attempt:
    """The user's own attempt, closed first if its time has run out (404 for anyone else's)."""
    try:
        attempt = selectors.attempt_for_trainee(user=request.user, public_id=public_id)
    except Attempt.DoesNotExist:
        raise Http404 from None
    return services.attempt_close_if_overdue(attempt=attempt)


def _fail(request, attempt, error: ExerciseError, fallback: str):
    if _wants_json(request):
        return JsonResponse({"ok": False, "error": str(error.message)}, status=error.status)
    messages.error(request, error.message)
    attempt.refresh_from_db(fields=["status"])
    if attempt.is_submitted:
        return redirect("exercises:debrief", public_id=attempt.public_id)
    return redirect(fallback)


def _ok(request, attempt, fallback: str):
    if _wants_json(request):
        attempt.refresh_from_db(fields=["revision"])
        count = attempt.selections.count()
        label = _("Selected %(n)s of %(budget)s") % {"n": count, "budget": attempt.scenario.inspection_budget}
        return JsonResponse(
            {"ok": True, "revision": attempt.revision, "selected": count, "selected_label": label}
        )
    return redirect(fallback)


def _autosave_limited(request) -> bool:
    limit = Limit(count=settings.RATE_LIMIT_AUTOSAVE_PER_MINUTE, seconds=60)
    return rate_limit_hit(scope="exercises-autosave", key=rate_limit_key(request), limit=limit)


def _too_many(request, fallback: str):
    """Nothing saved; our script keeps the form and sends it again."""
    message = _("Too many saves in a minute; wait a moment and save again.")
    if _wants_json(request):
        response = JsonResponse({"ok": False, "error": message}, status=429)
    else:
        messages.error(request, message)
        response = redirect(fallback)
    response["Retry-After"] = "60"
    return response


def _form_errors(request, form, fallback: str):
    text = " ".join(str(e) for errs in form.errors.values() for e in errs)
    if _wants_json(request):
        return JsonResponse({"ok": False, "error": text}, status=400)
    messages.error(request, text)
    return redirect(fallback)


def _indicator_choices(language, catalogue=None):
    catalogue = (
        catalogue if catalogue is not None else scenario_selectors.indicator_catalogue(language=language)
    )
    return [(i.code, f"{i.code} {i.name}") for i in catalogue]


def _common(attempt: Attempt, language: str) -> dict:
    seconds = selectors.seconds_left(attempt, timezone.now())
    return {
        "attempt": attempt,
        "scenario": scenario_selectors.scenario_overview(scenario=attempt.scenario, language=language),
        "seconds_left": seconds,
        "time_left": f"{seconds // 60:02d}:{seconds % 60:02d}" if seconds is not None else "",
        "selected_count": attempt.selections.count(),
    }


@login_required
@require_http_methods(["GET", "POST"])
def catalogue(request):
    language = get_language()
    if request.method == "POST":
        try:
            # The page's two buttons: "practice" or "assessed".
            mode = request.POST.get("mode", AttemptMode.PRACTICE)
            if request.POST.get("lesson"):
                attempt = _start_in_lesson(request, mode)
            else:
                scenario = scenario_selectors.scenario_get_published(
                    scenario_id=int(request.POST.get("scenario", "0"))
                )
                attempt = services.attempt_start(user=request.user, scenario=scenario, mode=mode)
        except (ValueError, Scenario.DoesNotExist):
            messages.error(request, _("This scenario is not published."))
            return redirect("exercises:catalogue")
        except ExerciseError as error:
            messages.error(request, error.message)
            return redirect("exercises:catalogue")
        return redirect("exercises:workspace", public_id=attempt.public_id)
    scenarios = scenario_selectors.published_scenarios(language=language)
    allowed = settings.EXERCISES_ASSESSED_ATTEMPTS
    return render(
        request,
        "exercises/catalogue.html",
        {
            "scenarios": [
                (s, selectors.exercise_state(user=request.user, lineage=s.lineage, allowed=allowed))
                for s in scenarios
            ],
            "attempts": selectors.user_attempts(user=request.user)[:20],
        },
    )


def _start_in_lesson(request, mode: str):
    """Start (or resume) the attempt of a lesson's exercise block: everything
    but the two ids comes from the page, and the trainee must be enrolled."""
    from courses.selectors import user_is_enrolled

    placement = selectors.lesson_exercise_find(
        lesson_page_id=int(request.POST.get("lesson", "0")), block_id=request.POST.get("block", "")
    )
    if placement is None:
        raise ExerciseError(_("This exercise is not available."))
    if not user_is_enrolled(user=request.user, page=placement.lesson):
        raise ExerciseError(_("Enrol in the course to take its exercises."))
    scenario = Scenario.objects.current().filter(lineage=placement.scenario_lineage).first()
    if scenario is None:
        raise ExerciseError(_("This scenario is not published."))
    return services.attempt_start(
        user=request.user,
        scenario=scenario,
        lesson_page_id=placement.lesson.pk,
        block_id=placement.block_id,
        pass_mark=placement.pass_mark,
        required=placement.required,
        mode=mode,
        attempts_allowed=placement.attempts,
    )


# Lines of the workspace table per page: searching, filtering and sorting
# always act on every consignment of the attempt.
WORKSPACE_PAGE_SIZE = 50

# The table's columns: (sort key, title, numeric).
WORKSPACE_COLUMNS = (
    ("container", _lazy("Container"), False),
    ("goods", _lazy("Goods"), False),
    ("hs", _lazy("HS code"), False),
    ("origin", _lazy("Origin"), False),
    ("loading", _lazy("Loaded at"), False),
    ("consignee", _lazy("Consignee"), False),
    ("weight", _lazy("Gross kg"), True),
    ("value", _lazy("Value"), True),
    ("selected", _lazy("Selected"), False),
)


def _columns(sort: str) -> list[dict]:
    """Each column's title (translated once: each line's cells repeat it as
    their data-label), the sort its title asks for (the other direction when
    the table is sorted by it) and its aria-sort state."""
    current, descending = sort.lstrip("-"), sort.startswith("-")
    return [
        {
            "key": key,
            "label": str(label),
            "numeric": numeric,
            "sort": f"-{key}" if key == current and not descending else key,
            "state": ("descending" if descending else "ascending") if key == current else "",
        }
        for key, label, numeric in WORKSPACE_COLUMNS
    ]


@login_required
def workspace(request, public_id):
    attempt = _attempt(request, public_id)
    if attempt.is_submitted:
        return redirect("exercises:debrief", public_id=attempt.public_id)
    if attempt.status == AttemptStatus.EXAMINING:
        return redirect("exercises:examine", public_id=attempt.public_id)
    language = get_language()
    items = selectors.attempt_table(attempt=attempt, language=language)
    g = request.GET
    filters = {k: g.get(k, "") for k in ("q", "sort", "mode", "origin", "selected")}
    shown = selectors.items_filtered(items, **filters)
    page = Paginator(shown, WORKSPACE_PAGE_SIZE).get_page(g.get("page"))
    columns = _columns(filters["sort"])
    context = _common(attempt, language) | {
        "page": page,
        "all_count": len(items),
        "shown_count": len(shown),
        "selected_items": [i for i in items if i.selected],
        "origins": sorted(
            {(i.consignment.country_of_origin, i.consignment.country_of_origin_name) for i in items},
            key=lambda o: o[1].casefold(),
        ),
        "modes": sorted({(i.consignment.transport_mode, i.consignment.transport_mode_label) for i in items}),
        "filters": filters,
        "columns": columns,
        "column_labels": {column["key"]: column["label"] for column in columns},
        "last_item": next((i for i in items if i.ref == attempt.last_item_ref), None),
        # Each line links to attempts/<id>/c/<ref>/ (refs are hex): one reverse() for all of them.
        "item_url_start": reverse("exercises:item", kwargs={"public_id": attempt.public_id, "ref": "0"})[:-2],
    }
    return render(request, "exercises/workspace.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def item(request, public_id, ref):
    attempt = _attempt(request, public_id)
    if attempt.is_submitted and request.method == "GET":
        return redirect("exercises:debrief", public_id=attempt.public_id)
    language = get_language()
    here = reverse("exercises:item", kwargs={"public_id": attempt.public_id, "ref": ref})
    catalogue = scenario_selectors.indicator_catalogue(language=language)
    choices = _indicator_choices(language, catalogue)
    if request.method == "POST":
        if _autosave_limited(request):
            return _too_many(request, here)
        form = ItemForm(request.POST, indicator_choices=choices)
        if not form.is_valid():
            return _form_errors(request, form, here)
        try:
            services.attempt_save_item(
                attempt=attempt,
                user=request.user,
                ref=ref,
                selected=form.cleaned_data["selected"],
                indicators=form.cleaned_data["indicators"],
                justification=form.cleaned_data["justification"],
                revision=form.cleaned_data["revision"],
            )
        except ExerciseError as error:
            return _fail(request, attempt, error, here)
        if not _wants_json(request):
            messages.success(request, _("Saved."))
        return _ok(request, attempt, here)
    found = selectors.attempt_item(attempt=attempt, ref=ref, language=language)
    if found is None:
        raise Http404
    current, previous, following = found
    services.attempt_note_position(attempt=attempt, user=request.user, ref=ref)
    form = ItemForm(
        initial={
            "selected": current.selected,
            "indicators": list(current.indicators),
            "justification": current.justification,
            "revision": attempt.revision,
        },
        indicator_choices=choices,
    )
    context = _common(attempt, language) | {
        "item": current,
        "c": current.consignment,
        "form": form,
        "locked": attempt.status != AttemptStatus.SELECTING,
        "previous": previous,
        "next": following,
        "indicators": catalogue,
        "chosen_indicators": set(current.indicators),
    }
    return render(request, "exercises/item.html", context)


@login_required
def osint(request, public_id):
    attempt = _attempt(request, public_id)
    if attempt.is_submitted:
        return redirect("exercises:debrief", public_id=attempt.public_id)
    language = get_language()
    query = request.GET.get("q", "").strip()[:200]
    asked = request.GET.get("page")
    # A page number out of range shows the nearest page; one that is no page
    # number ("abc", "0") the first.
    results = selectors.osint_search(attempt=attempt, query=query, language=language, page=row_id(asked) or 1)
    # A search is recorded when it is made (the search form sends no page
    # number), not again when its pages are turned, whatever page is asked for.
    if query and asked is None:
        services.osint_query_log(attempt=attempt, query=query, results=results.count)
    return render(
        request,
        "exercises/osint.html",
        _common(attempt, language) | {"query": query, "results": results, "hits": results.hits},
    )


@login_required
def osint_page(request, public_id, ref):
    attempt = _attempt(request, public_id)
    if attempt.is_submitted:
        return redirect("exercises:debrief", public_id=attempt.public_id)
    language = get_language()
    found = selectors.osint_page(attempt=attempt, ref=ref, language=language)
    if found is None:
        raise Http404
    page_id, page = found
    services.osint_visit_log(attempt=attempt, page_id=page_id)
    return render(
        request,
        "exercises/osint_page.html",
        _common(attempt, language) | {"page": page, "query": request.GET.get("q", "")},
    )


@login_required
@require_http_methods(["GET", "POST"])
def finish_selection(request, public_id):
    attempt = _attempt(request, public_id)
    if attempt.is_submitted and request.method == "GET":
        return redirect("exercises:debrief", public_id=attempt.public_id)
    here = reverse("exercises:finish", kwargs={"public_id": attempt.public_id})
    if request.method == "POST":
        try:
            services.attempt_lock_selection(attempt=attempt, user=request.user)
        except ExerciseError as error:
            return _fail(request, attempt, error, here)
        return redirect("exercises:examine", public_id=attempt.public_id)
    language = get_language()
    return render(
        request,
        "exercises/finish.html",
        _common(attempt, language)
        | {"selected_items": selectors.attempt_selected_items(attempt=attempt, language=language)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def examine(request, public_id):
    attempt = _attempt(request, public_id)
    if attempt.is_submitted and request.method == "GET":
        return redirect("exercises:debrief", public_id=attempt.public_id)
    if attempt.status == AttemptStatus.SELECTING:
        return redirect("exercises:finish", public_id=attempt.public_id)
    language = get_language()
    here = reverse("exercises:examine", kwargs={"public_id": attempt.public_id})
    choices = _indicator_choices(language)
    items = selectors.attempt_selected_items(attempt=attempt, language=language)
    item_choices = [(i.ref, i.consignment.container_number) for i in items]
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "examine":
                form = ExamineForm(request.POST)
                if not form.is_valid():
                    return _form_errors(request, form, here)
                services.attempt_examine(
                    attempt=attempt,
                    user=request.user,
                    ref=request.POST.get("ref", ""),
                    method=form.cleaned_data["method"],
                )
            elif action == "finding":
                form = FindingForm(request.POST)
                if not form.is_valid():
                    return _form_errors(request, form, here)
                services.attempt_record_finding(
                    attempt=attempt,
                    user=request.user,
                    ref=request.POST.get("ref", ""),
                    finding=form.cleaned_data["finding"],
                    revision=form.cleaned_data["revision"],
                )
            elif action == "alert":
                form = AlertForm(request.POST, item_choices=item_choices, indicator_choices=choices)
                if not form.is_valid():
                    return _form_errors(request, form, here)
                data = {k: v for k, v in form.cleaned_data.items() if k != "revision"}
                data["action"] = data.pop("action_requested")
                services.attempt_save_alert(
                    attempt=attempt, user=request.user, revision=form.cleaned_data["revision"], **data
                )
            else:
                raise Http404
        except ExerciseError as error:
            return _fail(request, attempt, error, here)
        if not _wants_json(request):
            messages.success(request, _("Saved."))
        return _ok(request, attempt, here)
    alert = selectors.attempt_alert(attempt=attempt)
    alert_form = AlertForm(
        initial={
            "item_ref": alert.item_ref if alert else "",
            "seal": alert.seal if alert else "",
            "route": alert.route if alert else "",
            "suspicion": alert.suspicion if alert else "",
            "indicators": alert.indicators if alert else [],
            "action_requested": alert.action if alert else "",
            "remarks": alert.remarks if alert else "",
            "revision": attempt.revision,
        },
        item_choices=item_choices,
        indicator_choices=choices,
    )
    return render(
        request,
        "exercises/examine.html",
        _common(attempt, language)
        | {"items": items, "methods": ExaminationMethod.choices, "alert_form": alert_form},
    )


@login_required
@require_http_methods(["GET", "POST"])
def submit(request, public_id):
    attempt = _attempt(request, public_id)
    if attempt.is_submitted:
        return redirect("exercises:debrief", public_id=attempt.public_id)
    if request.method == "POST":
        try:
            services.attempt_submit(attempt=attempt, user=request.user)
        except ExerciseError as error:
            return _fail(
                request, attempt, error, reverse("exercises:submit", kwargs={"public_id": attempt.public_id})
            )
        return redirect("exercises:debrief", public_id=attempt.public_id)
    language = get_language()
    items = selectors.attempt_selected_items(attempt=attempt, language=language)
    return render(request, "exercises/submit.html", _common(attempt, language) | {"selected_items": items})


@login_required
def debrief(request, public_id):
    attempt = _attempt(request, public_id)
    if not attempt.is_submitted:
        return redirect("exercises:workspace", public_id=attempt.public_id)
    language = get_language()
    context = {
        "debrief_body": debrief_reads.debrief_body_html(attempt=attempt, language=language),
        "scenario": scenario_selectors.scenario_overview(scenario=attempt.scenario, language=language),
        "feedback": list(attempt.feedback.select_related("author")),
        "attempt": attempt,
    }
    services.feedback_mark_read(attempt=attempt, user=request.user)
    return render(request, "exercises/debrief.html", context)


@role_required(Role.MENTOR, Role.STAFF)
def review_list(request):
    status = request.GET.get("status", AttemptStatus.SUBMITTED)
    attempts = selectors.attempts_for_review(user=request.user, status=status)[:200]
    return render(
        request,
        "exercises/review_list.html",
        {"attempts": attempts, "status": status, "statuses": AttemptStatus.choices},
    )


@role_required(Role.MENTOR, Role.STAFF)
@require_http_methods(["GET", "POST"])
def review_detail(request, public_id):
    try:
        attempt = selectors.attempt_for_reviewer(user=request.user, public_id=public_id)
    except Attempt.DoesNotExist:
        raise Http404 from None
    language = get_language()
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.feedback_add(
                attempt=attempt,
                author=request.user,
                text=form.cleaned_data["text"],
                base_url=request.build_absolute_uri("/"),
            )
        except ExerciseError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Feedback sent; the trainee sees it in the debrief."))
            return redirect("exercises:review", public_id=attempt.public_id)
    context = {
        "attempt": attempt,
        "form": form,
        "items": selectors.attempt_selected_items(attempt=attempt, language=language),
        "form_rows": selectors.attempt_form_rows(attempt=attempt) if attempt.form_seed is not None else [],
        "queries": attempt.osint_queries.all(),
        "visits": attempt.osint_visits.select_related("page"),
        "feedback": attempt.feedback.select_related("author"),
        "debrief_body": debrief_reads.debrief_body_html(attempt=attempt, language=language)
        if attempt.is_submitted
        else "",
        "scenario": scenario_selectors.scenario_overview(scenario=attempt.scenario, language=language),
    }
    return render(request, "exercises/review_detail.html", context)
