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
