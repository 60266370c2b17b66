"""The mentor workspace: the cohorts a mentor runs, their mentees' progress,
attempts awaiting feedback (reviewed on the exercises review pages), each
mentee's weakness profile and private session notes. Staff may open every
cohort; trainees and other mentors get 403/404."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.roles import Role, role_required
from core import charts

from . import selectors
from .forms import SessionNoteForm
from .models import SessionNote
from .services import MentoringError, session_note_add, session_note_change, session_note_delete


def _pct(value: float) -> str:
    return charts.percent(100 * value)


@role_required(Role.MENTOR, Role.STAFF)
@require_safe
def workspace(request):
    cohorts = list(selectors.cohorts_for(request.user))
    chosen = None
    wanted = request.GET.get("cohort", "")
    if wanted:
        chosen = next((c for c in cohorts if str(c.pk) == wanted), None)
        if chosen is None:
            return render(
                request, "mentoring/workspace.html", {"cohorts": cohorts, "unknown": True}, status=404
            )
    elif cohorts:
        chosen = cohorts[0]
    context = {"cohorts": cohorts, "cohort": chosen}
    if chosen is not None:
        courses, rows = selectors.cohort_progress(chosen)
        context.update(
            courses=courses,
            rows=rows,
            awaiting=list(selectors.awaiting_feedback(chosen)),
        )
    return render(request, "mentoring/workspace.html", context)


@role_required(Role.MENTOR, Role.STAFF)
@require_http_methods(["GET", "POST"])
def mentee(request, cohort_id, user_id):
    cohort = selectors.cohort_for(request.user, cohort_id)
    trainee = selectors.mentee_for(cohort, user_id)
    is_mentor = cohort.mentors.filter(pk=request.user.pk).exists()
    form = SessionNoteForm(request.POST or None)
    if request.method == "POST":
        if not is_mentor:
            messages.error(request, _("Only a mentor of this cohort can do this."))
        elif form.is_valid():
            try:
                session_note_add(
                    cohort=cohort,
                    mentee=trainee,
                    author=request.user,
                    text=form.cleaned_data["text"],
                    session_on=form.cleaned_data["session_on"],
                )
            except MentoringError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Note saved. Only you can read it."))
                return redirect("mentoring:mentee", cohort_id=cohort.pk, user_id=trainee.pk)
    profile = selectors.mentee_profile(cohort=cohort, mentee=trainee, viewer=request.user)
    trend_chart = category_chart = None
    if profile.trend:
        labels = [f"{p.attempts}" for p in profile.trend]
        trend_chart = charts.line_chart(
            # xgettext:no-python-format
            title=_("Lift over time, with its 95 % interval"),
            labels=labels,
            x_label=_("Attempt"),
            y_label=_("Lift"),
            series=[
                charts.Series(
                    _("Lift"),
                    [p.lift.value for p in profile.trend],
                    [p.lift.low for p in profile.trend],
                    [p.lift.high for p in profile.trend],
                )
            ],
            low=0,
        )
        dprime_chart = charts.line_chart(
            # xgettext:no-python-format
            title=_("d′ over time, with its 95 % interval"),
            labels=labels,
            x_label=_("Attempt"),
            y_label="d′",
            series=[
                charts.Series(
                    "d′",
                    [p.d_prime.value for p in profile.trend],
                    [p.d_prime.low for p in profile.trend],
                    [p.d_prime.high for p in profile.trend],
                )
            ],
        )
    else:
        dprime_chart = None
    if profile.categories:
        category_chart = charts.hbar_chart(
            title=_("Share of planted indicators missed, by category"),
            labels=[c.label for c in profile.categories],
            values=[c.miss_rate for c in profile.categories],
            fmt=_pct,
            x_label=_("Missed (%)"),
        )
    return render(
        request,
        "mentoring/mentee.html",
        {
            "cohort": cohort,
            "trainee": trainee,
            "profile": profile,
            "courses": selectors.mentee_courses(cohort=cohort, mentee=trainee),
            "trend_chart": trend_chart,
            "dprime_chart": dprime_chart,
            "category_chart": category_chart,
            "form": form if is_mentor else None,
            "reliability": reliability_text(profile.current),
            "min_category_count": selectors.stats.MIN_CATEGORY_COUNT,
        },
    )


def reliability_text(point) -> str:
    """Why the pooled estimate is "reliable" or "not yet" (docs/mentoring.md)."""
    if point is None:
        return ""
    values = {
        "forms": point.attempts,
        "needed": selectors.stats.MIN_FORMS,
        "width": point.d_prime_width,
        "limit": selectors.stats.RELIABLE_WIDTH,
    }
    if point.reliability == selectors.stats.Reliability.FEW_FORMS:
        return _("Not yet reliable: %(forms)d of the %(needed)d forms (submitted attempts) needed.") % values
    if point.reliability == selectors.stats.Reliability.WIDE:
        return (
            _(
                "Not yet reliable: the d′ interval is %(width).2f wide and must be at most %(limit).2f; "
                "more forms will narrow it."
            )
            % values
        )
    return (
        _("Reliable: %(forms)d forms, and the d′ interval is %(width).2f wide (at most %(limit).2f).")
        % values
    )


def _own_note(request, cohort_id, user_id, note_id) -> tuple:
    """The cohort, the mentee and the viewer's own note on them: anyone else's
    note (a co-mentor's, whoever asks) is "not found", as it is unseen."""
    cohort = selectors.cohort_for(request.user, cohort_id)
    trainee = selectors.mentee_for(cohort, user_id)
    note = get_object_or_404(SessionNote, pk=note_id, cohort=cohort, mentee=trainee, author=request.user)
    return cohort, trainee, note


@role_required(Role.MENTOR, Role.STAFF)
@require_http_methods(["GET", "POST"])
def note_edit(request, cohort_id, user_id, note_id):
    """The author of a session note rewrites it."""
    cohort, trainee, note = _own_note(request, cohort_id, user_id, note_id)
    form = SessionNoteForm(
        request.POST or None, initial={"session_on": note.session_on, "text": note.text}, prefix="note"
    )
    if request.method == "POST" and form.is_valid():
        try:
            session_note_change(
                note=note,
                author=request.user,
                text=form.cleaned_data["text"],
                session_on=form.cleaned_data["session_on"],
                request=request,
            )
        except MentoringError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Note saved. Only you can read it."))
            return redirect("mentoring:mentee", cohort_id=cohort.pk, user_id=trainee.pk)
    return render(
        request,
        "mentoring/note_edit.html",
        {"cohort": cohort, "trainee": trainee, "note": note, "form": form},
    )


@role_required(Role.MENTOR, Role.STAFF)
@require_POST
def note_delete(request, cohort_id, user_id, note_id):
    """The author of a session note deletes it."""
    cohort, trainee, note = _own_note(request, cohort_id, user_id, note_id)
    try:
        session_note_delete(note=note, author=request.user, request=request)
    except MentoringError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Note deleted."))
    return redirect("mentoring:mentee", cohort_id=cohort.pk, user_id=trainee.pk)
