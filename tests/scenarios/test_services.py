import pytest

from accounts.roles import Role
from scenarios.errors import ScenarioError, ScenarioInvalidError, ScenarioLockedError
from scenarios.interchange import scenario_export
from scenarios.models import Scenario, ScenarioStatus
from scenarios.models.truth import ConsignmentTruth
from scenarios.services import (
    indicator_catalogue_ensure,
    scenario_approve,
    scenario_ensure_draft,
    scenario_new_version,
    scenario_return_to_draft,
    scenario_submit_for_review,
)
from tests.factories.scenarios import scenario_build

pytestmark = pytest.mark.django_db


def test_default_indicator_catalogue_is_installed_in_four_languages():
    from scenarios.models import Indicator

    assert Indicator.objects.count() == 22
    rip = Indicator.objects.get(code="IND-21")
    assert set(rip.name) == {"en", "ru", "uz", "tk"}
    assert indicator_catalogue_ensure() == 0


def test_submit_then_second_mentor_approves_and_publishes(mentor, second_mentor):
    scenario = scenario_build(created_by=mentor)
    scenario_submit_for_review(scenario=scenario, user=mentor)
    scenario_approve(scenario=scenario, reviewer=second_mentor)
    scenario.refresh_from_db()
    assert scenario.status == ScenarioStatus.PUBLISHED
    assert scenario.approved_by == second_mentor
    assert list(Scenario.objects.published()) == [scenario]


def test_author_cannot_approve_own_scenario(mentor):
    scenario = scenario_build(created_by=mentor)
    scenario_submit_for_review(scenario=scenario, user=mentor)
    with pytest.raises(ScenarioError, match="second mentor"):
        scenario_approve(scenario=scenario, reviewer=mentor)
    scenario.refresh_from_db()
    assert scenario.status == ScenarioStatus.IN_REVIEW


@pytest.mark.parametrize("role", [Role.TRAINEE, Role.STAFF])
def test_only_mentors_approve(make_user, mentor, role):
    scenario = scenario_build(created_by=mentor)
    scenario_submit_for_review(scenario=scenario, user=mentor)
    with pytest.raises(ScenarioError):
        scenario_approve(scenario=scenario, reviewer=make_user(role=role))
    assert Scenario.objects.published().count() == 0


def test_invalid_scenario_cannot_be_submitted(mentor):
    scenario = scenario_build(created_by=mentor)
    ConsignmentTruth.objects.filter(consignment__scenario=scenario).update(high_risk=False)
    with pytest.raises(ScenarioInvalidError, match="high-risk"):
        scenario_submit_for_review(scenario=scenario, user=mentor)
    scenario.refresh_from_db()
    assert scenario.status == ScenarioStatus.DRAFT


def test_reviewer_returns_scenario_to_draft_with_comment(mentor, second_mentor):
    scenario = scenario_build(created_by=mentor)
    scenario_submit_for_review(scenario=scenario, user=mentor)
    scenario_return_to_draft(scenario=scenario, reviewer=second_mentor, comment="Add a decoy")
    scenario.refresh_from_db()
    assert scenario.status == ScenarioStatus.DRAFT
    assert scenario.review_comment == "Add a decoy"


def test_new_version_copies_everything_and_leaves_published_version_unchanged(published_scenario, mentor):
    before = scenario_export(scenario=published_scenario)
    draft = scenario_new_version(scenario=published_scenario, user=mentor)
    assert draft.version == 2 and draft.lineage == published_scenario.lineage
    assert draft.status == ScenarioStatus.DRAFT
    # edit the draft thoroughly
    consignment = draft.consignments.first()
    consignment.goods_description = "Changed"
    consignment.save()
    ConsignmentTruth.objects.filter(consignment__scenario=draft).update(high_risk=True)
    draft.title = {"en": "Edited"}
    draft.save()
    published_scenario.refresh_from_db()
    assert scenario_export(scenario=published_scenario) == before
    copy = scenario_export(scenario=draft)
    assert len(copy["consignments"]) == len(before["consignments"])


def test_publishing_new_version_supersedes_old_but_keeps_it_published(
    published_scenario, mentor, second_mentor
):
    draft = scenario_new_version(scenario=published_scenario, user=mentor)
    scenario_submit_for_review(scenario=draft, user=mentor)
    scenario_approve(scenario=draft, reviewer=second_mentor)
    assert set(Scenario.objects.published()) == {published_scenario, draft}
    assert list(Scenario.objects.current()) == [draft]


def test_published_scenario_refuses_edits_and_deletion(published_scenario):
    with pytest.raises(ScenarioLockedError):
        scenario_ensure_draft(scenario=published_scenario)
    with pytest.raises(ScenarioLockedError):
        published_scenario.consignments.first().delete()
    assert Scenario.objects.filter(pk=published_scenario.pk).exists()


def test_content_of_a_published_version_cannot_be_saved_or_deleted(published_scenario):
    consignment = published_scenario.consignments.first()
    consignment.goods_description = "Changed"
    with pytest.raises(ScenarioLockedError):
        consignment.save()
    truth = ConsignmentTruth.objects.get(consignment=consignment)
    truth.high_risk = not truth.high_risk
    with pytest.raises(ScenarioLockedError):
        truth.save()
    with pytest.raises(ScenarioLockedError):
        consignment.events.first().delete()
    with pytest.raises(ScenarioLockedError):
        published_scenario.parties.first().save()
    consignment.refresh_from_db()
    assert consignment.goods_description != "Changed"
