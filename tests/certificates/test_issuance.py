"""Issuance: once per trainee, course and validity cycle, on completion or by
hand, idempotent under repeated and concurrent calls."""

import threading
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from accounts.roles import Role
from certificates import selectors, services
from certificates.models import Certificate
from certificates.receivers import issue_on_course_completed
from certificates.services import CERTIFICATES_OFF, CertificateError, certificate_issue, certificate_revoke
from courses.models import CourseCompletion


def test_completing_a_certificate_course_issues_one_ready_certificate(
    make_course, complete_course, make_user
):
    course = make_course(validity_months=24)
    trainee = make_user(language="ru", full_name="Айгуль Каримова")
    complete_course(trainee, course)
    certificate = Certificate.objects.get()
    assert certificate.user == trainee
    assert certificate.course_key == course.translation_key
    assert certificate.cycle == 1
    assert certificate.language == "ru"
    assert certificate.holder_name == "Айгуль Каримова"
    assert certificate.expires_on == services.add_months(certificate.completed_on, 24)
    assert certificate.pdf_status == Certificate.PdfStatus.READY
    assert certificate.pdf


def test_a_course_without_certificates_issues_none(make_course, complete_course, trainee):
    course = make_course(certificate_enabled=False)
    complete_course(trainee, course)
    assert CourseCompletion.objects.filter(user=trainee).exists()
    assert not Certificate.objects.exists()


def test_the_completion_signal_twice_gives_one_certificate(make_course, complete_course, trainee):
    course = make_course()
    complete_course(trainee, course)
    completion = CourseCompletion.objects.get(user=trainee)
    issue_on_course_completed(None, completion=completion, user=trainee, course=course)
    assert Certificate.objects.count() == 1


def test_a_lost_race_returns_the_winners_certificate(make_course, trainee):
    course = make_course()
    first = certificate_issue(user=trainee, course=course)
    # The second caller read "no certificate yet" before the first committed.
    with mock.patch.object(selectors, "certificate_latest", return_value=None):
        second = certificate_issue(user=trainee, course=course)
    assert second.pk == first.pk
    assert Certificate.objects.count() == 1


def test_the_unique_constraint_refuses_a_second_certificate_in_a_cycle(make_course, trainee):
    from django.db import IntegrityError, transaction

    course = make_course()
    first = certificate_issue(user=trainee, course=course)
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            user=trainee,
            course_key=first.course_key,
            cycle=first.cycle,
            language="en",
            holder_name="x",
            course_title="y",
            completed_on=first.completed_on,
        )


def test_after_expiry_a_new_cycle_gets_a_new_code(make_course, trainee):
    course = make_course(validity_months=12)
    first = certificate_issue(user=trainee, course=course)
    assert certificate_issue(user=trainee, course=course).pk == first.pk
    Certificate.objects.filter(pk=first.pk).update(expires_on=timezone.localdate() - timedelta(days=1))
    second = certificate_issue(user=trainee, course=course)
    assert (second.cycle, first.cycle) == (2, 1)
    assert second.code != first.code
    assert second.expires_on > timezone.localdate()


def test_after_revocation_a_new_issue_opens_a_new_cycle(make_course, trainee, staff):
    course = make_course()
    first = certificate_issue(user=trainee, course=course)
    certificate_revoke(certificate=first, reason="Completed under another account", revoked_by=staff)
    second = certificate_issue(user=trainee, course=course)
    assert second.cycle == 2
    assert first.status() == "revoked"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"certificate_enabled": False}, CERTIFICATES_OFF),
    ],
)
def test_issuing_for_a_course_without_certificates_is_refused(make_course, trainee, kwargs, message):
    course = make_course(**kwargs)
    with pytest.raises(CertificateError) as raised:
        certificate_issue(user=trainee, course=course)
    assert raised.value.message == message
    assert not Certificate.objects.exists()


def test_the_title_is_the_course_title_in_the_certificate_language(sample_course, make_user):
    from courses.models import CoursePage

    course = sample_course
    russian = CoursePage.objects.get(translation_key=course.translation_key, locale__language_code="ru")
    trainee = make_user(language="en")
    certificate = certificate_issue(user=trainee, course=russian, language="ru")
    assert certificate.course_title == russian.title
    assert certificate.course_key == course.translation_key


def test_the_score_summary_averages_the_best_scores(make_course, trainee):
    from courses.models import AssessmentAttempt

    course = make_course()
    for number, (lesson, score) in enumerate([("a", 40.0), ("a", 90.0), ("b", 70.0)], start=1):
        AssessmentAttempt.objects.create(
            user=trainee,
            course_key=course.translation_key,
            lesson_key=course.translation_key,
            assessment_key=lesson,
            kind="quiz",
            number=number,
            score=score,
            passed=True,
        )
    certificate = certificate_issue(user=trainee, course=course, score_summary_for=selectors.score_summary)
    assert certificate.score_summary == "Average assessment score: 80% over 2 assessments"


# -- by hand ---------------------------------------------------------------


def _issue(*args) -> str:
    out = StringIO()
    call_command("issue_certificate", *args, stdout=out)
    return out.getvalue().strip()


def test_staff_issue_by_hand_and_get_the_code(make_course, make_user):
    course = make_course()
    trainee = make_user(email="officer@example.org", language="tk")
    code = _issue("--user", "Officer@Example.org", "--course", str(course.pk))
    certificate = Certificate.objects.get(code=code)
    assert (certificate.user, certificate.language, certificate.source) == (trainee, "tk", "manual")
    assert _issue("--user", trainee.email, "--course", str(course.pk), "--language", "ru") == code


def test_issue_by_hand_in_another_language(make_course, make_user):
    course = make_course()
    make_user(email="officer@example.org", language="tk")
    code = _issue("--user", "officer@example.org", "--course", str(course.pk), "--language", "uz")
    assert Certificate.objects.get(code=code).language == "uz"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--user", "nobody@example.org", "--course", "{course}"], "No account has the e-mail address"),
        (["--user", "{email}", "--course", "999999"], "No page has the id 999999"),
        (["--user", "{email}", "--course", "{home}"], "This page is not a course."),
        (["--user", "{email}", "--course", "{off}"], "This course does not issue certificates."),
    ],
)
def test_issue_by_hand_names_the_problem(make_course, make_user, en_home, args, message):
    course = make_course()
    off = make_course(certificate_enabled=False, slug="off")
    user = make_user()
    values = {"course": course.pk, "email": user.email, "home": en_home.pk, "off": off.pk}
    with pytest.raises(CommandError, match=message):
        _issue(*[a.format(**values) for a in args])
    assert not Certificate.objects.exists()


def test_the_language_option_rejects_unknown_languages(make_course, trainee):
    with pytest.raises(CommandError, match="invalid choice: 'de'"):
        _issue("--user", trainee.email, "--course", str(make_course().pk), "--language", "de")


# -- concurrency on PostgreSQL ---------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_concurrent_completion_issues_exactly_one_certificate(make_course, make_user):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run with DATABASE_URL=postgres://...")
    course = make_course()
    trainee = make_user(role=Role.TRAINEE)
    barrier = threading.Barrier(6)
    results, errors = [], []

    def issue():
        from django.db import connections

        try:
            barrier.wait()
            results.append(certificate_issue(user=trainee, course=course).pk)
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=issue) for _ in range(6)]
    # Patched once for all threads: patching inside each thread is not
    # thread-safe and can leave the mock in place for later tests.
    with mock.patch.object(services, "_enqueue_render"):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert len(set(results)) == 1
    assert Certificate.objects.filter(user=trainee).count() == 1
