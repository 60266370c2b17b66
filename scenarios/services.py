"""Writes: the indicator catalogue, the review workflow, versions.

A scenario moves draft -> in review -> published. Only a mentor other than
the one who submitted it may approve; approving runs the publishing check
and freezes the version. Editing a published (or in-review) version is
refused; `scenario_new_version` copies it into a new draft.
"""

import logging
import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.roles import Role, user_has_role
from core import audit
from core.seeds import seed_derive

from .catalogue import DEFAULT_INDICATORS
from .declarations_engine import declarations_engine_store, scenario_is_declarations
from .errors import ScenarioError, ScenarioInvalidError, ScenarioLockedError
from .generator import scenario_document_generate
from .interchange import scenario_import
from .likelihoods import DEFAULT_DIFFICULTY, DIFFICULTIES
from .models import Consignment, Indicator, OsintPage, Party, Scenario, ScenarioStatus
from .models.truth import ConsignmentTruth
from .notifications import scenario_returned_notify
from .validation import scenario_problems

logger = logging.getLogger(__name__)

NOT_A_DRAFT = _("Only a draft can be changed; create a new version of this scenario instead.")
NOT_IN_REVIEW = _("This scenario is not waiting for review.")
OWN_REVIEW = _("A second mentor must review: you cannot approve a scenario you created or submitted.")
NOT_A_REVIEWER = _("Only a mentor may review scenarios.")
NOT_PUBLISHED = _("Only a published scenario can get a new version.")
CANNOT_GENERATE = _("The generator cannot make this scenario: %(reason)s")


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
    # The hidden forms of the versions superseded (now or before) go with them.
    Scenario.objects.forms().filter(lineage=scenario.lineage, superseded_at__isnull=True).exclude(
        form_of=scenario
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
    if scenario.generator_settings:
        # Generating the forms of a large scenario takes minutes: a task
        # worker makes them once the publication has committed.
        pk = scenario.pk
        transaction.on_commit(lambda: _enqueue_forms(pk))
    return scenario


def _enqueue_forms(scenario_id: int) -> None:
    from .tasks import scenario_forms_generate_task

    scenario_forms_generate_task.enqueue(scenario_id)


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


@transaction.atomic
def scenario_generate(
    *,
    seed: int | None = None,
    consignments: int,
    high_risk: int | None = None,
    phase: str = "import",
    title: str | dict | None = None,
    budget: int | None = None,
    patterns: tuple[str, ...] | list[str] | None = None,
    difficulty: int = DEFAULT_DIFFICULTY,
    prevalence: float | None = None,
    seed_purpose: str = "",
    user=None,
    publish: bool = False,
    request=None,
) -> Scenario:
    """Generate a scenario (`generator.scenario_document_generate`), import it
    as a draft and record its generator settings, which its hidden forms are
    drawn with once it is published (`scenario_forms_generate`). Every entry
    point of the generator (the command, the demo, an admin form) calls this.

    `seed` is the public seed: used as it is, or, with `seed_purpose`, the
    nominal seed a secret one is derived from (`core.seeds.seed_derive`); None
    lets the platform draw a secret seed, and none is recorded. `publish`
    publishes at once without the second mentor (operators' seeding only).
    Raises ScenarioError when the generator refuses the arguments or the
    import fails; nothing is saved then. The audit entry records the
    parameters and whether the seed was chosen, never the seed itself (with
    it and the public code anyone could rebuild the truth)."""
    arguments = {
        "consignments": consignments,
        "high_risk": high_risk,
        "phase": phase,
        "title": title,
        "budget": budget,
        "patterns": list(patterns) if patterns else None,
        "difficulty": difficulty,
        "prevalence": prevalence,
    }
    if seed is None:
        generator_seed = seed_derive(purpose="scenarios.generate", parts=(uuid.uuid4().hex,))
    elif seed_purpose:
        generator_seed = seed_derive(purpose=seed_purpose, parts=(seed,))
    else:
        generator_seed = seed
    try:
        document = scenario_document_generate(
            seed=generator_seed, **{**arguments, "patterns": tuple(patterns) if patterns else None}
        )
    except ValueError as error:
        raise ScenarioError(CANNOT_GENERATE % {"reason": error}) from error
    recorded = {"seed": seed, "seed_purpose": seed_purpose if seed is not None else "", **arguments}
    scenario = scenario_import(document=document, user=user, fields={"generator_settings": recorded})
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
        seed_chosen=seed is not None,
    )
    if publish:
        scenario = scenario_publish_unreviewed(scenario=scenario)
    return scenario


def _form_document(parent: Scenario, index: int) -> dict | None:
    """The document of hidden form `index` of `parent`: the generator with
    the parent's recorded settings, shape (consignments, high-risk, budget)
    and a secret seed of its own, with the parent's scenario fields. None
    when the parent's shape cannot be generated (edited by hand)."""
    recorded = parent.generator_settings or {}
    consignments = Consignment.objects.filter(scenario=parent).count()
    high_risk = ConsignmentTruth.objects.filter(consignment__scenario=parent, high_risk=True).count()
    seed = seed_derive(purpose="scenarios.form", parts=(parent.lineage, parent.version, index))
    try:
        document = scenario_document_generate(
            seed=seed,
            consignments=consignments,
            high_risk=high_risk,
            phase=recorded.get("phase") or parent.phase,
            budget=parent.inspection_budget,
            patterns=tuple(recorded["patterns"]) if recorded.get("patterns") else None,
            difficulty=parent.difficulty if parent.difficulty in DIFFICULTIES else DEFAULT_DIFFICULTY,
        )
    except ValueError:
        logger.warning(
            "scenario %s: no hidden forms for %s consignments, %s high-risk",
            parent.pk,
            consignments,
            high_risk,
        )
        return None
    document.update(
        title=parent.title,
        briefing=parent.briefing,
        location=parent.location,
        transport_modes=list(parent.transport_modes or ()),
        inspection_budget=parent.inspection_budget,
        time_limit_minutes=parent.time_limit_minutes,
        difficulty=parent.difficulty,
        pass_mark=parent.pass_mark,
        weights={
            "severity": str(parent.weight_severity),
            "skill": str(parent.weight_skill),
            "indicators": str(parent.weight_indicators),
        },
    )
    return document


def scenario_forms_generate(*, scenario: Scenario, count: int | None = None) -> int:
    """Make the hidden forms of a published generated scenario version up to
    `count` (`EXERCISES_GENERATED_FORMS`): each the generator with the
    version's settings and a secret seed derived from its lineage, version
    and form number, published with it (same title, briefing, budget, time
    limit, pass mark and weights). Assessed attempts draw from these forms
    (`exercises.services.attempt_start`). Each form is made in its own
    transaction; safe to run again or twice at once (the forms that exist
    are kept). Returns how many were made."""
    count = settings.EXERCISES_GENERATED_FORMS if count is None else count
    parent = Scenario.objects.filter(pk=scenario.pk).authored().first()
    if (
        parent is None
        or not parent.generator_settings
        or parent.status != ScenarioStatus.PUBLISHED
        or parent.superseded_at is not None
    ):
        return 0
    made = 0
    for index in range(1, count + 1):
        if Scenario.objects.forms_of(parent).filter(form_index=index).exists():
            continue
        document = _form_document(parent, index)
        if document is None:
            break
        try:
            with transaction.atomic():
                form = scenario_import(
                    document=document,
                    user=parent.created_by,
                    fields={
                        "lineage": parent.lineage,
                        "version": parent.version,
                        "form_of": parent,
                        "form_index": index,
                    },
                )
                Scenario.objects.filter(pk=form.pk).update(
                    status=ScenarioStatus.PUBLISHED,
                    submitted_by=parent.submitted_by,
                    approved_by=parent.approved_by,
                    published_at=timezone.now(),
                    updated_at=timezone.now(),
                )
        except IntegrityError:
            continue  # another worker made this form meanwhile
        made += 1
    if made:
        audit.record("scenarios.forms_generate", target=parent, version=parent.version, forms=made)
    return made
