"""Writes: a person's data download, erasure (asked for by the person,
confirmed by staff) and the retention purge. Each is audited in the core
audit log."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from certificates.models import ERASED_AT_HOLDERS_REQUEST
from core import audit
from core.errors import UserFacingError

from .models import ErasureRequest
from .selectors import personal_data_collect

# The revocation reason stored on certificates of erased people; the
# verification page shows it translated.
ERASURE_REASON = ERASED_AT_HOLDERS_REQUEST

ALREADY_ASKED = _("You have already asked for erasure; programme staff will confirm it.")
NOT_PENDING = _("This request has already been decided.")
EMAIL_MISMATCH = _("Type the e-mail address of the account exactly to confirm the erasure.")
OWN_ERASURE = _("Another member of programme staff must confirm the erasure of your own account.")
PRIVILEGED = _("Only a superuser can erase an account with mentor, staff or administrator rights.")
NOTHING_TO_WITHDRAW = _("There is no request for erasure to withdraw.")


class PrivacyError(UserFacingError):
    """A privacy request was refused; nothing was changed."""


README = _(
    "Everything PCU Academy holds about you, as of %(when)s.\n\n"
    "data.json holds every category below in one file; each CSV file holds one category "
    "for a spreadsheet (UTF-8; a cell that starts with = + - or @ is prefixed with an apostrophe "
    "so that it is never run as a formula).\n\n"
    "%(listing)s"
)
README_POLICY = _("What each category is for, who sees it and how long it is kept: %(url)s")


def _csv_value(value):
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _policy_url(request) -> str:
    from django.urls import reverse

    path = reverse("privacy:policy")
    return request.build_absolute_uri(path) if request is not None else path


def personal_data_export(*, user, request=None, language: str | None = None) -> bytes:
    """A ZIP of everything about `user` (JSON and one CSV per category), in
    `language` (the user's preferred language by default). Recorded in the
    audit log as a personal-data export."""
    from reports.exports import csv_bytes

    language = language or user.preferred_language or "en"
    with translation.override(language):
        categories = personal_data_collect(user=user, language=language)
        now = timezone.localtime().replace(microsecond=0)
        document = {
            "generated_at": now.isoformat(),
            "language": language,
            "categories": {c.key: {"title": str(c.title), "rows": c.rows} for c in categories},
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=2, default=str))
            for c in categories:
                archive.writestr(
                    f"{c.key}.csv",
                    csv_bytes(
                        [label for _key, label in c.columns],
                        ([_csv_value(row.get(key)) for key, _label in c.columns] for row in c.rows),
                    ),
                )
            listing = "\n".join(f"- {c.key}.csv: {c.title} ({len(c.rows)})" for c in categories)
            policy = README_POLICY % {"url": _policy_url(request)}
            archive.writestr(
                "README.txt", str(README) % {"when": now.isoformat(), "listing": listing} + "\n\n" + policy
            )
    audit.record(
        "privacy.export",
        actor=user,
        request=request,
        target=user,
        categories={c.key: len(c.rows) for c in categories},
    )
    return buffer.getvalue()


@transaction.atomic
def erasure_request_create(*, user, request=None) -> ErasureRequest:
    """Step one: the person asks for their account to be erased. Nothing is
    changed until staff confirm (`erasure_confirm`)."""
    if (
        ErasureRequest.objects.select_for_update()
        .filter(user=user, status=ErasureRequest.Status.PENDING)
        .exists()
    ):
        raise PrivacyError(ALREADY_ASKED)
    erasure = ErasureRequest.objects.create(user=user)
    audit.record("privacy.erasure_request", actor=user, request=request, target=user, request_id=erasure.pk)
    return erasure


@transaction.atomic
def erasure_request_withdraw(*, user, request=None) -> ErasureRequest:
    erasure = (
        ErasureRequest.objects.select_for_update()
        .filter(user=user, status=ErasureRequest.Status.PENDING)
        .first()
    )
    if erasure is None:
        raise PrivacyError(NOTHING_TO_WITHDRAW)
    erasure.status = ErasureRequest.Status.WITHDRAWN
    erasure.decided_at = timezone.now()
    erasure.save(update_fields=["status", "decided_at"])
    audit.record("privacy.erasure_withdraw", actor=user, request=request, target=user, request_id=erasure.pk)
    return erasure


def _may_decide(*, erasure: ErasureRequest, actor) -> None:
    from accounts.roles import Role, user_has_role

    person = erasure.user
    if person.pk == actor.pk:
        raise PrivacyError(OWN_ERASURE)
    privileged = person.is_superuser or person.is_staff or user_has_role(person, Role.MENTOR, Role.STAFF)
    if privileged and not actor.is_superuser:
        raise PrivacyError(PRIVILEGED)


def _locked_pending(erasure: ErasureRequest) -> ErasureRequest:
    erasure = ErasureRequest.objects.select_for_update().select_related("user").get(pk=erasure.pk)
    if erasure.status != ErasureRequest.Status.PENDING:
        raise PrivacyError(NOT_PENDING)
    return erasure


@transaction.atomic
def erasure_decline(*, erasure: ErasureRequest, actor, note: str, request=None) -> ErasureRequest:
    erasure = _locked_pending(erasure)
    _may_decide(erasure=erasure, actor=actor)
    erasure.status = ErasureRequest.Status.DECLINED
    erasure.decided_at = timezone.now()
    erasure.decided_by = actor
    erasure.note = (note or "").strip()[:1000]
    erasure.save(update_fields=["status", "decided_at", "decided_by", "note"])
    audit.record(
        "privacy.erasure_decline", actor=actor, request=request, target=erasure.user, request_id=erasure.pk
    )
    return erasure


@transaction.atomic
def erasure_confirm(*, erasure: ErasureRequest, actor, typed_email: str, request=None) -> ErasureRequest:
    """Step two: a member of programme staff (not the person; a superuser
    for accounts with more than trainee rights) confirms by typing the
    account's e-mail address, and the account is anonymised
    (`user_anonymise`)."""
    erasure = _locked_pending(erasure)
    _may_decide(erasure=erasure, actor=actor)
    if (typed_email or "").strip().lower() != erasure.user.email.lower():
        raise PrivacyError(EMAIL_MISMATCH)
    report = user_anonymise(user=erasure.user, actor=actor)
    erasure.status = ErasureRequest.Status.ERASED
    erasure.decided_at = timezone.now()
    erasure.decided_by = actor
    erasure.save(update_fields=["status", "decided_at", "decided_by"])
    audit.record(
        "privacy.erase", actor=actor, request=request, target=erasure.user, request_id=erasure.pk, **report
    )
    return erasure


def erased_email(user) -> str:
    return f"erased-{user.pk}@erased.invalid"


def user_anonymise(*, user, actor=None) -> dict:
    """Clear every personal field of `user` and what identifies them
    elsewhere, keeping the rows that programme statistics count (account,
    group, enrolments, progress, attempts, scores, tallies, cohort
    membership) attached to the now anonymous account. Certificates are
    revoked (reason ERASURE_REASON), their name and PDFs removed; mentors'
    notes and feedback about the person are deleted; raw xAPI statements,
    saved activity state, e-mail addresses, second factors and the Wagtail
    profile go, and so do the person's debriefs kept rendered in the cache
    once the transaction commits. Returns counts of what was changed. Runs
    inside the caller's transaction."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from django.contrib.auth.models import Group
    from wagtail.users.models import UserProfile

    from accounts.roles import Role
    from certificates.models import Certificate, CertificateRevocation
    from core.models import AuditEntry
    from exercises.models import Alert, Feedback, Selection
    from exercises.services import debrief_cache_forget
    from h5p.models import H5PStatement, H5PUserState
    from mentoring.models import SessionNote

    label = f"erased-{user.pk}"
    old_email = user.email
    report = {}

    certificates = list(Certificate.objects.filter(user=user).select_related("revocation"))
    revoked = 0
    for certificate in certificates:
        if not certificate.is_revoked:
            CertificateRevocation.objects.create(
                certificate=certificate,
                reason=ERASURE_REASON,
                revoked_by=actor,
                revoked_by_email=getattr(actor, "email", "") or "",
            )
            revoked += 1
        for field in (certificate.pdf, certificate.pdf_archival):
            if field:
                name = field.name
                transaction.on_commit(lambda storage=field.storage, name=name: storage.delete(name))
    Certificate.objects.filter(user=user).update(holder_name="", pdf="", pdf_archival="", score_summary="")
    AuditEntry.objects.filter(
        target_type="certificates.certificate", target_id__in=[str(c.pk) for c in certificates]
    ).update(target_repr=label)
    report["certificates_revoked"] = revoked

    report["session_notes_deleted"] = SessionNote.objects.filter(mentee=user).delete()[0]
    report["feedback_deleted"] = Feedback.objects.filter(attempt__user=user).delete()[0]
    report["statements_deleted"] = H5PStatement.objects.filter(user=user).delete()[0]
    H5PUserState.objects.filter(user=user).delete()
    Selection.objects.filter(attempt__user=user).update(justification="", finding="")
    Alert.objects.filter(attempt__user=user).update(remarks="")
    # The debriefs kept rendered show the justifications and findings just
    # cleared: a new revision of each attempt leaves them unread (their keys
    # hold it), and they go once the clearing is committed.
    user.attempts.update(revision=F("revision") + 1)
    attempts = list(user.attempts.only("public_id"))
    transaction.on_commit(lambda: debrief_cache_forget(attempts=attempts))

    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    UserProfile.objects.filter(user=user).delete()
    trainee = Group.objects.filter(name=Role.TRAINEE.value)
    user.groups.set(trainee if user.groups.filter(name=Role.TRAINEE.value).exists() else [])
    user.user_permissions.clear()

    user.email = erased_email(user)
    user.full_name = ""
    user.first_name = ""
    user.last_name = ""
    user.country = ""
    user.agency = ""
    user.duty_station = ""
    user.sex = ""
    user.preferred_language = settings.LANGUAGE_CODE
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    user.set_unusable_password()
    user.save()

    AuditEntry.objects.filter(actor=user).update(actor_repr=label)
    AuditEntry.objects.filter(target_type=user._meta.label_lower, target_id=str(user.pk)).update(
        target_repr=label
    )
    AuditEntry.objects.filter(actor_repr=old_email).update(actor_repr=label)
    # Entries about the person's attempts (mentor feedback) name them in the
    # attempt's label and in their details.
    about_attempts = AuditEntry.objects.filter(
        target_type="exercises.attempt",
        target_id__in=[str(pk) for pk in user.attempts.values_list("pk", flat=True)],
    )
    for entry in about_attempts:
        entry.target_repr = label
        entry.details = {k: (label if v == old_email else v) for k, v in (entry.details or {}).items()}
        entry.save(update_fields=["target_repr", "details"])
    return report


@dataclass(frozen=True)
class PurgeReport:
    counts: dict

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _cutoff(category: str, now):
    days = settings.PRIVACY_RETENTION_DAYS.get(category, 0)
    return now - timedelta(days=days) if days else None


@transaction.atomic
def retention_purge(*, now=None) -> PurgeReport:
    """Delete or anonymise what is past its term (PRIVACY_RETENTION_DAYS):
    raw xAPI statements and saved activity state; OSINT searches and page
    visits of submitted attempts; mentors' session notes; accounts created by
    an invitation that was never used (anonymised like an erasure, so that
    cohort and enrolment totals stay); audit entries. Scores, attempts and
    results are not touched. Records its counts in the audit log when
    anything went. Safe to run twice or from two workers at once."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX

    from accounts.roles import Role
    from core.models import AuditEntry
    from exercises.models import AttemptStatus, OsintQuery, OsintVisit
    from h5p.models import H5PStatement, H5PUserState
    from mentoring.models import SessionNote

    now = now or timezone.now()
    counts = {}
    if cutoff := _cutoff("attempt_logs", now):
        counts["xapi_statements"] = H5PStatement.objects.filter(received_at__lt=cutoff).delete()[0]
        counts["saved_activity_states"] = H5PUserState.objects.filter(updated_at__lt=cutoff).delete()[0]
    if cutoff := _cutoff("osint_logs", now):
        submitted = {"attempt__status": AttemptStatus.SUBMITTED}
        counts["osint_queries"] = OsintQuery.objects.filter(at__lt=cutoff, **submitted).delete()[0]
        counts["osint_visits"] = OsintVisit.objects.filter(at__lt=cutoff, **submitted).delete()[0]
    if cutoff := _cutoff("session_notes", now):
        counts["session_notes"] = SessionNote.objects.filter(created_at__lt=cutoff).delete()[0]
    if cutoff := _cutoff("invitations", now):
        unused = (
            get_user_model()
            .objects.select_for_update(skip_locked=True)
            .filter(
                is_active=True,
                is_staff=False,
                is_superuser=False,
                last_login__isnull=True,
                date_joined__lt=cutoff,
                password__startswith=UNUSABLE_PASSWORD_PREFIX,
            )
            .exclude(groups__name__in=[Role.MENTOR.value, Role.STAFF.value])
        )
        anonymised = 0
        for user in unused:
            user_anonymise(user=user)
            anonymised += 1
        counts["unused_invitations"] = anonymised
    if cutoff := _cutoff("audit_entries", now):
        counts["audit_entries"] = AuditEntry.objects.filter(at__lt=cutoff).delete()[0]
    report = PurgeReport(counts=counts)
    if report.total:
        audit.record("privacy.retention_purge", **counts)
    return report
