"""Reads: looking certificates up for verification, for their holder and for
staff, and choosing the template a certificate is laid out with."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from . import codes, names
from .models import DEFAULTS_DIR, Certificate, CertificateTemplate
from .rendering import Layout


def certificate_latest(*, user, course_key) -> Certificate | None:
    return (
        Certificate.objects.filter(user=user, course_key=course_key)
        .select_related("revocation")
        .order_by("-cycle")
        .first()
    )


def certificates_latest_by_course(*, user) -> dict:
    """`user`'s latest certificate per course key, in one query."""
    latest = {}
    for certificate in Certificate.objects.filter(user=user).select_related("revocation").order_by("cycle"):
        latest[certificate.course_key] = certificate
    return latest


def certificate_verify_url(code: str) -> str:
    """The public, language-neutral verification address printed on the
    certificate (it redirects to the visitor's language)."""
    path = reverse("certificates:verify_code", kwargs={"code": code})
    # reverse() adds the active language prefix; the printed address has none.
    prefix = path.split("/", 2)[1]
    if prefix in dict(settings.LANGUAGES):
        path = path[len(prefix) + 1 :]
    return settings.CERTIFICATE_VERIFY_BASE_URL.rstrip("/") + path


@dataclass(frozen=True)
class Verification:
    """What /verify/ may show about a code: nothing else. The holder's name
    only when the verifier typed it (`name_match` True); otherwise their
    initials."""

    status: str  # "valid", "expired", "revoked", "not_found" or "malformed"
    code: str = ""
    holder_initials: str = ""
    name_checked: bool = False
    name_match: bool = False
    holder_name: str = ""  # set only when name_match
    course_title: str = ""
    issued_on: date | None = None
    expires_on: date | None = None
    revoked_on: date | None = None
    revocation_reason: str = ""
    problem: codes.CodeProblem | None = None
    evidence_rule_met: bool = False  # never the estimate itself: that is personal data


def course_title_for_reader(certificate: Certificate, language: str | None = None) -> str:
    """The course's title in `language` (the active one by default) when the
    course has a live page in it; else the title printed on the certificate."""
    from django.utils import translation
    from wagtail.models import Page

    language = language or translation.get_language() or settings.LANGUAGE_CODE
    if language == certificate.language:
        return certificate.course_title
    title = (
        Page.objects.live()
        .filter(translation_key=certificate.course_key, locale__language_code=language)
        .values_list("title", flat=True)
        .first()
    )
    return title or certificate.course_title


def certificate_verify(
    raw_code: str, *, today: date | None = None, typed_name: str | None = None
) -> Verification:
    """What the public may learn about a code. With `typed_name`, whether it
    is the holder's name (tolerant of case, spacing, word order and Cyrillic
    or Latin spelling: `certificates.names`); the name is returned only then."""
    code, problem = codes.code_normalise(raw_code)
    if problem is not None:
        return Verification(status="malformed", problem=problem)
    certificate = Certificate.objects.filter(code=code).select_related("revocation").first()
    if certificate is None:
        return Verification(status="not_found", code=code)
    status = certificate.status(today or timezone.localdate())
    revocation = certificate.revocation if certificate.is_revoked else None
    checked = bool(typed_name and typed_name.strip())
    match = checked and names.names_match(typed_name, certificate.holder_name)
    return Verification(
        status=str(status),
        code=certificate.code,
        holder_initials=names.name_initials(certificate.holder_name),
        name_checked=checked,
        name_match=match,
        holder_name=certificate.holder_name if match else "",
        course_title=course_title_for_reader(certificate),
        issued_on=certificate.issued_on,
        expires_on=certificate.expires_on,
        revoked_on=timezone.localdate(revocation.revoked_at) if revocation else None,
        revocation_reason=revocation.reason_text if revocation else "",
        evidence_rule_met=bool((certificate.evidence or {}).get("rule_met")),
    )


def certificate_for_download(*, user, pk: int) -> Certificate | None:
    """The certificate `user` may download: their own (staff: anyone's), not
    revoked, with a rendered PDF."""
    from accounts.roles import Role, user_has_role

    queryset = Certificate.objects.not_revoked().ready()
    if not user_has_role(user, Role.STAFF):
        queryset = queryset.for_user(user)
    return queryset.filter(pk=pk).first()


def certificates_for_user(user, *, course_key=None):
    queryset = Certificate.objects.for_user(user).select_related("revocation")
    if course_key is not None:
        queryset = queryset.filter(course_key=course_key)
    return queryset.order_by("-issued_at")


def template_for_language(language: str) -> CertificateTemplate | None:
    templates = {
        t.language: t for t in CertificateTemplate.objects.active().filter(language__in=[language, ""])
    }
    return templates.get(language) or templates.get("")


def template_layout(template: CertificateTemplate | None) -> Layout:
    if template is None:
        return Layout(
            html=(DEFAULTS_DIR / "certificate.html").read_text(encoding="utf-8"),
            css=(DEFAULTS_DIR / "certificate.css").read_text(encoding="utf-8"),
            font_family="Noto Serif",
            programme="UNODC-WCO Container Control Programme",
            signatories=(),
        )
    return Layout(
        html=template.html,
        css=template.css,
        font_family=template.font_family,
        programme=template.programme_name,
        signatories=tuple(template.signatory_list()),
    )


def score_summary(*, user, course_key, language: str) -> str:
    """One line for the certificate: the trainee's average best score over
    the course's assessments, in `language`; empty without assessments."""
    from django.db.models import OuterRef, Subquery, Value
    from django.db.models.functions import Coalesce
    from django.utils import translation
    from django.utils.translation import gettext

    from courses.models import AssessmentAttempt, Enrolment

    # The attempts of the cycle this certificate is for (re-certification).
    current = Enrolment.objects.filter(user=user, course_key=OuterRef("course_key")).values("cycle")[:1]
    best: dict[tuple, float] = {}
    for lesson_key, assessment_key, score in AssessmentAttempt.objects.filter(
        user=user, course_key=course_key, cycle=Coalesce(Subquery(current), Value(1))
    ).values_list("lesson_key", "assessment_key", "score"):
        key = (lesson_key, assessment_key)
        best[key] = max(score, best.get(key, score))
    if not best:
        return ""
    average = round(sum(best.values()) / len(best))
    with translation.override(language):
        return gettext("Average assessment score: %(score)s%% over %(count)s assessments") % {
            "score": average,
            "count": len(best),
        }


def certificates_for_staff(*, q: str = "", course: str = "", status: str = "", pdf: str = "", today=None):
    """Every certificate, filtered for the staff list."""
    from django.db.models import Q

    today = today or timezone.localdate()
    queryset = Certificate.objects.select_related("user", "revocation").order_by("-issued_at")
    if q:
        code, _problem = codes.code_normalise(q)
        match = Q(holder_name__icontains=q) | Q(user__email__icontains=q)
        if code:
            match |= Q(code=code)
        queryset = queryset.filter(match)
    if course:
        queryset = queryset.filter(course_key=course)
    if status == "valid":
        queryset = queryset.valid(today)
    elif status == "expired":
        queryset = queryset.expired(today)
    elif status == "revoked":
        queryset = queryset.revoked()
    if pdf:
        queryset = queryset.filter(pdf_status=pdf)
    return queryset


def certificate_course_choices() -> list[tuple[str, str]]:
    """(course key, title) for every course with certificates."""
    seen = {}
    for key, title in Certificate.objects.order_by("issued_at").values_list("course_key", "course_title"):
        seen.setdefault(str(key), title)
    return sorted(seen.items(), key=lambda item: item[1])


def certificates_zip(certificates) -> tuple[bytes, int]:
    """A ZIP of the PDFs of the given certificates that are ready and not
    revoked, one file per certificate named after its code; and how many."""
    import io
    import zipfile

    buffer = io.BytesIO()
    count = 0
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in certificates:
            if (
                certificate.is_revoked
                or certificate.pdf_status != Certificate.PdfStatus.READY
                or not certificate.pdf
            ):
                continue
            with certificate.pdf.open("rb") as source:
                archive.writestr(f"certificate-{certificate.code}.pdf", source.read())
            count += 1
    return buffer.getvalue(), count
