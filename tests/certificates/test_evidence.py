"""Certificates of courses with exercises wait for reliable evidence: enough
assessed forms and a narrow enough interval of the pooled d′. Driven through
the real services: assessed attempts in a lesson, completion, issuance."""

import io
import uuid
from decimal import Decimal
from http import HTTPStatus

import pypdf
import pytest
from django.urls import reverse

from certificates.evidence import course_evidence
from certificates.models import Certificate
from courses.models import CourseCompletion, LessonPage
from courses.services import enrolment_create
from exercises import services
from exercises.models import AttemptMode
from scenarios.truth import scenario_truth

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated(db):
    from scenarios.generator import scenario_document_generate
    from scenarios.interchange import scenario_import
    from scenarios.services import indicator_catalogue_ensure, scenario_publish_unreviewed

    indicator_catalogue_ensure()
    document = scenario_document_generate(seed=4242, consignments=12, high_risk=3, budget=4, title="Gate")
    return scenario_publish_unreviewed(scenario=scenario_import(document=document))


@pytest.fixture
def gated(make_course, generated):
    """A certificate course whose one lesson holds a required exercise."""
    course = make_course(lessons=1, slug="gated")
    lesson = LessonPage.objects.descendant_of(course).get()
    block_id = str(uuid.uuid4())
    value = {"scenario": str(generated.lineage), "pass_mark": 30, "grading": "best", "attempts": 6}
    lesson.body = [{"type": "exercise", "id": block_id, "value": {**value, "required": True}}]
    lesson.save_revision().publish()
    return course, LessonPage.objects.get(pk=lesson.pk), block_id


def _set_rule(course, *, forms, width):
    course.evidence_min_forms = forms
    course.evidence_max_width = Decimal(width)
    course.save_revision().publish()


def _play(user, scenario, lesson, block_id, capture, *, mode=AttemptMode.ASSESSED):
    """One attempt selecting every high-risk consignment, as the workspace saves it."""
    truth = scenario_truth(scenario=scenario)
    attempt = services.attempt_start(
        user=user,
        scenario=scenario,
        lesson_page_id=lesson.pk,
        block_id=block_id,
        pass_mark=30,
        required=True,
        mode=mode,
        attempts_allowed=6,
    )
    for item in [i for i in attempt.items.all() if truth[i.consignment_id].high_risk]:
        services.attempt_save_item(
            attempt=attempt,
            user=user,
            ref=item.ref,
            selected=True,
            indicators=sorted(truth[item.consignment_id].indicators),
        )
    with capture(execute=True):
        return services.attempt_submit(attempt=attempt, user=user)


def _panel(client, course) -> str:
    response = client.get(course.url)
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def test_the_certificate_waits_for_enough_forms_and_a_narrow_interval_then_is_issued(
    client, gated, generated, trainee, django_capture_on_commit_callbacks
):
    course, lesson, block_id = gated
    _set_rule(course, forms=3, width="0.50")
    enrolment_create(user=trainee, course=course)
    client.force_login(trainee)

    def play(mode=AttemptMode.ASSESSED):
        return _play(trainee, generated, lesson, block_id, django_capture_on_commit_callbacks, mode=mode)

    assert play().passed
    # The course is complete, but one form is not reliable evidence.
    assert CourseCompletion.objects.filter(user=trainee, course_key=course.translation_key).exists()
    assert not Certificate.objects.exists()
    html = _panel(client, course)
    assert "2 more assessed exercise attempts are needed for the certificate (1 of 3 submitted)." in html
    # Practice changes nothing.
    play(AttemptMode.PRACTICE)
    assert "2 more assessed exercise attempts are needed" in _panel(client, course)
    play()
    assert "1 more assessed exercise attempt is needed for the certificate (2 of 3 submitted)." in _panel(
        client, course
    )
    play()
    assert not Certificate.objects.exists()
    found = course_evidence(user=trainee, course=course)
    assert found.forms == 3 and found.width > 0.5
    message = (
        "Your skill estimate is not yet precise enough for the certificate: its interval is "
        f"{found.width:.2f} wide and must be at most 0.50."
    )
    assert message in _panel(client, course)

    # A course whose rule the evidence meets: re-checked on the next assessed submission.
    _set_rule(course, forms=3, width="5.00")
    play()
    certificate = Certificate.objects.get()
    assert certificate.user == trainee and certificate.course_key == course.translation_key
    found = course_evidence(user=trainee, course=course)
    assert found.met and found.forms == 4
    assert certificate.evidence == {
        "rule_met": True,
        "forms": 4,
        "min_forms": 3,
        "decisions": 48,
        "selected": 12,
        "hits": 12,
        "d_prime": round(found.estimate.value, 3),
        "d_prime_low": round(found.estimate.low, 3),
        "d_prime_high": round(found.estimate.high, 3),
        "max_width": 5.0,
    }
    # Idempotent: another assessed submission keeps the one certificate.
    play()
    assert Certificate.objects.count() == 1

    # The PDF states the evidence.
    certificate.refresh_from_db()
    assert certificate.pdf_status == Certificate.PdfStatus.READY
    with certificate.pdf.open("rb") as pdf:
        text = " ".join(
            page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf.read())).pages
        ).replace("\n", " ")
    e = certificate.evidence
    assert "Evidence: assessed exercise forms: 4; decisions: 48;" in text
    assert f"{e['d_prime']:.2f} (95% interval {e['d_prime_low']:.2f} to {e['d_prime_high']:.2f})" in text

    # The public verify page confirms the rule, never the estimate.
    client.logout()
    page = client.get(reverse("certificates:verify_code", kwargs={"code": certificate.code})).content.decode()
    assert "rule for reliable assessed evidence was met when this certificate was issued." in page
    for number in (e["d_prime"], e["d_prime_low"], e["d_prime_high"]):
        assert f"{number:.2f}" not in page
    assert "d′" not in page and "Evidence" not in page


def test_a_course_whose_rule_holds_at_completion_issues_at_once(
    client, gated, generated, make_user, django_capture_on_commit_callbacks
):
    course, lesson, block_id = gated
    _set_rule(course, forms=1, width="5.00")
    trainee = make_user(language="ru", full_name="Айгуль Каримова")
    enrolment_create(user=trainee, course=course)
    _play(trainee, generated, lesson, block_id, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    assert certificate.evidence["rule_met"] and certificate.evidence["forms"] == 1
    with certificate.pdf.open("rb") as pdf:
        text = pypdf.PdfReader(io.BytesIO(pdf.read())).pages[0].extract_text().replace("\n", " ")
    # In the certificate's language.
    assert "Подтверждение: оценочных форм упражнений: 1; решений: 12;" in text


def test_a_course_without_exercises_issues_as_before_with_no_evidence(make_course, complete_course, trainee):
    course = make_course(lessons=1, slug="reading")
    complete_course(trainee, course)
    certificate = Certificate.objects.get()
    assert certificate.evidence == {}
    assert not course_evidence(user=trainee, course=course).gated


def test_staff_issuing_by_hand_are_not_held_to_the_rule_and_the_evidence_is_kept(gated, trainee, staff):
    from certificates.services import CertificateError, certificate_issue

    course, _lesson, _block = gated
    with pytest.raises(CertificateError) as refused:
        certificate_issue(user=trainee, course=course)
    assert refused.value.message == (
        "3 more assessed exercise attempts are needed for the certificate (0 of 3 submitted)."
    )
    assert not Certificate.objects.exists()
    certificate = certificate_issue(user=trainee, course=course, issued_by=staff)
    assert certificate.evidence == {}
