"""A scenario returned by its reviewer: the author hears of it by e-mail, in
their language, and on the admin dashboard until they send it again."""

from http import HTTPStatus

import pytest
from django.core import mail
from django.urls import reverse

from accounts.roles import Role
from scenarios.services import scenario_submit_for_review
from tests.factories.scenarios import scenario_build
from tests.html_forms import rendered_forms

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(make_user):
    return make_user(role=Role.MENTOR, language="tk", full_name="Merdan Annaýew", email="author@example.org")


@pytest.fixture
def in_review(author):
    scenario = scenario_build(created_by=author, title={"en": "Aktau drill", "tk": "Aktau türgenleşigi"})
    return scenario_submit_for_review(scenario=scenario, user=author)


def return_through_the_page(client, reviewer, scenario, comment, capture):
    client.force_login(reviewer)
    page = client.get(reverse("scenarios_admin:review", args=[scenario.pk])).text
    action = reverse("scenarios:action", args=[scenario.pk, "return"])
    form = next(f for f in rendered_forms(page) if f.attrs.get("action") == action)
    with capture(execute=True):
        response = client.post(action, form.data(comment=comment))
    assert response.status_code == HTTPStatus.FOUND


def test_the_author_is_emailed_in_their_language_with_the_comment_and_a_link(
    client, second_mentor, in_review, author, django_capture_on_commit_callbacks
):
    return_through_the_page(
        client,
        second_mentor,
        in_review,
        "Budget too large for 4 containers.",
        django_capture_on_commit_callbacks,
    )
    assert [m.to for m in mail.outbox] == [[author.email]]
    message = mail.outbox[0]
    assert message.subject.startswith("[PGT akademiýasy]")
    assert "Aktau türgenleşigi" in message.subject
    assert "Budget too large for 4 containers." in message.body
    assert f"http://testserver/admin/scenarios/{in_review.pk}/review/" in message.body
    assert second_mentor.get_full_name() in message.body
    assert "Salam, Merdan Annaýew!" in message.body and "yzyna gaýtardy" in message.body


def test_the_submitter_hears_of_it_too_but_never_the_reviewer(make_user, second_mentor, author):
    from django.test import TestCase

    submitter = make_user(role=Role.MENTOR, language="ru", email="submitter@example.org")
    scenario = scenario_build(created_by=author)
    scenario = scenario_submit_for_review(scenario=scenario, user=submitter)
    from scenarios.services import scenario_return_to_draft

    with TestCase.captureOnCommitCallbacks(execute=True):
        scenario_return_to_draft(scenario=scenario, reviewer=second_mentor, comment="")
    assert sorted(m.to[0] for m in mail.outbox) == ["author@example.org", "submitter@example.org"]
    russian = next(m for m in mail.outbox if m.to == ["submitter@example.org"])
    assert "возвращён" in russian.subject


def test_the_dashboard_shows_the_returned_draft_until_it_is_sent_again(
    client, second_mentor, in_review, author, django_capture_on_commit_callbacks
):
    return_through_the_page(
        client, second_mentor, in_review, "Mark a second container.", django_capture_on_commit_callbacks
    )
    review_url = reverse("scenarios_admin:review", args=[in_review.pk])
    client.force_login(author)
    dashboard = client.get(reverse("wagtailadmin_home")).text
    assert f'href="{review_url}"' in dashboard and "Mark a second container." in dashboard
    # The reviewer's own dashboard has no such notice.
    client.force_login(second_mentor)
    assert f'href="{review_url}"' not in client.get(reverse("wagtailadmin_home")).text
    scenario_submit_for_review(scenario=in_review, user=author)
    client.force_login(author)
    assert f'href="{review_url}"' not in client.get(reverse("wagtailadmin_home")).text
