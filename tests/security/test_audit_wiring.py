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


def _user_form_data(client, url, **changes):
    """The user editor's form as it renders for `client`, with `changes`."""
    form = client.get(url).context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None or value is False:
            continue
        data[name] = [getattr(v, "pk", v) for v in value] if isinstance(value, list | tuple) else value
    data.pop("password1", None), data.pop("password2", None)
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def _group_pks(*roles):
    return [g.pk for g in Group.objects.filter(name__in=[r.value for r in roles])]


def test_role_change_in_the_user_editor_is_audited(client, make_user):
    root = make_user(role=None, is_superuser=True, is_staff=True)
    person = make_user(role=Role.TRAINEE, first_name="Aziz", last_name="Karimov", full_name="Aziz Karimov")
    client.force_login(root)
    url = reverse("wagtailusers_users:edit", args=[person.pk])
    response = client.post(url, _user_form_data(client, url, groups=_group_pks(Role.TRAINEE, Role.MENTOR)))
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    [entry] = entries("accounts.role_change")
    assert (entry.actor, entry.target_id) == (root, str(person.pk))
    assert entry.details == {"added": [Role.MENTOR.value], "removed": []}
    assert entries("accounts.user_change") == []


def test_staff_give_the_trainee_role_and_it_is_audited(client, staff, make_user):
    person = make_user(role=None, first_name="Aziz", last_name="Karimov", full_name="Aziz Karimov")
    client.force_login(staff)
    url = reverse("wagtailusers_users:edit", args=[person.pk])
    response = client.post(url, _user_form_data(client, url, groups=_group_pks(Role.TRAINEE)))
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    [entry] = entries("accounts.role_change")
    assert (entry.actor, entry.target_id, entry.details) == (
        staff,
        str(person.pk),
        {"added": [Role.TRAINEE.value], "removed": []},
    )


def test_superuser_flag_and_password_changes_are_audited(client, make_user):
    root = make_user(role=None, is_superuser=True, is_staff=True)
    person = make_user(role=Role.TRAINEE, first_name="Aziz", last_name="Karimov", full_name="Aziz Karimov")
    client.force_login(root)
    url = reverse("wagtailusers_users:edit", args=[person.pk])
    data = _user_form_data(
        client, url, is_superuser="on", password1="Brand-New-Pass-42", password2="Brand-New-Pass-42"
    )
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    [entry] = entries("accounts.user_change")
    assert (entry.actor, entry.target_id, entry.target_repr) == (root, str(person.pk), str(person))
    assert entry.details == {"changed": {"is_superuser": [False, True], "password": "set"}}
    # No password or hash ever reaches the log.
    assert "Brand-New-Pass-42" not in str(entry.details) and "pbkdf2" not in str(entry.details)


def test_bulk_role_assignment_and_deactivation_are_audited(client, make_user):
    root = make_user(role=None, is_superuser=True, is_staff=True)
    person = make_user(role=Role.TRAINEE)
    client.force_login(root)
    mentor_group = Group.objects.get(name=Role.MENTOR.value)
    response = client.post(
        f"/admin/bulk/accounts/user/assign_role/?next=/admin/users/&id={person.pk}", {"role": mentor_group.pk}
    )
    assert response.status_code == HTTPStatus.FOUND
    [entry] = entries("accounts.role_change")
    assert (entry.actor, entry.target_id, entry.details) == (
        root,
        str(person.pk),
        {"added": [Role.MENTOR.value], "removed": []},
    )
    response = client.post(
        f"/admin/bulk/accounts/user/set_active_state/?next=/admin/users/&id={person.pk}",
        {"mark_as_active": "False"},
    )
    assert response.status_code == HTTPStatus.FOUND
    [entry] = entries("accounts.user_change")
    assert entry.details == {"changed": {"is_active": [True, False]}}


def test_staff_edit_a_mentor_profile_but_not_their_roles_or_address(client, staff, make_user):
    person = make_user(role=Role.MENTOR, first_name="Aziz", last_name="Karimov", full_name="Aziz Karimov")
    client.force_login(staff)
    url = reverse("wagtailusers_users:edit", args=[person.pk])
    form = client.get(url).context["form"]
    assert "is_superuser" not in form.fields and "password1" not in form.fields
    assert list(form.fields["groups"].queryset.values_list("name", flat=True)) == [Role.TRAINEE.value]
    data = _user_form_data(client, url, duty_station="Termez PCU", email="taken-over@example.org", groups=[])
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    person.refresh_from_db()
    assert person.duty_station == "Termez PCU"
    # The mentor keeps the Mentor role staff cannot see, and their address.
    assert list(person.groups.values_list("name", flat=True)) == [Role.MENTOR.value]
    assert person.email != "taken-over@example.org"


def test_enrolment_report_downloads_are_audited(client, site_tree, staff, make_user):
    from core.models import HomePage
    from courses.models import Enrolment
    from tests.factories.courses import build_course

    course = build_course(HomePage.objects.get(locale__language_code="en"), slug="audit-report")
    Enrolment.objects.create(user=make_user(), course_key=course.translation_key)
    client.force_login(staff)
    assert client.get("/admin/courses/report/").status_code == HTTPStatus.OK
    assert entries("courses.enrolment_report_export") == []
    for fmt in ("csv", "xlsx"):
        response = client.get(
            "/admin/courses/report/", {"export": fmt, "course_key": str(course.translation_key)}
        )
        assert response.status_code == HTTPStatus.OK
    csv_entry, xlsx_entry = sorted(entries("courses.enrolment_report_export"), key=lambda e: e.pk)
    assert (csv_entry.actor, csv_entry.details) == (
        staff,
        {"format": "csv", "rows": 1, "filters": {"course_key": str(course.translation_key)}},
    )
    assert xlsx_entry.details["format"] == "xlsx"


def test_scenario_review_steps_are_audited_with_the_comment(client, make_user):
    from tests.factories.scenarios import scenario_build

    author, reviewer = make_user(role=Role.MENTOR), make_user(role=Role.MENTOR)
    scenario = scenario_build(created_by=author)

    def act(user, action, **data):
        client.force_login(user)
        response = client.post(reverse("scenarios:action", args=[scenario.pk, action]), data)
        assert response.status_code == HTTPStatus.FOUND

    act(author, "submit")
    act(reviewer, "return", comment="Seal events are missing on container 3.")
    act(author, "submit")
    act(reviewer, "approve")
    log = [(e.action, e.actor, e.target_id) for e in AuditEntry.objects.order_by("pk")]
    pk = str(scenario.pk)
    assert log == [
        ("scenarios.submit_for_review", author, pk),
        ("scenarios.return_to_author", reviewer, pk),
        ("scenarios.submit_for_review", author, pk),
        ("scenarios.approve", reviewer, pk),
        ("scenarios.publish", reviewer, pk),
    ]
    [returned] = entries("scenarios.return_to_author")
    assert returned.details["comment"] == "Seal events are missing on container 3."


def test_scenario_import_through_the_admin_is_audited(client, mentor):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from scenarios.interchange import scenario_export_json
    from tests.factories.scenarios import scenario_build

    document = scenario_export_json(scenario=scenario_build())
    client.force_login(mentor)
    upload = SimpleUploadedFile("exported.json", document.encode(), content_type="application/json")
    response = client.post(
        reverse("scenarios:import"), {"kind": "json", "file": upload}, REMOTE_ADDR="10.1.2.3"
    )
    assert response.status_code == HTTPStatus.FOUND
    [entry] = entries("scenarios.import")
    assert (entry.actor, entry.ip, entry.details) == (
        mentor,
        "10.1.2.3",
        {"kind": "json", "file": "exported.json"},
    )
    assert response["Location"] == reverse("scenarios_admin:review", args=[int(entry.target_id)])


def test_mentor_feedback_is_audited(client, mentor):
    from exercises import services
    from tests.factories.exercises import published_exercise_scenario
    from tests.factories.mentoring import cohort_build

    scenario = published_exercise_scenario()
    from tests.factories.accounts import UserFactory

    learner = UserFactory()
    cohort_build(mentors=[mentor], trainees=[learner], name="Feedback cohort")
    attempt = services.attempt_start(user=learner, scenario=scenario)
    services.attempt_submit(attempt=attempt, user=learner)
    client.force_login(mentor)
    response = client.post(
        reverse("exercises:review", args=[attempt.public_id]), {"text": "Look at the seal events."}
    )
    assert response.status_code == HTTPStatus.FOUND
    [entry] = entries("exercises.feedback")
    assert (entry.actor, entry.target_id, entry.details["trainee"]) == (
        mentor,
        str(attempt.pk),
        learner.email,
    )
