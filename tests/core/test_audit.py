import pytest
from django.test import RequestFactory

from core import audit
from core.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_record_names_actor_target_details_and_ip(staff, trainee):
    request = RequestFactory().post("/", REMOTE_ADDR="10.1.2.3")
    request.user = staff
    entry = audit.record("accounts.role_change", request=request, target=trainee, role="Mentor")
    entry.refresh_from_db()
    assert entry.actor == staff
    assert entry.actor_repr == staff.get_username()
    assert entry.target_type == "accounts.user"
    assert entry.target_id == str(trainee.pk)
    assert entry.details == {"role": "Mentor"}
    assert entry.ip == "10.1.2.3"


def test_entry_keeps_the_actor_name_after_the_account_is_deleted(staff):
    name = staff.get_username()
    audit.record("reports.export", actor=staff, report="enrolments", format="csv")
    staff.delete()
    entry = AuditEntry.objects.get()
    assert entry.actor is None
    assert entry.actor_repr == name
    assert entry.details["report"] == "enrolments"
