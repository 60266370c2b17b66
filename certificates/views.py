from http import HTTPStatus

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from core.security import Limit, client_ip, rate_limit_hit

from . import codes, selectors, signing
from .forms import NameCheckForm


def _rate_limited(request) -> bool:
    """Counts this look-up against the client's allowance for the current
    minute, by address (behind our proxies, the address they saw)."""
    limit = Limit(count=settings.CERTIFICATE_VERIFY_RATE_LIMIT, seconds=60)
    return rate_limit_hit(scope="certificates-verify", key=client_ip(request), limit=limit)


def _too_many(request):
    response = render(request, "certificates/verify_limited.html", status=HTTPStatus.TOO_MANY_REQUESTS)
    response["Retry-After"] = "60"
    return response


def problem_message(problem: codes.CodeProblem) -> str:
    if problem.kind == "length":
        return _(
            "A verification code has %(expected)s letters and digits (for example K7Q4-9XMD-2HWP-5RTA); "
            "this one has %(count)s."
        ) % {"expected": codes.LENGTH, "count": problem.detail}
    return _(
        "A verification code contains only digits and the letters A-Z except I, L, O and U; "
        "these characters are not allowed: %(chars)s."
    ) % {"chars": problem.detail}


@never_cache
@require_GET
def verify_form(request):
    raw = request.GET.get("code")
    error = ""
    if raw is not None:
        if _rate_limited(request):
            return _too_many(request)
        code, problem = codes.code_normalise(raw)
        if problem is None:
            return redirect("certificates:verify_code", code=code)
        error = problem_message(problem)
    return render(
        request,
        "certificates/verify_form.html",
        {"error": error, "value": raw or ""},
        status=HTTPStatus.BAD_REQUEST if error else HTTPStatus.OK,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def verify_code(request, code: str):
    """Status, course and dates of a certificate, with the holder's initials;
    a POSTed name is checked against the holder's and shown only if it
    matches. Every look-up, name checks included, counts against the rate
    limit."""
    if _rate_limited(request):
        return _too_many(request)
    form = NameCheckForm(request.POST if request.method == "POST" else None)
    typed = form.cleaned_data["name"] if form.is_valid() else None
    result = selectors.certificate_verify(code, typed_name=typed)
    status = {"malformed": HTTPStatus.BAD_REQUEST, "not_found": HTTPStatus.NOT_FOUND}.get(
        result.status, HTTPStatus.OK
    )
    if form.is_bound and not form.is_valid():
        status = HTTPStatus.BAD_REQUEST
    return render(
        request,
        "certificates/verify_result.html",
        {
            "result": result,
            "problem": problem_message(result.problem) if result.problem else "",
            "value": code,
            "form": form,
        },
        status=status,
    )


@require_GET
def verify_key(request):
    if _rate_limited(request):
        return JsonResponse({"error": "rate limited"}, status=HTTPStatus.TOO_MANY_REQUESTS)
    from cryptography.hazmat.primitives import serialization

    key = signing.public_key()
    pem = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return JsonResponse(
        {
            "algorithm": "Ed25519",
            "key_id": signing.key_id(key),
            "public_key": signing.public_key_b64(),
            "public_key_pem": pem.decode("ascii"),
            "trusted_key_ids": sorted(signing.trusted_public_keys()),
            "payload_format": "PCU1.<base64url(JSON)>.<base64url(Ed25519 signature of the text before it)>",
            "development_key": signing.is_development_key(),
        },
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )


@login_required
@require_GET
def my_certificates(request):
    return render(
        request,
        "certificates/my_certificates.html",
        {"certificates": selectors.certificates_for_user(request.user), "today": timezone.localdate()},
    )


@login_required
@require_GET
def download(request, pk: int):
    certificate = selectors.certificate_for_download(user=request.user, pk=pk)
    if certificate is None:
        raise Http404
    archival = request.GET.get("variant") == "archival"
    field = certificate.pdf_archival if archival else certificate.pdf
    if not field:
        raise Http404
    suffix = "-pdfa" if archival else ""
    response = FileResponse(
        field.open("rb"),
        as_attachment=True,
        filename=f"certificate-{certificate.code}{suffix}.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


def course_certificate_panels(*, request, course_keys) -> dict:
    """The learner's certificate for each course on "My learning" and the
    course page: being prepared, a download link, or revoked; for a course
    whose certificate waits on reliable evidence, what is still missing. One
    query for the certificates and one for the courses, whatever their
    number."""
    from django.template.loader import render_to_string

    latest = selectors.certificates_latest_by_course(user=request.user)
    panels = {}
    waiting = []
    for key in course_keys:
        certificate = latest.get(key)
        if certificate is None:
            waiting.append(key)
        else:
            panels[key] = render_to_string(
                "certificates/includes/course_certificate.html", {"certificate": certificate}, request=request
            )
    if waiting:
        panels.update(_evidence_panels(request=request, course_keys=waiting))
    return panels


def _evidence_panels(*, request, course_keys) -> dict:
    """For each course whose certificate waits on reliable evidence: what is
    still missing, in the reader's language."""
    from django.template.loader import render_to_string

    from courses.models import CoursePage

    from .evidence import course_evidence

    courses = CoursePage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE,
        certificate_enabled=True,
        translation_key__in=course_keys,
    )
    panels = {}
    for course in courses:
        found = course_evidence(user=request.user, course=course)
        if found.gated:
            panels[course.translation_key] = render_to_string(
                "certificates/includes/course_evidence.html",
                {"evidence": found, "course_key": course.translation_key},
                request=request,
            )
    return panels
