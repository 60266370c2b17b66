"""H5P inside Courses lessons: the block in a lesson, who may play, and
lesson completion from the score that counts."""

import json
import re
from http import HTTPStatus

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from courses.models import AssessmentAttempt, LessonPage, LessonProgress
from courses.selectors.structure import lesson_assessments
from courses.services import enrolment_create, lesson_mark_complete
from h5p import selectors
from h5p.models import H5PStatement, H5PUserState
from h5p.services import statement_record
from tests.factories.h5p import place_in_lesson

pytestmark = pytest.mark.django_db

VERB = "http://adlnet.gov/expapi/verbs/"
SESSION = "5f0c1d2e-8a7b-4c3d-9e1f-a2b3c4d5e6f7"


def statement(activity, verb="answered", raw=1, maximum=1):
    return {
        "actor": {"name": "x", "mbox": "mailto:x@example.org"},
        "verb": {"id": VERB + verb},
        "object": {"id": activity.xapi_object_id, "objectType": "Activity"},
        "result": {"score": {"min": 0, "max": maximum, "raw": raw, "scaled": raw / maximum}},
    }


def play(user, activity, lesson, block_id, raw, maximum=10, verbs=("answered", "completed")):
    for verb in verbs:
        statement_record(
            user=user,
            activity=activity,
            statement=statement(activity, verb, raw=raw, maximum=maximum),
            session=SESSION,
            lesson_id=lesson.pk,
            block_id=block_id,
        )


def completed(user, lesson) -> bool:
    return LessonProgress.objects.completed().filter(user=user, lesson_key=lesson.translation_key).exists()


def course_of(lesson):
    return lesson.get_parent().get_parent().specific


def player_src(html: str) -> str:
    return re.search(r'class="h5p-player-frame" src="([^"]+)"', html).group(1)


# ---------------------------------------------------------------------------
# The block in a lesson


def test_activity_pages_finds_the_lesson(activity, placed):
    lesson, _block_id = placed
    assert list(selectors.activity_pages(activity=activity)) == [lesson.page_ptr]


def test_block_is_a_required_h5p_assessment_of_the_lesson(placed):
    lesson, block_id = placed
    [assessment] = lesson_assessments(lesson)
    assert (assessment.key, assessment.kind, assessment.grading) == (block_id, "h5p", "last")


def test_lesson_renders_the_player_with_its_block_id(client, activity, placed, enrolled):
    lesson, block_id = placed
    client.force_login(enrolled)
    response = client.get(lesson.url)
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert f'data-block="{block_id}"' in html
    assert f'data-lesson="{lesson.pk}"' in html
    assert "Required: score at least 80% to complete the lesson." in html
    assert "Pass the assessment above to complete this lesson." in html


def test_lesson_with_three_activities_stays_within_a_query_budget(
    client, activity, make_lesson, trainee, django_assert_max_num_queries
):
    # Each player asks the access selector; the trainee's results for the
    # lesson are read once for all blocks. The page stays within a fixed budget.
    lesson, _block_id = make_lesson(activity)
    place_in_lesson(lesson, activity)
    place_in_lesson(lesson, activity)
    enrolment_create(user=trainee, course=course_of(lesson))
    client.force_login(trainee)
    with django_assert_max_num_queries(63):
        assert client.get(lesson.url).status_code == HTTPStatus.OK


# ---------------------------------------------------------------------------
# Who may play


@pytest.mark.parametrize(
    ("who", "may_play"),
    [("enrolled", True), ("trainee", False), ("mentor", True), ("staff", True)],
)
def test_activity_user_can_play(request, activity, placed, who, may_play):
    user = request.getfixturevalue(who)
    assert selectors.activity_user_can_play(user=user, activity=activity) is may_play


def test_anonymous_may_not_play(activity, placed):
    from django.contrib.auth.models import AnonymousUser

    assert selectors.activity_user_can_play(user=AnonymousUser(), activity=activity) is False


def test_enrolment_in_another_course_does_not_open_the_activity(activity, make_lesson, trainee):
    make_lesson(activity)
    other_lesson, _block_id = make_lesson(make_activity_other())
    enrolment_create(user=trainee, course=course_of(other_lesson))
    assert selectors.activity_user_can_play(user=trainee, activity=activity) is False


def test_the_access_check_reads_as_many_queries_for_many_lessons(activity, make_lesson, trainee):
    """Every package file a player fetches asks who may play: the answer
    costs the same few queries however many lessons use the activity."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    lesson, _block_id = make_lesson(activity)
    enrolment_create(user=trainee, course=course_of(lesson))

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert selectors.activity_user_can_play(user=trainee, activity=activity) is True
        return len(captured)

    queries()  # the trainee's roles are read once, then remembered
    one_lesson = queries()
    for _ in range(4):
        make_lesson(activity)
    assert queries() == one_lesson


def make_activity_other():
    from tests.factories.h5p import make_activity

    return make_activity(title="Another activity")


def test_unpublished_lesson_does_not_open_the_activity(activity, placed, enrolled):
    lesson, _block_id = placed
    lesson.unpublish()
    assert selectors.activity_user_can_play(user=enrolled, activity=activity) is False


def test_enrolled_trainee_gets_the_player_and_the_package_files(client, activity, placed, enrolled):
    lesson, _block_id = placed
    client.force_login(enrolled)
    src = player_src(client.get(lesson.url).content.decode())
    anonymous = Client()
    assert anonymous.get(src).status_code == HTTPStatus.OK
    assert anonymous.get(src + "package/h5p.json").json()["mainLibrary"] == "PCU.SelectionCheck"


def test_trainee_who_is_not_enrolled_sees_no_player(client, activity, placed, trainee):
    lesson, _block_id = placed
    client.force_login(trainee)
    response = client.get(lesson.url)
    # The lesson itself sends them to the course page to enrol.
    assert response.status_code == HTTPStatus.FOUND
    assert "h5p-player-frame" not in response.content.decode()


def test_anonymous_visitor_is_sent_to_sign_in(client, placed):
    lesson, _block_id = placed
    response = client.get(lesson.url)
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]


def test_package_files_close_when_the_enrolment_ends(client, activity, placed, enrolled):
    from courses.models import Enrolment

    lesson, _block_id = placed
    client.force_login(enrolled)
    src = player_src(client.get(lesson.url).content.decode())
    Enrolment.objects.filter(user=enrolled).delete()
    assert Client().get(src + "package/h5p.json").status_code == HTTPStatus.FORBIDDEN


@pytest.mark.parametrize(
    ("who", "status"),
    [(None, HTTPStatus.FORBIDDEN), ("trainee", HTTPStatus.FORBIDDEN), ("enrolled", HTTPStatus.OK)],
)
@pytest.mark.parametrize("endpoint", ["xapi", "state"])
def test_endpoints_accept_only_enrolled_trainees(client, request, activity, placed, who, status, endpoint):
    lesson, block_id = placed
    if who:
        client.force_login(request.getfixturevalue(who))
    body = {"lesson": lesson.pk, "block": block_id, "session": SESSION}
    if endpoint == "xapi":
        body["statement"] = statement(activity)
    else:
        body["state"] = '{"selected": 1}'
    response = client.post(
        reverse(f"h5p:{endpoint}", args=[activity.uuid]),
        data=json.dumps(body),
        content_type="application/json",
    )
    assert response.status_code == status
    stored = H5PStatement.objects.count() + H5PUserState.objects.count()
    assert stored == (1 if status == HTTPStatus.OK else 0)


# ---------------------------------------------------------------------------
# Lesson completion


@pytest.mark.parametrize(
    ("raw", "done"),
    [(10, True), (8, True), (7, False), (0, False)],
)
def test_required_activity_completes_the_lesson_at_its_threshold(activity, placed, enrolled, raw, done):
    lesson, block_id = placed
    play(enrolled, activity, lesson, block_id, raw=raw)
    assert completed(enrolled, lesson) is done
    result = AssessmentAttempt.objects.filter(user=enrolled, assessment_key=block_id).latest("number")
    assert (result.kind, result.score, result.passed) == ("h5p", raw * 10.0, done)
    assert result.lesson_key == lesson.translation_key
    assert result.details["pass_threshold"] == 80


def test_answered_alone_is_enough_for_content_that_never_completes(activity, placed, enrolled):
    lesson, block_id = placed
    play(enrolled, activity, lesson, block_id, raw=9, verbs=("answered",))
    assert completed(enrolled, lesson)


def test_result_follows_the_grading_policy_of_the_activity(activity_factory, make_lesson, trainee):
    activity = activity_factory(grading_policy="last")
    lesson, block_id = make_lesson(activity)
    enrolment_create(user=trainee, course=course_of(lesson))
    play(trainee, activity, lesson, block_id, raw=3)
    assert not completed(trainee, lesson)
    play(trainee, activity, lesson, block_id, raw=9)
    assert completed(trainee, lesson)


def test_best_policy_keeps_a_pass_after_a_worse_attempt(activity, placed, enrolled):
    lesson, block_id = placed
    play(enrolled, activity, lesson, block_id, raw=9)
    play(enrolled, activity, lesson, block_id, raw=2)
    latest = AssessmentAttempt.objects.filter(user=enrolled, assessment_key=block_id).latest("number")
    assert (latest.score, latest.passed) == (90.0, True)


def test_optional_activity_does_not_block_completion(activity, make_lesson, trainee):
    lesson, _block_id = make_lesson(activity, required=False)
    enrolment_create(user=trainee, course=course_of(lesson))
    assert lesson_assessments(lesson) == []
    lesson_mark_complete(user=trainee, lesson=lesson)
    assert completed(trainee, lesson)


def test_optional_activity_beside_a_quiz_leaves_completion_to_the_quiz(activity, make_lesson, trainee):
    from courses.services import assessment_record_result

    lesson, block_id = make_lesson(activity, required=False, quiz=True)
    enrolment_create(user=trainee, course=course_of(lesson))
    play(trainee, activity, lesson, block_id, raw=0)
    assert not completed(trainee, lesson)
    [quiz] = lesson_assessments(lesson)
    assessment_record_result(
        user=trainee, lesson=lesson, assessment_key=quiz.key, kind="quiz", score=100, passed=True
    )
    assert completed(trainee, lesson)


def test_required_activity_beside_a_quiz_is_needed_too(activity, make_lesson, trainee):
    from courses.services import assessment_record_result

    lesson, block_id = make_lesson(activity, quiz=True)
    enrolment_create(user=trainee, course=course_of(lesson))
    quiz = next(a for a in lesson_assessments(lesson) if a.kind == "quiz")
    assessment_record_result(
        user=trainee, lesson=lesson, assessment_key=quiz.key, kind="quiz", score=100, passed=True
    )
    assert not completed(trainee, lesson)
    play(trainee, activity, lesson, block_id, raw=10)
    assert completed(trainee, lesson)


def test_mentor_playing_in_a_lesson_leaves_no_learner_record(activity, placed, mentor):
    lesson, block_id = placed
    play(mentor, activity, lesson, block_id, raw=10)
    assert H5PStatement.objects.filter(user=mentor).count() == 2
    assert not AssessmentAttempt.objects.filter(user=mentor).exists()


def test_result_without_a_lesson_is_not_reported(activity, placed, enrolled):
    statement_record(user=enrolled, activity=activity, statement=statement(activity), session=SESSION)
    assert not AssessmentAttempt.objects.exists()


def test_lesson_page_shows_the_lesson_completed_after_a_pass(client, activity, placed, enrolled):
    lesson, block_id = placed
    play(enrolled, activity, lesson, block_id, raw=10)
    client.force_login(enrolled)
    assert (
        "You have completed this lesson."
        in client.get(LessonPage.objects.get(pk=lesson.pk).url).content.decode()
    )


# ---------------------------------------------------------------------------
# seed_demo


def test_seed_places_the_demo_activity_once_in_a_lesson_and_its_translations(sample_course):
    from h5p import demo

    demo.seed()
    demo.seed()
    activity = selectors_activity(demo.DEMO_TITLE)
    pages = list(selectors.activity_pages(activity=activity))
    assert sorted(page.locale.language_code for page in pages) == sorted(
        code for code, _n in settings.LANGUAGES
    )
    assert len({page.translation_key for page in pages}) == 1
    block_ids = {
        child.id for page in pages for child in page.specific.body if child.block_type == "h5p_activity"
    }
    assert len(block_ids) == 1
    [assessment] = [a for a in lesson_assessments(pages[0].specific) if a.kind == "h5p"]
    assert assessment.key in block_ids


def test_seed_without_courses_still_adds_the_activity(db):
    from h5p import demo
    from h5p.models import H5PActivity

    demo.seed()
    assert H5PActivity.objects.filter(title=demo.DEMO_TITLE).count() == 1


def selectors_activity(title):
    from h5p.models import H5PActivity

    return H5PActivity.objects.get(title=title)


# ---------------------------------------------------------------------------
# One learner record per placement, shown on the lesson


def test_one_play_reports_one_result_to_courses(activity, placed, enrolled):
    lesson, block_id = placed
    play(enrolled, activity, lesson, block_id, raw=9)
    assert AssessmentAttempt.objects.filter(user=enrolled, assessment_key=block_id).count() == 1
    # A second play that does not change the counted (best) score adds nothing.
    play(enrolled, activity, lesson, block_id, raw=5)
    assert AssessmentAttempt.objects.filter(user=enrolled, assessment_key=block_id).count() == 1
    play(enrolled, activity, lesson, block_id, raw=10)
    scores = AssessmentAttempt.objects.filter(user=enrolled, assessment_key=block_id).values_list(
        "score", flat=True
    )
    assert sorted(scores) == [90.0, 100.0]


def test_attempts_in_every_language_version_of_the_lesson_count_together(
    activity_factory, make_lesson, trainee
):
    from wagtail.models import Locale

    activity = activity_factory(grading_policy="first")
    lesson, block_id = make_lesson(activity)
    enrolment_create(user=trainee, course=course_of(lesson))
    russian = lesson.copy_for_translation(Locale.objects.get(language_code="ru"), copy_parents=True)
    russian.save_revision().publish()
    play(trainee, activity, lesson, block_id, raw=3)
    # Under "first", the English attempt keeps counting when the trainee
    # switches to Russian and plays again.
    play(trainee, activity, russian, block_id, raw=10)
    assert not completed(trainee, lesson)
    assert (
        selectors.attempt_counted(user=trainee, activity=activity, lesson=russian, block_id=block_id).score
        == 30.0
    )


def test_lesson_shows_the_score_that_counts(client, activity, placed, enrolled):
    lesson, block_id = placed
    url = LessonPage.objects.get(pk=lesson.pk).url
    client.force_login(enrolled)
    assert "Your score:" not in client.get(url).content.decode()
    play(enrolled, activity, lesson, block_id, raw=5)
    assert "Your score: 50%. You need 80%" in client.get(url).content.decode()
    play(enrolled, activity, lesson, block_id, raw=9)
    assert "Your score: 90%. Passed." in client.get(url).content.decode()


@pytest.mark.parametrize("policy", ["best", "last", "first"])
def test_lesson_results_agree_with_the_counted_attempt(activity_factory, make_lesson, trainee, policy):
    activity = activity_factory(grading_policy=policy)
    lesson, block_id = make_lesson(activity)
    enrolment_create(user=trainee, course=course_of(lesson))
    for raw in (4, 9, 6):
        play(trainee, activity, lesson, block_id, raw=raw, verbs=("answered",))
    counted = selectors.attempt_counted(user=trainee, activity=activity, lesson=lesson, block_id=block_id)
    assert counted.score == {"best": 90.0, "last": 60.0, "first": 40.0}[policy]
    assert selectors.lesson_results(user=trainee, lesson=lesson)[(activity.pk, block_id)] == counted
