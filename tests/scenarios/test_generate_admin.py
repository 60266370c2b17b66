"""The scenario generator in the admin: the options of `manage.py
generate_scenario`, a new draft of the mentor's, permission-checked and
audited (without the seed)."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from core.models import AuditEntry
from scenarios.models import Scenario
from tests.html_forms import rendered_forms

pytestmark = pytest.mark.django_db

URL = "/admin/scenarios/generate/"


def generate(client, **fill):
    form = next(f for f in rendered_forms(client.get(URL).text) if "consignments" in f.names())
    return client.post(URL, form.data(**fill))


def test_a_mentor_generates_a_draft_from_the_admin(client, mentor):
    assert reverse("scenarios_admin:generate") == URL
    client.force_login(mentor)
    assert f'"{URL}"' in client.get(reverse("wagtailadmin_home")).text  # in the menu
    response = generate(
        client,
        title="Aktau drill",
        consignments="12",
        difficulty="4",
        high_risk="2",
        budget="3",
        phase="export",
    )
    scenario = Scenario.objects.get()
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("scenarios_admin:review", args=[scenario.pk])
    assert scenario.status == "draft" and scenario.created_by == mentor
    assert scenario.title["en"] == "Aktau drill" and scenario.phase == "export" and scenario.difficulty == 4
    assert scenario.consignments.count() == 12 and scenario.inspection_budget == 3
    assert scenario.consignments.filter(truth__high_risk=True).count() == 2
    entry = AuditEntry.objects.get(action="scenarios.generate")
    assert entry.actor == mentor and entry.target_id == str(scenario.pk)
    assert entry.details["consignments"] == 12 and entry.details["seed_chosen"] is False
    assert "seed" not in {k for k in entry.details if k != "seed_chosen"}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Учения в Актау"),
        ("uz", "Oqtov mashgʻuloti"),
        ("tk", "Aktau türgenleşigi"),
        ("en", "Aktau drill"),
    ],
)
def test_the_title_is_stored_in_the_language_the_mentor_works_in(client, mentor, language, title):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(mentor)
    profile.preferred_language = language
    profile.save()
    client.force_login(mentor)
    response = generate(client, title=title, consignments="6")
    assert response.status_code == HTTPStatus.FOUND
    scenario = Scenario.objects.get()
    assert scenario.title == {language: title}
    # The review page the mentor lands on is headed with it.
    assert title in client.get(response["Location"]).text


def test_a_chosen_seed_gives_the_same_scenario_and_is_never_recorded(client, mentor):
    client.force_login(mentor)
    for _ in range(2):
        assert (
            generate(client, consignments="6", seed="424242", prevalence="20").status_code == HTTPStatus.FOUND
        )
    first, second = (
        sorted(s.consignments.values_list("container_number", flat=True))
        for s in Scenario.objects.order_by("pk")
    )
    assert first == second
    assert all(e.details["seed_chosen"] for e in AuditEntry.objects.filter(action="scenarios.generate"))
    assert "424242" not in str(list(AuditEntry.objects.values_list("details", flat=True)))


def test_without_a_seed_each_draft_is_different(client, mentor):
    client.force_login(mentor)
    for _ in range(2):
        assert generate(client, consignments="6").status_code == HTTPStatus.FOUND
    first, second = (
        sorted(s.consignments.values_list("container_number", flat=True))
        for s in Scenario.objects.order_by("pk")
    )
    assert first != second


@pytest.mark.parametrize(
    ("fill", "message"),
    [
        ({"consignments": "5", "high_risk": "5"}, "fewer high-risk consignments than consignments (5)"),
        ({"consignments": "5", "budget": "6"}, "cannot exceed the number of consignments (5)"),
        ({"consignments": "5", "high_risk": "1", "prevalence": "10"}, "not both"),
        ({"consignments": "1001"}, "less than or equal to 1000"),
    ],
)
def test_bad_settings_are_refused_and_nothing_is_created(client, mentor, fill, message):
    client.force_login(mentor)
    response = generate(client, **fill)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert message in response.text
    assert (
        not Scenario.objects.exists() and not AuditEntry.objects.filter(action="scenarios.generate").exists()
    )


@pytest.mark.parametrize(
    ("who", "status"),
    # Wagtail answers a refused admin request with its dashboard (staff);
    # trainees are kept out of the admin altogether.
    [("staff", HTTPStatus.FOUND), ("trainee", HTTPStatus.FORBIDDEN)],
)
def test_only_authors_may_generate(client, request, who, status):
    client.force_login(request.getfixturevalue(who))
    response = client.post(URL, {"consignments": "6", "phase": "import", "difficulty": "3"})
    assert response.status_code == status
    if status == HTTPStatus.FOUND:
        assert response["Location"] == reverse("wagtailadmin_home")
        assert f'"{URL}"' not in client.get(reverse("wagtailadmin_home")).text
    assert not Scenario.objects.exists()
