"""Writes: cohorts, their trainees (one by one or from a table), session
notes, and the indicator tallies of submitted attempts.

Errors are `MentoringError`s carrying translated messages (with the row for
imports); a failing call changes nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.models import Agency, Country, Sex
from accounts.roles import Role, role_assign, user_has_role
from core import audit
from core.errors import UserFacingError

from .models import Cohort, CohortMembership, IndicatorTally, Invitation, InvitationStatus, SessionNote

User = get_user_model()

ERR_NOT_A_MENTOR = _("Only a mentor of this cohort can do this.")
ERR_NOT_IN_COHORT = _("This person is not a trainee of this cohort.")
ERR_EMPTY_NOTE = _("Write the note first.")
ERR_NOT_THE_AUTHOR = _("Only the mentor who wrote this note can change or delete it.")
ERR_BAD_EMAIL = _("“%(value)s” is not a valid e-mail address.")
ERR_NO_EMAIL = _("The e-mail address is missing.")
ERR_DUPLICATE_EMAIL = _("%(email)s appears twice in the file (first in row %(row)d).")
ERR_BAD_CHOICE = _("“%(value)s” is not a known %(column)s; use one of: %(choices)s.")
ERR_NOT_A_TRAINEE = _("%(email)s has an account that is not a trainee's (mentor or staff).")
ERR_INACTIVE = _("The account %(email)s is deactivated.")
ERR_EMPTY_FILE = _("The file has no rows.")
ERR_MISSING_COLUMN = _("The file has no “email” column (the first row must name the columns).")
ERR_UNKNOWN_COLUMNS = _("Unknown columns: %(columns)s. Allowed: %(allowed)s.")
ERR_TOO_LONG = _("%(column)s is longer than %(max)d characters.")
ERR_LEFT_BEFORE_JOINING = _("A trainee cannot leave a cohort before joining it.")
ERR_BAD_DATE = _("%(column)s “%(value)s” is not a date written YYYY-MM-DD (for example 2026-03-01).")
ERR_LEFT_BEFORE_JOINING_ROW = _(
    "left_on %(left)s is before the day the trainee joins the cohort (joined_on %(joined)s)."
)
ERR_ALREADY_ACCEPTED = _(
    "%(email)s has already chosen a password; they sign in, or use “Forgot password” on the sign-in page."
)

IMPORT_COLUMNS = (
    "email",
    "full_name",
    "country",
    "agency",
    "duty_station",
    "sex",
    "preferred_language",
    "joined_on",
    "left_on",
)
DATE_COLUMNS = ("joined_on", "left_on")
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# How a workbook's date cell reads (scenarios.tabular): that day at midnight.
CELL_MIDNIGHT = " 00:00:00"


@dataclass(frozen=True)
class RowProblem:
    row: int | None
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return str(self.message)
        return gettext("Row %(row)d: %(message)s") % {"row": self.row, "message": self.message}


class MentoringError(UserFacingError):
    """A request the mentoring rules refuse; `problems` say why (translated),
    `message` is all of them in one line."""

    def __init__(self, problems):
        if not isinstance(problems, list | tuple):
            problems = [RowProblem(None, problems)]
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


# ---------------------------------------------------------------------------
# Cohorts and enrolment


def cohort_enrol(*, cohort: Cohort, users=None, enrolled_by=None) -> int:
    """Enrol `users` (default: every trainee of `cohort`) in each live course
    of the cohort. Idempotent; returns the number of (trainee, course) pairs
    checked."""
    from courses.services import enrolment_create

    courses = [course for course in cohort.courses.all() if course.live]
    if users is None:
        users = [m.user for m in cohort.memberships.select_related("user")]
    count = 0
    for user in users:
        for course in courses:
            enrolment_create(user=user, course=course, enrolled_by=enrolled_by)
            count += 1
    return count


@transaction.atomic
def cohort_save(*, cohort: Cohort, actor, courses=None, mentors=None, request=None) -> Cohort:
    """Save `cohort` (new or edited) with its mentors and courses, then enrol
    its trainees in its courses."""
    created = cohort.pk is None
    cohort.full_clean()
    cohort.save()
    if mentors is not None:
        cohort.mentors.set(mentors)
    if courses is not None:
        cohort.courses.set(courses)
    cohort_enrol(cohort=cohort, enrolled_by=actor)
    audit.record(
        "mentoring.cohort_create" if created else "mentoring.cohort_change",
        actor=actor,
        request=request,
        target=cohort,
    )
    return cohort


@transaction.atomic
def cohort_delete(*, cohort: Cohort, actor, request=None) -> None:
    """Delete `cohort` (its memberships and notes go with it; the trainees,
    their enrolments and their work stay), recorded in the audit log."""
    audit.record(
        "mentoring.cohort_delete",
        actor=actor,
        request=request,
        target=cohort,
        name=cohort.name,
        trainees=cohort.memberships.count(),
    )
    cohort.delete()


def _invite(*, user, cohort: Cohort, base_url: str) -> None:
    """E-mail `user` a link to choose a password (allauth's reset-from-key
    view), in their own language."""
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    from accounts.adapter import mail_in_language

    key = f"{user_pk_to_url_str(user)}-{default_token_generator.make_token(user)}"

    def context(_language: str) -> dict:
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return {"cohort": cohort, "url": base_url.rstrip("/") + path.replace("UID-KEY", key)}

    mail_in_language(user, template_prefix="mentoring/email/invitation", context=context)


def _create_trainee(*, data: dict, actor=None, request=None) -> User:
    user = User(
        email=data["email"],
        full_name=data.get("full_name", ""),
        country=data.get("country", ""),
        agency=data.get("agency", ""),
        duty_station=data.get("duty_station", ""),
        sex=data.get("sex", ""),
        preferred_language=data.get("preferred_language") or settings.LANGUAGE_CODE,
    )
    # The invitation link sets the password; until then nobody can sign in.
    user.set_unusable_password()
    user.save()
    role_assign(user=user, role=Role.TRAINEE, actor=actor, request=request)
    # Only someone who reads mail at this address can use the invitation.
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@dataclass
class ImportReport:
    added: int = 0
    created: int = 0
    already: int = 0
    invited: list[str] = field(default_factory=list)


def _import_day(value: str) -> date:
    """A date column's day: strictly YYYY-MM-DD (or a workbook's date cell,
    that day at midnight); ValueError for anything else."""
    text = value.removesuffix(CELL_MIDNIGHT)
    if not ISO_DAY.fullmatch(text):
        raise ValueError(value)
    return date.fromisoformat(text)


def _clean_row(raw: dict, number: int, problems: list[RowProblem], *, joining_day: date) -> dict | None:
    data = {key: (raw.get(key) or "").strip() for key in IMPORT_COLUMNS}
    before = len(problems)
    for column in DATE_COLUMNS:
        value, data[column] = data[column], None
        if value:
            try:
                data[column] = _import_day(value)
            except ValueError:
                problems.append(RowProblem(number, ERR_BAD_DATE % {"column": column, "value": value}))
    joined, left = data["joined_on"] or joining_day, data["left_on"]
    if len(problems) == before and left is not None and left < joined:
        problems.append(
            RowProblem(
                number, ERR_LEFT_BEFORE_JOINING_ROW % {"left": left.isoformat(), "joined": joined.isoformat()}
            )
        )
    email = data["email"].lower()
    if not email:
        problems.append(RowProblem(number, ERR_NO_EMAIL))
    else:
        try:
            validate_email(email)
        except ValidationError:
            problems.append(RowProblem(number, ERR_BAD_EMAIL % {"value": data["email"]}))
    data["email"] = email
    choices = {
        "country": Country,
        "agency": Agency,
        "sex": Sex,
    }
    for column, enum in choices.items():
        value = data[column]
        if not value:
            continue
        by_label = {}
        # The code, or the label in English or in the language of the person importing.
        for language in (settings.LANGUAGE_CODE, translation.get_language()):
            with translation.override(language):
                by_label.update({str(label).casefold(): code for code, label in enum.choices})
        by_label.update({code.casefold(): code for code in enum.values})
        code = by_label.get(value.casefold())
        if code is None:
            problems.append(
                RowProblem(
                    number,
                    ERR_BAD_CHOICE % {"value": value, "column": column, "choices": ", ".join(enum.values)},
                )
            )
        else:
            data[column] = code
    language = data["preferred_language"].lower()
    codes = [code for code, _name in settings.LANGUAGES]
    if language and language not in codes:
        problems.append(
            RowProblem(
                number,
                ERR_BAD_CHOICE
                % {
                    "value": data["preferred_language"],
                    "column": "preferred_language",
                    "choices": ", ".join(codes),
                },
            )
        )
    data["preferred_language"] = language
    for column, limit in (("full_name", 200), ("duty_station", 200)):
        if len(data[column]) > limit:
            problems.append(RowProblem(number, ERR_TOO_LONG % {"column": column, "max": limit}))
    return data if len(problems) == before else None


def trainee_rows_validate(*, columns: list[str], rows: list[dict], joining_day: date) -> list[dict]:
    """Check every row of an import table; raise MentoringError listing every
    problem by row number (header = row 1), or return the clean rows.
    `joining_day`: the day a row without joined_on joins (its left_on may not
    come before it)."""
    if "email" not in columns:
        raise MentoringError(ERR_MISSING_COLUMN)
    unknown = [c for c in columns if c and c not in IMPORT_COLUMNS]
    if unknown:
        raise MentoringError(
            ERR_UNKNOWN_COLUMNS % {"columns": ", ".join(unknown), "allowed": ", ".join(IMPORT_COLUMNS)}
        )
    if not rows:
        raise MentoringError(ERR_EMPTY_FILE)
    problems: list[RowProblem] = []
    clean = []
    first_row: dict[str, int] = {}
    for number, raw in enumerate(rows, start=2):
        data = _clean_row(raw, number, problems, joining_day=joining_day)
        if data is None:
            continue
        if data["email"] in first_row:
            problems.append(
                RowProblem(
                    number, ERR_DUPLICATE_EMAIL % {"email": data["email"], "row": first_row[data["email"]]}
                )
            )
            continue
        first_row[data["email"]] = number
        data["row"] = number
        clean.append(data)
    existing = {user.email: user for user in User.objects.filter(email__in=list(first_row))}
    for data in clean:
        user = existing.get(data["email"])
        if user is None:
            continue
        if not user.is_active:
            problems.append(RowProblem(data["row"], ERR_INACTIVE % {"email": user.email}))
        elif user_has_role(user, Role.MENTOR, Role.STAFF) or user.is_superuser:
            problems.append(RowProblem(data["row"], ERR_NOT_A_TRAINEE % {"email": user.email}))
        data["user"] = user
    if problems:
        raise MentoringError(sorted(problems, key=lambda p: p.row or 0))
    return clean


def trainees_import(*, cohort: Cohort, content: bytes, filename: str, actor, base_url: str, request=None):
    """Add every row of a CSV or XLSX table to `cohort`: existing trainees by
    e-mail, new people as new trainee accounts that receive an invitation;
    each joins on its row's joined_on (else as `trainee_add`: the later of
    today and the cohort's start) and leaves on its left_on (else stays).
    People already in the cohort are left as they are, dates included.
    All or nothing: any bad row raises MentoringError (every problem, by row)
    and nothing is created, enrolled or sent."""
    from scenarios.errors import ScenarioImportError
    from scenarios.tabular import table_read

    try:
        columns, rows = table_read(content=content, filename=filename)
    except ScenarioImportError as error:
        raise MentoringError([RowProblem(None, p.message) for p in error.problems]) from None
    clean = trainee_rows_validate(
        columns=columns, rows=rows, joining_day=membership_joining_day(cohort=cohort)
    )
    return _trainees_add(
        cohort=cohort, rows=clean, actor=actor, base_url=base_url, request=request, filename=filename
    )


def trainee_add(*, cohort: Cohort, data: dict, actor, base_url: str, request=None) -> ImportReport:
    """Add one trainee (existing account by e-mail, else a new invited one)."""
    clean = trainee_rows_validate(
        columns=list(IMPORT_COLUMNS), rows=[data], joining_day=membership_joining_day(cohort=cohort)
    )
    return _trainees_add(cohort=cohort, rows=clean, actor=actor, base_url=base_url, request=request)


@transaction.atomic
def _trainees_add(*, cohort, rows, actor, base_url, request=None, filename: str = "") -> ImportReport:
    report = ImportReport()
    present = set(cohort.memberships.values_list("user_id", flat=True))
    new_users = []
    for data in rows:
        user = data.get("user")
        if user is None:
            user = _create_trainee(data=data, actor=actor, request=request)
            new_users.append(user)
            report.created += 1
        if user.pk in present:
            report.already += 1
            continue
        # Without dates in the row, as when adding one trainee: from the later of
        # today and the cohort's start, still in it.
        CohortMembership.objects.create(
            cohort=cohort,
            user=user,
            added_by=actor,
            joined_on=data["joined_on"] or membership_joining_day(cohort=cohort),
            left_on=data["left_on"],
        )
        present.add(user.pk)
        report.added += 1
        cohort_enrol(cohort=cohort, users=[user], enrolled_by=actor)
    report.invited = [user.email for user in new_users]
    for user in new_users:
        Invitation.objects.create(cohort=cohort, user=user, sent_by=actor)
    audit.record(
        "mentoring.trainees_import" if filename else "mentoring.trainee_add",
        actor=actor,
        request=request,
        target=cohort,
        file=filename,
        rows=len(rows),
        added=report.added,
        created=report.created,
        already=report.already,
    )

    def send():
        for user in new_users:
            _invite(user=user, cohort=cohort, base_url=base_url)

    # Invitations go out only once the accounts exist for good.
    transaction.on_commit(send)
    return report


def membership_joining_day(*, cohort: Cohort) -> date:
    """The day a trainee added today joins `cohort`: today, or the cohort's
    start when it is later. Their activity counts for the cohort from this
    day on."""
    return max(timezone.localdate(), cohort.starts_on)


@transaction.atomic
def membership_dates_set(*, cohort: Cohort, user, joined_on, left_on=None, actor, request=None):
    """Change when `user` joined and (optionally) left `cohort`: the days
    between them, both included, are those whose activity counts for the
    cohort in the programme's figures. Audited."""
    membership = CohortMembership.objects.select_for_update().filter(cohort=cohort, user=user).first()
    if membership is None:
        raise MentoringError(ERR_NOT_IN_COHORT)
    if left_on is not None and left_on < joined_on:
        raise MentoringError(ERR_LEFT_BEFORE_JOINING)
    before = (membership.joined_on, membership.left_on)
    membership.joined_on, membership.left_on = joined_on, left_on
    membership.save(update_fields=["joined_on", "left_on"])
    audit.record(
        "mentoring.membership_dates",
        actor=actor,
        request=request,
        target=cohort,
        trainee=user.email,
        joined_on=joined_on.isoformat(),
        left_on=left_on.isoformat() if left_on else "",
        before=[day.isoformat() if day else "" for day in before],
    )
    return membership


@transaction.atomic
def invitation_resend(*, invitation: Invitation, actor, base_url: str, request=None) -> Invitation:
    """Send the invitation again with a fresh link (the person has not chosen
    a password yet, whether the last link expired or was lost). Audited."""
    invitation = Invitation.objects.select_for_update().select_related("user", "cohort").get(pk=invitation.pk)
    user = invitation.user
    if invitation.status == InvitationStatus.ACCEPTED:
        raise MentoringError(ERR_ALREADY_ACCEPTED % {"email": user.email})
    if not user.is_active:
        raise MentoringError(ERR_INACTIVE % {"email": user.email})
    invitation.sent_at = timezone.now()
    invitation.sent_by = actor
    invitation.times_sent += 1
    invitation.save(update_fields=["sent_at", "sent_by", "times_sent"])
    audit.record(
        "mentoring.invitation_resend",
        actor=actor,
        request=request,
        target=invitation.cohort,
        trainee=user.email,
        times_sent=invitation.times_sent,
    )
    cohort = invitation.cohort
    transaction.on_commit(lambda: _invite(user=user, cohort=cohort, base_url=base_url))
    return invitation


def invitations_accept(*, user) -> int:
    """`user` chose their password: their open invitations are accepted."""
    return Invitation.objects.filter(user=user, accepted_at__isnull=True).update(accepted_at=timezone.now())


@transaction.atomic
def trainee_remove(*, cohort: Cohort, user, actor, request=None) -> None:
    """Take `user` out of `cohort` (their enrolments and records stay)."""
    deleted, _rows = CohortMembership.objects.filter(cohort=cohort, user=user).delete()
    if not deleted:
        raise MentoringError(ERR_NOT_IN_COHORT)
    audit.record("mentoring.trainee_remove", actor=actor, request=request, target=cohort, trainee=user.email)


# ---------------------------------------------------------------------------
# Session notes


@transaction.atomic
def session_note_add(*, cohort: Cohort, mentee, author, text: str, session_on=None) -> SessionNote:
    """A mentor of `cohort` writes a private note on a session with `mentee`."""
    if not cohort.mentors.filter(pk=author.pk).exists():
        raise MentoringError(ERR_NOT_A_MENTOR)
    if not cohort.memberships.filter(user=mentee).exists():
        raise MentoringError(ERR_NOT_IN_COHORT)
    text = (text or "").strip()
    if not text:
        raise MentoringError(ERR_EMPTY_NOTE)
    return SessionNote.objects.create(
        cohort=cohort,
        mentee=mentee,
        author=author,
        text=text[:4000],
        session_on=session_on or timezone.localdate(),
    )


@transaction.atomic
def session_note_change(*, note: SessionNote, author, text: str, session_on, request=None) -> SessionNote:
    """The note's author rewrites it (text and session date). Audited
    without the text, which stays private."""
    if note.author_id != author.pk:
        raise MentoringError(ERR_NOT_THE_AUTHOR)
    text = (text or "").strip()
    if not text:
        raise MentoringError(ERR_EMPTY_NOTE)
    note.text = text[:4000]
    note.session_on = session_on or note.session_on
    note.save(update_fields=["text", "session_on"])
    _note_audit("mentoring.note_change", note=note, author=author, request=request)
    return note


@transaction.atomic
def session_note_delete(*, note: SessionNote, author, request=None) -> None:
    """The note's author deletes it. Audited without the text."""
    if note.author_id != author.pk:
        raise MentoringError(ERR_NOT_THE_AUTHOR)
    _note_audit("mentoring.note_delete", note=note, author=author, request=request)
    note.delete()


def _note_audit(action: str, *, note: SessionNote, author, request) -> None:
    # Without the text, which stays the mentor's own.
    audit.record(
        action,
        actor=author,
        request=request,
        target=note,
        cohort=note.cohort_id,
        mentee=note.mentee_id,
        session_on=note.session_on.isoformat(),
    )


# ---------------------------------------------------------------------------
# Indicator tallies


def tallies_from_breakdown(breakdown: dict, categories: dict[str, str]) -> dict[str, dict[str, int]]:
    """Per category: planted, found, missed and wrong indicator citations of
    one scored attempt (codes no longer in the catalogue count as "other").

    Only cited reasoning is judged: planted, found and missed count the
    high-risk consignments the trainee selected *and* cited at least one
    indicator for (a consignment the budget left unopened, or opened without
    any citation, says nothing about which indicators the trainee reads);
    wrong counts citations of absent indicators on any selected consignment.
    Outcomes without an "outcome" key (older callers) count as hits."""
    counts: dict[str, dict[str, int]] = defaultdict(
        lambda: {"planted": 0, "found": 0, "missed": 0, "wrong": 0}
    )
    for outcome in (breakdown.get("outcomes") or {}).values():
        kind = outcome.get("outcome", "hit")
        found, wrong = outcome.get("found", ()), outcome.get("wrong", ())
        if kind not in ("hit", "false_alarm") or not (found or wrong):
            continue
        if kind == "hit":
            for code in found:
                row = counts[categories.get(code, "other")]
                row["found"] += 1
                row["planted"] += 1
            for code in outcome.get("missed", ()):
                row = counts[categories.get(code, "other")]
                row["missed"] += 1
                row["planted"] += 1
        for code in wrong:
            counts[categories.get(code, "other")]["wrong"] += 1
    return dict(counts)


def indicator_categories() -> dict[str, str]:
    from scenarios.models import Indicator

    return dict(Indicator.objects.values_list("code", "category"))


def attempt_tally(*, attempt, categories: dict[str, str] | None = None) -> list[IndicatorTally]:
    """Write the indicator tallies of a submitted attempt. Idempotent: the
    one-tally-per-category constraint turns a second write into nothing
    (submission calls this once, inside its own transaction)."""
    if attempt.submitted_at is None:
        return []
    categories = indicator_categories() if categories is None else categories
    rows = [
        IndicatorTally(
            attempt=attempt,
            user_id=attempt.user_id,
            submitted_at=attempt.submitted_at,
            category=category,
            **c,
        )
        for category, c in tallies_from_breakdown(attempt.breakdown or {}, categories).items()
    ]
    IndicatorTally.objects.bulk_create(rows, ignore_conflicts=True)
    return rows
