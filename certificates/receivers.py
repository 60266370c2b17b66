"""Issuing certificates when the Courses app reports a completion."""

import logging

from .services import CertificateError, certificate_issue

logger = logging.getLogger(__name__)


def issue_on_course_completed(sender, *, completion, user, course, **kwargs) -> None:
    if not getattr(course, "certificate_enabled", False):
        return
    from .selectors import score_summary

    try:
        certificate_issue(
            user=user,
            course=course,
            completed_at=completion.completed_at,
            score_summary_for=score_summary,
        )
    except CertificateError as exc:
        logger.warning("No certificate for %s in course %s: %s", user.pk, course.pk, exc)
