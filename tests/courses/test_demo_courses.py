"""The demo courses in courses/demo_content: every demo trainee completes each
one in their own language."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from accounts.models import User
from courses import demo
from courses.models import CoursePage, LessonPage
from courses.selectors.progress import course_progress
from courses.selectors.structure import lesson_assessments
from courses.services import assessment_record_result

pytestmark = pytest.mark.django_db

COURSES = demo.content_modules()


def _right_answers(quiz_value) -> dict[str, list[str]]:
    answers = {}
    for question in quiz_value["questions"]:
        qid, kind, value = str(question.id), question.block_type, question.value
        if kind in ("single_choice", "multiple_choice"):
            answers[f"q-{qid}"] = [str(o.id) for o in value["options"].bound_blocks if o.value["correct"]]
        elif kind == "true_false":
            answers[f"q-{qid}"] = ["true" if value["answer"] else "false"]
        else:
            answers[f"q-{qid}"] = [str(value["answer"])]
    return answers


@pytest.mark.skipif(not COURSES, reason="courses/demo_content holds no course yet")
def test_demo_content_meets_the_programme_requirements():
    for data in COURSES:
        lessons = [lesson for module in data["modules"] for lesson in module["lessons"]]
        quizzes = [b for lesson in lessons for b in lesson["body"] if b["type"] == "quiz"]
        assert len(data["modules"]) >= 2, data["slug"]
        assert len(lessons) >= 5, data["slug"]
        assert len(quizzes) == 1, data["slug"]
        questions = quizzes[0]["quiz"]["questions"]
        assert len(questions) >= 5
        assert {q["kind"] for q in questions} == {"single", "multiple", "true_false", "numeric"}


@pytest.mark.skipif(not COURSES, reason="courses/demo_content holds no course yet")
def test_demo_multiple_choice_questions_leave_the_instruction_to_the_quiz():
    """The quiz says "Choose every answer that applies." under every
    multiple-choice question, in the reader's language; a question that
    said it again read the instruction twice."""
    questions = [
        question
        for data in COURSES
        for module in data["modules"]
        for lesson in module["lessons"]
        for block in lesson["body"]
        if block["type"] == "quiz"
        for question in block["quiz"]["questions"]
        if question["kind"] == "multiple"
    ]
    assert questions
    for question in questions:
        assert set(question["text"]) >= {"en", "ru", "uz", "tk"}
        for language, text in question["text"].items():
            assert text.rstrip().endswith("?"), (language, text)


@pytest.mark.skipif(not COURSES, reason="courses/demo_content holds no course yet")
@pytest.mark.slow
def test_every_demo_trainee_completes_every_demo_course_in_their_language(client, seeded_demo):
    for email, language in [
        ("trainee.ru@example.org", "ru"),
        ("trainee.uz@example.org", "uz"),
        ("trainee.tk@example.org", "tk"),
        ("trainee.en@example.org", "en"),
    ]:
        client.force_login(User.objects.get(email=email))
        locale = Locale.objects.get(language_code=language)
        for course in CoursePage.objects.filter(locale=locale):
            response = client.post(reverse("courses:enrol", args=[course.pk]))
            assert response.status_code == HTTPStatus.FOUND
            for lesson in LessonPage.objects.live().descendant_of(course).order_by("path"):
                page = client.get(lesson.url)
                assert page.status_code == HTTPStatus.OK
                assert f'<html lang="{language}">' in page.content.decode()
                quizzes = [block for block in lesson.body if block.block_type == "quiz"]
                # The demo also places an H5P activity and exercises in lessons;
                # those have their own tests, here their results are recorded directly.
                others = [a for a in lesson_assessments(lesson) if a.kind != "quiz"]
                with translation.override(language):
                    if quizzes:
                        url = reverse("courses:quiz_submit", args=[lesson.pk, quizzes[0].id])
                        client.post(url, _right_answers(quizzes[0].value))
                    for assessment in others:
                        assessment_record_result(
                            user=User.objects.get(email=email),
                            lesson=lesson,
                            assessment_key=assessment.key,
                            kind=assessment.kind,
                            score=100,
                            passed=True,
                        )
                    if not quizzes and not others:
                        client.post(reverse("courses:lesson_complete", args=[lesson.pk]))
            user = User.objects.get(email=email)
            assert course_progress(user=user, course=course).is_complete, (email, course.slug)
            for other in ("en", "ru", "uz", "tk"):
                translated = course.get_translation(Locale.objects.get(language_code=other))
                assert course_progress(user=user, course=translated).is_complete
