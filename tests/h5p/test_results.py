"""xAPI statements and resume state: validation, mapping to attempts, grading policy."""

import json
from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from h5p import selectors
from h5p.models import H5PAttempt, H5PStatement, H5PUserState
from h5p.services import H5PError, state_save, statement_record

pytestmark = pytest.mark.django_db

VERB = "http://adlnet.gov/expapi/verbs/"
SESSION = "0b7c2a8e-5d1f-4f63-9a65-3d2d5c1e7a10"


def statement(activity, verb="answered", raw=1, maximum=1, object_id=None, **score):
    result = {
        "score": {"min": 0, "max": maximum, "raw": raw, "scaled": raw / maximum if maximum else 0, **score}
    }
    return {
        "actor": {"name": "x", "mbox": "mailto:x@example.org"},
        "verb": {"id": VERB + verb, "display": {"en-US": verb}},
        "object": {"id": object_id or activity.xapi_object_id, "objectType": "Activity"},
        "result": result,
    }


def record(user, activity, data, session=SESSION, **kwargs):
    return statement_record(user=user, activity=activity, statement=data, session=session, **kwargs)


def test_answered_then_completed_make_one_attempt(mentor, activity):
    record(mentor, activity, statement(activity, "answered", raw=1, maximum=2))
    attempt = record(mentor, activity, statement(activity, "completed", raw=1, maximum=2))
    assert H5PAttempt.objects.count() == 1
    assert (attempt.score, attempt.answered, attempt.completed) == (50.0, True, True)
    assert H5PStatement.objects.filter(user=mentor).count() == 2


def test_statement_is_stored_raw(mentor, activity):
    data = statement(activity)
    data["context"] = {"extensions": {"http://example.org/x": [1, 2]}}
    record(mentor, activity, data)
    assert H5PStatement.objects.get().statement == data


def test_answer_after_completion_starts_a_new_attempt(mentor, activity):
    for verb, raw in [("answered", 0), ("completed", 0), ("answered", 1), ("completed", 1)]:
        record(mentor, activity, statement(activity, verb, raw=raw))
    assert list(H5PAttempt.objects.values_list("score", flat=True)) == [0.0, 100.0]


def test_second_answer_without_completion_starts_a_new_attempt(mentor, activity):
    record(mentor, activity, statement(activity, "answered", raw=1))
    record(mentor, activity, statement(activity, "answered", raw=0))
    assert H5PAttempt.objects.count() == 2


def test_statements_without_score_or_about_sub_content_make_no_attempt(mentor, activity):
    unscored = statement(activity, "interacted")
    del unscored["result"]
    assert record(mentor, activity, unscored) is None
    sub = statement(activity, "answered", object_id=activity.xapi_object_id + "?subContentId=abc")
    assert record(mentor, activity, sub) is None
    assert H5PAttempt.objects.count() == 0
    assert H5PStatement.objects.count() == 2


@pytest.mark.parametrize(
    ("policy", "expected"),
    [("best", 100.0), ("last", 50.0), ("first", 0.0)],
)
def test_grading_policy_picks_the_attempt_that_counts(mentor, activity_factory, policy, expected):
    activity = activity_factory(grading_policy=policy)
    for raw in (0, 2, 1):
        record(mentor, activity, statement(activity, "answered", raw=raw, maximum=2))
    assert selectors.attempt_counted(user=mentor, activity=activity).score == expected


def test_attempts_are_kept_per_user(mentor, staff, activity):
    record(mentor, activity, statement(activity, raw=1))
    record(staff, activity, statement(activity, raw=0))
    assert selectors.attempt_counted(user=mentor, activity=activity).score == 100.0
    assert selectors.attempt_counted(user=staff, activity=activity).score == 0.0


BAD_STATEMENTS = {
    "unknown verb": (lambda a: statement(a, "hacked"), "verb"),
    "verb missing": (lambda a: {**statement(a), "verb": None}, "verb"),
    "foreign object": (lambda a: statement(a, object_id="urn:pcu-academy:h5p:other"), "another activity"),
    "object prefix trick": (lambda a: statement(a, object_id=a.xapi_object_id + "0"), "another activity"),
    "raw above max": (lambda a: statement(a, raw=5, maximum=2, scaled=1), "out of range"),
    "negative raw": (lambda a: statement(a, raw=-1, maximum=2, scaled=0), "out of range"),
    "zero max": (lambda a: statement(a, raw=0, maximum=0), "out of range"),
    "non-zero min": (lambda a: statement(a, raw=1, maximum=2, min=1), "out of range"),
    "text score": (
        lambda a: statement(a, raw=1, scaled=None) | {"result": {"score": {"raw": "1", "max": 1}}},
        "out of range",
    ),
    "scaled mismatch": (lambda a: statement(a, raw=1, maximum=2, scaled=1), "scaled score"),
    "scaled above one": (lambda a: statement(a, raw=2, maximum=2, scaled=1.5), "scaled score"),
    "not an object": (lambda a: ["answered"], "not a JSON object"),
}


@pytest.mark.parametrize(("build", "expected"), BAD_STATEMENTS.values(), ids=BAD_STATEMENTS.keys())
def test_bad_statement_is_refused_and_recorded_nowhere(mentor, activity, build, expected):
    with pytest.raises(H5PError) as caught:
        record(mentor, activity, build(activity))
    assert expected in str(caught.value.message)
    assert H5PStatement.objects.count() == H5PAttempt.objects.count() == 0


@pytest.mark.parametrize("session", [None, "short", "x" * 65, "with space in it"])
def test_bad_session_is_refused(mentor, activity, session):
    with pytest.raises(H5PError, match="session"):
        record(mentor, activity, statement(activity), session=session)


def test_statement_claiming_a_lesson_block_that_does_not_hold_the_activity_is_refused(
    mentor, activity, site_tree
):
    from core.models import HomePage

    home = HomePage.objects.first()
    with pytest.raises(H5PError, match="place in the lesson"):
        record(mentor, activity, statement(activity), lesson_id=home.pk, block_id="abc")
    with pytest.raises(H5PError, match="place in the lesson"):
        record(mentor, activity, statement(activity), lesson_id=999999, block_id="abc")
    assert H5PStatement.objects.count() == 0


def test_trainee_not_enrolled_is_refused(trainee, activity):
    with pytest.raises(H5PError, match="may not play"):
        record(trainee, activity, statement(activity))
    assert H5PStatement.objects.count() == 0


def test_resume_state_is_saved_restored_and_cleared_per_user(mentor, staff, activity):
    state_save(user=mentor, activity=activity, state='{"selected": 1}')
    state_save(user=mentor, activity=activity, state='{"selected": 2}')
    assert selectors.state_get(user=mentor, activity=activity) == '{"selected": 2}'
    assert selectors.state_get(user=staff, activity=activity) is None
    assert H5PUserState.objects.count() == 1
    state_save(user=mentor, activity=activity, state="RESET")
    assert selectors.state_get(user=mentor, activity=activity) is None


@pytest.mark.parametrize("state", [None, 42, "x" * (64 * 1024 + 1)])
def test_bad_resume_state_is_refused(mentor, activity, state):
    with pytest.raises(H5PError):
        state_save(user=mentor, activity=activity, state=state)
    assert H5PUserState.objects.count() == 0


# The endpoints


def post_json(client, url, body):
    return client.post(url, data=json.dumps(body), content_type="application/json")


def test_xapi_endpoint_requires_the_csrf_token(mentor, activity):
    client = Client(enforce_csrf_checks=True)
    client.force_login(mentor)
    url = reverse("h5p:xapi", args=[activity.uuid])
    response = post_json(client, url, {"statement": statement(activity), "session": SESSION})
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert H5PStatement.objects.count() == 0

    client.get(reverse("h5p:play", args=[activity.uuid]))
    token = client.cookies["csrftoken"].value
    response = client.post(
        url,
        data=json.dumps({"statement": statement(activity), "session": SESSION}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert response.status_code == HTTPStatus.OK
    assert response.json()["attempt"]["score"] == 100.0


@pytest.mark.parametrize(
    ("who", "status"),
    [
        (None, HTTPStatus.FORBIDDEN),
        ("trainee", HTTPStatus.FORBIDDEN),
        ("mentor", HTTPStatus.OK),
        ("staff", HTTPStatus.OK),
    ],
)
def test_xapi_endpoint_permissions(client, request, activity, who, status):
    if who:
        client.force_login(request.getfixturevalue(who))
    url = reverse("h5p:xapi", args=[activity.uuid])
    response = post_json(client, url, {"statement": statement(activity), "session": SESSION})
    assert response.status_code == status
    assert H5PStatement.objects.count() == (1 if status == HTTPStatus.OK else 0)


def test_xapi_endpoint_explains_a_refusal(client, mentor, activity):
    client.force_login(mentor)
    response = post_json(
        client,
        reverse("h5p:xapi", args=[activity.uuid]),
        {"statement": statement(activity, raw=3), "session": SESSION},
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "out of range" in response.json()["error"]


def test_xapi_endpoint_refuses_a_body_that_is_not_json(client, mentor, activity):
    client.force_login(mentor)
    response = client.post(
        reverse("h5p:xapi", args=[activity.uuid]), data="nope", content_type="application/json"
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_state_endpoint_saves_and_the_player_restores(client, mentor, activity):
    client.force_login(mentor)
    response = post_json(client, reverse("h5p:state", args=[activity.uuid]), {"state": '{"selected": 1}'})
    assert response.status_code == HTTPStatus.OK
    page = client.get(reverse("h5p:play", args=[activity.uuid]))
    src = page.content.decode().split('class="h5p-player-frame" src="')[1].split('"')[0]
    embed = Client().get(src)
    config = json.loads(
        embed.content.decode().split('id="h5p-config" type="application/json">')[1].split("</script>")[0]
    )
    assert config["previousState"] == '{"selected": 1}'
