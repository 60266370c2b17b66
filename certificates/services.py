"""Writes: issuing, revoking and (re)rendering certificates."""

import logging
import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from core import audit
from core.dates import add_months
from core.errors import UserFacingError

from . import rendering, selectors
from .evidence import course_evidence, evidence_line
from .models import Certificate, CertificateRevocation, CertificateTemplate
from .signing import payload_sign

logger = logging.getLogger(__name__)

CERTIFICATES_OFF = _("This course does not issue certificates.")
NOT_A_COURSE = _("This page is not a course.")
UNKNOWN_LANGUAGE = _("Unknown certificate language: %(language)s. Use one of: %(choices)s.")
NO_NAME = _("The trainee has no full name in their profile; it is what the certificate shows.")
REASON_REQUIRED = _("Give the reason for revoking the certificate; it is shown on the verification page.")
ALREADY_REVOKED = _("This certificate is already revoked.")
PREVIEW_TOO_SLOW = _(
    "The template took longer than %(seconds)s seconds to render and was stopped: simplify its HTML or CSS."
)
PREVIEW_FAILED = _("The template cannot be rendered; check its HTML and CSS.")
# WeasyPrint's complaint is English and technical, but it is what tells the
# template's author which rule broke: shown on a line of its own, labelled.
PREVIEW_RENDERER_DETAIL = _("Technical detail (from the PDF renderer): %(detail)s")


class CertificateError(UserFacingError):
    """A certificate action was refused; nothing was changed."""


def _course_title(course: Page, language: str) -> str:
    locale = Locale.objects.filter(language_code=language).first()
    translated = course.get_translation_or_none(locale) if locale else None
    if translated is not None and translated.live:
        return translated.title
    return course.title


def _source_page(course: Page) -> Page:
    from courses.models import source_language_version

    course = course.specific
    return source_language_version(course) or course


def _enqueue_render(certificate_id: int) -> None:
    from .tasks import render_certificate_pdf

    transaction.on_commit(lambda: render_certificate_pdf.enqueue(certificate_id))


@transaction.atomic
def certificate_issue(
    *,
    user,
    course: Page,
    language: str | None = None,
    completed_at: datetime | None = None,
    issued_by=None,
    manual: bool = False,
    score_summary_for=None,
) -> Certificate:
    """The trainee's certificate for `course` in the current validity cycle.

    Issues one (and queues its PDF) unless the trainee already holds a
    certificate for this course that is neither expired nor revoked, in which
    case that one is returned. `score_summary_for(user=, course_key=,
    language=)` gives the score line printed on the certificate: calling this twice, or from two processes at
    once, gives one certificate (the unique constraint on trainee, course and
    cycle settles races). After expiry or revocation a new cycle starts with
    a new code. Raises CertificateError when the course issues no
    certificates, the language is unknown, the trainee has no name, or (not
    for staff issuing by hand) a course with exercises lacks reliable
    evidence (`certificates.evidence`); the evidence is stored on the
    certificate.
    """
    course = _source_page(course)
    if not hasattr(course, "certificate_enabled"):
        raise CertificateError(NOT_A_COURSE)
    if not course.certificate_enabled:
        raise CertificateError(CERTIFICATES_OFF)
    languages = dict(settings.LANGUAGES)
    language = language or (user.preferred_language if user.preferred_language in languages else "en")
    if language not in languages:
        raise CertificateError(UNKNOWN_LANGUAGE % {"language": language, "choices": ", ".join(languages)})
    name = (user.full_name or "").strip()
    if not name:
        raise CertificateError(NO_NAME)

    today = timezone.localdate()
    latest = selectors.certificate_latest(user=user, course_key=course.translation_key)
    if latest is not None and latest.status(today) == Certificate.Status.VALID:
        return latest
    # Courses with exercises: the reliability rule (certificates.evidence).
    # Staff issuing by hand are not held to it; what it stood at is stored.
    found = course_evidence(user=user, course=course)
    if not found.met and not (manual or issued_by):
        raise CertificateError(found.missing())
    cycle = latest.cycle + 1 if latest is not None else 1
    completed_on = timezone.localdate(completed_at) if completed_at else today
    months = course.certificate_validity_months
    summary = (
        score_summary_for(user=user, course_key=course.translation_key, language=language)
        if score_summary_for
        else ""
    )
    for _attempt in range(3):
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(
                    user=user,
                    course_key=course.translation_key,
                    cycle=cycle,
                    language=language,
                    holder_name=name,
                    course_title=_course_title(course, language),
                    completed_on=completed_on,
                    expires_on=add_months(completed_on, months) if months else None,
                    score_summary=summary,
                    evidence=found.as_json(),
                    source=Certificate.Source.MANUAL
                    if manual or issued_by
                    else Certificate.Source.COMPLETION,
                    issued_by=issued_by,
                )
        except IntegrityError:
            existing = Certificate.objects.filter(
                user=user, course_key=course.translation_key, cycle=cycle
            ).first()
            if existing is not None:
                return existing
            continue  # a code collision (80 random bits: practically never); draw again
        audit.record(
            "certificates.issue",
            actor=issued_by,
            target=certificate,
            learner=user.pk,
            course=str(course.translation_key),
            manual=manual,
        )
        _enqueue_render(certificate.pk)
        return certificate
    raise IntegrityError("Could not store the certificate.")


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str, revoked_by) -> CertificateRevocation:
    """Revoke for good, keeping who, when and why. The PDF can no longer be
    downloaded and the verification page shows the reason."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(REASON_REQUIRED)
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if CertificateRevocation.objects.filter(certificate=certificate).exists():
        raise CertificateError(ALREADY_REVOKED)
    revocation = CertificateRevocation.objects.create(
        certificate=certificate,
        reason=reason,
        revoked_by=revoked_by,
        revoked_by_email=getattr(revoked_by, "email", "") or "",
    )
    audit.record("certificates.revoke", actor=revoked_by, target=certificate, reason=reason)
    return revocation


@transaction.atomic
def certificates_regenerate(*, certificates) -> int:
    """Queue fresh PDFs (for instance after a template change); the current
    files stay downloadable until the new ones replace them. Revoked
    certificates are skipped. Returns how many were queued."""
    ids = list(
        Certificate.objects.filter(pk__in=[c.pk for c in certificates])
        .not_revoked()
        .values_list("pk", flat=True)
    )
    Certificate.objects.filter(pk__in=ids).exclude(pdf="").update(pdf_attempts=0, pdf_error="")
    Certificate.objects.filter(pk__in=ids, pdf="").update(
        pdf_status=Certificate.PdfStatus.PENDING, pdf_attempts=0, pdf_error=""
    )
    for pk in ids:
        _enqueue_render(pk)
    return len(ids)


def certificate_content(certificate: Certificate) -> rendering.CertificateContent:
    verify_url = selectors.certificate_verify_url(certificate.code)
    payload = payload_sign(
        code=certificate.code,
        name=certificate.holder_name,
        course=certificate.course_title,
        issued_on=certificate.issued_on,
        expires_on=certificate.expires_on,
    )
    return rendering.CertificateContent(
        holder_name=certificate.holder_name,
        course_title=certificate.course_title,
        completed_on=certificate.completed_on,
        issued_on=certificate.issued_on,
        expires_on=certificate.expires_on,
        score_summary=certificate.score_summary,
        evidence=_in_language(certificate.language, evidence_line, certificate.evidence),
        code=certificate.code,
        verify_url=verify_url,
        payload=payload,
        language=certificate.language,
    )


def _in_language(language: str, function, *args):
    from django.utils import translation

    with translation.override(language):
        return function(*args)


def certificate_pdf_build(certificate: Certificate) -> rendering.RenderedPdf:
    layout = selectors.template_layout(selectors.template_for_language(certificate.language))
    html = rendering.certificate_document(certificate_content(certificate), layout)
    return rendering.pdf_render(html)


def certificate_render_attempt(*, certificate_id: int) -> str:
    """One attempt at rendering a certificate's PDFs (what the background task
    runs). Success stores both files and marks the certificate ready in one
    step; a failure keeps the previous files, is logged, and is retried until
    CERTIFICATE_RENDER_ATTEMPTS is reached, when it is reported as failed."""
    certificate = Certificate.objects.filter(pk=certificate_id).select_related("revocation").first()
    if certificate is None or certificate.is_revoked:
        return "skipped"
    Certificate.objects.filter(pk=certificate_id).update(pdf_attempts=certificate.pdf_attempts + 1)
    attempt = certificate.pdf_attempts + 1
    old_files = [certificate.pdf.name, certificate.pdf_archival.name]
    try:
        rendered = certificate_pdf_build(certificate)
        if rendered.pages != 1:
            raise rendering.RenderError(f"The certificate has {rendered.pages} pages instead of one.")
        _store_pdfs(certificate, rendered)
    except Exception as exc:
        logger.exception("Rendering certificate %s failed (attempt %s)", certificate.code, attempt)
        fields = {"pdf_error": str(exc)[:2000]}
        if attempt >= settings.CERTIFICATE_RENDER_ATTEMPTS:
            if not certificate.pdf:
                fields["pdf_status"] = Certificate.PdfStatus.FAILED
            Certificate.objects.filter(pk=certificate_id).update(**fields)
            return "failed"
        Certificate.objects.filter(pk=certificate_id).update(**fields)
        _retry(certificate_id)
        return "retrying"

    storage = certificate.pdf.storage
    for name in old_files:
        if name:
            storage.delete(name)
    return "ready"


def _store_pdfs(certificate: Certificate, rendered: rendering.RenderedPdf) -> None:
    """Write both files under new names, then point the certificate at them in
    one update. If anything fails on the way (storage full, the process
    stopped), the files written so far are removed and the certificate still
    points at its previous files: no half-stored render."""
    stem = f"{certificate.code}-{uuid.uuid4().hex[:8]}"
    storage = certificate.pdf.storage
    written = []
    try:
        with transaction.atomic():
            for field, name, data in (
                (certificate.pdf.field, f"{stem}.pdf", rendered.pdf),
                (certificate.pdf_archival.field, f"{stem}-pdfa.pdf", rendered.archival),
            ):
                written.append(storage.save(field.generate_filename(certificate, name), ContentFile(data)))
            Certificate.objects.filter(pk=certificate.pk).update(
                pdf=written[0],
                pdf_archival=written[1],
                pdf_status=Certificate.PdfStatus.READY,
                pdf_error="",
                pdf_rendered_at=timezone.now(),
            )
    except BaseException:
        for name in written:
            storage.delete(name)
        raise


def _retry(certificate_id: int) -> None:
    from .tasks import render_certificate_pdf

    # Workers run tasks outside transactions, so the attempt count above is
    # already committed; the database backend queues the retry at once.
    render_certificate_pdf.enqueue(certificate_id)


# The holder's name on a template's preview: the hardest letters of each script.
SAMPLE_NAMES = {
    "ru": "Айгуль Ёлкина-Щербакова",
    "uz": "Oʻgʻiloy Gʻaniyeva Maʼmurovna",
    "tk": "Ňurly Ýazmyradow Şöhrat Çäkäöü Žemşidow",
    "en": "Elnur Mammadov",
}
SAMPLE_CODE = "K7Q4-9XMD-2HWP-5RTA"


def certificate_template_preview(*, template: CertificateTemplate) -> bytes:
    """`template` (saved or not) rendered as a PDF on sample data in its language
    (English for a shared template): a holder with the hardest letters of the
    script, a course with exercises and its evidence line, a signed QR code.
    Nothing is stored. Raises CertificateError, in the active language, when
    the template uses unknown placeholders, takes longer than
    CERTIFICATE_RENDER_TIMEOUT to render, or the renderer fails on it."""
    problem = rendering.placeholders_problem(template.html)
    if problem:
        raise CertificateError(problem)
    language = template.language or "en"
    today = timezone.localdate()
    name = SAMPLE_NAMES.get(language, SAMPLE_NAMES["en"])
    expires = today + timedelta(days=3 * 365)
    sample = {"rule_met": True, "forms": 8, "decisions": 320, "d_prime": 1.97, "d_prime_low": 1.54}
    with translation.override(language):
        title = str(_("Profiling container movements"))
        evidence = evidence_line({**sample, "d_prime_high": 2.40})
    content = rendering.CertificateContent(
        holder_name=name,
        course_title=title,
        completed_on=today,
        issued_on=today,
        expires_on=expires,
        score_summary="87 %",
        code=SAMPLE_CODE,
        verify_url=selectors.certificate_verify_url(SAMPLE_CODE),
        payload=payload_sign(code=SAMPLE_CODE, name=name, course=title, issued_on=today, expires_on=expires),
        language=language,
        evidence=evidence,
    )
    document = rendering.certificate_document(content, selectors.template_layout(template))
    try:
        return rendering.pdf_render(document).pdf
    except rendering.RenderTimeout as error:
        raise CertificateError(
            PREVIEW_TOO_SLOW % {"seconds": formats.number_format(error.seconds)}
        ) from error
    except rendering.RenderError as error:
        raise CertificateError(f"{PREVIEW_FAILED}\n{PREVIEW_RENDERER_DETAIL % {'detail': error}}") from error
