"""Writes: the indicator catalogue, the review workflow, versions.

A scenario moves draft -> in review -> published. Only a mentor other than
the one who submitted it may approve; approving runs the publishing check
and freezes the version. Editing a published (or in-review) version is
refused; `scenario_new_version` copies it into a new draft.
"""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role, user_has_role
from core import audit

from .catalogue import DEFAULT_INDICATORS
from .declarations_engine import declarations_engine_store, scenario_is_declarations
from .errors import ScenarioError, ScenarioInvalidError, ScenarioLockedError
from .models import Indicator, OsintPage, Party, Scenario, ScenarioStatus
from .notifications import scenario_returned_notify
from .validation import scenario_problems

NOT_A_DRAFT = _("Only a draft can be changed; create a new version of this scenario instead.")
NOT_IN_REVIEW = _("This scenario is not waiting for review.")
OWN_REVIEW = _("A second mentor must review: you cannot approve a scenario you created or submitted.")
NOT_A_REVIEWER = _("Only a mentor may review scenarios.")
NOT_PUBLISHED = _("Only a published scenario can get a new version.")


@transaction.atomic
def indicator_catalogue_ensure() -> int:
    """Create the default indicators that are missing (never overwrites a
    mentor's edits). Returns how many were created."""
    existing = set(Indicator.objects.values_list("code", flat=True))
    created = 0
    for code, category, texts in DEFAULT_INDICATORS:
        if code in existing:
            continue
        Indicator.objects.create(
            code=code,
            category=category,
            name={lang: name for lang, (name, _desc) in texts.items()},
            description={lang: desc for lang, (_name, desc) in texts.items()},
        )
        created += 1
    return created


def scenario_ensure_draft(*, scenario: Scenario) -> None:
    """Raise ScenarioLockedError unless `scenario` is a draft."""
    current = Scenario.objects.filter(pk=scenario.pk).values_list("status", flat=True).first()
    if current is not None and current != ScenarioStatus.DRAFT:
        raise ScenarioLockedError(NOT_A_DRAFT)


@transaction.atomic
def scenario_submit_for_review(*, scenario: Scenario, user) -> Scenario:
    """Send a valid draft to review. Raises ScenarioInvalidError listing the problems."""
    scenario = Scenario.objects.select_for_update().get(pk=scenario.pk)
    scenario_ensure_draft(scenario=scenario)
    problems = scenario_problems(scenario)
    if problems:
        raise ScenarioInvalidError(problems)
    scenario.status = ScenarioStatus.IN_REVIEW
    scenario.submitted_by = user
    scenario.review_comment = ""
    scenario.save(update_fields=["status", "submitted_by", "review_comment", "updated_at"])
    audit.record("scenarios.submit_for_review", actor=user, target=scenario, version=scenario.version)
    return scenario


def _publish(scenario: Scenario, reviewer) -> Scenario:
    problems = scenario_problems(scenario)
    if problems:
        raise ScenarioInvalidError(problems)
    if scenario_is_declarations(scenario=scenario):
        declarations_engine_store(scenario=scenario)  # the debrief's baseline, without a fit per request
    now = timezone.now()
    Scenario.objects.filter(lineage=scenario.lineage, superseded_at__isnull=True).published().exclude(
        pk=scenario.pk
    ).update(superseded_at=now)
    scenario.status = ScenarioStatus.PUBLISHED
    scenario.approved_by = reviewer
    scenario.published_at = now
    scenario.save(update_fields=["status", "approved_by", "published_at", "updated_at"])
    audit.record(
        "scenarios.publish",
        actor=reviewer,
        target=scenario,
        version=scenario.version,
        reviewed=reviewer is not None,
    )
    return scenario


@transaction.atomic
def scenario_approve(*, scenario: Scenario, reviewer) -> Scenario:
    """A second mentor approves a scenario in review: it is published and frozen."""
    scenario = Scenario.objects.select_for_update().get(pk=scenario.pk)
    if scenario.status != ScenarioStatus.IN_REVIEW:
        raise ScenarioError(NOT_IN_REVIEW)
    if not user_has_role(reviewer, Role.MENTOR):
        raise ScenarioError(NOT_A_REVIEWER)
    if reviewer.pk in {scenario.submitted_by_id, scenario.created_by_id}:
        raise ScenarioError(OWN_REVIEW)
    audit.record("scenarios.approve", actor=reviewer, target=scenario, version=scenario.version)
    return _publish(scenario, reviewer)


@transaction.atomic
def scenario_return_to_draft(
    *, scenario: Scenario, reviewer, comment: str = "", base_url: str | None = None
) -> Scenario:
    """The reviewer sends a scenario back to its author with a comment. The
    author (and the mentor who submitted it, if another) is e-mailed in their
    own language once the change is committed; the admin dashboard shows the
    returned draft until it is sent for review again."""
    scenario = Scenario.objects.select_for_update().get(pk=scenario.pk)
    if scenario.status != ScenarioStatus.IN_REVIEW:
        raise ScenarioError(NOT_IN_REVIEW)
    if not user_has_role(reviewer, Role.MENTOR):
        raise ScenarioError(NOT_A_REVIEWER)
    scenario.status = ScenarioStatus.DRAFT
    scenario.review_comment = comment
    scenario.save(update_fields=["status", "review_comment", "updated_at"])
    audit.record(
        "scenarios.return_to_author",
        actor=reviewer,
        target=scenario,
        version=scenario.version,
        comment=comment,
    )
    transaction.on_commit(
        lambda: scenario_returned_notify(
            scenario=scenario, reviewer=reviewer, comment=comment, base_url=base_url
        )
    )
    return scenario


@transaction.atomic
def scenario_publish_unreviewed(*, scenario: Scenario) -> Scenario:
    """Publish without the second mentor: only for the demo seed and operators'
    command-line imports (`--publish`), never reachable from the admin."""
    scenario = Scenario.objects.select_for_update().get(pk=scenario.pk)
    if scenario.status == ScenarioStatus.PUBLISHED:
        return scenario
    return _publish(scenario, None)


@transaction.atomic
def scenario_new_version(*, scenario: Scenario, user) -> Scenario:
    """Copy a published version (consignments, events, parties, OSINT, truth)
    into a new draft with the next version number. The original is untouched."""
    source = Scenario.objects.get(pk=scenario.pk)
    if source.status != ScenarioStatus.PUBLISHED:
        raise ScenarioError(NOT_PUBLISHED)
    latest = Scenario.objects.filter(lineage=source.lineage).aggregate(v=Max("version"))["v"]
    copy = Scenario.objects.get(pk=source.pk)
    copy.pk = None
    copy.id = None
    copy.version = latest + 1
    copy.previous_version = source
    copy.status = ScenarioStatus.DRAFT
    copy.created_by = user
    copy.submitted_by = None
    copy.approved_by = None
    copy.review_comment = ""
    copy.published_at = None
    copy.superseded_at = None
    copy.save()
    party_map = {}
    for party in Party.objects.filter(scenario=source):
        old_pk = party.pk
        party.pk = None
        party.scenario = copy
        party.save()
        party_map[old_pk] = party
    for page in OsintPage.objects.filter(scenario=source):
        page.pk = None
        page.scenario = copy
        page.save()
    for consignment in source.consignments.prefetch_related("events", "scans", "truth"):
        events = list(consignment.events.all())
        scans = list(consignment.scans.all())
        truths = list(consignment.truth.all())
        consignment.pk = None
        consignment.id = None
        consignment.scenario = copy
        for field in ("shipper", "consignee", "notify_party", "freight_payer"):
            old = getattr(consignment, f"{field}_id")
            setattr(consignment, field, party_map.get(old))
        consignment.save()
        consignment.scans.set(scans)
        for event in events:
            event.pk = None
            event.consignment = consignment
            event.save()
        for truth in truths:
            truth.pk = None
            truth.consignment = consignment
            truth.save()
    return copy


def scenario_generate(
    *,
    user,
    consignments: int,
    phase: str = "import",
    difficulty: int = 3,
    title: str = "",
    seed: int | None = None,
    high_risk: int | None = None,
    prevalence: float | None = None,
    budget: int | None = None,
    request=None,
) -> Scenario:
    """Generate a scenario (scenarios.generator) and import it as a draft of
    `user`, for review like any other. Without a `seed` the platform draws a
    secret one; a chosen seed is used as given. The audit entry records the
    parameters and whether the seed was chosen, never the seed itself (with
    it and the public code anyone could rebuild the truth)."""
    import secrets

    from core.seeds import SEED_BITS

    from .generator import scenario_document_generate
    from .interchange import scenario_import

    chosen = seed is not None
    if seed is None:
        seed = secrets.randbits(SEED_BITS)
    document = scenario_document_generate(
        seed=seed,
        consignments=consignments,
        high_risk=high_risk,
        phase=phase,
        title=title or None,
        budget=budget,
        difficulty=difficulty,
        prevalence=prevalence,
    )
    with transaction.atomic():
        scenario = scenario_import(document=document, user=user)
        audit.record(
            "scenarios.generate",
            actor=user,
            request=request,
            target=scenario,
            consignments=consignments,
            phase=phase,
            difficulty=difficulty,
            high_risk=high_risk,
            prevalence=prevalence,
            budget=budget,
            seed_chosen=chosen,
        )
    return scenario
