"""PDFs are rendered by a background task: being prepared, then a download
link; failures are retried, then reported; only the holder (or staff) can
download."""

import io
from http import HTTPStatus

import pypdf
import pytest
from django.urls import reverse

from certificates import services
from certificates.models import Certificate
from certificates.services import certificate_revoke, certificates_regenerate
from certificates.tasks import render_certificate_pdf


def _render(certificate) -> Certificate:
    render_certificate_pdf.enqueue(certificate.pk)
    certificate.refresh_from_db()
    return certificate


def test_a_new_certificate_is_being_prepared_until_rendered(client, certificate):
    client.force_login(certificate.user)
    page = client.get(reverse("certificates:mine")).content.decode()
    assert "Your certificate is being prepared" in page
    assert reverse("certificates:download", args=[certificate.pk]) not in page

    _render(certificate)
    assert certificate.pdf_status == Certificate.PdfStatus.READY
    page = client.get(reverse("certificates:mine")).content.decode()
    assert reverse("certificates:download", args=[certificate.pk]) in page


def test_the_holder_downloads_the_pdf_and_its_archival_twin(client, certificate):
    _render(certificate)
    client.force_login(certificate.user)
    url = reverse("certificates:download", args=[certificate.pk])
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/pdf"
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF")
    archival = b"".join(client.get(url + "?variant=archival").streaming_content)
    xmp = pypdf.PdfReader(io.BytesIO(archival)).trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in xmp


def test_another_trainee_gets_404_for_the_pdf(client, certificate, make_user):
    _render(certificate)
    client.force_login(make_user())
    assert (
        client.get(reverse("certificates:download", args=[certificate.pk])).status_code
        == HTTPStatus.NOT_FOUND
    )


def test_staff_can_download_anyones_pdf(client, certificate, staff):
    _render(certificate)
    client.force_login(staff)
    assert client.get(reverse("certificates:download", args=[certificate.pk])).status_code == HTTPStatus.OK


def test_an_anonymous_visitor_is_sent_to_sign_in(client, certificate):
    _render(certificate)
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]


def test_the_pdf_of_a_revoked_certificate_cannot_be_downloaded(client, certificate, staff):
    _render(certificate)
    certificate_revoke(certificate=certificate, reason="Wrong person", revoked_by=staff)
    for user in (certificate.user, staff):
        client.force_login(user)
        response = client.get(reverse("certificates:download", args=[certificate.pk]))
        assert response.status_code == HTTPStatus.NOT_FOUND


def test_a_failing_render_is_retried_then_reported(certificate, monkeypatch, settings, caplog):
    settings.CERTIFICATE_RENDER_ATTEMPTS = 3
    calls = []

    def broken(_certificate):
        calls.append(1)
        raise RuntimeError("fonts missing")

    monkeypatch.setattr(services, "certificate_pdf_build", broken)
    _render(certificate)
    assert len(calls) == 3
    assert certificate.pdf_status == Certificate.PdfStatus.FAILED
    assert certificate.pdf_attempts == 3
    assert "fonts missing" in certificate.pdf_error
    assert not certificate.pdf
    assert "Rendering certificate" in caplog.text


def test_a_render_that_fails_once_succeeds_on_retry(certificate, monkeypatch):
    real = services.certificate_pdf_build
    calls = []

    def flaky(cert):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("temporary")
        return real(cert)

    monkeypatch.setattr(services, "certificate_pdf_build", flaky)
    _render(certificate)
    assert certificate.pdf_status == Certificate.PdfStatus.READY
    assert certificate.pdf_error == ""
    assert len(calls) == 2


def test_a_failed_regeneration_keeps_the_previous_pdf(
    certificate, monkeypatch, settings, django_capture_on_commit_callbacks
):
    _render(certificate)
    old_name = certificate.pdf.name
    settings.CERTIFICATE_RENDER_ATTEMPTS = 1
    monkeypatch.setattr(services, "certificate_pdf_build", lambda c: (_ for _ in ()).throw(RuntimeError("x")))
    with django_capture_on_commit_callbacks(execute=True):
        certificates_regenerate(certificates=[certificate])
    certificate.refresh_from_db()
    assert certificate.pdf_status == Certificate.PdfStatus.READY
    assert certificate.pdf.name == old_name
    assert certificate.pdf.storage.exists(old_name)
    assert certificate.pdf_error == "x"


def test_regeneration_replaces_the_files(certificate, django_capture_on_commit_callbacks):
    _render(certificate)
    old_name = certificate.pdf.name
    with django_capture_on_commit_callbacks(execute=True):
        assert certificates_regenerate(certificates=[certificate]) == 1
    certificate.refresh_from_db()
    assert certificate.pdf.name != old_name
    assert not certificate.pdf.storage.exists(old_name)


@pytest.mark.parametrize("status", [Certificate.PdfStatus.PENDING])
def test_revoked_certificates_are_not_regenerated(certificate, staff, status):
    certificate_revoke(certificate=certificate, reason="Wrong person", revoked_by=staff)
    assert certificates_regenerate(certificates=[certificate]) == 0
    assert render_certificate_pdf.enqueue(certificate.pk).return_value == "skipped"
