"""The mentor workspace, the mentee page and the staff cohort admin over HTTP:
the permission matrix for every URL, and what each page shows."""

import re
from http import HTTPStatus

import pytest
from django.urls import reverse

from exercises.models import Feedback
from mentoring.models import SessionNote

pytestmark = pytest.mark.django_db

WHO = ("anonymous", "trainee", "other_trainee", "mentor", "other_mentor", "staff")


def login(client, request, who):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))


def submitted_attempt(user, *, indicators=("IND-10",), mode="assessed"):
    from exercises.services import attempt_save_item, attempt_start, attempt_submit
    from scenarios.truth import scenario_truth
    from tests.factories.exercises import published_exercise_scenario

    scenario = published_exercise_scenario()
    attempt = attempt_start(user=user, scenario=scenario, mode=mode)
    truth = scenario_truth(scenario=scenario)
    item = next(i for i in attempt.items.all() if truth[i.consignment_id].high_risk)
    attempt_save_item(attempt=attempt, user=user, ref=item.ref, selected=True, indicators=list(indicators))
    return attempt_submit(attempt=attempt, user=user)


EXPECTED_WORKSPACE = {
    "anonymous": HTTPStatus.FOUND,
    "trainee": HTTPStatus.FORBIDDEN,
    "other_trainee": HTTPStatus.FORBIDDEN,
    "mentor": HTTPStatus.OK,
    "other_mentor": HTTPStatus.OK,
    "staff": HTTPStatus.OK,
}
EXPECTED_MENTEE = EXPECTED_WORKSPACE | {"other_mentor": HTTPStatus.NOT_FOUND}
EXPECTED_ADMIN = {
    "anonymous": HTTPStatus.FOUND,
    "trainee": HTTPStatus.FORBIDDEN,
    "other_trainee": HTTPStatus.FORBIDDEN,
    "mentor": HTTPStatus.FORBIDDEN,
    "other_mentor": HTTPStatus.FORBIDDEN,
    "staff": HTTPStatus.OK,
}


@pytest.mark.parametrize("who", WHO)
def test_workspace_permissions(client, request, cohort, other_cohort, who):
    login(client, request, who)
    response = client.get(reverse("mentoring:workspace"))
    assert response.status_code == EXPECTED_WORKSPACE[who]
    if who == "other_mentor":
        # Their own cohort only: nothing of the first cohort.
        assert (
            cohort.name not in response.text and request.getfixturevalue("trainee").email not in response.text
        )
        assert (
            client.get(reverse("mentoring:workspace"), {"cohort": cohort.pk}).status_code
            == HTTPStatus.NOT_FOUND
        )


@pytest.mark.parametrize("who", WHO)
def test_mentee_page_permissions(client, request, cohort, other_cohort, trainee, who):
    login(client, request, who)
    url = reverse("mentoring:mentee", args=[cohort.pk, trainee.pk])
    assert client.get(url).status_code == EXPECTED_MENTEE[who]
    response = client.post(url, {"session_on": "2026-03-03", "text": "Note"})
    expected_post = {HTTPStatus.OK: HTTPStatus.OK}.get(EXPECTED_MENTEE[who], EXPECTED_MENTEE[who])
    if who == "mentor":
        expected_post = HTTPStatus.FOUND
    assert response.status_code == expected_post
    assert SessionNote.objects.count() == (1 if who == "mentor" else 0)


def test_a_trainee_of_another_cohort_is_not_reachable_through_a_cohort_url(
    client, mentor, cohort, other_trainee
):
    client.force_login(mentor)
    url = reverse("mentoring:mentee", args=[cohort.pk, other_trainee.pk])
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize("who", WHO)
def test_cohort_admin_permissions(client, request, cohort, who):
    """Staff only. Wagtail answers a missing permission inside the admin with a
    redirect to its dashboard; people without admin access get 403."""
    login(client, request, who)
    urls = (reverse("cohorts:index"), reverse("mentoring_admin:trainees", args=[cohort.pk]))
    for url in urls:
        response = client.get(url)
        if who in ("mentor", "other_mentor"):
            assert response.status_code == HTTPStatus.FOUND and response.url == reverse("wagtailadmin_home")
        else:
            assert response.status_code == EXPECTED_ADMIN[who], url
    response = client.post(
        urls[1], {"action": "add", "add-email": "new@example.org", "add-preferred_language": "ru"}
    )
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert cohort.memberships.filter(user__email="new@example.org").exists() == (who == "staff")


def test_workspace_shows_progress_and_attempts_awaiting_feedback(client, mentor, cohort, trainee, course):
    from courses.models import LessonPage
    from courses.services import lesson_mark_complete
    from mentoring.services import cohort_enrol

    cohort_enrol(cohort=cohort)
    lesson_mark_complete(user=trainee, lesson=LessonPage.objects.live().descendant_of(course).first())
    attempt = submitted_attempt(trainee)
    client.force_login(mentor)
    page = client.get(reverse("mentoring:workspace"))
    assert course.title in page.text
    assert "50 %" in page.text
    assert reverse("exercises:review", args=[attempt.public_id]) in page.text
    Feedback.objects.create(attempt=attempt, author=mentor, text="Good")
    page = client.get(reverse("mentoring:workspace"))
    assert reverse("exercises:review", args=[attempt.public_id]) not in page.text


def test_mentee_page_shows_the_profile_and_only_the_viewers_own_notes(
    client, mentor, make_user, cohort, trainee
):
    from accounts.roles import Role
    from mentoring.services import session_note_add

    co_mentor = make_user(role=Role.MENTOR)
    cohort.mentors.add(co_mentor)
    session_note_add(cohort=cohort, mentee=trainee, author=co_mentor, text="CO-MENTOR-PRIVATE")
    submitted_attempt(trainee)
    client.force_login(mentor)
    url = reverse("mentoring:mentee", args=[cohort.pk, trainee.pk])
    response = client.post(url, {"session_on": "2026-03-03", "text": "MY-NOTE"}, follow=True)
    assert "MY-NOTE" in response.text
    assert "CO-MENTOR-PRIVATE" not in response.text
    # Charts are server-drawn SVG: no inline script (the site's own scripts load by src).
    assert "<svg" in response.text and not re.search(r"<script(?![^>]*\bsrc=)", response.text)
    assert "Goods" in response.text  # the over-flagged IND-10 category
    # One form is never enough, and the headline is d′ and lift, not the raw hit rate.
    assert "Not yet reliable: 1 of the 3 forms (submitted attempts) needed." in response.text
    assert "× (interval " in response.text and "Hit rate" not in response.text
    # One cited high-risk container: too few indicators to call any category weak.
    assert "Too few to judge" in response.text and ">Weak<" not in response.text
    client.force_login(trainee)
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN


def test_the_mentee_charts_are_titled_and_name_their_axes(client, mentor, cohort, trainee):
    from django.conf import settings
    from django.utils import translation

    from tests.core.svg_charts import parse

    submitted_attempt(trainee)
    submitted_attempt(trainee, indicators=("IND-10", "IND-21"))
    client.force_login(mentor)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    with translation.override("ru"):
        page = client.get(reverse("mentoring:mentee", args=[cohort.pk, trainee.pk]))
    charts = [parse(svg) for svg in re.findall(r"<svg class=\"chart\".*?</svg>", page.text, flags=re.S)]
    assert [c.of("chart-title") for c in charts] == [
        ["Лифт во времени с 95-процентным интервалом"],
        ["d′ во времени с 95-процентным интервалом"],
        ["Доля пропущенных заложенных индикаторов по категориям"],
    ]
    assert [c.of("chart-axis-title") for c in charts] == [
        ["Подъём (lift)", "Попытка"],
        ["d′", "Попытка"],
        ["Пропущено (%)"],
    ]
    assert charts[0].of("chart-label") == ["1", "2"]
    for chart in charts:
        assert not chart.outside(), chart.title


def test_practice_attempts_never_reach_the_statistics(client, mentor, cohort, trainee):
    from mentoring.models import IndicatorTally
    from mentoring.selectors import category_profile, mentee_profile
    from reports.selectors import Filters, programme_dashboard

    assessed = submitted_attempt(trainee, indicators=("IND-10",))
    # A practice attempt that would change every figure: a second form, and
    # an over-flagged indicator of another category.
    practice = submitted_attempt(trainee, indicators=("IND-21",), mode="practice")
    assert practice.mode == "practice" and practice.score is not None
    profile = mentee_profile(cohort=cohort, mentee=trainee, viewer=mentor)
    assert [p.attempts for p in profile.trend] == [1]
    assert profile.current.decisions == 6
    assert profile.categories == category_profile(IndicatorTally.objects.filter(attempt=assessed))
    assert profile.categories != category_profile(IndicatorTally.objects.filter(user=trainee))
    dashboard = programme_dashboard(Filters())
    assert dict(dashboard.figures)["Exercise attempts"] == 1
    skill = next(t for t in dashboard.tables if t.key == "skill")
    assert [row[1:3] for row in skill.rows] == [[1, 6]]
    client.force_login(mentor)
    page = client.get(reverse("mentoring:mentee", args=[cohort.pk, trainee.pk])).text
    assert "Not yet reliable: 1 of the 3 forms (submitted attempts) needed." in page
    assert "(Practice)" in page  # the attempt list still shows it, marked


def test_a_bad_import_shows_every_problem_by_row_and_changes_nothing(client, staff, cohort):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(staff)
    upload = SimpleUploadedFile("t.csv", b"email,country\nok@example.org,KZ\nbad,KZ\nz@example.org,Mars\n")
    response = client.post(
        reverse("mentoring_admin:trainees", args=[cohort.pk]), {"action": "import", "import-file": upload}
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Row 3" in response.text and "Row 4" in response.text and "Mars" in response.text
    assert cohort.memberships.count() == 1


def test_staff_create_a_cohort_in_the_admin_and_its_trainees_are_enrolled(
    client, staff, mentor, course, trainee
):
    from courses.models import Enrolment
    from mentoring.models import Cohort

    client.force_login(staff)
    data = {
        "name": "Farap and Turkmenbashi",
        "country": "TM",
        "duty_stations": "Farap\nTurkmenbashi",
        "starts_on": "2026-04-06",
        "ends_on": "2026-04-09",
        "mentors": [mentor.pk],
        "courses": [course.pk],
    }
    response = client.post(reverse("cohorts:add"), data)
    assert response.status_code == HTTPStatus.FOUND, response.content[:2000]
    cohort = Cohort.objects.get(name="Farap and Turkmenbashi")
    assert list(cohort.mentors.all()) == [mentor]
    response = client.post(
        reverse("mentoring_admin:trainees", args=[cohort.pk]),
        {"action": "add", "add-email": trainee.email, "add-preferred_language": "en"},
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Enrolment.objects.filter(user=trainee, course_key=course.translation_key).exists()
    bad = client.post(reverse("cohorts:add"), data | {"name": "Reversed", "ends_on": "2026-04-01"})
    assert bad.status_code == HTTPStatus.OK and not Cohort.objects.filter(name="Reversed").exists()


def test_deleting_a_cohort_is_audited_and_keeps_the_trainees_and_their_enrolments(
    client, staff, cohort, trainee
):
    from core.models import AuditEntry
    from courses.models import Enrolment
    from mentoring.models import Cohort

    enrolments = Enrolment.objects.filter(user=trainee).count()
    client.force_login(staff)
    response = client.post(reverse("cohorts:delete", args=[cohort.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert not Cohort.objects.filter(pk=cohort.pk).exists()
    entry = AuditEntry.objects.get(action="mentoring.cohort_delete")
    assert entry.actor == staff and entry.details == {"name": cohort.name, "trainees": 1}
    assert Enrolment.objects.filter(user=trainee).count() == enrolments
    trainee.refresh_from_db()
