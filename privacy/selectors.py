"""Reads: everything the platform holds about one person, for their own
download (`personal_data_collect`). Truth of an exercise scenario appears
only for attempts the person has submitted (`exercises.debrief` refuses any
other); an open attempt contributes only what the person entered."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _


def _when(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return timezone.localtime(value).replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Category:
    """One kind of personal data: rows with the same keys, written as a CSV
    file (headers `columns`, translated) and as a list in the JSON file."""

    key: str
    title: object
    columns: tuple[tuple[str, object], ...]
    rows: list[dict] = field(default_factory=list)


def _course_titles(language: str) -> dict:
    """Every course's title as the platform names it to a reader of `language`
    (reports.selectors.course_titles), by translation key."""
    from reports.selectors import course_titles

    with translation.override(language):
        return {UUID(key): title for key, title in course_titles().items()}


def _lesson_titles(keys, language: str) -> dict:
    """The published title of each page of translation key in `keys`: its live
    translation in `language`, else its live page in the source language,
    else any live translation; only a page with no live translation at all by
    an unpublished one (`language`, then the source language, first). One
    query."""
    from django.conf import settings
    from wagtail.models import Page

    def rank(page) -> tuple:
        code = page.locale.language_code
        return (not page.live, code != language, code != settings.LANGUAGE_CODE, page.pk)

    best: dict = {}
    for page in Page.objects.filter(translation_key__in=set(keys)).select_related("locale"):
        current = best.get(page.translation_key)
        if current is None or rank(page) < rank(current):
            best[page.translation_key] = page
    return {key: page.title for key, page in best.items()}


def _page_titles(ids) -> dict:
    from wagtail.models import Page

    return dict(Page.objects.filter(pk__in=[i for i in ids if i]).values_list("pk", "title"))


def personal_data_collect(*, user, language: str) -> list[Category]:
    """Every category of data about `user`, in `language` where text is
    translated (course titles, debrief labels)."""
    from certificates.evidence import evidence_line
    from certificates.models import Certificate
    from core.models import AuditEntry
    from courses.models import AssessmentAttempt, CourseCompletion, Enrolment, LessonProgress, PastCompletion
    from exercises.debrief import attempt_debrief
    from exercises.models import Attempt, Feedback, OsintQuery, Selection
    from h5p.models import H5PAttempt, H5PStatement, H5PUserState
    from mentoring.models import CohortMembership, IndicatorTally

    enrolments = list(Enrolment.objects.filter(user=user).order_by("created_at"))
    completions = {c.course_key: c for c in CourseCompletion.objects.filter(user=user)}
    past = list(PastCompletion.objects.filter(user=user).order_by("course_key", "cycle"))
    progress = list(LessonProgress.objects.filter(user=user).order_by("course_key", "pk"))
    quizzes = list(AssessmentAttempt.objects.filter(user=user).order_by("created_at", "pk"))
    certificates = list(
        Certificate.objects.filter(user=user).select_related("revocation").order_by("issued_at")
    )
    lesson_keys = [p.lesson_key for p in progress] + [q.lesson_key for q in quizzes]
    titles = {**_lesson_titles(lesson_keys, language), **_course_titles(language)}

    profile = Category(
        "profile",
        _("Profile"),
        (
            ("email", _("e-mail address")),
            ("full_name", _("full name")),
            ("country", _("country")),
            ("agency", _("agency")),
            ("duty_station", _("duty station or unit")),
            ("sex", _("sex")),
            ("preferred_language", _("preferred language")),
            ("roles", _("Roles")),
            ("cohorts", _("Cohorts")),
            ("date_joined", _("Joined on")),
            ("last_login", _("Last signed in")),
        ),
        [
            {
                "email": user.email,
                "full_name": user.full_name,
                "country": user.get_country_display() if user.country else "",
                "agency": user.get_agency_display() if user.agency else "",
                "duty_station": user.duty_station,
                "sex": user.get_sex_display() if user.sex else "",
                "preferred_language": user.preferred_language,
                "roles": ", ".join(sorted(user.groups.values_list("name", flat=True))),
                "cohorts": ", ".join(
                    CohortMembership.objects.filter(user=user)
                    .order_by("cohort__name")
                    .values_list("cohort__name", flat=True)
                ),
                "date_joined": _when(user.date_joined),
                "last_login": _when(user.last_login),
            }
        ],
    )

    enrolment_rows = []
    for e in enrolments:
        done = completions.get(e.course_key)
        enrolment_rows.append(
            {
                "course": titles.get(e.course_key, str(e.course_key)),
                "enrolled_at": _when(e.created_at),
                "how": e.get_source_display(),
                "cycle": e.cycle,
                "completed_at": _when(done.completed_at) if done else None,
            }
        )
    for p in past:
        enrolment_rows.append(
            {
                "course": titles.get(p.course_key, str(p.course_key)),
                "enrolled_at": None,
                "how": "",
                "cycle": p.cycle,
                "completed_at": _when(p.completed_at),
            }
        )
    enrolment = Category(
        "enrolments",
        _("Enrolments"),
        (
            ("course", _("Course")),
            ("enrolled_at", _("enrolled at")),
            ("how", _("how")),
            ("cycle", _("cycle")),
            ("completed_at", _("completed at")),
        ),
        enrolment_rows,
    )

    progress_category = Category(
        "progress",
        _("Lesson progress"),
        (
            ("course", _("Course")),
            ("lesson", _("Lesson")),
            ("last_visited_at", _("Last visited")),
            ("completed_at", _("completed at")),
            ("how", _("how")),
        ),
        [
            {
                "course": titles.get(p.course_key, str(p.course_key)),
                "lesson": titles.get(p.lesson_key, str(p.lesson_key)),
                "last_visited_at": _when(p.last_visited_at),
                "completed_at": _when(p.completed_at),
                "how": p.get_completed_how_display() if p.completed_how else "",
            }
            for p in progress
        ],
    )

    quiz = Category(
        "quiz_attempts",
        _("Quiz and assessment results"),
        (
            ("course", _("Course")),
            ("lesson", _("Lesson")),
            ("kind", _("Kind")),
            ("number", _("Attempt")),
            ("score", _("Score")),
            ("passed", _("Passed")),
            ("at", _("When")),
            ("details", _("Details")),
        ),
        [
            {
                "course": titles.get(q.course_key, str(q.course_key)),
                "lesson": titles.get(q.lesson_key, str(q.lesson_key)),
                "kind": q.kind,
                "number": q.number,
                "score": q.score,
                "passed": q.passed,
                "at": _when(q.created_at),
                "details": q.details,
            }
            for q in quizzes
        ],
    )

    attempts = list(
        Attempt.objects.filter(user=user)
        .select_related("scenario", "scenario__form_of")
        .order_by("started_at", "pk")
    )
    attempt_rows, debrief_rows, selection_rows, query_rows = [], [], [], []
    for attempt in attempts:
        submitted = attempt.is_submitted
        attempt_rows.append(
            {
                "attempt": str(attempt.public_id),
                "scenario": attempt.scenario.root.title,  # a hidden form is named as its scenario
                "status": attempt.get_status_display(),
                "started_at": _when(attempt.started_at),
                "submitted_at": _when(attempt.submitted_at),
                "score": attempt.score if submitted else None,
                "passed": attempt.passed if submitted else None,
                "alert": (
                    {
                        "container": attempt.alert.item_ref,
                        "seal": attempt.alert.seal,
                        "route": attempt.alert.route,
                        "suspicion": attempt.alert.suspicion,
                        "indicators": attempt.alert.indicators,
                        "action": attempt.alert.action,
                        "remarks": attempt.alert.remarks,
                    }
                    if hasattr(attempt, "alert")
                    else None
                ),
            }
        )
        for selection in Selection.objects.filter(attempt=attempt).select_related("item"):
            selection_rows.append(
                {
                    "attempt": str(attempt.public_id),
                    "container": selection.item.ref,
                    "indicators": selection.indicators,
                    "justification": selection.justification,
                    "selected_at": _when(selection.selected_at),
                    "method": selection.get_method_display() if selection.method else "",
                    # What an examination found is part of the debrief: only
                    # once the attempt is submitted.
                    "result": selection.result if submitted else "",
                    "finding": selection.finding,
                }
            )
        for query in OsintQuery.objects.filter(attempt=attempt):
            query_rows.append(
                {
                    "attempt": str(attempt.public_id),
                    "query": query.query,
                    "results": query.results,
                    "at": _when(query.at),
                }
            )
        if not submitted:
            continue
        for row in attempt_debrief(attempt=attempt, language=language).rows:
            debrief_rows.append(
                {
                    "attempt": str(attempt.public_id),
                    "container": row.item.consignment.container_number,
                    "outcome": row.outcome_label,
                    "high_risk": row.high_risk,
                    "threat": row.threat_label,
                    "concealment": row.concealment_label,
                    "found": list(row.found),
                    "missed": list(row.missed),
                    "wrong": list(row.wrong),
                    "explanation": row.explanation,
                }
            )
    exercise = Category(
        "exercise_attempts",
        _("Exercise attempts"),
        (
            ("attempt", _("Attempt")),
            ("scenario", _("Scenario")),
            ("status", _("Status")),
            ("started_at", _("started at")),
            ("submitted_at", _("submitted at")),
            ("score", _("Score")),
            ("passed", _("Passed")),
            ("alert", _("alert")),
        ),
        attempt_rows,
    )
    selections = Category(
        "exercise_selections",
        _("Containers you selected"),
        (
            ("attempt", _("Attempt")),
            ("container", _("container")),
            ("indicators", _("indicators")),
            ("justification", _("justification")),
            ("selected_at", _("selected at")),
            ("method", _("examination method")),
            ("result", _("examination result")),
            ("finding", _("recorded finding")),
        ),
        selection_rows,
    )
    queries = Category(
        "osint_queries",
        _("OSINT searches"),
        (("attempt", _("Attempt")), ("query", _("query")), ("results", _("results")), ("at", _("time"))),
        query_rows,
    )
    debriefs = Category(
        "exercise_debriefs",
        _("Debriefs of submitted attempts"),
        (
            ("attempt", _("Attempt")),
            ("container", _("container")),
            ("outcome", _("Outcome")),
            ("high_risk", _("High risk")),
            ("threat", _("Threat")),
            ("concealment", _("Concealment")),
            ("found", _("Indicators found")),
            ("missed", _("Indicators missed")),
            ("wrong", _("Indicators cited wrongly")),
            ("explanation", _("Explanation")),
        ),
        debrief_rows,
    )

    feedback = Category(
        "mentor_feedback",
        _("Mentor feedback"),
        (("attempt", _("Attempt")), ("mentor", _("mentor")), ("feedback", _("feedback")), ("at", _("When"))),
        [
            {
                "attempt": str(f.attempt.public_id),
                "mentor": str(f.author) if f.author else "",
                "feedback": f.text,
                "at": _when(f.created_at),
            }
            for f in Feedback.objects.filter(attempt__user=user).select_related("attempt", "author")
        ],
    )

    h5p_pages = _page_titles(
        list(H5PAttempt.objects.filter(user=user).values_list("lesson_id", flat=True))
        + list(H5PStatement.objects.filter(user=user).values_list("lesson_id", flat=True))
    )
    h5p = Category(
        "h5p_results",
        _("Interactive activity results"),
        (
            ("activity", _("Activity")),
            ("lesson", _("Lesson")),
            ("score", _("Score")),
            ("raw_score", _("Points")),
            ("max_score", _("Maximum")),
            ("completed", _("Completed")),
            ("started_at", _("started at")),
            ("updated_at", _("updated at")),
        ),
        [
            {
                "activity": a.activity.title,
                "lesson": h5p_pages.get(a.lesson_id, ""),
                "score": a.score,
                "raw_score": a.raw_score,
                "max_score": a.max_score,
                "completed": a.completed,
                "started_at": _when(a.started_at),
                "updated_at": _when(a.updated_at),
            }
            for a in H5PAttempt.objects.filter(user=user).select_related("activity")
        ],
    )
    statements = Category(
        "h5p_statements",
        _("Interactive activity records (xAPI)"),
        (
            ("activity", _("Activity")),
            ("lesson", _("Lesson")),
            ("verb", _("verb")),
            ("at", _("When")),
            ("statement", _("statement")),
        ),
        [
            {
                "activity": s.activity.title,
                "lesson": h5p_pages.get(s.lesson_id, ""),
                "verb": s.verb,
                "at": _when(s.received_at),
                "statement": s.statement,
            }
            for s in H5PStatement.objects.filter(user=user).select_related("activity")
        ],
    )
    states = Category(
        "h5p_saved_state",
        _("Saved progress in interactive activities"),
        (("activity", _("Activity")), ("updated_at", _("updated at")), ("state", _("state"))),
        [
            {"activity": s.activity.title, "updated_at": _when(s.updated_at), "state": s.state}
            for s in H5PUserState.objects.filter(user=user).select_related("activity")
        ],
    )

    certificate = Category(
        "certificates",
        _("Certificates"),
        (
            ("code", _("verification code")),
            ("course", _("Course")),
            ("name", _("name on the certificate")),
            ("issued_at", _("issued at")),
            ("expires_on", _("valid until")),
            ("status", _("Status")),
            ("revocation_reason", _("Reason for revocation")),
            ("evidence", _("evidence")),
        ),
        [
            {
                "code": c.code,
                "course": c.course_title,
                "name": c.holder_name,
                "issued_at": _when(c.issued_at),
                "expires_on": _when(c.expires_on),
                "status": c.status().label,
                "revocation_reason": c.revocation.reason_text if c.is_revoked else "",
                "evidence": evidence_line(c.evidence),
            }
            for c in certificates
        ],
    )

    skills = Category(
        "indicator_tallies",
        _("Indicator skill record"),
        (
            ("attempt", _("Attempt")),
            ("category", _("category")),
            ("planted", _("planted")),
            ("found", _("found")),
            ("missed", _("missed")),
            ("wrong", _("wrong")),
        ),
        [
            {
                "attempt": str(t.attempt.public_id),
                "category": t.category,
                "planted": t.planted,
                "found": t.found,
                "missed": t.missed,
                "wrong": t.wrong,
            }
            for t in IndicatorTally.objects.filter(user=user).select_related("attempt")
        ],
    )

    actions = Category(
        "audit_log",
        _("Your recorded actions"),
        (("at", _("When")), ("action", _("action")), ("object", _("object"))),
        [
            {"at": _when(a.at), "action": a.action, "object": a.target_repr}
            for a in AuditEntry.objects.filter(actor=user).order_by("at", "pk")
        ],
    )

    return [
        profile,
        enrolment,
        progress_category,
        quiz,
        exercise,
        selections,
        debriefs,
        queries,
        feedback,
        h5p,
        statements,
        states,
        certificate,
        skills,
        actions,
    ]


def erasure_pending_for(user):
    from .models import ErasureRequest

    return ErasureRequest.objects.filter(user=user, status=ErasureRequest.Status.PENDING).first()


def erasure_requests_for_staff():
    from .models import ErasureRequest

    return ErasureRequest.objects.select_related("user", "decided_by").order_by("-requested_at", "-pk")


@dataclass(frozen=True)
class ErasureSummary:
    certificates: int
    attempts: int
    session_notes: int
    feedback: int


def erasure_summary(user) -> ErasureSummary:
    """What confirming an erasure will change, for the staff page."""
    from certificates.models import Certificate
    from exercises.models import Attempt, Feedback
    from mentoring.models import SessionNote

    return ErasureSummary(
        certificates=Certificate.objects.filter(user=user).not_revoked().count(),
        attempts=Attempt.objects.filter(user=user).count(),
        session_notes=SessionNote.objects.filter(mentee=user).count(),
        feedback=Feedback.objects.filter(attempt__user=user).count(),
    )


@dataclass(frozen=True)
class PolicyRow:
    """One kind of personal data on the privacy page: what it is, why it is
    kept, who sees it and for how long (docs/privacy.md says the same)."""

    title: object
    what: object
    purpose: object
    who: object
    term: str


def _term(key: str | None, *, otherwise) -> str:
    from django.conf import settings
    from django.utils.translation import ngettext

    days = settings.PRIVACY_RETENTION_DAYS.get(key, 0) if key else 0
    if not days:
        return str(otherwise)
    return ngettext("%(days)s day, then deleted", "%(days)s days, then deleted", days) % {"days": days}


def privacy_policy_rows() -> list[PolicyRow]:
    """The kinds of personal data the platform keeps, with the retention
    terms currently configured (PRIVACY_RETENTION_DAYS)."""
    from django.conf import settings
    from django.utils.translation import ngettext

    while_account = _("While your account exists; cleared when you are erased.")
    invitation_days = settings.PRIVACY_RETENTION_DAYS.get("invitations", 0)
    invitation_term = (
        ngettext(
            "%(days)s day if never used, then anonymised",
            "%(days)s days if never used, then anonymised",
            invitation_days,
        )
        % {"days": invitation_days}
        if invitation_days
        else str(_("Until used or erased."))
    )
    return [
        PolicyRow(
            _("Profile"),
            _("Full name, e-mail address, country, agency, duty station, preferred language."),
            _("Signing in, certificates, and programme reports by country and agency."),
            _("You; programme staff. Mentors of your cohorts see your name and country only."),
            str(while_account),
        ),
        PolicyRow(
            _("Learning record"),
            _("Enrolments, lesson progress, course completions."),
            _("Showing your progress, completing courses, issuing certificates, programme statistics."),
            _("You; mentors of your cohorts; programme staff."),
            str(_("Kept; after erasure only without your name, for programme statistics.")),
        ),
        PolicyRow(
            _("Results"),
            _(
                "Quiz and exercise attempts with their scores and debriefs, interactive activity results, "
                "indicator skill record."
            ),
            _("Assessment, feedback to you, programme statistics."),
            _("You (a debrief only after you submit); mentors of your cohorts; programme staff."),
            str(_("Kept; after erasure only without your name, for programme statistics.")),
        ),
        PolicyRow(
            _("Raw activity records"),
            _(
                "The xAPI statements your browser sends from interactive activities, and their saved progress."
            ),
            _("Computing activity results; letting you resume an activity."),
            _("Programme staff and administrators."),
            _term("attempt_logs", otherwise=_("Kept.")),
        ),
        PolicyRow(
            _("OSINT search records"),
            _("What you searched for and which open-source pages you opened during an exercise."),
            _("Your debrief and your mentor's review of the attempt."),
            _("You; mentors of your cohorts; programme staff."),
            _term("osint_logs", otherwise=_("Kept.")),
        ),
        PolicyRow(
            _("Mentor feedback"),
            _("Comments mentors write on your attempts."),
            _("Coaching."),
            _("You; mentors of your cohorts; programme staff."),
            str(_("Kept with the attempt; deleted when you are erased.")),
        ),
        PolicyRow(
            _("Mentors' session notes"),
            _("Private notes a mentor keeps about sessions with you."),
            _("Preparing the next session."),
            _("Only the mentor who wrote the note."),
            _term("session_notes", otherwise=_("Kept; deleted when you are erased.")),
        ),
        PolicyRow(
            _("Certificates"),
            _("Name on the certificate, course, dates, verification code, revocation."),
            _("Proving your training to employers and partner agencies."),
            _(
                "You; programme staff. Anyone with the code sees validity, course, dates and your initials; "
                "your name only if they type it and it matches."
            ),
            str(_("Kept, revocations too; revoked and your name removed when you are erased.")),
        ),
        PolicyRow(
            _("Invitations"),
            _("An account created for you by programme staff, waiting for you to choose a password."),
            _("Letting you sign in for the first time."),
            _("Programme staff."),
            invitation_term,
        ),
        PolicyRow(
            _("Audit log"),
            _(
                "Who did which sensitive action when (exports, sign-in related changes, issuing and revoking)."
            ),
            _("Security and accountability."),
            _("Programme staff and administrators."),
            _term("audit_entries", otherwise=_("Kept.")),
        ),
    ]


def posting_visible_to(user) -> bool:
    """Agency and duty station of others are shown to programme staff (and
    superusers) only."""
    from accounts.roles import Role, user_has_role

    return bool(user.is_authenticated and (user.is_superuser or user_has_role(user, Role.STAFF)))
