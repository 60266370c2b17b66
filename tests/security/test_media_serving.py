"""Media by address: public images only, the same with DEBUG on or off.
Certificate PDFs, H5P files and documents answer 404 under /media/ and are
reachable only through their own, checked views."""

import importlib
import io
from http import HTTPStatus

import pytest
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.urls import clear_url_caches, get_resolver

pytestmark = pytest.mark.django_db


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (2, 2), "red").save(buffer, "PNG")
    return buffer.getvalue()


def _media_files(make_user):
    from h5p.models import H5PFile
    from tests.factories.certificates import CertificateFactory
    from tests.factories.h5p import make_activity

    owner = make_user()
    certificate = CertificateFactory(user=owner)
    certificate.pdf.save("owner.pdf", ContentFile(b"%PDF-1.7 owner's certificate"), save=False)
    certificate.pdf_status = certificate.PdfStatus.READY
    certificate.save()
    activity = make_activity(title="Media check")
    h5p_file = H5PFile.objects.filter(file__endswith="content.json").first() or H5PFile.objects.first()
    assert h5p_file is not None and activity.pk
    return owner, certificate, h5p_file


def test_private_media_is_not_served_by_address(make_user):
    owner, certificate, h5p_file = _media_files(make_user)
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(owner)
    for client in (anonymous, signed_in):
        for path in (
            f"/media/{certificate.pdf.name}",
            f"/media/{h5p_file.file.name}",
            f"/media/images/../{certificate.pdf.name}",
            "/media/original_images/../certificates/",
        ):
            response = client.get(path)
            assert response.status_code == HTTPStatus.NOT_FOUND, path
            assert b"owner's certificate" not in getattr(response, "content", b"")
    # The owner still has the PDF through the checked view.
    response = signed_in.get(f"/en/certificates/{certificate.pk}/pdf/")
    assert response.status_code == HTTPStatus.OK
    assert b"".join(response.streaming_content) == b"%PDF-1.7 owner's certificate"


def test_public_images_are_served_sandboxed(client):
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    png = _png()
    image = get_image_model().objects.create(title="Seal", file=ImageFile(io.BytesIO(png), name="seal.png"))
    response = client.get(f"/media/{image.file.name}")
    assert response.status_code == HTTPStatus.OK
    assert b"".join(response.streaming_content) == png
    assert response["Content-Type"] == "image/png"
    assert "sandbox" in response["Content-Security-Policy"]


def test_debug_serves_media_exactly_as_production():
    import config.urls

    def patterns():
        return [str(p.pattern) for p in get_resolver().url_patterns]

    production = patterns()
    try:
        with override_settings(DEBUG=True):
            importlib.reload(config.urls)
            clear_url_caches()
            assert patterns() == production
            match = get_resolver().resolve("/media/certificates/pdf/owner.pdf")
            assert match.func.__module__ == "core.media"
    finally:
        importlib.reload(config.urls)
        clear_url_caches()
