"""The certificate PDF: every script survives, one page, the QR decodes, the
renderer refuses local files and the network, and gives up when too slow."""

import io
import multiprocessing
import os
import signal
import time
from datetime import date
from http import HTTPStatus
from urllib.parse import urlsplit

import pypdf
import pypdfium2
import pytest
import zxingcpp

from certificates import rendering, signing
from certificates.models import CertificateTemplate
from certificates.services import certificate_content, certificate_pdf_build

NAMES = {
    "ru": "Айгуль Ёлкина-Щербакова",
    "uz": "Oʻgʻiloy Gʻaniyeva Maʼmurovna",
    "tk": "Ňurly Ýazmyradow Žeňiş Şaçäöü",
    "en": "Elnur Mammadov",
}
LETTERS = {
    "ru": "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uz": "ʻʼ",
    "tk": "ňýžşçäöüŇÝŽŞÇÄÖÜ",
    "en": "",
}


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def _pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _qr_texts(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=3).to_pil()
    finally:
        document.close()
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("language", ["ru", "uz", "tk", "en"])
def test_every_letter_of_the_name_survives_in_the_pdf_text(make_certificate, language):
    name = NAMES[language] + " " + LETTERS[language]
    certificate = make_certificate(holder_name=name, language=language, course_title="Курс · Kurs · Course")
    rendered = certificate_pdf_build(certificate)
    text = _text(rendered.pdf)
    assert "".join(name.split()) in "".join(text.split())
    for letter in LETTERS[language]:
        assert letter in text, f"{letter!r} ({ord(letter):04X}) lost in the {language} certificate"
    assert certificate.code in text
    assert _pages(rendered.pdf) == 1


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("ru", "Сертификат о прохождении курса"),
        ("uz", "Kursni tamomlaganlik sertifikati"),
        ("tk", "Kursy tamamlandygy barada şahadatnama"),
        ("en", "Certificate of completion"),
    ],
)
def test_labels_and_dates_are_in_the_certificate_language(make_certificate, language, heading):
    certificate = make_certificate(language=language, expires_on=date(2029, 11, 2))
    text = _text(certificate_pdf_build(certificate).pdf)
    assert heading in text
    assert "2029" in text


def test_a_200_character_name_stays_on_one_page(make_certificate):
    name = ("Oʻgʻiloy Ňurly-Щербакова " * 10)[:200]
    assert len(name) == 200
    certificate = make_certificate(holder_name=name, course_title="Т" * 255)
    rendered = certificate_pdf_build(certificate)
    assert rendered.pages == 1
    assert _pages(rendered.pdf) == 1
    assert "".join(name.split()) in "".join(_text(rendered.pdf).split())


def test_fonts_are_embedded(make_certificate):
    reader = pypdf.PdfReader(io.BytesIO(certificate_pdf_build(make_certificate(language="ru")).pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = (
            font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        )
        descriptor = descriptor.get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]


def test_the_qr_code_decodes_to_the_verification_url_with_a_valid_payload(client, certificate):
    rendered = certificate_pdf_build(certificate)
    [scanned] = _qr_texts(rendered.pdf)
    url, _, payload = scanned.partition("#")
    assert url == f"https://academy.example.org/verify/{certificate.code}/"
    assert signing.payload_verify(payload).code == certificate.code
    page = client.get(urlsplit(url).path, follow=True)
    assert page.status_code == HTTPStatus.OK
    assert "This certificate was issued by PCU Academy and is in force." in page.content.decode()


def test_the_archival_variant_is_pdf_a_3b(certificate):
    archival = certificate_pdf_build(certificate).archival
    reader = pypdf.PdfReader(io.BytesIO(archival))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in xmp
    assert b'pdfaid:conformance="B"' in xmp
    assert certificate.holder_name in _text(archival)


def test_hostile_names_are_printed_as_text_not_markup(make_certificate):
    name = '<img src="file:///etc/hostname"></style><b>Bold</b> & Co'
    certificate = make_certificate(holder_name=name)
    rendered = certificate_pdf_build(certificate)
    assert "".join(name.split()) in "".join(_text(rendered.pdf).split())
    assert rendered.refused_urls == ()


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-CONTENT-4711")
    return path


def test_a_template_cannot_embed_local_files(certificate, secret_file):
    url = secret_file.as_uri()
    CertificateTemplate.objects.create(
        name="Hostile",
        html=(
            f'<img src="{url}"><link rel="attachment" href="{url}">'
            f'<a rel="attachment" href="{url}">x</a>{{{{ holder_name }}}}'
        ),
        css=f'@import url("{url}"); body {{ background: url("{url}") }}',
    )
    rendered = certificate_pdf_build(certificate)
    assert url in rendered.refused_urls
    for pdf in (rendered.pdf, rendered.archival):
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        assert not reader.attachments
        assert "TOP-SECRET" not in _text(pdf)


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "FILE:///etc/passwd", "http://127.0.0.1:9/x.png", "https://example.org/font.woff"],
)
def test_the_url_fetcher_refuses_files_and_the_network(url):
    fetcher = rendering.url_fetcher()
    with pytest.raises(ValueError, match="Refused"):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_the_url_fetcher_allows_inline_data():
    response = rendering.url_fetcher().fetch("data:text/plain,hello")
    assert response.read() == b"hello"


def test_a_render_over_the_time_limit_is_stopped():
    html = "<p>" + "word " * 20000 + "</p>"
    with pytest.raises(rendering.RenderTimeout):
        rendering.pdf_render(html, timeout=0.05)


def _renderer_pids() -> set[int]:
    return {p.pid for p in multiprocessing.active_children()}


SMALL = "<p>Aa Яя</p>"


@pytest.fixture
def no_renderer(monkeypatch):
    """This process has no renderer yet (one an earlier test started is left
    to end by itself)."""
    monkeypatch.setattr(rendering, "_renderer", None)


def test_documents_go_to_one_renderer_process_in_turn(monkeypatch, no_renderer):
    monkeypatch.setattr(rendering, "RENDERS_PER_PROCESS", 3)
    before = _renderer_pids()
    first = rendering.pdf_render(SMALL)
    renderers = _renderer_pids() - before
    assert len(renderers) == 1 and first.pages == 1
    second = rendering.pdf_render("<p>" + "слово " * 30 + "</p>")
    assert _renderer_pids() - before == renderers  # the same process, still there
    assert "слово" in _text(second.pdf)
    rendering.pdf_render(SMALL)  # its third: it is replaced after this one
    assert not (_renderer_pids() & renderers)
    rendering.pdf_render(SMALL)
    assert len(_renderer_pids() - before - renderers) == 1


def test_a_renderer_stopped_for_time_is_replaced_for_the_next_document(no_renderer):
    before = _renderer_pids()
    rendering.pdf_render(SMALL)
    stopped = _renderer_pids() - before
    with pytest.raises(rendering.RenderTimeout):
        rendering.pdf_render("<p>" + "word " * 20000 + "</p>", timeout=0.05)
    assert not (_renderer_pids() & stopped)
    assert _pages(rendering.pdf_render(SMALL).pdf) == 1


def test_the_renderer_leaves_an_interrupt_to_its_parent_and_ends_when_terminated(no_renderer):
    before = _renderer_pids()
    rendering.pdf_render(SMALL)
    (pid,) = _renderer_pids() - before
    os.kill(pid, signal.SIGINT)  # Ctrl-C at a terminal reaches the whole group
    rendering.pdf_render(SMALL)
    assert pid in _renderer_pids()
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while pid in _renderer_pids() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pid not in _renderer_pids()
    assert _pages(rendering.pdf_render(SMALL).pdf) == 1


def test_an_idle_renderer_ends_and_a_document_sent_as_it_ends_goes_to_a_new_one(monkeypatch, no_renderer):
    monkeypatch.setattr(rendering, "IDLE_SECONDS", 0.2)
    before = _renderer_pids()
    rendering.pdf_render(SMALL)
    idle = _renderer_pids() - before
    assert idle
    deadline = time.monotonic() + 10
    while _renderer_pids() & idle and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not (_renderer_pids() & idle)  # it ended by itself
    # As if it ended between the check and the sending of the next document.
    monkeypatch.setattr(rendering._Renderer, "usable", lambda self: True)
    assert _pages(rendering.pdf_render(SMALL).pdf) == 1


def test_placeholder_values_are_escaped_and_unknown_ones_reported(certificate):
    assert rendering.placeholders_unknown("{{ holder_name }} {{ nmae }} {{code}} {{ nmae }}") == ["nmae"]
    filled = rendering.template_fill("<p>{{ holder_name }}{{ nope }}</p>", {"holder_name": "<b>&"})
    assert filled == "<p>&lt;b&gt;&amp;</p>"


def test_the_document_carries_the_signed_payload(certificate):
    content = certificate_content(certificate)
    assert rendering.qr_text(content).startswith(content.verify_url + "#PCU2.")
