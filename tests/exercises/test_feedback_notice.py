"""New mentor feedback reaches the trainee: marked in their attempt list
until they open the debrief, and e-mailed in their language."""

from http import HTTPStatus

import pytest
from django.core import mail
from django.urls import reverse

from accounts.roles import Role
from exercises.models import Feedback
from tests.html_forms import rendered_forms

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(make_user):
    from exercises.services import attempt_start, attempt_submit
    from tests.factories.exercises import published_exercise_scenario

    trainee = make_user(role=Role.TRAINEE, language="uz", full_name="Dilnoza Karimova")
    attempt = attempt_start(user=trainee, scenario=published_exercise_scenario())
    return attempt_submit(attempt=attempt, user=trainee)


def write_feedback(client, mentor, attempt, text, capture):
    client.force_login(mentor)
    url = reverse("exercises:review", args=[attempt.public_id])
    form = next(f for f in rendered_forms(client.get(url).text) if "text" in f.names())
    with capture(execute=True):
        response = client.post(url, form.data(text=text))
    assert response.status_code == HTTPStatus.FOUND


def test_the_attempt_list_marks_new_feedback_until_the_debrief_is_read(
    client, make_user, submitted, django_capture_on_commit_callbacks
):
    mentor = make_user(role=Role.STAFF)
    catalogue = reverse("exercises:catalogue")
    client.force_login(submitted.user)
    assert "Yangi izoh" not in client.get(f"/uz{catalogue[3:]}").text
    write_feedback(client, mentor, submitted, "Look at the seal numbers.", django_capture_on_commit_callbacks)
    client.force_login(submitted.user)
    page = client.get(f"/uz{catalogue[3:]}").text
    row = page.split(str(submitted.public_id), 1)[1].split("</tr>", 1)[0]
    assert "Yangi izoh" in row
    debrief = client.get(reverse("exercises:debrief", args=[submitted.public_id]))
    assert "Look at the seal numbers." in debrief.text
    assert Feedback.objects.get().read_at is not None
    assert "Yangi izoh" not in client.get(f"/uz{catalogue[3:]}").text


def test_the_mentor_opening_the_debrief_does_not_mark_it_read(client, make_user, submitted):
    from exercises.services import feedback_add, feedback_mark_read

    mentor = make_user(role=Role.STAFF)
    feedback_add(attempt=submitted, author=mentor, text="Good.")
    assert feedback_mark_read(attempt=submitted, user=mentor) == 0
    assert Feedback.objects.get().read_at is None


def test_the_trainee_is_emailed_in_their_language_with_a_link_to_the_debrief(
    client, make_user, submitted, django_capture_on_commit_callbacks
):
    mentor = make_user(role=Role.STAFF, full_name="Aigerim Nurlanova")
    write_feedback(client, mentor, submitted, "Look at the seal numbers.", django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox] == [[submitted.user.email]]
    message = mail.outbox[0]
    assert message.subject.startswith("[PNG akademiyasi]")
    assert "murabbiy" in message.subject.lower()
    assert f"http://testserver/uz/exercises/attempts/{submitted.public_id}/debrief/" in message.body
    assert "Aigerim Nurlanova" in message.body and "Salom, Dilnoza Karimova!" in message.body
    # The comment itself is read signed in, not in the mail.
    assert "seal numbers" not in message.body
