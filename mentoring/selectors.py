"""Reads: which cohorts and mentees a person may see, cohort progress,
attempts awaiting feedback, and a mentee's weakness profile.

Every page reads a fixed number of queries whatever the number of trainees,
courses or attempts.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from django.contrib.auth import get_user_model
from django.db.models import DateTimeField, Exists, ExpressionWrapper, OuterRef, Q, Sum
from django.db.models.functions import TruncDate
from django.http import Http404

from accounts.roles import Role, user_has_role

from . import stats
from .models import Cohort, CohortMembership, IndicatorTally, SessionNote

User = get_user_model()


def is_staff(user) -> bool:
    return user.is_superuser or user_has_role(user, Role.STAFF)


def mentor_learner_scope(user) -> Q:
    """The trainees of the cohorts `user` mentors, as a condition on User."""
    return Q(pk__in=CohortMembership.objects.filter(cohort__mentors=user).values("user_id"))


def in_cohort_on(cohort: Cohort, *, day: str, user: str = "user") -> Exists:
    """Rows whose person (`user`) was in `cohort` on the day of the row's
    `day` field (a date or time, in the programme's time zone): the one rule
    (`membership_active_on`) by which an activity counts for a cohort, in the
    mentor workspace and in the programme's figures alike."""
    # TruncDate needs to know its argument is a date and time: OuterRef does not say.
    moment = ExpressionWrapper(OuterRef(day), output_field=DateTimeField())
    return Exists(
        CohortMembership.objects.filter(cohort=cohort, user=OuterRef(user)).active_on(TruncDate(moment))
    )


def cohorts_for(user):
    """Cohorts `user` may open in the workspace: staff all, mentors theirs."""
    if is_staff(user):
        return Cohort.objects.all()
    if user_has_role(user, Role.MENTOR):
        return Cohort.objects.of_mentor(user)
    return Cohort.objects.none()


def cohort_for(user, pk) -> Cohort:
    """One cohort `user` may open; Http404 for anyone else's."""
    cohort = cohorts_for(user).filter(pk=pk).first()
    if cohort is None:
        raise Http404
    return cohort


def mentee_for(cohort: Cohort, user_id) -> User:
    membership = (
        CohortMembership.objects.select_related("user").filter(cohort=cohort, user_id=user_id).first()
    )
    if membership is None:
        raise Http404
    return membership.user


@dataclass
class CourseCell:
    course_key: UUID
    enrolled: bool
    percent: int
    completed_at: object


@dataclass
class MenteeRow:
    user: User
    cells: list[CourseCell]
    awaiting_feedback: int
    attempts: int
    mean_score: float | None


@dataclass(frozen=True)
class CohortCourse:
    """One course of a cohort as the workspace shows it: the title in the
    reader's language (its live translation in the active locale, else the
    source title) and the source page."""

    page: object
    title: str

    @property
    def translation_key(self) -> UUID:
        return self.page.translation_key


def _source_courses(cohort: Cohort) -> list[CohortCourse]:
    from reports.selectors import course_titles

    pages = list(cohort.courses.all())
    titles = course_titles() if pages else {}
    courses = [CohortCourse(page=p, title=titles.get(str(p.translation_key), p.title)) for p in pages]
    return sorted(courses, key=lambda c: c.title.casefold())


def cohort_progress(cohort: Cohort) -> tuple[list, list[MenteeRow]]:
    """(courses, one row per trainee with progress in each course, attempts
    and attempts awaiting feedback). Lessons, completions and attempts count
    only between the day the trainee joined the cohort and the day they left
    it (`in_cohort_on`); an enrolment shows whenever it was made. A fixed
    number of queries."""
    from courses.models import Enrolment
    from exercises.models import Attempt, AttemptMode, AttemptStatus, Feedback
    from reports.selectors import enrolment_report_rows

    courses = _source_courses(cohort)
    keys = [course.translation_key for course in courses]
    members = [m.user for m in CohortMembership.objects.filter(cohort=cohort).select_related("user")]
    ids = [user.pk for user in members]
    enrolments = list(
        Enrolment.objects.filter(user_id__in=ids, course_key__in=keys).select_related("user").order_by("pk")
    )
    progress = {
        (e.user_id, e.course_key): row
        for e, row in zip(enrolments, enrolment_report_rows(enrolments, cohort=cohort), strict=True)
    }
    attempt_rows = (
        Attempt.objects.filter(user_id__in=ids, status=AttemptStatus.SUBMITTED)
        .filter(in_cohort_on(cohort, day="submitted_at"))
        .annotate(has_feedback=Exists(Feedback.objects.filter(attempt=OuterRef("pk"))))
        .values_list("user_id", "score", "has_feedback", "mode")
    )
    attempts: dict[int, list] = {}
    for user_id, score, has_feedback, mode in attempt_rows:
        # Practice scores never count: the mean is over assessed attempts only.
        attempts.setdefault(user_id, []).append(
            (score if mode == AttemptMode.ASSESSED else None, has_feedback)
        )
    rows = []
    for user in members:
        cells = []
        for key in keys:
            row = progress.get((user.pk, key))
            cells.append(
                CourseCell(
                    course_key=key,
                    enrolled=row is not None,
                    percent=row["percent"] if row else 0,
                    completed_at=row["completed_at"] if row else None,
                )
            )
        mine = attempts.get(user.pk, [])
        scores = [score for score, _f in mine if score is not None]
        rows.append(
            MenteeRow(
                user=user,
                cells=cells,
                awaiting_feedback=sum(1 for _s, has in mine if not has),
                attempts=len(mine),
                mean_score=sum(scores) / len(scores) if scores else None,
            )
        )
    return courses, rows


def awaiting_feedback(cohort: Cohort, *, limit: int = 50):
    """Submitted attempts of the cohort's trainees that no one has commented
    on yet, oldest first: those submitted while in the cohort (`in_cohort_on`)."""
    from exercises.models import Attempt, Feedback

    return (
        Attempt.objects.submitted()
        .filter(in_cohort_on(cohort, day="submitted_at"))
        .exclude(Exists(Feedback.objects.filter(attempt=OuterRef("pk"))))
        .select_related("user", "scenario")
        .order_by("submitted_at")[:limit]
    )


@dataclass(frozen=True)
class CategoryProfile:
    category: str
    label: str
    planted: int
    found: int
    missed: int
    wrong: int

    @property
    def miss_rate(self) -> float:
        return self.missed / self.planted if self.planted else 0.0

    @property
    def miss_interval(self) -> tuple[float, float]:
        return stats.wilson(self.missed, self.planted)

    @property
    def enough(self) -> bool:
        """Enough planted indicators to judge the category at all."""
        return self.planted >= stats.MIN_CATEGORY_COUNT

    @property
    def weak(self) -> bool:
        return stats.weak_category(missed=self.missed, planted=self.planted)


def category_label(category: str) -> str:
    from scenarios.models import IndicatorCategory

    labels = dict(IndicatorCategory.choices)
    if category in labels:
        return str(labels[category])
    from django.utils.translation import gettext

    return gettext("Other")


def category_profile(tallies) -> list[CategoryProfile]:
    """Indicator categories with sums over `tallies` (an IndicatorTally
    queryset): the weak ones first, then categories with enough evidence by
    the lower end of their miss-rate interval, then the rest. One query."""
    rows = tallies.values("category").annotate(
        planted=Sum("planted"), found=Sum("found"), missed=Sum("missed"), wrong=Sum("wrong")
    )
    profile = [
        CategoryProfile(
            category=row["category"],
            label=category_label(row["category"]),
            planted=row["planted"] or 0,
            found=row["found"] or 0,
            missed=row["missed"] or 0,
            wrong=row["wrong"] or 0,
        )
        for row in rows
    ]
    return sorted(profile, key=lambda p: (not p.weak, not p.enough, -p.miss_interval[0], -p.wrong, p.label))


def attempt_counts(attempts) -> list[stats.AttemptCounts]:
    """The decision counts stored in each submitted attempt's breakdown."""
    counts = []
    for at, breakdown in attempts.values_list("submitted_at", "breakdown"):
        b = breakdown or {}
        if "consignments" not in b:
            continue
        counts.append(
            stats.AttemptCounts(
                at=at,
                consignments=int(b["consignments"]),
                high_risk=int(b.get("high_risk", 0)),
                selected=int(b.get("selected", 0)),
                hits=int(b.get("hits", 0)),
            )
        )
    return counts


@dataclass
class MenteeProfile:
    user: User
    categories: list[CategoryProfile]
    trend: list[stats.TrendPoint]
    attempts: list
    notes: list[SessionNote]

    @property
    def current(self) -> stats.TrendPoint | None:
        return self.trend[-1] if self.trend else None


def assessed_attempts(user):
    """`user`'s submitted assessed attempts: the only ones the statistics
    count (practice is for learning and never counts)."""
    from exercises.models import Attempt, AttemptMode

    return Attempt.objects.submitted().filter(user=user, mode=AttemptMode.ASSESSED)


def mentee_profile(*, cohort: Cohort, mentee, viewer) -> MenteeProfile:
    """What the mentee page shows. Notes: only the viewer's own. The
    estimates and the weakness profile count assessed attempts only; the
    attempt list shows practice too (marked as such)."""
    from exercises.models import Attempt, AttemptMode

    submitted = Attempt.objects.submitted().filter(user=mentee)
    from exercises.models import Feedback

    attempts = list(
        submitted.select_related("scenario")
        .annotate(has_feedback=Exists(Feedback.objects.filter(attempt=OuterRef("pk"))))
        .order_by("-submitted_at")[:50]
    )
    return MenteeProfile(
        user=mentee,
        categories=category_profile(
            IndicatorTally.objects.filter(user=mentee, attempt__mode=AttemptMode.ASSESSED)
        ),
        trend=stats.trend(attempt_counts(assessed_attempts(mentee))),
        attempts=attempts,
        notes=list(SessionNote.objects.filter(cohort=cohort, mentee=mentee, author=viewer)),
    )


def mentee_courses(*, cohort: Cohort, mentee) -> list[tuple[object, CourseCell]]:
    courses, rows = _single_progress(cohort, mentee)
    return list(zip(courses, rows, strict=True))


def _single_progress(cohort: Cohort, mentee):
    from courses.models import Enrolment
    from reports.selectors import enrolment_report_rows

    courses = _source_courses(cohort)
    keys = [c.translation_key for c in courses]
    enrolments = list(Enrolment.objects.filter(user=mentee, course_key__in=keys).select_related("user"))
    rows = enrolment_report_rows(enrolments, cohort=cohort)
    by_key = {e.course_key: row for e, row in zip(enrolments, rows, strict=True)}
    cells = [
        CourseCell(
            course_key=key,
            enrolled=key in by_key,
            percent=by_key[key]["percent"] if key in by_key else 0,
            completed_at=by_key[key]["completed_at"] if key in by_key else None,
        )
        for key in keys
    ]
    return courses, cells
