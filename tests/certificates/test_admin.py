"""Staff screens: the certificate list, revocation, bulk regeneration and
ZIP download, and certificate templates checked on save."""

import io
import zipfile
from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.roles import Role
from certificates.models import Certificate, CertificateRevocation, CertificateTemplate
from certificates.tasks import render_certificate_pdf
from core.models import AuditEntry

LIST = "certificates_admin:list"
TEMPLATE_ADD = "wagtailsnippets_certificates_certificatetemplate:add"


@pytest.fixture
def rendered(make_certificate):
    """rendered(**kwargs): a certificate with its PDF ready."""

    def make(**kwargs):
        certificate = make_certificate(**kwargs)
        render_certificate_pdf.enqueue(certificate.pk)
        certificate.refresh_from_db()
        return certificate

    return make


def test_staff_see_every_certificate(client, staff, certificate):
    client.force_login(staff)
    response = client.get(reverse(LIST))
    assert response.status_code == HTTPStatus.OK
    assert certificate.code in response.content.decode()


@pytest.mark.parametrize("role", [Role.MENTOR, Role.TRAINEE])
def test_others_cannot_open_the_certificate_screens(client, make_user, certificate, role):
    client.force_login(make_user(role=role))
    for url in (reverse(LIST), reverse("certificates_admin:revoke", args=[certificate.pk])):
        response = client.get(url)
        assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
        assert certificate.code not in response.content.decode()


def test_the_list_filters_by_name_or_code(client, staff, make_certificate):
    first = make_certificate(holder_name="Айгуль Каримова")
    second = make_certificate(holder_name="Merdan Orazow")
    client.force_login(staff)
    page = client.get(reverse(LIST), {"q": "Каримова"}).content.decode()
    assert first.code in page and second.code not in page
    page = client.get(reverse(LIST), {"q": second.code.replace("-", "").lower()}).content.decode()
    assert second.code in page and first.code not in page


def test_staff_revoke_with_a_reason(client, staff, certificate):
    client.force_login(staff)
    url = reverse("certificates_admin:revoke", args=[certificate.pk])
    response = client.post(url, {"reason": ""})
    assert response.status_code == HTTPStatus.OK
    assert not CertificateRevocation.objects.exists()
    response = client.post(url, {"reason": "Completed under another account"})
    assert response.status_code == HTTPStatus.FOUND
    revocation = CertificateRevocation.objects.get()
    assert (revocation.certificate, revocation.revoked_by) == (certificate, staff)
    verify = client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    assert "Completed under another account" in verify


def test_bulk_download_zips_the_selected_ready_pdfs(client, staff, rendered):
    first, second, third = rendered(), rendered(), rendered()
    client.force_login(staff)
    response = client.post(
        reverse(LIST), {"selected": [first.pk, second.pk], "scope": "selected", "action": "zip"}
    )
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(archive.namelist()) == sorted(f"certificate-{c.code}.pdf" for c in (first, second))
    assert archive.read(f"certificate-{first.code}.pdf").startswith(b"%PDF")
    assert third.code not in " ".join(archive.namelist())
    entry = AuditEntry.objects.get(action="certificates.zip_download")
    assert entry.actor == staff and entry.details == {
        "count": 2,
        "scope": f"selected: {first.pk},{second.pk}",
    }


def test_bulk_download_of_everything_matching_skips_revoked(client, staff, rendered):
    kept, revoked = rendered(), rendered()
    CertificateRevocation.objects.create(certificate=revoked, reason="x", revoked_by=staff)
    client.force_login(staff)
    response = client.post(reverse(LIST), {"scope": "all", "action": "zip"})
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.namelist() == [f"certificate-{kept.code}.pdf"]


def test_bulk_regenerate_renders_fresh_pdfs(client, staff, rendered, django_capture_on_commit_callbacks):
    certificate = rendered()
    old = certificate.pdf.name
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse(LIST), {"selected": [certificate.pk], "action": "regenerate"})
    assert response.status_code == HTTPStatus.FOUND
    certificate.refresh_from_db()
    assert certificate.pdf.name != old
    assert certificate.pdf_status == Certificate.PdfStatus.READY
    entry = AuditEntry.objects.get(action="certificates.regenerate")
    assert entry.actor == staff and entry.details["count"] == 1


def test_a_bulk_action_needs_a_selection(client, staff, certificate):
    client.force_login(staff)
    response = client.post(reverse(LIST), {"action": "zip"}, follow=True)
    assert "Choose at least one certificate." in response.content.decode()


def test_a_selection_that_is_no_id_selects_nothing(client, staff, certificate):
    """ "²" passes str.isdigit() but is no id: it selects nothing, no 500."""
    client.force_login(staff)
    too_large = str(2**64)  # SQLite cannot compare with it
    response = client.post(reverse(LIST), {"action": "zip", "selected": ["²", "1²", too_large]}, follow=True)
    assert response.status_code == HTTPStatus.OK
    assert "Choose at least one certificate." in response.content.decode()


def _template_data(**overrides):
    data = {
        "name": "Russian template",
        "language": "ru",
        "is_active": "on",
        "programme_name": "UNODC-WCO CCP",
        "signatories": "Ruslan Abdullaev, Programme coordinator",
        "font_family": "Noto Serif",
        "html": "<h1>{{ certificate_title }}</h1><p>{{ holder_name }}</p>{{ qr_code }}",
        "css": "h1 { color: #333 }",
    }
    data.update(overrides)
    return data


def test_staff_save_a_template_that_passes_the_checks(client, staff):
    client.force_login(staff)
    response = client.post(reverse(TEMPLATE_ADD), _template_data())
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    assert CertificateTemplate.objects.get().language == "ru"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"html": "<p>{{ holder_name }} {{ holdername }}</p>"}, "Unknown placeholders: {{ holdername }}"),
        ({"font_family": "No Such Font"}, "The font “No Such Font” is not installed on this server."),
        ({"font_family": "Noto Sans Thai", "language": "tk"}, "lacks these letters of Turkmen"),
        ({"font_family": "Noto Sans Thai", "language": ""}, "lacks these letters of Russian"),
        ({"font_family": "Noto Serif; } body { x"}, "A font name has only Latin letters"),
    ],
)
def test_template_problems_are_reported_on_save(client, staff, overrides, message):
    client.force_login(staff)
    response = client.post(reverse(TEMPLATE_ADD), _template_data(**overrides))
    assert response.status_code == HTTPStatus.OK
    assert message in response.content.decode()
    assert not CertificateTemplate.objects.exists()


def test_the_template_preview_is_a_pdf_on_sample_data(client, staff):
    import pypdf

    template = CertificateTemplate.objects.create(**{**_template_data(), "is_active": True})
    client.force_login(staff)
    response = client.get(reverse("certificates_admin:template_preview", args=[template.pk]))
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/pdf"
    text = pypdf.PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Айгуль Ёлкина-Щербакова" in text
    assert "Сертификат о прохождении курса" in text


def test_the_editors_live_preview_shows_the_unsaved_template_inline_in_its_language(rf, staff):
    import pypdf

    template = CertificateTemplate(
        **{**_template_data(html="<p>DRAFT {{ course_title }} {{ holder_name }}</p>"), "is_active": True}
    )
    request = rf.get("/")
    request.user = staff
    response = template.serve_preview(request, template.default_preview_mode)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="certificate-template-new.pdf"'
    text = pypdf.PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    flat = " ".join(text.replace("-\n", "-").split())  # the name may wrap at its hyphen
    assert "DRAFT Профилирование перемещений контейнеров Айгуль Ёлкина-Щербакова" in flat
    assert not CertificateTemplate.objects.exists()


def test_an_active_template_for_the_language_lays_out_its_certificates(make_certificate):
    from certificates.services import certificate_pdf_build

    CertificateTemplate.objects.create(
        **{**_template_data(html="<p>CUSTOM-LAYOUT {{ holder_name }}</p>"), "is_active": True}
    )
    import pypdf

    russian = certificate_pdf_build(make_certificate(language="ru")).pdf
    english = certificate_pdf_build(make_certificate(language="en")).pdf
    assert "CUSTOM-LAYOUT" in pypdf.PdfReader(io.BytesIO(russian)).pages[0].extract_text()
    assert "CUSTOM-LAYOUT" not in pypdf.PdfReader(io.BytesIO(english)).pages[0].extract_text()


def _admin_language(user, language):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def _preview(client, template):
    return client.get(reverse("certificates_admin:template_preview", args=[template.pk]))


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The template took longer than 0.05 seconds to render and was stopped"),
        ("ru", "Формирование PDF по шаблону заняло больше 0,05 с и было остановлено"),
        ("tk", "Nusga boýunça PDF taýýarlamak 0,05 sekuntdan köp wagt aldy we togtadyldy"),
    ],
)
def test_a_template_too_slow_to_render_is_refused_in_the_readers_language(
    client, staff, settings, language, message
):
    settings.CERTIFICATE_RENDER_TIMEOUT = 0.05
    template = CertificateTemplate.objects.create(
        **{**_template_data(html="<p>" + "{{ holder_name }} " * 20000 + "</p>"), "is_active": True}
    )
    _admin_language(staff, language)
    client.force_login(staff)
    response = _preview(client, template)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert message in response.content.decode()


@pytest.mark.parametrize(
    ("language", "said", "label"),
    [
        (
            "ru",
            "По этому шаблону не удаётся сформировать PDF; проверьте его HTML и CSS.",
            "Технические сведения (от программы формирования PDF)",
        ),
        (
            "tk",
            "Bu nusga boýunça PDF taýýarlap bolmaýar; onuň HTML we CSS koduny barlaň.",
            "Tehniki maglumat (PDF taýýarlaýjy maksatnamadan)",
        ),
    ],
)
def test_a_template_the_renderer_fails_on_is_refused_in_the_readers_language_with_the_detail_apart(
    client, staff, language, said, label
):
    # WeasyPrint divides by zero on a font this size.
    template = CertificateTemplate.objects.create(
        **{**_template_data(css="h1 { font-size: 1e30px }"), "is_active": True}
    )
    _admin_language(staff, language)
    client.force_login(staff)
    response = _preview(client, template)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    # WeasyPrint's own (English) words only on the labelled line of their own.
    sentence, detail = response.content.decode().split("\n")
    assert sentence == said
    shown_label, complaint = detail.split(": ", 1)
    assert shown_label == label
    assert complaint.startswith("ZeroDivisionError")


def test_a_stored_template_with_unknown_placeholders_is_refused_naming_them(client, staff):
    # Saved before the check on save, or by code: the preview names the problem too.
    template = CertificateTemplate.objects.create(
        **{**_template_data(html="<p>{{ holder_name }} {{ holdername }}</p>"), "is_active": True}
    )
    _admin_language(staff, "uz")
    client.force_login(staff)
    response = _preview(client, template)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Nomaʼlum oʻrinbosarlar: {{ holdername }}." in response.content.decode()


def test_the_editors_live_preview_of_a_broken_template_says_why_in_their_language(client, staff, settings):
    from tests.html_forms import rendered_forms

    settings.CERTIFICATE_RENDER_TIMEOUT = 0.05
    template = CertificateTemplate.objects.create(**{**_template_data(), "is_active": True})
    _admin_language(staff, "ru")
    client.force_login(staff)
    viewset = "wagtailsnippets_certificates_certificatetemplate"
    page = client.get(reverse(f"{viewset}:edit", args=[template.pk])).text
    (form,) = [f for f in rendered_forms(page) if "html" in f.names()]
    preview = reverse(f"{viewset}:preview_on_edit", args=[template.pk])
    # The editor's preview panel sends the form as it stands, then shows the preview.
    checked = client.post(preview, form.data(html="<p>" + "{{ holder_name }} " * 20000 + "</p>"))
    assert checked.json()["is_valid"] is True
    response = client.get(preview)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Формирование PDF по шаблону заняло больше 0,05 с" in response.content.decode()
