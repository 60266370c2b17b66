"""Turning a certificate into PDF bytes: placeholders, escaping, the QR code,
a URL fetcher that refuses every file and network URL, and a time limit.

Staff edit certificate templates, so template text is not trusted either: it
is never run through Django's template engine (no tags, no context lookups),
only `{{ name }}` placeholders from a fixed list are replaced, and every value
is HTML-escaped. WeasyPrint would otherwise happily embed `file:///etc/...`
as an image or a PDF attachment, or fetch from the network: the fetcher allows
`data:` URLs only. Rendering runs in a forked child process that is killed when
it exceeds CERTIFICATE_RENDER_TIMEOUT.
"""

import gc
import logging
import multiprocessing
import re
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


def _child(html: str, connection) -> None:
    # What the parent had is left out of this process's garbage collections:
    # walking it would copy every page the fork shares with the parent.
    gc.freeze()
    try:
        connection.send(("ok", _render(html)))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        connection.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()


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
    """Render `html` to a PDF and its PDF/A-3b twin in a child process; raise
    RenderTimeout when it takes longer than `timeout` seconds, RenderError
    when WeasyPrint fails."""
    timeout = settings.CERTIFICATE_RENDER_TIMEOUT if timeout is None else timeout
    _warm_up()
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(html, sender), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise RenderTimeout(timeout)
        try:
            status, result = receiver.recv()
        except EOFError as exc:
            raise RenderError("The rendering process ended without a result.") from exc
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    if status != "ok":
        raise RenderError(result)
    return result
