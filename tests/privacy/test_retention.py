from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.roles import Role
from core import audit
from core.models import AuditEntry
from exercises.models import AttemptItem, OsintQuery
from h5p.models import H5PStatement
from mentoring.models import CohortMembership, SessionNote

TERMS = {"attempt_logs": 30, "osint_logs": 30, "session_notes": 60, "invitations": 14, "audit_entries": 365}


@pytest.fixture
def terms(settings):
    settings.PRIVACY_RETENTION_DAYS = dict(TERMS)
    return settings.PRIVACY_RETENTION_DAYS


def _age(queryset, field, days):
    queryset.update(**{field: timezone.now() - timedelta(days=days)})


def test_the_task_purges_what_is_past_its_term_and_keeps_the_rest(footprint, make_user, terms):
    from exercises.services import osint_query_log
    from mentoring.services import session_note_add
    from privacy.tasks import purge_expired_data

    user = footprint.user
    fresh_statement = H5PStatement.objects.create(
        user=user, activity=footprint.h5p_activity, verb="v", object_id="x", statement={}
    )
    _age(H5PStatement.objects.exclude(pk=fresh_statement.pk), "received_at", 31)
    _age(OsintQuery.objects.filter(attempt=footprint.submitted), "at", 31)
    osint_query_log(attempt=footprint.open_attempt, query="still open", results=0)
    _age(OsintQuery.objects.filter(attempt=footprint.open_attempt), "at", 400)
    old_note = SessionNote.objects.get(mentee=user)
    _age(SessionNote.objects.filter(pk=old_note.pk), "created_at", 61)
    cohort = CohortMembership.objects.get(user=user).cohort
    fresh_note = session_note_add(cohort=cohort, mentee=user, author=footprint.mentor, text="Recent note")
    old_entry = audit.record("test.old", target=user)
    _age(AuditEntry.objects.filter(pk=old_entry.pk), "at", 366)
    invited = make_user(full_name="Nobody Signed-In", email="invited@example.org")
    invited.set_unusable_password()
    invited.save()
    _age(type(invited).objects.filter(pk=invited.pk), "date_joined", 15)
    recent_invite = make_user(email="recent@example.org")
    recent_invite.set_unusable_password()
    recent_invite.save()

    result = purge_expired_data.enqueue()

    assert result.return_value["xapi_statements"] == 1
    assert list(H5PStatement.objects.all()) == [fresh_statement]
    assert not OsintQuery.objects.filter(attempt=footprint.submitted).exists()
    assert OsintQuery.objects.filter(attempt=footprint.open_attempt, query="still open").exists()
    assert list(SessionNote.objects.all()) == [fresh_note]
    assert not AuditEntry.objects.filter(pk=old_entry.pk).exists()
    invited.refresh_from_db()
    assert invited.full_name == "" and not invited.is_active
    assert invited.email == f"erased-{invited.pk}@erased.invalid"
    recent_invite.refresh_from_db()
    assert recent_invite.is_active and recent_invite.email == "recent@example.org"
    # Scores and attempts are kept.
    assert AttemptItem.objects.filter(attempt=footprint.submitted).exists()
    entry = AuditEntry.objects.get(action="privacy.retention_purge")
    assert entry.details["session_notes"] == 1 and entry.details["unused_invitations"] == 1


def test_a_term_of_zero_keeps_records_for_good(footprint, terms):
    from privacy.services import retention_purge

    terms["session_notes"] = 0
    _age(SessionNote.objects.all(), "created_at", 5000)
    report = retention_purge()
    assert "session_notes" not in report.counts
    assert SessionNote.objects.filter(mentee=footprint.user).exists()


def test_an_invitation_used_or_held_by_staff_is_not_touched(make_user, terms):
    from privacy.services import retention_purge

    signed_in = make_user(email="used@example.org")
    signed_in.set_unusable_password()
    signed_in.last_login = timezone.now()
    signed_in.save()
    staff = make_user(role=Role.STAFF, email="staff-invite@example.org")
    staff.set_unusable_password()
    staff.save()
    _age(type(staff).objects.all(), "date_joined", 100)
    retention_purge()
    signed_in.refresh_from_db()
    staff.refresh_from_db()
    assert signed_in.email == "used@example.org" and staff.email == "staff-invite@example.org"


def test_the_command_purges_or_queues(db, terms):
    entry = audit.record("test.old")
    _age(AuditEntry.objects.filter(pk=entry.pk), "at", 400)
    out = StringIO()
    call_command("purge_expired_data", stdout=out)
    assert "audit_entries 1" in out.getvalue()
    assert not AuditEntry.objects.filter(pk=entry.pk).exists()
    queued = StringIO()
    call_command("purge_expired_data", "--enqueue", stdout=queued)
    assert queued.getvalue().startswith("queued ")
