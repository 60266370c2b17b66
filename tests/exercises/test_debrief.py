import pytest

from exercises import services
from exercises.debrief import DebriefNotAvailable, _num, attempt_debrief

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("value", "shown"), [(-1e-17, "0.00"), (0.734, "0.73"), (-0.5, "-0.50")])
def test_numbers_in_the_debrief_never_show_negative_zero(value, shown):
    assert _num(value) == shown


def test_debrief_is_refused_before_submission(attempt):
    with pytest.raises(DebriefNotAvailable):
        attempt_debrief(attempt=attempt)


def test_debrief_lists_every_consignment_misses_first_with_the_trend(attempt):
    attempt = services.attempt_submit(attempt=attempt, user=attempt.user)
    debrief = attempt_debrief(attempt=attempt, language="ru")
    assert len(debrief.rows) == 6
    assert [r.outcome for r in debrief.rows[:2]] == ["miss", "miss"]
    assert any(r.explanation.startswith("Секретный") for r in debrief.rows)
    assert {m.key for m in debrief.metrics} >= {"hit_rate", "skill", "d_prime", "indicator_f1"}
    assert list(debrief.trend) == [attempt]


def test_selecting_nothing_reads_as_no_discrimination_and_scores_0(attempt):
    attempt = services.attempt_submit(attempt=attempt, user=attempt.user)
    metrics = {m.key: m for m in attempt_debrief(attempt=attempt).metrics}
    assert attempt.score == 0
    assert (metrics["d_prime"].value, metrics["net_value"].value) == ("0.00", "0 %")
    assert metrics["d_prime"].reading == "You opened no container, so there is no discrimination to measure."
    assert "set mostly by how many containers you may open" in metrics["criterion"].reading
    assert "good" not in metrics["d_prime"].reading and "cautious" not in metrics["criterion"].reading


def test_the_debrief_names_the_cost_of_a_clean_container(attempt):
    from exercises.models import AttemptItem
    from scenarios.truth import scenario_truth

    truth = scenario_truth(scenario=attempt.scenario)
    clean = next(
        i for i in AttemptItem.objects.filter(attempt=attempt) if not truth[i.consignment_id].high_risk
    )
    services.attempt_save_item(attempt=attempt, user=attempt.user, ref=clean.ref, selected=True)
    attempt = services.attempt_submit(attempt=attempt, user=attempt.user)
    metrics = {m.key: m for m in attempt_debrief(attempt=attempt).metrics}
    # 6 consignments, 2 high-risk of severity 2: a clean one costs 2 x 2 / 4 = 1.00.
    assert attempt.breakdown["clean_cost"] == pytest.approx(1.0)
    assert "less 1.00 for each clean container" in metrics["net_value"].reading
    assert (attempt.score, metrics["precision_skill"].value) == (0, "0 %")


def test_the_breakdown_keeps_hits_misses_and_false_alarms_and_the_debrief_lists_every_consignment(
    attempt,
):
    """Correct releases are not stored (most of a large scenario); the debrief
    shows them all the same, and reads a breakdown stored before, which lists
    every consignment, the same way."""
    from exercises.models import Attempt
    from tests.exercises.test_services import refs_by_risk

    high, low = refs_by_risk(attempt)
    services.attempt_save_item(attempt=attempt, user=attempt.user, ref=high[0], selected=True)
    services.attempt_save_item(attempt=attempt, user=attempt.user, ref=low[0], selected=True)
    attempt = services.attempt_submit(attempt=attempt, user=attempt.user)
    stored = attempt.breakdown["outcomes"]
    assert {o["outcome"] for o in stored.values()} == {"hit", "false_alarm", "miss"}
    assert set(stored) == {high[0], low[0], *high[1:]}
    rows = [(r.item.ref, r.outcome, r.outcome_label) for r in attempt_debrief(attempt=attempt).rows]
    assert len(rows) == len(high) + len(low)
    released = {ref for ref, outcome, _label in rows if outcome == "correct_release"}
    assert released == set(low[1:])
    assert {label for ref, _o, label in rows if ref in released} == {
        "Correct release: clean and not selected"
    }

    older = dict(attempt.breakdown)
    older["outcomes"] = {
        **stored,
        **{
            ref: {"outcome": "correct_release", "severity": 0, "found": [], "missed": [], "wrong": []}
            for ref in low[1:]
        },
    }
    Attempt.objects.filter(pk=attempt.pk).update(breakdown=older)
    attempt.refresh_from_db()
    assert [(r.item.ref, r.outcome, r.outcome_label) for r in attempt_debrief(attempt=attempt).rows] == rows
