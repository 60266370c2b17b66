from http import HTTPStatus

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from accounts.models import User
from accounts.roles import Role
from certificates.models import Certificate
from core.models import AuditEntry
from courses.models import AssessmentAttempt, Enrolment
from exercises.debrief import debrief_body_key, debrief_index_key
from exercises.models import Attempt, Feedback
from h5p.models import H5PAttempt
from mentoring.models import CohortMembership, IndicatorTally, SessionNote
from privacy.models import ErasureRequest
from privacy.services import erasure_confirm
from reports.selectors import Filters, programme_dashboard
from tests.privacy.forms import post_form, strict_client

PERSONAL_FIELDS = ("full_name", "first_name", "last_name", "country", "agency", "duty_station", "sex")


def _figures():
    dashboard = programme_dashboard(Filters())
    figures = {str(label): value for label, value in dashboard.figures}
    tables = {
        # The breakdown (country × sex) moves the erased person to "Not stated" with their
        # country; its totals are the headline figures, compared as the others.
        t.key: [list(map(str, row)) for row in t.rows]
        for t in dashboard.tables
        if t.key not in ("certificates", "breakdown")
    }
    return figures, tables


def _ask(client, user):
    response = post_form(
        strict_client(user), reverse("accounts:profile"), reverse("privacy:erasure_ask"), {"understood": "on"}
    )
    assert response.status_code == HTTPStatus.FOUND
    return ErasureRequest.objects.get(user=user, status=ErasureRequest.Status.PENDING)


def test_erasure_anonymises_the_trainee_and_keeps_the_programme_totals(client, footprint, make_user):
    user = footprint.user
    old_email = user.email
    staff = make_user(role=Role.STAFF)
    before_figures, before_tables = _figures()
    counts = {
        model: model.objects.filter(user=user).count()
        for model in (Enrolment, AssessmentAttempt, Attempt, H5PAttempt, IndicatorTally, CohortMembership)
    }
    assert all(counts.values())

    erasure = _ask(client, user)
    # Step one changes nothing.
    user.refresh_from_db()
    assert user.full_name == "Мерген Аннаев" and user.is_active

    client.force_login(staff)
    url = reverse("privacy_admin:erasure_decide", args=[erasure.pk])
    page = client.get(url)
    assert page.status_code == HTTPStatus.OK
    assert 'name="email"' in page.content.decode()
    wrong = client.post(url, {"action": "confirm", "email": "someone@example.org"})
    assert wrong.status_code == HTTPStatus.BAD_REQUEST
    assert "Type the e-mail address of the account exactly" in wrong.content.decode()
    user.refresh_from_db()
    assert user.full_name == "Мерген Аннаев"

    staff_client = strict_client(staff)
    response = post_form(staff_client, url, url, {"action": "confirm", "email": old_email.upper()})
    assert response.status_code == HTTPStatus.FOUND

    user.refresh_from_db()
    for field in PERSONAL_FIELDS:
        assert getattr(user, field) == "", field
    assert user.email == f"erased-{user.pk}@erased.invalid"
    assert not user.is_active and not user.has_usable_password()
    assert not User.objects.filter(email=old_email).exists()
    assert not client.login(email=old_email, password="correct-horse-battery")

    certificate = Certificate.objects.get(pk=footprint.certificate.pk)
    assert certificate.is_revoked
    assert certificate.revocation.reason == "erased at the holder's request"
    assert certificate.holder_name == ""
    assert not SessionNote.objects.filter(mentee=user).exists()
    assert not Feedback.objects.filter(attempt__user=user).exists()

    for model, count in counts.items():
        assert model.objects.filter(user=user).count() == count, model
    after_figures, after_tables = _figures()
    assert after_tables == before_tables
    revoked = "Certificates revoked"
    assert after_figures[revoked] == before_figures[revoked] + 1
    assert {k: v for k, v in after_figures.items() if k != revoked} == {
        k: v for k, v in before_figures.items() if k != revoked
    }

    entry = AuditEntry.objects.get(action="privacy.erase")
    assert entry.actor == staff
    assert entry.target_id == str(user.pk)
    assert entry.details["certificates_revoked"] == 1
    # No audit entry still names the person.
    assert not AuditEntry.objects.filter(target_repr__contains="Аннаев").exists()
    assert not AuditEntry.objects.filter(actor_repr=old_email).exists()
    erasure.refresh_from_db()
    assert erasure.status == ErasureRequest.Status.ERASED and erasure.decided_by == staff


def _debrief_urls(attempt) -> dict[str, dict[str, str]]:
    urls = {}
    for language in ("en", "ru"):
        with translation.override(language):
            urls[language] = {
                name: reverse(f"exercises:{name}", args=[attempt.public_id]) for name in ("debrief", "review")
            }
    return urls


def test_erasure_deletes_the_debriefs_kept_rendered_with_the_trainees_justifications(
    client, footprint, make_user, django_capture_on_commit_callbacks
):
    """A debrief body is kept rendered in the cache for a day; an erasure
    clears the justifications it shows, and the kept bodies go with them."""
    attempt = footprint.submitted
    urls = _debrief_urls(attempt)
    client.force_login(footprint.user)
    for language in ("en", "ru"):
        assert "Seal numbers differ" in client.get(urls[language]["debrief"]).content.decode()
    keys = [debrief_body_key(attempt=attempt, language=language) for language in ("en", "ru")]
    kept = cache.get_many(keys)
    assert set(kept) == set(keys) and all("Seal numbers differ" in body for body in kept.values())

    erasure = _ask(client, footprint.user)
    with django_capture_on_commit_callbacks(execute=True):
        erasure_confirm(erasure=erasure, actor=make_user(role=Role.STAFF), typed_email=footprint.user.email)

    assert cache.get_many(keys) == {}
    # The mentor's review renders the attempt afresh, without what was erased.
    client.force_login(footprint.mentor)
    for language in ("en", "ru"):
        review = client.get(urls[language]["review"])
        assert review.status_code == HTTPStatus.OK
        assert "Seal numbers differ" not in review.content.decode()


def test_a_debrief_kept_rendered_whose_key_the_index_lost_is_not_shown_after_an_erasure(
    client, footprint, make_user, django_capture_on_commit_callbacks
):
    """Two bodies of one attempt built at the same moment may each miss the
    other's key in the index; the body left behind is never read again,
    because an erasure moves the attempt's revision on."""
    attempt = footprint.submitted
    urls = _debrief_urls(attempt)
    client.force_login(footprint.mentor)
    assert "Seal numbers differ" in client.get(urls["en"]["review"]).content.decode()
    cache.delete(debrief_index_key(attempt.public_id))  # as if a concurrent build overwrote it
    revision = Attempt.objects.get(pk=attempt.pk).revision

    client.force_login(footprint.user)
    erasure = _ask(client, footprint.user)
    with django_capture_on_commit_callbacks(execute=True):
        erasure_confirm(erasure=erasure, actor=make_user(role=Role.STAFF), typed_email=footprint.user.email)

    assert Attempt.objects.get(pk=attempt.pk).revision == revision + 1
    client.force_login(footprint.mentor)
    review = client.get(urls["en"]["review"])
    assert review.status_code == HTTPStatus.OK
    assert "Seal numbers differ" not in review.content.decode()


def test_a_deleted_attempts_debriefs_kept_rendered_go_with_it(
    client, footprint, django_capture_on_commit_callbacks
):
    attempt = footprint.submitted
    client.force_login(footprint.user)
    assert "Seal numbers differ" in client.get(_debrief_urls(attempt)["en"]["debrief"]).content.decode()
    key = debrief_body_key(attempt=attempt, language="en")
    assert "Seal numbers differ" in cache.get(key)

    with django_capture_on_commit_callbacks(execute=True):
        Attempt.objects.filter(pk=attempt.pk).delete()

    assert cache.get(key) is None


def test_the_verify_page_of_an_erased_holders_certificate_says_revoked_in_the_readers_language(
    client, footprint, make_user
):
    from privacy.services import erasure_confirm

    erasure = _ask(client, footprint.user)
    erasure_confirm(erasure=erasure, actor=make_user(role=Role.STAFF), typed_email=footprint.user.email)
    code = footprint.certificate.code
    text = client.get(f"/ru/verify/{code}/").content.decode()
    assert "удалён по просьбе владельца" in text
    assert "Аннаев" not in text


def test_a_trainee_cannot_confirm_and_staff_cannot_erase_themselves(client, footprint, make_user):
    erasure = _ask(client, footprint.user)
    url = reverse("privacy_admin:erasure_decide", args=[erasure.pk])
    response = client.post(url, {"action": "confirm", "email": footprint.user.email})
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    footprint.user.refresh_from_db()
    assert footprint.user.is_active

    staff = make_user(role=Role.STAFF)
    client.force_login(staff)
    client.post(reverse("privacy:erasure_ask"), {"understood": "on"})
    own = ErasureRequest.objects.get(user=staff)
    response = client.post(
        reverse("privacy_admin:erasure_decide", args=[own.pk]), {"action": "confirm", "email": staff.email}
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Another member of programme staff must confirm" in response.content.decode()
    staff.refresh_from_db()
    assert staff.is_active


def test_asking_needs_the_box_ticked_and_a_request_can_be_withdrawn(client, trainee):
    client.force_login(trainee)
    response = client.post(reverse("privacy:erasure_ask"), {}, follow=True)
    assert "Tick the box to confirm" in response.content.decode()
    assert not ErasureRequest.objects.exists()
    client.post(reverse("privacy:erasure_ask"), {"understood": "on"})
    page = client.get(reverse("accounts:profile")).content.decode()
    assert "You asked for erasure on" in page
    client.post(reverse("privacy:erasure_withdraw"))
    assert ErasureRequest.objects.get(user=trainee).status == ErasureRequest.Status.WITHDRAWN
    assert AuditEntry.objects.filter(action="privacy.erasure_withdraw", actor=trainee).exists()


@pytest.mark.parametrize("action", ["confirm", "decline"])
def test_a_decided_request_cannot_be_decided_again(client, trainee, make_user, action):
    from privacy.services import erasure_decline

    client.force_login(trainee)
    client.post(reverse("privacy:erasure_ask"), {"understood": "on"})
    erasure = ErasureRequest.objects.get(user=trainee)
    staff = make_user(role=Role.STAFF)
    erasure_decline(erasure=erasure, actor=staff, note="Open disciplinary case")
    client.force_login(staff)
    client.post(
        reverse("privacy_admin:erasure_decide", args=[erasure.pk]),
        {"action": action, "email": trainee.email, "note": "x"},
    )
    trainee.refresh_from_db()
    assert trainee.is_active
    erasure.refresh_from_db()
    assert erasure.status == ErasureRequest.Status.DECLINED and erasure.note == "Open disciplinary case"
