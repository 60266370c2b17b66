from http import HTTPStatus

import pytest
from django.urls import reverse

from exercises import services
from tests.factories.mentoring import cohort_build

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("who", ["mentor", "staff"])
def test_mentors_and_staff_list_and_inspect_attempts_in_the_admin(client, request, attempt, who, mentor):
    cohort_build(mentors=[mentor], trainees=[attempt.user])
    services.attempt_submit(attempt=attempt, user=attempt.user)
    client.force_login(request.getfixturevalue(who))
    listing = client.get(reverse("exercise_attempts:index"), {"q": attempt.user.email})
    assert listing.status_code == HTTPStatus.OK
    assert attempt.user.email in listing.text or attempt.user.full_name in listing.text
    inspect = client.get(reverse("exercise_attempts:inspect", args=[attempt.pk]))
    assert inspect.status_code == HTTPStatus.OK


def test_trainees_cannot_reach_the_attempts_admin(client, trainee, attempt):
    client.force_login(trainee)
    response = client.get(reverse("exercise_attempts:index"))
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)


def test_a_mentor_of_another_cohort_neither_lists_nor_inspects_the_attempt(client, attempt, make_user):
    from accounts.roles import Role

    other = make_user(role=Role.MENTOR)
    cohort_build(mentors=[other], trainees=[make_user()])
    services.attempt_submit(attempt=attempt, user=attempt.user)
    client.force_login(other)
    listing = client.get(reverse("exercise_attempts:index"))
    assert listing.status_code == HTTPStatus.OK
    assert attempt.user.email not in listing.text and attempt.user.full_name not in listing.text
    # A 404 under /admin/ is first offered a language prefix by LocaleMiddleware; it stays a 404.
    inspect = client.get(reverse("exercise_attempts:inspect", args=[attempt.pk]), follow=True)
    assert inspect.status_code == HTTPStatus.NOT_FOUND
    assert attempt.user.email not in inspect.text


def test_attempt_list_says_yes_and_no_in_the_editors_language(client, attempt, make_user):
    """Passed and expired read "Да"/"Нет", not the bare True/False of the field."""
    from accounts.roles import Role
    from tests.i18n.checks import visible_text

    services.attempt_submit(attempt=attempt, user=attempt.user)
    staff = make_user(role=Role.STAFF, language="ru")
    client.force_login(staff)
    listing = client.get(reverse("exercise_attempts:index"), HTTP_ACCEPT_LANGUAGE="ru").text
    assert '<html lang="ru"' in listing
    start = listing.index('<table class="listing')
    cells = visible_text(listing[start : listing.index("</table>", start)], "ru")
    assert cells.count("Нет") == 2, cells  # neither passed nor expired
    assert not {"True", "False", "None"} & set(cells), cells
