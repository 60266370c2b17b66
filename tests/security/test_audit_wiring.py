"""Security-relevant staff actions land in the audit log."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.roles import Role
from core.models import AuditEntry

pytestmark = pytest.mark.django_db


def entries(action):
    return list(AuditEntry.objects.filter(action=action))


def test_scenario_publication_is_audited(mentor):
    from scenarios.services import scenario_publish_unreviewed
    from tests.factories.scenarios import scenario_build

    scenario = scenario_build()
    scenario_publish_unreviewed(scenario=scenario)
    [entry] = entries("scenarios.publish")
    assert entry.target_id == str(scenario.pk)
    assert entry.details["version"] == scenario.version


def test_truth_export_is_audited_with_who_and_from_where(client, mentor):
    from tests.factories.exercises import published_exercise_scenario

    scenario = published_exercise_scenario()
    client.force_login(mentor)
    response = client.get(reverse("scenarios:export", args=[scenario.pk]), REMOTE_ADDR="10.9.8.7")
    assert response.status_code == HTTPStatus.OK
    [entry] = entries("scenarios.truth_export")
    assert (entry.actor, entry.target_id, entry.ip) == (mentor, str(scenario.pk), "10.9.8.7")


def test_certificate_issue_and_revocation_are_audited(site_tree, make_user, staff):
    from certificates.services import certificate_issue, certificate_revoke
    from core.models import HomePage
    from tests.factories.courses import build_course

    course = build_course(HomePage.objects.get(locale__language_code="en"), slug="audited")
    course.certificate_enabled = True
    course.save_revision().publish()
    learner = make_user(role=Role.TRAINEE, full_name="Aziz Karimov")
    certificate = certificate_issue(user=learner, course=course, issued_by=staff, manual=True)
    [issued] = entries("certificates.issue")
    assert (issued.actor, issued.target_id, issued.details["manual"]) == (staff, str(certificate.pk), True)

    certificate_revoke(certificate=certificate, reason="Issued in error", revoked_by=staff)
    [revoked] = entries("certificates.revoke")
    assert (revoked.actor, revoked.details["reason"]) == (staff, "Issued in error")


def test_role_change_in_the_user_editor_is_audited(client, staff, make_user):
    person = make_user(role=Role.TRAINEE, first_name="Aziz", last_name="Karimov", full_name="Aziz Karimov")
    client.force_login(staff)
    url = reverse("wagtailusers_users:edit", args=[person.pk])
    form = client.get(url).context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if name == "groups":
            value = [g.pk for g in Group.objects.filter(name__in=[Role.TRAINEE.value, Role.MENTOR.value])]
        if value is None or value is False:
            continue
        data[name] = [getattr(v, "pk", v) for v in value] if isinstance(value, list | tuple) else value
    data.pop("password1", None), data.pop("password2", None)
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    [entry] = entries("accounts.role_change")
    assert (entry.actor, entry.target_id) == (staff, str(person.pk))
    assert entry.details == {"added": [Role.MENTOR.value], "removed": []}
