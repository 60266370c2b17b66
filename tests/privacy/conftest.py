from dataclasses import dataclass

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@dataclass
class Footprint:
    """A trainee with data in every category the platform keeps, made
    through the real services, and the records a test looks for."""

    user: object
    mentor: object
    course: object
    submitted: object
    open_attempt: object
    open_result: str
    certificate: object
    h5p_activity: object


@pytest.fixture
def footprint(site_tree, make_user, django_capture_on_commit_callbacks):
    from accounts.roles import Role
    from certificates.services import certificate_issue
    from core.models import HomePage
    from courses.models import LessonPage
    from courses.services import assessment_record_result, enrolment_create, lesson_mark_complete
    from exercises.models import AttemptItem, Selection
    from exercises.services import (
        attempt_examine,
        attempt_lock_selection,
        attempt_save_item,
        attempt_start,
        attempt_submit,
        feedback_add,
        osint_query_log,
    )
    from h5p.models import H5PAttempt, H5PStatement, H5PUserState
    from mentoring.services import session_note_add
    from tests.factories.courses import build_course
    from tests.factories.exercises import published_exercise_scenario
    from tests.factories.h5p import make_activity
    from tests.factories.mentoring import cohort_build

    user = make_user(
        full_name="Мерген Аннаев", duty_station="Turkmenbashi seaport PCU", country="TM", sex="male"
    )
    mentor = make_user(role=Role.MENTOR)
    home = HomePage.objects.get(locale__language_code="en")
    course = build_course(home, lessons=2, slug="privacy-footprint")
    course.certificate_enabled = True
    course.save_revision().publish()
    course.refresh_from_db()
    cohort = cohort_build(mentors=[mentor], trainees=[user], courses=[course])
    lessons = list(LessonPage.objects.live().descendant_of(course))
    with django_capture_on_commit_callbacks(execute=False):
        enrolment_create(user=user, course=course)
        assessment_record_result(
            user=user, lesson=lessons[0], assessment_key="quiz-1", kind="quiz", score=80, passed=True
        )
        lesson_mark_complete(user=user, lesson=lessons[0])

    from scenarios.truth import scenario_truth

    scenario = published_exercise_scenario()
    submitted = attempt_start(user=user, scenario=scenario)
    # A high-risk container opened with a cited indicator: the indicator
    # tallies count only cited reasoning on high-risk containers.
    truth = scenario_truth(scenario=scenario)
    hit = next(
        item for item in AttemptItem.objects.filter(attempt=submitted) if truth[item.consignment_id].high_risk
    )
    attempt_save_item(
        attempt=submitted,
        user=user,
        ref=hit.ref,
        selected=True,
        indicators=truth[hit.consignment_id].indicators[:1],
        justification="Seal numbers differ",
    )
    osint_query_log(attempt=submitted, query="Caspian Star Shipping", results=2)
    with django_capture_on_commit_callbacks(execute=True):
        submitted = attempt_submit(attempt=submitted, user=user)
    feedback_add(attempt=submitted, author=mentor, text="Good eye for the seals.")

    other = published_exercise_scenario()
    open_attempt = attempt_start(user=user, scenario=other)
    open_ref = AttemptItem.objects.filter(attempt=open_attempt).values_list("ref", flat=True).first()
    attempt_save_item(attempt=open_attempt, user=user, ref=open_ref, selected=True, justification="Route odd")
    attempt_lock_selection(attempt=open_attempt, user=user)
    attempt_examine(attempt=open_attempt, user=user, ref=open_ref, method="documents")
    open_result = Selection.objects.get(attempt=open_attempt).result
    assert open_result  # the hidden finding is stored; the download must not carry it

    activity = make_activity(title="Manifest check")
    H5PAttempt.objects.create(
        user=user, activity=activity, session="s1", raw_score=4, max_score=5, score=80, completed=True
    )
    H5PStatement.objects.create(
        user=user,
        activity=activity,
        verb="http://adlnet.gov/expapi/verbs/answered",
        object_id="x",
        statement={"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}},
    )
    H5PUserState.objects.create(user=user, activity=activity, state='{"progress": 3}')

    session_note_add(cohort=cohort, mentee=user, author=mentor, text="Private: asked about a transfer.")
    with django_capture_on_commit_callbacks(execute=False):
        certificate = certificate_issue(user=user, course=course, language="en", manual=True)
    return Footprint(
        user=user,
        mentor=mentor,
        course=course,
        submitted=submitted,
        open_attempt=open_attempt,
        open_result=open_result,
        certificate=certificate,
        h5p_activity=activity,
    )
