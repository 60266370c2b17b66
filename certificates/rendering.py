"""Turning a certificate into PDF bytes: placeholders, escaping, the QR code,
a URL fetcher that refuses every file and network URL, and a time limit.

Staff edit certificate templates, so template text is not trusted either: it
is never run through Django's template engine (no tags, no context lookups),
only `{{ name }}` placeholders from a fixed list are replaced, and every value
is HTML-escaped. WeasyPrint would otherwise happily embed `file:///etc/...`
as an image or a PDF attachment, or fetch from the network: the fetcher allows
`data:` URLs only. Rendering runs in a child process, forked once and kept
for the documents that follow, that is killed when a document exceeds
CERTIFICATE_RENDER_TIMEOUT.
"""

import gc
import logging
import multiprocessing
import os
import re
import signal
import threading
from dataclasses import dataclass
from datetime import date

import segno
from django.conf import settings
from django.utils import formats, translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

PLACEHOLDER_RE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")

# Every placeholder a template may use, with what it holds.
PLACEHOLDERS = {
    "holder_name": _("the trainee's name, exactly as in their profile"),
    "name_length": _("short, medium, long or very-long: a CSS class suffix to shrink long names"),
    "course_title": _("the course title in the certificate's language"),
    "title_length": _("short, medium or long: a CSS class suffix for long course titles"),
    "completed_on": _("the completion date"),
    "issued_on": _("the issue date"),
    "expires_on": _("the expiry date (empty when the certificate does not expire)"),
    "validity": _("a sentence giving the expiry date, or saying that there is none"),
    "score_summary": _("the score summary"),
    "evidence": _("the reliability evidence (courses with exercises): forms, decisions, d′ and its interval"),
    "programme": _("the issuing programme"),
    "signatories": _("the signatories, one block each"),
    "code": _("the verification code"),
    "qr_code": _("the QR code (verification address and signed payload)"),
    "verify_url": _("the public verification address"),
    "certificate_title": _('the heading, "Certificate of completion"'),
    "awarded_to_label": _('"This certifies that"'),
    "completed_label": _('"has successfully completed the course"'),
    "completed_on_label": _('"Completed on"'),
    "code_label": _('"Verification code"'),
    "verify_hint": _("a sentence telling the reader how to verify the certificate"),
}
SAFE_PLACEHOLDERS = {"qr_code", "signatories"}

UNKNOWN_PLACEHOLDERS = _("Unknown placeholders: %(names)s. Available: %(available)s.")


class RenderError(Exception):
    """WeasyPrint failed; the message is its complaint, in English (for logs)."""


class RenderTimeout(RenderError):
    """Rendering took longer than `seconds` and was stopped."""

    def __init__(self, seconds: float):
        super().__init__(f"Rendering took longer than {seconds:g} seconds and was stopped.")
        self.seconds = seconds


class RenderEnded(RenderError):
    """The renderer process ended without a result (it crashed, was killed,
    or had just ended after being idle)."""

    def __init__(self):
        super().__init__("The rendering process ended without a result.")


def placeholders_used(html: str) -> list[str]:
    return list(dict.fromkeys(PLACEHOLDER_RE.findall(html)))


def placeholders_unknown(html: str) -> list[str]:
    return [name for name in placeholders_used(html) if name not in PLACEHOLDERS]


def placeholders_problem(html: str) -> str | None:
    """The message naming the unknown placeholders of `html` (in the active
    language) and the available ones, or None when there are none."""
    unknown = placeholders_unknown(html)
    if not unknown:
        return None
    return UNKNOWN_PLACEHOLDERS % {
        "names": ", ".join("{{ " + name + " }}" for name in unknown),
        "available": ", ".join(PLACEHOLDERS),
    }


def template_fill(html: str, values: dict[str, str]) -> str:
    """Replace every known placeholder with its escaped value; unknown ones
    become empty (they are reported when the template is saved)."""

    def replace(match: re.Match) -> str:
        name = match.group(1)
        value = values.get(name, "")
        if name in SAFE_PLACEHOLDERS and isinstance(value, SafeString):
            return str(value)
        return escape(value)

    return PLACEHOLDER_RE.sub(replace, html)


@dataclass(frozen=True)
class CertificateContent:
    """What one certificate says; the same whatever template lays it out."""

    holder_name: str
    course_title: str
    completed_on: date
    issued_on: date
    expires_on: date | None
    score_summary: str
    code: str
    verify_url: str
    payload: str
    language: str
    evidence: str = ""


@dataclass(frozen=True)
class Layout:
    """The parts of a template the renderer needs."""

    html: str
    css: str
    font_family: str
    programme: str
    signatories: tuple[tuple[str, str], ...]


def _length_class(text: str, limits: tuple[int, ...], names: tuple[str, ...]) -> str:
    for limit, name in zip(limits, names, strict=False):
        if len(text) <= limit:
            return name
    return names[-1]


def qr_text(content: CertificateContent) -> str:
    """What the QR code holds: the verification address, with the signed
    payload as its fragment (browsers do not send it to the server)."""
    return f"{content.verify_url}#{content.payload}"


def qr_svg(text: str) -> SafeString:
    qr = segno.make(text, error="m", micro=False)
    return mark_safe(qr.svg_inline(scale=1, border=4, omitsize=True, dark="#000000"))  # noqa: S308 - generated by segno


def _date(value: date) -> str:
    return formats.date_format(value, "DATE_FORMAT")


def placeholder_values(content: CertificateContent, layout: Layout) -> dict[str, str]:
    with translation.override(content.language):
        if content.expires_on:
            validity = gettext("Valid until %(date)s") % {"date": _date(content.expires_on)}
        else:
            validity = gettext("Valid without time limit")
        signatories = mark_safe(  # noqa: S308 - every part is escaped here
            "".join(
                f'<div class="signatory"><strong>{escape(name)}</strong>{escape(title)}</div>'
                for name, title in layout.signatories
            )
        )
        return {
            "holder_name": content.holder_name,
            "name_length": _length_class(
                content.holder_name, (30, 60, 120), ("short", "medium", "long", "very-long")
            ),
            "course_title": content.course_title,
            "title_length": _length_class(content.course_title, (60, 120), ("short", "medium", "long")),
            "completed_on": _date(content.completed_on),
            "issued_on": _date(content.issued_on),
            "expires_on": _date(content.expires_on) if content.expires_on else "",
            "validity": validity,
            "score_summary": content.score_summary,
            "evidence": content.evidence,
            "programme": layout.programme,
            "signatories": signatories,
            "code": content.code,
            "qr_code": qr_svg(qr_text(content)),
            "verify_url": content.verify_url,
            "certificate_title": gettext("Certificate of completion"),
            "awarded_to_label": gettext("This certifies that"),
            "completed_label": gettext("has successfully completed the course"),
            "completed_on_label": gettext("Completed on"),
            "code_label": gettext("Verification code"),
            "verify_hint": gettext(
                "Scan the QR code or enter the code at the address below to verify this certificate."
            ),
        }


FONT_FAMILY_RE = re.compile(r"^[A-Za-z0-9 \-]{1,100}$")


def certificate_document(content: CertificateContent, layout: Layout) -> str:
    """The complete HTML document WeasyPrint renders."""
    body = template_fill(layout.html, placeholder_values(content, layout))
    family = layout.font_family if FONT_FAMILY_RE.match(layout.font_family) else "Noto Serif"
    # A closing style tag inside staff CSS must not end the style element.
    css = layout.css.replace("</", "<\\/")
    title = escape(f"{content.holder_name} · {content.course_title}")
    return (
        f'<!DOCTYPE html><html lang="{escape(content.language)}"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        f'<style>body {{ font-family: "{family}", "Noto Sans", "DejaVu Sans", sans-serif; }}</style>'
        f"<style>{css}</style></head><body>{body}</body></html>"
    )


def _url_fetcher_class():
    from weasyprint.urls import URLFetcher

    class RefusingURLFetcher(URLFetcher):
        """Allows inline `data:` resources only: no local files, no network."""

        def __init__(self):
            super().__init__(allowed_protocols={"data"}, allow_redirects=False, timeout=1)
            self.refused: list[str] = []

        def fetch(self, url, headers=None):
            if not url.lower().startswith("data:"):
                self.refused.append(url)
                logger.warning("Certificate rendering refused to fetch %s", url[:200])
                raise ValueError(f"Refused to fetch {url[:200]}: certificates embed no external resources.")
            return super().fetch(url, headers)

    return RefusingURLFetcher


def url_fetcher():
    return _url_fetcher_class()()


@dataclass(frozen=True)
class RenderedPdf:
    pdf: bytes
    archival: bytes
    pages: int
    refused_urls: tuple[str, ...]


def _render(html: str) -> RenderedPdf:
    from weasyprint import HTML

    fetcher = url_fetcher()
    document = HTML(string=html, base_url=None, url_fetcher=fetcher).render()
    # A certificate carries no attachments (<link rel="attachment"> could only
    # name data: URLs past the fetcher anyway).
    document.metadata.attachments = []
    pdf = document.write_pdf()
    archival = document.write_pdf(pdf_variant="pdf/a-3b")
    return RenderedPdf(
        pdf=pdf, archival=archival, pages=len(document.pages), refused_urls=tuple(fetcher.refused)
    )


# A renderer process serves at most this many documents, then is replaced,
# so that what WeasyPrint keeps between documents cannot grow without bound;
# it ends by itself after this many seconds without a document, so that an
# idle web or task process does not keep one.
RENDERS_PER_PROCESS = 200
IDLE_SECONDS = 60


def _serve(connection) -> None:
    """The renderer process: render every document it is sent, one at a
    time, until the pipe closes or no document comes for IDLE_SECONDS."""
    # What the parent had is left out of this process's garbage collections:
    # walking it would copy every page the fork shares with the parent.
    gc.freeze()
    # Not the parent's handlers: an interrupt at the terminal (make run) is
    # for the parent, whose end closes the pipe; a termination ends this.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while connection.poll(IDLE_SECONDS):
        try:
            html = connection.recv()
        except EOFError:
            return
        try:
            reply = ("ok", _render(html))
        except Exception as exc:  # noqa: BLE001 - reported to the parent
            reply = ("error", f"{type(exc).__name__}: {exc}")
        connection.send(reply)


class _Renderer:
    """A child process forked from this (warm) process that renders the
    documents it is sent. Forking for every document cost 0.03 s in a small
    process and more in a large one, against 0.2 s for the document itself."""

    def __init__(self):
        context = multiprocessing.get_context("fork")
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_serve, args=(child_end,), daemon=True)
        self.process.start()
        child_end.close()
        self.parent_pid = os.getpid()
        self.renders = 0

    def usable(self) -> bool:
        return self.parent_pid == os.getpid() and self.process.is_alive()

    def render(self, html: str, timeout: float) -> tuple[str, object]:
        self.renders += 1
        try:
            self.connection.send(html)
        except OSError as exc:
            raise RenderEnded from exc
        if not self.connection.poll(timeout):
            raise RenderTimeout(timeout)
        try:
            return self.connection.recv()
        except EOFError as exc:
            raise RenderEnded from exc

    def close(self, *, kill: bool = False) -> None:
        """End the renderer: at once (`kill`, when it may be busy), or by
        closing the pipe, whose end it reads when it has no document."""
        self.connection.close()
        if not kill:
            self.process.join(1)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


_renderer: _Renderer | None = None
_renderer_lock = threading.Lock()


_warmed = False


def _warm_up() -> None:
    """Load WeasyPrint and the fonts once in this process, so that every
    forked renderer starts warm (a cold start costs seconds per PDF)."""
    global _warmed
    if _warmed:
        return
    from weasyprint import HTML

    sample = "<p style=\"font-family: '{}'\">Aa Яя Oʻ ň</p>"
    html = "".join(sample.format(f) for f in ("Noto Serif", "Noto Sans", "DejaVu Sans Mono"))
    HTML(string=html, url_fetcher=url_fetcher()).write_pdf()
    _warmed = True


def pdf_render(html: str, *, timeout: float | None = None) -> RenderedPdf:
    """Render `html` to a PDF and its PDF/A-3b twin in the renderer process
    (started when there is none); raise RenderTimeout when it takes longer
    than `timeout` seconds (the renderer is then killed), RenderError when
    WeasyPrint fails."""
    global _renderer
    timeout = settings.CERTIFICATE_RENDER_TIMEOUT if timeout is None else timeout
    with _renderer_lock:
        _warm_up()
        for tries_left in (1, 0):
            if _renderer is None or not _renderer.usable():
                _renderer = _Renderer()
            renderer = _renderer
            try:
                status, result = renderer.render(html, timeout)
            except RenderError as error:
                _renderer = None
                renderer.close(kill=True)
                # A renderer that had served documents may have ended, idle,
                # just as this one was sent: a new one gets it once more.
                if isinstance(error, RenderEnded) and renderer.renders > 1 and tries_left:
                    continue
                raise
            break
        if renderer.renders >= RENDERS_PER_PROCESS:
            _renderer = None
            renderer.close()
    if status != "ok":
        raise RenderError(result)
    return result
