from io import StringIO

import pytest
from django.core.management import call_command

from exercises.models import Attempt, Feedback

pytestmark = pytest.mark.django_db


@pytest.mark.slow
def test_seed_demo_gives_every_demo_trainee_submitted_attempts_once(seeded_demo):
    # Two from the exercises demo, two earlier ones from the mentoring demo's history.
    for email in ("trainee.en@example.org", "trainee.uz@example.org"):
        attempts = Attempt.objects.submitted().filter(user__email=email)
        assert attempts.count() == 4
        assert all(a.breakdown["selected"] >= 1 for a in attempts)
    assert Feedback.objects.count() == 4
    call_command("seed_demo", stdout=StringIO())
    assert Attempt.objects.count() == 16
