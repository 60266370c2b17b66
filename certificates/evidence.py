"""Reads: the reliability evidence a course's certificate is gated on.

A course with exercises in its lessons issues its certificate only when the
trainee's pooled d′ over at least `CoursePage.evidence_min_forms` submitted
assessed attempts (each on its own parallel form) in those lessons has a 95 %
interval no wider than `CoursePage.evidence_max_width`. The estimate is the
mentors' pooled estimator (`mentoring.stats.pooled`), not a second
one; practice attempts never count. After a course is taken again to
re-certify, only attempts submitted since then count. Courses without
exercises are not gated.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext

from mentoring import stats


@dataclass(frozen=True)
class Evidence:
    """The trainee's evidence for one course and whether the rule holds."""

    gated: bool  # the course has exercises: the rule applies
    min_forms: int
    max_width: float
    forms: int = 0
    decisions: int = 0
    selected: int = 0
    hits: int = 0
    estimate: stats.DPrime | None = None

    @property
    def width(self) -> float | None:
        return self.estimate.high - self.estimate.low if self.estimate else None

    @property
    def reliability(self) -> str:
        if self.estimate is None:
            return stats.Reliability.FEW_FORMS
        return stats.reliability(self.forms, self.estimate, min_forms=self.min_forms, width=self.max_width)

    @property
    def met(self) -> bool:
        return not self.gated or self.reliability == stats.Reliability.RELIABLE

    def missing(self) -> str:
        """What is still missing, in the active language ("" when the rule holds)."""
        if self.met:
            return ""
        if self.reliability == stats.Reliability.FEW_FORMS:
            more = self.min_forms - self.forms
            return ngettext(
                "%(more)d more assessed exercise attempt is needed for the certificate "
                "(%(forms)d of %(needed)d submitted).",
                "%(more)d more assessed exercise attempts are needed for the certificate "
                "(%(forms)d of %(needed)d submitted).",
                more,
            ) % {"more": more, "forms": self.forms, "needed": self.min_forms}
        return gettext(
            "Your skill estimate is not yet precise enough for the certificate: its interval is "
            "%(width).2f wide and must be at most %(limit).2f. Another assessed attempt will narrow it."
        ) % {"width": self.width, "limit": self.max_width}

    def as_json(self) -> dict:
        """What the certificate stores at issuance (numbers only: the text is
        written in the certificate's language when the PDF is drawn)."""
        if not self.gated or self.estimate is None:
            return {}
        return {
            "rule_met": self.met,
            "forms": self.forms,
            "min_forms": self.min_forms,
            "decisions": self.decisions,
            "selected": self.selected,
            "hits": self.hits,
            "d_prime": round(self.estimate.value, 3),
            "d_prime_low": round(self.estimate.low, 3),
            "d_prime_high": round(self.estimate.high, 3),
            "max_width": self.max_width,
        }


def evidence_line(evidence: dict) -> str:
    """The sentence the certificate prints, in the active language ("" for a
    certificate without stored evidence)."""
    if not evidence or not evidence.get("rule_met"):
        return ""
    return gettext(
        "Evidence: assessed exercise forms: %(forms)d; decisions: %(decisions)d; selection skill d′ "
        "%(d)s (95%% interval %(low)s to %(high)s)."
    ) % {
        "forms": evidence["forms"],
        "decisions": evidence["decisions"],
        "d": number_format(evidence["d_prime"], 2),
        "low": number_format(evidence["d_prime_low"], 2),
        "high": number_format(evidence["d_prime_high"], 2),
    }


def course_has_exercises(course) -> bool:
    """Whether a live lesson of `course` (source locale) holds an exercise block."""
    from courses.selectors.structure import course_lessons

    for lesson in course_lessons(course).filter(locale_id=course.locale_id):
        for child in lesson.body:
            if getattr(child.block, "assessment_kind", None) == "exercise":
                return True
    return False


def course_evidence(*, user, course) -> Evidence:
    """`user`'s evidence for `course` (the source-locale CoursePage)."""
    from courses.models import PastCompletion
    from courses.selectors.structure import course_lessons
    from mentoring.selectors import assessed_attempts, attempt_counts

    min_forms = int(course.evidence_min_forms)
    max_width = float(course.evidence_max_width)
    if not course_has_exercises(course):
        return Evidence(gated=False, min_forms=min_forms, max_width=max_width)
    keys = course_lessons(course).values("translation_key")
    attempts = assessed_attempts(user).filter(lesson_key__in=keys)
    restarted = (
        PastCompletion.objects.filter(user=user, course_key=course.translation_key)
        .order_by("-cycle")
        .values_list("restarted_at", flat=True)
        .first()
    )
    if restarted is not None:
        attempts = attempts.filter(submitted_at__gte=restarted)
    forms = attempt_counts(attempts)
    if not forms:
        return Evidence(gated=True, min_forms=min_forms, max_width=max_width)
    point = stats.pooled(forms)
    return Evidence(
        gated=True,
        min_forms=min_forms,
        max_width=max_width,
        forms=point.attempts,
        decisions=point.decisions,
        selected=point.selected,
        hits=point.hits,
        estimate=point.d_prime,
    )
