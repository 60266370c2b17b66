import pytest

from certificates.models import CertificateRevocation, RevocationDeletionError
from certificates.services import ALREADY_REVOKED, REASON_REQUIRED, CertificateError, certificate_revoke


def test_revocation_keeps_who_when_and_why(certificate, staff):
    revocation = certificate_revoke(
        certificate=certificate, reason="  Fraudulent completion ", revoked_by=staff
    )
    revocation.refresh_from_db()
    assert revocation.reason == "Fraudulent completion"
    assert revocation.revoked_by == staff
    assert revocation.revoked_by_email == staff.email
    assert revocation.revoked_at is not None


@pytest.mark.parametrize("reason", ["", "   "])
def test_revocation_needs_a_reason_and_changes_nothing_without_one(certificate, staff, reason):
    with pytest.raises(CertificateError) as raised:
        certificate_revoke(certificate=certificate, reason=reason, revoked_by=staff)
    assert raised.value.message == REASON_REQUIRED
    assert not CertificateRevocation.objects.exists()


def test_a_certificate_is_revoked_once(certificate, staff):
    certificate_revoke(certificate=certificate, reason="First", revoked_by=staff)
    with pytest.raises(CertificateError) as raised:
        certificate_revoke(certificate=certificate, reason="Second", revoked_by=staff)
    assert raised.value.message == ALREADY_REVOKED
    assert CertificateRevocation.objects.get().reason == "First"


def test_revocation_records_are_never_deleted(certificate, staff):
    revocation = certificate_revoke(certificate=certificate, reason="Wrong person", revoked_by=staff)
    with pytest.raises(RevocationDeletionError):
        revocation.delete()
    assert CertificateRevocation.objects.filter(pk=revocation.pk).exists()


def test_the_revocation_survives_the_staff_account(certificate, make_user):
    from accounts.roles import Role

    officer = make_user(role=Role.STAFF)
    certificate_revoke(certificate=certificate, reason="Wrong person", revoked_by=officer)
    officer.delete()
    revocation = CertificateRevocation.objects.get()
    assert revocation.revoked_by is None
    assert revocation.revoked_by_email == officer.email
