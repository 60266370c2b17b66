"""Hidden truth and answer keys never reach a trainee before their own
submission, anywhere on the platform.

Sentinel strings are planted in every truth text of a scenario (findings of
each examination method and the debrief explanation, in every language), in a
quiz's answer key and feedback, and in an H5P activity's content; then, as a
trainee with an attempt in progress, every response the trainee can reach is
searched for them. `tests/exercises/test_leaks.py` checks the exercise pages
in depth (every sort, search and autosave variant, in every language); this
module covers the rest of the platform around them: learning pages and
quizzes, H5P endpoints, certificates, profile, previews, revisions, exports
and reviews (which must be refused).

H5P content is the exception by design: H5P scores in the browser, so the
player and the package files carry the content's answers to the trainee who
may play it (docs/security.md, *Trade-offs*). The test checks they reach no
other response, and that the player does carry them (so the planting works).
"""

import re
import uuid

import pytest
from django.urls import reverse

from accounts.roles import Role
from tests.factories.h5p import place_in_lesson

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "ru", "uz", "tk")
TRUTH_FIELDS = ("finding_documents", "finding_xray", "finding_partial", "finding_devanning", "debrief")
# Distinct prefixes: the in-progress scenario's truth, the submitted one's, quiz keys, H5P answers.
OPEN, DONE, QUIZ, H5P = "ZQOPENTRUTH", "ZQDONETRUTH", "ZQQUIZKEY", "ZQH5PANSWER"
NUMERIC_ANSWER = "73519.25"


def truth_scenario(prefix: str):
    """A published scenario whose every truth text carries `prefix`."""
    from scenarios.models.truth import ConsignmentTruth
    from scenarios.services import indicator_catalogue_ensure, scenario_publish_unreviewed
    from tests.factories.scenarios import scenario_build

    indicator_catalogue_ensure()
    scenario = scenario_build(consignments=5, high_risk=2, budget=2)
    for truth in ConsignmentTruth.objects.filter(consignment__scenario=scenario):
        for field in TRUTH_FIELDS:
            setattr(
                truth,
                field,
                {lang: f"{prefix} {field} {lang} {truth.consignment_id}" for lang in LANGUAGES},
            )
        truth.save()
    return scenario_publish_unreviewed(scenario=scenario)


def sentinel_quiz() -> dict:
    def option(text, correct):
        return {
            "type": "item",
            "id": str(uuid.uuid4()),
            "value": {"text": text, "correct": correct, "feedback": f"{QUIZ} feedback {text}"},
        }

    question = {"type": "single_choice", "id": "q1"}
    question["value"] = {"text": "Which seal?", "options": [option("Bolt", True), option("Wire", False)]}
    return {
        "type": "quiz",
        "id": str(uuid.uuid4()),
        "value": {
            "title": "Seal check",
            "intro": "",
            "pass_mark": 50,
            "max_attempts": 0,
            "grading": "best",
            "required": True,
            "questions": [
                question,
                {
                    "type": "true_false",
                    "id": "q2",
                    "value": {
                        "text": "Seals have numbers.",
                        "answer": True,
                        "feedback_true": f"{QUIZ} when true",
                        "feedback_false": f"{QUIZ} when false",
                    },
                },
                {
                    "type": "numeric",
                    "id": "q3",
                    "value": {
                        "text": "Declared weight?",
                        "answer": float(NUMERIC_ANSWER),
                        "tolerance": 0.5,
                        "unit": "kg",
                        "feedback": f"{QUIZ} numeric",
                    },
                },
            ],
        },
    }


@pytest.fixture
def leak_world(site_tree, make_user):
    from core.models import HomePage
    from courses.models import LessonPage
    from courses.services import enrolment_create
    from exercises import services as exercise_services
    from h5p import sample
    from tests.factories.certificates import CertificateFactory
    from tests.factories.courses import build_course
    from tests.factories.h5p import make_activity

    trainee = make_user(role=Role.TRAINEE, email="leak-trainee@example.org")
    home = HomePage.objects.get(locale__language_code="en")
    course = build_course(home, lessons=1, slug="leak-course")
    lesson = LessonPage.objects.descendant_of(course).get()
    lesson.body = [*lesson.body.raw_data, sentinel_quiz()]
    lesson.save_revision().publish()
    content = sample.sample_content(
        answers=((f"{H5P} wrong", False), ("The cargo manifest", True)),
        l10n={"correctText": f"{H5P} correct feedback"},
    )
    activity = make_activity(title="Leak activity", content=content)
    place_in_lesson(lesson, activity)
    lesson = LessonPage.objects.get(pk=lesson.pk)
    # An unpublished draft revision with more truth: revisions are staff-only.
    lesson.title = f"{QUIZ} draft title"
    draft_revision = lesson.save_revision()
    enrolment_create(user=trainee, course=course.specific)

    open_scenario = truth_scenario(OPEN)
    attempt = exercise_services.attempt_start(user=trainee, scenario=open_scenario)
    done_scenario = truth_scenario(DONE)
    done = exercise_services.attempt_start(user=trainee, scenario=done_scenario)
    CertificateFactory(user=trainee)
    return {
        "trainee": trainee,
        "course": course,
        "lesson": lesson,
        "draft_revision": draft_revision,
        "activity": activity,
        "attempt": attempt,
        "done": done,
        "done_scenario": done_scenario,
        "open_scenario": open_scenario,
    }


def _responses(client, w):
    """(where, response) for everything the trainee can reach, and the
    preview, revision, review and export URLs they must be refused."""
    attempt, lesson, activity = w["attempt"], w["lesson"], w["activity"]

    def ex(name, a=attempt, **kwargs):
        return reverse(f"exercises:{name}", kwargs={"public_id": a.public_id, **kwargs})

    yield "home", client.get("/en/")
    yield "my learning", client.get(reverse("courses:my_learning"))
    yield "course page", client.get(w["course"].get_url())
    lesson_page = client.get(lesson.get_url())
    # The quiz and the player are on the page, without their keys.
    assert lesson_page.status_code == 200 and "Which seal?" in lesson_page.text
    yield "lesson page", lesson_page
    yield "lesson page (ru)", client.get(lesson.get_url().replace("/en/", "/ru/", 1), follow=True)
    quiz_key = next(b.id for b in lesson.body if b.block_type == "quiz")
    quiz_url = reverse("courses:quiz_submit", kwargs={"page_id": lesson.pk, "assessment_key": quiz_key})
    yield "quiz, empty submission", client.post(quiz_url, {}, follow=True)
    yield "quiz, malformed submission", client.post(quiz_url, {"q1": "nonsense", "q3": "x"}, follow=True)
    yield "h5p play page", client.get(reverse("h5p:play", kwargs={"uuid": activity.uuid}))
    h5p_json = {"HTTP_ACCEPT": "application/json", "content_type": "application/json"}
    yield "h5p state", client.get(reverse("h5p:state", kwargs={"uuid": activity.uuid}), **h5p_json)
    yield "h5p xapi junk", client.post(reverse("h5p:xapi", kwargs={"uuid": activity.uuid}), "{}", **h5p_json)
    yield "exercises catalogue", client.get(reverse("exercises:catalogue"))
    yield "workspace", client.get(ex("workspace"))
    items = list(attempt.items.order_by("position"))
    for item in items:
        yield f"item {item.ref}", client.get(ex("item", ref=item.ref))
    yield (
        "autosave JSON",
        client.post(ex("item", ref=items[0].ref), {"selected": "on"}, HTTP_ACCEPT="application/json"),
    )
    for query in ("", "registry", "finding_documents", "debrief"):  # words of the planted texts
        search = client.get(ex("osint"), {"q": query})
        yield f"osint search {query!r}", search
        for hit in (search.context or {}).get("hits") or ():
            yield f"osint page {hit.ref}", client.get(ex("osint_page", ref=hit.ref))
    yield "finish page", client.get(ex("finish"))
    yield "examine page", client.get(ex("examine"), follow=True)
    yield "submit page", client.get(ex("submit"))
    yield "debrief of the open attempt", client.get(ex("debrief"), follow=True)
    yield "certificates", client.get(reverse("certificates:mine"))
    yield "profile", client.get(reverse("accounts:profile"))
    # Refused: previews, revisions, truth exports, reviews, the admin.
    refused = [
        f"/scenarios/{w['open_scenario'].pk}/preview/",
        f"/scenarios/{w['open_scenario'].pk}/export.json",
        f"/en/exercises/review/{attempt.public_id}/",
        f"/admin/pages/{lesson.pk}/edit/preview/",
        f"/admin/pages/{lesson.pk}/revisions/{w['draft_revision'].pk}/view/",
        f"/admin/pages/{lesson.pk}/revisions/compare/live...{w['draft_revision'].pk}/",
        f"/admin/exercise_attempts/inspect/{attempt.pk}/",
        "/admin/programme/export/scores.csv",
        "/admin/programme/audit/?format=csv",
        f"{lesson.get_url()}?preview=1",
    ]
    for path in refused:
        response = client.get(path)
        yield f"refused {path}", response
        if path.startswith(("/scenarios/", "/admin/", "/en/exercises/review/")):
            assert response.status_code in (302, 403, 404), f"{path} answered {response.status_code}"


def _leaks(response) -> list[str]:
    parts = [response.content.decode(errors="replace")] + [f"{k}: {v}" for k, v in response.items()]
    text = "\n".join(parts)
    found = [s for s in (OPEN, DONE, QUIZ, H5P, NUMERIC_ANSWER) if s in text]
    # A float answer may also render as 73519.2 or 73 519,25.
    if re.search(r"73\D?519[.,]2", text):
        found.append("numeric answer")
    return found


def test_no_trainee_reachable_response_carries_truth_or_answer_keys(client, leak_world):
    from exercises import services as exercise_services
    from exercises.models import AttemptStatus

    w = leak_world
    client.force_login(w["trainee"])
    seen, wrong = 0, []
    for where, response in _responses(client, w):
        assert response.status_code < 500, f"{where}: {response.status_code}"
        wrong += [f"{leak} in {where}" for leak in _leaks(response)]
        seen += 1
    assert not wrong, "\n".join(wrong)
    assert seen > 30
    w["attempt"].refresh_from_db()
    assert w["attempt"].status != AttemptStatus.SUBMITTED

    # The H5P player does carry the content's answers (scored in the browser):
    # the planting worked, and that is the one place they may be.
    from django.test import RequestFactory

    from h5p import player

    request = RequestFactory().get("/")
    request.user = w["trainee"]
    token = player.player_token(request=request, activity=w["activity"], lesson_id=w["lesson"].pk)
    package = client.get(reverse("h5p:file", kwargs={"token": token, "path": "content/content.json"}))
    body = b"".join(package.streaming_content) if package.streaming else package.content
    assert package.status_code == 200 and H5P in body.decode()

    # After submitting, the debrief shows that attempt's own truth, and only it.
    exercise_services.attempt_submit(attempt=w["done"], user=w["trainee"])
    debrief = client.get(reverse("exercises:debrief", kwargs={"public_id": w["done"].public_id}))
    assert debrief.status_code == 200
    assert f"{DONE} debrief en" in debrief.text
    assert OPEN not in debrief.text and QUIZ not in debrief.text
    workspace = reverse("exercises:workspace", kwargs={"public_id": w["attempt"].public_id})
    for path in (workspace, reverse("courses:my_learning"), reverse("exercises:catalogue")):
        assert OPEN not in client.get(path).text, path
