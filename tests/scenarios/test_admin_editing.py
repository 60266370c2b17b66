"""Editing scenarios in the Wagtail admin: what the forms refuse on save, and
what they offer (issue #19, the mentor's walk-through)."""

from decimal import Decimal
from http import HTTPStatus

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from scenarios.models import Scenario
from tests.html_forms import rendered_forms

pytestmark = pytest.mark.django_db


def admin_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def edit_form(client, url, field):
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    forms = [f for f in rendered_forms(response.text) if field in f.names()]
    assert len(forms) == 1
    return forms[0]


@pytest.mark.parametrize(
    ("language", "total", "text"),
    [("en", "1.10", "add up to 1.10"), ("ru", "1,10", "Сумма трёх весов оценки равна 1,10")],
)
def test_weights_not_adding_up_to_one_are_refused_on_save_naming_the_sum(
    client, mentor, draft_scenario, language, total, text
):
    admin_language(mentor, language)
    client.force_login(mentor)
    url = reverse("wagtailsnippets_scenarios_scenario:edit", args=[draft_scenario.pk])
    form = edit_form(client, url, "weight_skill")
    response = client.post(
        url, form.data(weight_severity="0.60", weight_skill="0.30", weight_indicators="0.20")
    )
    assert response.status_code == HTTPStatus.OK  # the form again, with the error
    assert text in response.text
    draft_scenario.refresh_from_db()
    assert draft_scenario.weight_severity == Decimal("0.50")


def test_weights_adding_up_to_one_are_saved(client, mentor, draft_scenario):
    client.force_login(mentor)
    url = reverse("wagtailsnippets_scenarios_scenario:edit", args=[draft_scenario.pk])
    form = edit_form(client, url, "weight_skill")
    response = client.post(
        url, form.data(weight_severity="0.60", weight_skill="0.20", weight_indicators="0.20")
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Scenario.objects.get(pk=draft_scenario.pk).weight_severity == Decimal("0.60")
