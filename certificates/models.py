"""Certificates, their revocations and the editable PDF templates.

A certificate belongs to a trainee and to a course's Wagtail
`translation_key` (one record whatever language the course was taken in), in
one validity cycle: re-certifying after expiry opens the next cycle with a new
code. What the certificate says (name, course title, dates) is copied at
issue, so the PDF, the verification page and the signed payload always agree.
"""

from pathlib import Path

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import PreviewableMixin

from . import codes

DEFAULTS_DIR = Path(__file__).resolve().parent / "pdf_defaults"


class CertificateQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def revoked(self):
        return self.filter(revocation__isnull=False)

    def not_revoked(self):
        return self.filter(revocation__isnull=True)

    def expired(self, today):
        return self.not_revoked().filter(expires_on__lt=today)

    def valid(self, today):
        return self.not_revoked().filter(models.Q(expires_on__isnull=True) | models.Q(expires_on__gte=today))

    def ready(self):
        return self.filter(pdf_status=Certificate.PdfStatus.READY)


class Certificate(models.Model):
    class Source(models.TextChoices):
        COMPLETION = "completion", _("Course completion")
        MANUAL = "manual", _("Issued by staff")

    class PdfStatus(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    cycle = models.PositiveIntegerField(_("validity cycle"), default=1)
    code = models.CharField(_("verification code"), max_length=24, unique=True, default=codes.code_generate)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    holder_name = models.CharField(_("name on the certificate"), max_length=200)
    course_title = models.CharField(_("course title"), max_length=255)
    completed_on = models.DateField(_("completed on"))
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    expires_on = models.DateField(_("valid until"), null=True, blank=True)
    score_summary = models.CharField(_("score summary"), max_length=255, blank=True)
    # The reliability evidence the course's rule was checked on at issuance
    # (courses with exercises): forms, decisions, pooled d′ and its interval.
    evidence = models.JSONField(_("evidence"), default=dict, blank=True)
    source = models.CharField(
        _("how issued"), max_length=16, choices=Source.choices, default=Source.COMPLETION
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pdf = models.FileField(_("PDF"), upload_to="certificates/pdf/", blank=True)
    pdf_archival = models.FileField(_("archival PDF (PDF/A-3b)"), upload_to="certificates/pdfa/", blank=True)
    pdf_status = models.CharField(
        _("PDF"), max_length=16, choices=PdfStatus.choices, default=PdfStatus.PENDING
    )
    pdf_attempts = models.PositiveSmallIntegerField(_("render attempts"), default=0)
    pdf_error = models.TextField(_("last render error"), blank=True)
    pdf_rendered_at = models.DateTimeField(_("rendered at"), null=True, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key", "cycle"], name="certificates_one_per_cycle")
        ]
        permissions = [
            ("issue_certificate", _("Can issue certificates by hand")),
            ("revoke_certificate", _("Can revoke certificates")),
            ("regenerate_certificate", _("Can regenerate and download certificates in bulk")),
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.holder_name}"

    @property
    def issued_on(self):
        return timezone.localdate(self.issued_at)

    @property
    def is_revoked(self) -> bool:
        return hasattr(self, "revocation")

    def status(self, today=None) -> "Certificate.Status":
        if self.is_revoked:
            return self.Status.REVOKED
        today = today or timezone.localdate()
        if self.expires_on is not None and self.expires_on < today:
            return self.Status.EXPIRED
        return self.Status.VALID


# Revocation reasons the platform writes itself (not typed by staff): stored
# in English, shown in the reader's language (`CertificateRevocation.reason_text`).
ERASED_AT_HOLDERS_REQUEST = "erased at the holder's request"
SYSTEM_REVOCATION_REASONS = {ERASED_AT_HOLDERS_REQUEST: _("erased at the holder's request")}


class RevocationDeletionError(Exception):
    pass


class CertificateRevocation(models.Model):
    """Why, when and by whom a certificate was revoked. Kept for good: the
    verification page shows it for as long as the code exists."""

    certificate = models.OneToOneField(
        Certificate, verbose_name=_("certificate"), on_delete=models.PROTECT, related_name="revocation"
    )
    reason = models.TextField(_("reason"))
    revoked_at = models.DateTimeField(_("revoked at"), default=timezone.now)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept even if the staff account is later removed.
    revoked_by_email = models.EmailField(_("revoked by (e-mail)"), blank=True)

    class Meta:
        verbose_name = _("revocation")
        verbose_name_plural = _("revocations")

    def __str__(self) -> str:
        return f"{self.certificate.code}: {self.reason}"

    @property
    def reason_text(self) -> str:
        """The reason in the active language when the platform wrote it, as
        typed otherwise."""
        return str(SYSTEM_REVOCATION_REASONS.get(self.reason, self.reason))

    def delete(self, *args, **kwargs):
        raise RevocationDeletionError("Certificate revocations are never deleted.")


def _default_html() -> str:
    return (DEFAULTS_DIR / "certificate.html").read_text(encoding="utf-8")


def _default_css() -> str:
    return (DEFAULTS_DIR / "certificate.css").read_text(encoding="utf-8")


class CertificateTemplateQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class CertificateTemplate(PreviewableMixin, models.Model):
    """The HTML and CSS of a certificate, with named placeholders such as
    `{{ holder_name }}` (the list is in docs/certificates.md). One active
    template per language; a shared one (no language) serves the rest."""

    name = models.CharField(_("name"), max_length=120)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("Leave empty for a template shared by every language without its own."),
    )
    is_active = models.BooleanField(_("in use"), default=True)
    programme_name = models.CharField(
        _("issuing programme"), max_length=200, default="UNODC-WCO Container Control Programme"
    )
    signatories = models.TextField(
        _("signatories"),
        blank=True,
        help_text=_("One per line: name, then a comma, then the title."),
    )
    font_family = models.CharField(
        _("font"),
        max_length=100,
        default="Noto Serif",
        help_text=_("An installed font family; it must cover every letter of the template's language."),
    )
    html = models.TextField(_("HTML"), default=_default_html)
    css = models.TextField(_("CSS"), default=_default_css, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = CertificateTemplateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["language", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["language"],
                condition=models.Q(is_active=True),
                name="certificates_one_active_template_per_language",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def preview_modes(self):
        return [("", _("PDF on sample data"))]

    def serve_preview(self, request, mode_name):
        # The admin's live preview; viewsets imports this module.
        from .viewsets import template_live_preview_response

        return template_live_preview_response(request, self)

    def signatory_list(self) -> list[tuple[str, str]]:
        rows = []
        for line in self.signatories.splitlines():
            if line.strip():
                name, _sep, title = line.partition(",")
                rows.append((name.strip(), title.strip()))
        return rows
