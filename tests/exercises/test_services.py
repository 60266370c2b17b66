"""The attempt workflow: start, autosave, lock, examine, alert, submit, expiry."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from exercises import errors, services
from exercises.models import Attempt, AttemptItem, AttemptStatus, Feedback, Selection
from scenarios.models.truth import ConsignmentTruth

pytestmark = pytest.mark.django_db


def refs_by_risk(attempt):
    high = set(
        ConsignmentTruth.objects.filter(consignment__scenario=attempt.scenario, high_risk=True).values_list(
            "consignment_id", flat=True
        )
    )
    items = list(AttemptItem.objects.filter(attempt=attempt))
    return [i.ref for i in items if i.consignment_id in high], [
        i.ref for i in items if i.consignment_id not in high
    ]


def select(attempt, ref, *, indicators=("IND-21",), selected=True, **kwargs):
    return services.attempt_save_item(
        attempt=attempt,
        user=attempt.user,
        ref=ref,
        selected=selected,
        indicators=indicators,
        justification="Seal differs",
        **kwargs,
    )


def test_start_pins_the_version_and_gives_every_consignment_an_opaque_ref(attempt, scenario):
    items = list(attempt.items.all())
    assert attempt.scenario_id == scenario.pk
    assert len(items) == 6
    assert sorted(i.position for i in items) == list(range(1, 7))
    assert len({i.ref for i in items}) == 6
    for item in items:
        assert len(item.ref) == 8 and int(item.ref, 16) >= 0
        assert item.ref != str(item.consignment_id)


def test_starting_again_resumes_the_open_attempt(attempt, scenario, trainee):
    assert services.attempt_start(user=trainee, scenario=scenario) == attempt
    assert Attempt.objects.count() == 1


def test_start_refuses_a_draft_scenario(trainee):
    from tests.factories.scenarios import scenario_build

    with pytest.raises(errors.ExerciseError, match="not published"):
        services.attempt_start(user=trainee, scenario=scenario_build())
    assert not Attempt.objects.exists()


def test_a_new_version_leaves_the_attempt_on_its_pinned_version(attempt, scenario, mentor):
    from scenarios.services import scenario_new_version

    scenario_new_version(scenario=scenario, user=mentor)
    attempt.refresh_from_db()
    assert attempt.scenario_id == scenario.pk


def test_time_limit_sets_a_deadline(make_scenario, trainee):
    scenario = make_scenario(time_limit_minutes=30)
    now = timezone.now()
    attempt = services.attempt_start(user=trainee, scenario=scenario, now=now)
    assert attempt.deadline == now + timedelta(minutes=30)


def test_autosave_records_selection_indicators_and_justification_and_bumps_revision(attempt):
    high, _low = refs_by_risk(attempt)
    select(attempt, high[0], revision=0)
    selection = Selection.objects.get()
    assert selection.item.ref == high[0]
    assert selection.indicators == ["IND-21"]
    assert selection.justification == "Seal differs"
    attempt.refresh_from_db()
    assert attempt.revision == 1
    assert attempt.last_item_ref == high[0]


def test_deselecting_removes_the_selection(attempt):
    ref = attempt.items.first().ref
    select(attempt, ref)
    select(attempt, ref, selected=False)
    assert not Selection.objects.exists()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ref": "nope"}, "Unknown consignment reference"),
        ({"indicators": ["IND-99"]}, "Unknown risk indicator: IND-99"),
        ({"justification": "x" * 1001}, "longer than 1000"),
    ],
)
def test_bad_autosave_is_refused_and_records_nothing(attempt, kwargs, message):
    params = {"ref": attempt.items.first().ref, "indicators": ["IND-21"], "justification": "ok"}
    params.update(kwargs)
    with pytest.raises(errors.ExerciseError, match=message):
        services.attempt_save_item(attempt=attempt, user=attempt.user, selected=True, **params)
    assert not Selection.objects.exists()
    attempt.refresh_from_db()
    assert attempt.revision == 0


def test_selection_beyond_the_budget_is_refused(attempt):
    refs = [i.ref for i in attempt.items.all()]
    for ref in refs[:3]:
        select(attempt, ref)
    with pytest.raises(errors.ExerciseError, match="budget is 3"):
        select(attempt, refs[3])
    assert Selection.objects.count() == 3


def test_a_foreign_consignment_ref_is_refused(attempt, scenario, make_user):
    other = services.attempt_start(user=make_user(), scenario=scenario)
    foreign = other.items.first().ref
    with pytest.raises(errors.ExerciseError):
        select(attempt, foreign)
    assert not Selection.objects.exists()


def test_someone_elses_attempt_is_refused(attempt, make_user):
    with pytest.raises(errors.NotYourAttemptError):
        services.attempt_save_item(
            attempt=attempt, user=make_user(), ref=attempt.items.first().ref, selected=True
        )
    with pytest.raises(errors.NotYourAttemptError):
        services.attempt_submit(attempt=attempt, user=make_user())
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SELECTING


def test_a_stale_autosave_from_another_tab_is_refused(attempt):
    refs = [i.ref for i in attempt.items.all()]
    select(attempt, refs[0], revision=0)
    with pytest.raises(errors.StaleSaveError):
        select(attempt, refs[1], revision=0)
    assert Selection.objects.count() == 1


def test_autosave_after_submission_is_refused(attempt):
    ref = attempt.items.first().ref
    services.attempt_submit(attempt=attempt, user=attempt.user)
    with pytest.raises(errors.AttemptClosedError, match="already been submitted"):
        select(attempt, ref)
    assert not Selection.objects.exists()


def test_whole_workflow_scores_hits_and_reveals_examination_results(attempt):
    high, low = refs_by_risk(attempt)
    select(attempt, high[0])
    select(attempt, high[1])
    select(attempt, low[0], indicators=())
    services.attempt_lock_selection(attempt=attempt, user=attempt.user)
    with pytest.raises(errors.AttemptClosedError, match="locked"):
        select(attempt, low[1])
    examined = services.attempt_examine(attempt=attempt, user=attempt.user, ref=high[0], method="xray")
    assert examined.result.startswith("TRUTHMARK xray")
    sealed = services.attempt_examine(attempt=attempt, user=attempt.user, ref=high[1], method="seal")
    assert "duplicate" in sealed.result
    nothing = services.attempt_examine(attempt=attempt, user=attempt.user, ref=low[0], method="xray")
    assert nothing.result == str(services.NOTHING_FOUND)
    with pytest.raises(errors.ExerciseError, match="already been examined"):
        services.attempt_examine(attempt=attempt, user=attempt.user, ref=high[0], method="devanning")
    services.attempt_record_finding(
        attempt=attempt, user=attempt.user, ref=high[0], finding="Bags behind doors"
    )
    item = AttemptItem.objects.get(attempt=attempt, ref=high[0])
    services.attempt_save_alert(
        attempt=attempt,
        user=attempt.user,
        item_ref=high[0],
        seal=item.consignment.seals_declared,
        route="AZALT - KZAAU",
        suspicion="drugs",
        indicators=["IND-21"],
        action="examine",
    )
    attempt = services.attempt_submit(attempt=attempt, user=attempt.user)
    assert attempt.status == AttemptStatus.SUBMITTED
    b = attempt.breakdown
    assert (b["hits"], b["false_alarms"], b["misses"]) == (2, 1, 0)
    assert b["outcomes"][high[0]]["outcome"] == "hit"
    assert b["outcomes"][low[0]]["outcome"] == "false_alarm"
    assert b["alert"]["score"] == 100.0
    assert attempt.score == b["composite"]
    assert attempt.passed is (attempt.score >= 60)


def test_examination_needs_a_locked_selection_and_a_selected_container(attempt):
    high, low = refs_by_risk(attempt)
    select(attempt, high[0])
    with pytest.raises(errors.ExerciseError, match="Finish the selection"):
        services.attempt_examine(attempt=attempt, user=attempt.user, ref=high[0], method="xray")
    services.attempt_lock_selection(attempt=attempt, user=attempt.user)
    with pytest.raises(errors.ExerciseError, match="Only selected"):
        services.attempt_examine(attempt=attempt, user=attempt.user, ref=low[0], method="xray")
    with pytest.raises(errors.ExerciseError, match="Unknown examination method"):
        services.attempt_examine(attempt=attempt, user=attempt.user, ref=high[0], method="sniff")


def test_alert_refuses_unknown_suspicion_and_unselected_containers(attempt):
    high, low = refs_by_risk(attempt)
    select(attempt, high[0])
    services.attempt_lock_selection(attempt=attempt, user=attempt.user)
    with pytest.raises(errors.ExerciseError, match="Unknown value"):
        services.attempt_save_alert(attempt=attempt, user=attempt.user, item_ref=high[0], suspicion="aliens")
    with pytest.raises(errors.ExerciseError, match="Only selected"):
        services.attempt_save_alert(attempt=attempt, user=attempt.user, item_ref=low[0])
    from exercises.models import Alert

    assert not Alert.objects.exists()


def test_an_alert_may_suspect_every_threat_the_truth_can_record_but_none(attempt):
    truth_threats = {value for value, _label in ConsignmentTruth._meta.get_field("threat").choices}
    high, _low = refs_by_risk(attempt)
    select(attempt, high[0])
    services.attempt_lock_selection(attempt=attempt, user=attempt.user)
    for threat in sorted(truth_threats - {"none"}):
        alert = services.attempt_save_alert(
            attempt=attempt, user=attempt.user, item_ref=high[0], suspicion=threat
        )
        assert alert.suspicion == threat
    with pytest.raises(errors.ExerciseError, match="Unknown value"):
        services.attempt_save_alert(attempt=attempt, user=attempt.user, item_ref=high[0], suspicion="none")


def test_submit_is_idempotent(attempt):
    high, _low = refs_by_risk(attempt)
    select(attempt, high[0])
    first = services.attempt_submit(attempt=attempt, user=attempt.user)
    second = services.attempt_submit(attempt=attempt, user=attempt.user)
    assert first.submitted_at == second.submitted_at
    assert first.score == second.score
    assert Attempt.objects.submitted().count() == 1


def test_what_is_written_with_the_score_commits_with_it_or_not_at_all(attempt):
    """Receivers of `attempt_scored` run inside the submission's transaction:
    one that fails leaves the attempt open, its selection saved, and a retry
    submits it."""
    from django.db import transaction

    from exercises.signals import attempt_scored

    high, _low = refs_by_risk(attempt)
    select(attempt, high[0])
    seen = []

    def fail(sender, attempt, **kwargs):
        seen.append((attempt.status, attempt.score))
        raise RuntimeError("the disk is full")

    attempt_scored.connect(fail, dispatch_uid="test-fail")
    try:
        with pytest.raises(RuntimeError), transaction.atomic():
            services.attempt_submit(attempt=attempt, user=attempt.user)
    finally:
        attempt_scored.disconnect(dispatch_uid="test-fail")
    assert seen and seen[0][0] == AttemptStatus.SUBMITTED and seen[0][1] is not None
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.submitted_at) == (AttemptStatus.SELECTING, None, None)
    assert attempt.items.get(ref=high[0]).selection.indicators == ["IND-21"]
    assert services.attempt_submit(attempt=attempt, user=attempt.user).status == AttemptStatus.SUBMITTED


def test_submissions_on_one_published_version_read_its_truth_once_and_score_alike(scenario, make_user):
    """The truth a submission is scored against comes from the cache after
    the first submission on a published version: later ones read no truth
    row, and score the same selection the same way."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def selected():
        attempt = services.attempt_start(user=make_user(), scenario=scenario)
        select(attempt, refs_by_risk(attempt)[0][0])
        return attempt

    one, other = selected(), selected()
    first = services.attempt_submit(attempt=one, user=one.user)
    with CaptureQueriesContext(connection) as queries:
        second = services.attempt_submit(attempt=other, user=other.user)
    assert not [q for q in queries.captured_queries if "scenarios_consignmenttruth" in q["sql"]]
    assert (second.score, second.breakdown["hits"]) == (first.score, first.breakdown["hits"]) != (0, 0)
    # Nor the attempt's whole list of consignments: only the references of
    # the outcomes it stores.
    item_reads = [q["sql"] for q in queries.captured_queries if 'FROM "exercises_attemptitem"' in q["sql"]]
    assert item_reads and all(" IN (" in sql for sql in item_reads)
    assert set(second.breakdown["outcomes"]) <= set(other.items.values_list("ref", flat=True))
    assert second.breakdown["consignments"] == other.items.count()
    # The attempt handed back is the row as stored.
    stored = Attempt.objects.get(pk=other.pk)
    fields = ("status", "submitted_at", "expired", "score", "passed", "revision", "breakdown")
    assert [getattr(second, f) for f in fields] == [getattr(stored, f) for f in fields]
    assert stored.is_submitted


def test_an_attempt_on_a_version_that_is_no_longer_published_is_scored_on_its_own_consignments(
    scenario, trainee
):
    """Only a published version is read from the cache as a whole: a version
    taken back into a draft may have gained consignments since the attempt
    began, and those are not the attempt's."""
    from scenarios.models import Consignment, ScenarioStatus

    attempt = services.attempt_start(user=trainee, scenario=scenario)
    select(attempt, refs_by_risk(attempt)[0][0])
    type(scenario).objects.filter(pk=scenario.pk).update(status=ScenarioStatus.DRAFT)
    added = Consignment.objects.filter(scenario=scenario).first()
    added.pk, added.container_number = None, "MSCU1234565"
    added.save()
    ConsignmentTruth.objects.create(consignment=added, high_risk=True, severity=3, indicators=["IND-21"])
    attempt.refresh_from_db()
    submitted = services.attempt_submit(attempt=attempt, user=trainee)
    assert submitted.breakdown["consignments"] == 6
    assert submitted.breakdown["high_risk"] == 2 and submitted.breakdown["hits"] == 1


def test_autosave_after_the_deadline_is_refused(make_scenario, trainee):
    scenario = make_scenario(time_limit_minutes=10)
    start = timezone.now()
    attempt = services.attempt_start(user=trainee, scenario=scenario, now=start)
    with pytest.raises(errors.AttemptClosedError, match="run out"):
        select(attempt, attempt.items.first().ref, now=start + timedelta(minutes=11))
    assert not Selection.objects.exists()


def test_overdue_attempts_are_closed_with_what_was_saved(make_scenario, trainee):
    scenario = make_scenario(time_limit_minutes=10)
    start = timezone.now() - timedelta(minutes=20)
    attempt = services.attempt_start(user=trainee, scenario=scenario, now=start)
    high, _low = refs_by_risk(attempt)
    select(attempt, high[0], now=start + timedelta(minutes=1))
    report = services.attempts_close_overdue()
    assert report.closed == 1
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.expired
    assert attempt.submitted_at == attempt.deadline
    assert attempt.breakdown["hits"] == 1


def test_one_broken_overdue_attempt_does_not_stop_the_others(make_scenario, make_user, monkeypatch):
    scenario = make_scenario(time_limit_minutes=5)
    start = timezone.now() - timedelta(minutes=10)
    attempts = [services.attempt_start(user=make_user(), scenario=scenario, now=start) for _i in range(3)]
    broken = attempts[1].pk
    real = services._score_attempt

    def flaky(attempt):
        if attempt.pk == broken:
            raise RuntimeError("corrupt row")
        return real(attempt)

    monkeypatch.setattr(services, "_score_attempt", flaky)
    report = services.attempts_close_overdue()
    assert (report.closed, report.failed) == (2, 1)
    assert set(Attempt.objects.submitted().values_list("pk", flat=True)) == {attempts[0].pk, attempts[2].pk}


def test_close_overdue_command_reports_what_it_closed(make_scenario, trainee):
    scenario = make_scenario(time_limit_minutes=5)
    services.attempt_start(user=trainee, scenario=scenario, now=timezone.now() - timedelta(minutes=6))
    out = StringIO()
    call_command("close_overdue_attempts", stdout=out)
    assert "closed 1" in out.getvalue()
    assert Attempt.objects.submitted().count() == 1


def test_close_overdue_task_closes_attempts(make_scenario, trainee):
    from exercises.tasks import close_overdue_attempts

    scenario = make_scenario(time_limit_minutes=5)
    services.attempt_start(user=trainee, scenario=scenario, now=timezone.now() - timedelta(minutes=6))
    result = close_overdue_attempts.enqueue()
    assert result.return_value == {"closed": 1, "failed": 0}


def test_osint_logs_queries_and_visits(attempt, scenario):
    page = scenario.osint_pages.first()
    services.osint_query_log(attempt=attempt, query="registry", results=1)
    services.osint_visit_log(attempt=attempt, page_id=page.pk)
    assert attempt.osint_queries.get().query == "registry"
    assert attempt.osint_visits.get().page == page


def test_mentor_feedback_needs_a_submitted_attempt_and_a_mentor(attempt, mentor, make_user):
    with pytest.raises(errors.ExerciseError, match="submitted attempt"):
        services.feedback_add(attempt=attempt, author=mentor, text="Good")
    services.attempt_submit(attempt=attempt, user=attempt.user)
    with pytest.raises(errors.ExerciseError, match="Only mentors"):
        services.feedback_add(attempt=attempt, author=make_user(), text="Good")
    with pytest.raises(errors.ExerciseError, match="Write some"):
        services.feedback_add(attempt=attempt, author=mentor, text="  ")
    services.feedback_add(attempt=attempt, author=mentor, text="Look at the seal events.")
    assert Feedback.objects.get().text == "Look at the seal events."
