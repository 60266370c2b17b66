import pytest

from courses.models import AssessmentAttempt, LessonPage, LessonProgress
from courses.selectors.progress import course_progress
from courses.services import CourseError, enrolment_create, quiz_submit

from .conftest import translation_of

pytestmark = pytest.mark.django_db

RIGHT = {"q1": ["o1"], "q2": ["true"]}
HALF = {"q1": ["o2"], "q2": ["true"]}
WRONG = {"q1": ["o2"], "q2": ["false"]}


def _quiz_lesson(make_course, trainee, **quiz_kwargs):
    course = make_course(lessons=1, quiz_in_last=True, **quiz_kwargs)
    enrolment_create(user=trainee, course=course)
    lesson = LessonPage.objects.live().descendant_of(course).get()
    return course, lesson, lesson.body[0].id


@pytest.mark.parametrize(
    ("answers", "score", "passed"),
    [(RIGHT, 100.0, True), (HALF, 50.0, False), (WRONG, 0.0, False)],
)
def test_quiz_is_scored_on_the_server(make_course, trainee, answers, score, passed):
    _course, lesson, key = _quiz_lesson(make_course, trainee, pass_mark=60)
    outcome = quiz_submit(user=trainee, lesson=lesson, assessment_key=key, answers=answers)
    assert outcome.score == score
    assert outcome.passed is passed
    assert LessonProgress.objects.completed().filter(user=trainee).exists() is passed


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"q1": ["o1"]}, "Question 2 has no answer"),
        ({"q1": ["o1", "o1"], "q2": ["true"]}, "Question 1 has the same answer twice"),
        ({"q1": ["o1", "o2"], "q2": ["true"]}, "Question 1 takes one answer only"),
        ({"q1": ["o9"], "q2": ["true"]}, "Question 1 was answered with an option it does not have"),
        ({"q1": ["o1"], "q2": ["maybe"]}, "Question 2 was answered with an option it does not have"),
        ({"q1": ["o1"], "q2": ["true"], "q7": ["o1"]}, "a question that is not in this quiz"),
        ({"q1": [""], "q2": ["true"]}, "Question 1 has no answer"),
    ],
)
def test_bad_quiz_submission_is_refused_and_records_nothing(make_course, trainee, answers, message):
    _course, lesson, key = _quiz_lesson(make_course, trainee)
    with pytest.raises(CourseError, match=message):
        quiz_submit(user=trainee, lesson=lesson, assessment_key=key, answers=answers)
    assert not AssessmentAttempt.objects.exists()
    assert not LessonProgress.objects.exists()


def test_quiz_submission_without_enrolment_records_nothing(make_course, trainee, make_user):
    _course, lesson, key = _quiz_lesson(make_course, trainee)
    outsider = make_user()
    with pytest.raises(CourseError, match="not enrolled"):
        quiz_submit(user=outsider, lesson=lesson, assessment_key=key, answers=RIGHT)
    assert not AssessmentAttempt.objects.exists()


def test_unknown_quiz_key_is_refused(make_course, trainee):
    _course, lesson, _key = _quiz_lesson(make_course, trainee)
    with pytest.raises(CourseError, match="no such assessment"):
        quiz_submit(user=trainee, lesson=lesson, assessment_key="not-a-block", answers=RIGHT)


def test_retake_limit_refuses_extra_attempts(make_course, trainee):
    _course, lesson, key = _quiz_lesson(make_course, trainee, max_attempts=2)
    quiz_submit(user=trainee, lesson=lesson, assessment_key=key, answers=WRONG)
    quiz_submit(user=trainee, lesson=lesson, assessment_key=key, answers=WRONG)
    with pytest.raises(CourseError, match="every attempt"):
        quiz_submit(user=trainee, lesson=lesson, assessment_key=key, answers=RIGHT)
    assert AssessmentAttempt.objects.count() == 2
    assert not LessonProgress.objects.completed().exists()


def test_unlimited_retakes_allow_many_attempts(make_course, trainee):
    _course, lesson, key = _quiz_lesson(make_course, trainee, max_attempts=0)
    for _i in range(5):
        quiz_submit(user=trainee, lesson=lesson, assessment_key=key, answers=WRONG)
    assert AssessmentAttempt.objects.filter(user=trainee).count() == 5


@pytest.mark.parametrize(
    ("grading", "sequence", "completed"),
    [
        ("best", [RIGHT, WRONG], True),
        ("last", [WRONG, RIGHT], True),
        ("last", [HALF, WRONG], False),
        ("best", [WRONG, HALF], False),
    ],
)
def test_grading_policy_decides_lesson_completion(make_course, trainee, grading, sequence, completed):
    course, lesson, key = _quiz_lesson(make_course, trainee, grading=grading, pass_mark=100)
    for answers in sequence:
        quiz_submit(user=trainee, lesson=lesson, assessment_key=key, answers=answers)
    assert course_progress(user=trainee, course=course).is_complete is completed


def test_last_grading_reports_the_last_score(make_course, trainee):
    from courses.selectors.progress import attempts_for, effective_result

    _course, lesson, key = _quiz_lesson(make_course, trainee, grading="last", pass_mark=60)
    quiz_submit(user=trainee, lesson=lesson, assessment_key=key, answers=RIGHT)
    quiz_submit(user=trainee, lesson=lesson, assessment_key=key, answers=HALF)
    attempts = attempts_for(user=trainee, lesson_key=lesson.translation_key, assessment_key=key)
    assert effective_result(attempts, "last") == (50.0, False)
    assert effective_result(attempts, "best") == (100.0, True)


def _sample_answers(quiz_value, *, right=True):
    answers = {}
    for question in quiz_value["questions"]:
        qid, kind, value = str(question.id), question.block_type, question.value
        if kind in ("single_choice", "multiple_choice"):
            answers[qid] = [
                str(o.id) for o in value["options"].bound_blocks if bool(o.value["correct"]) is right
            ]
        elif kind == "true_false":
            answers[qid] = ["true" if bool(value["answer"]) is right else "false"]
        else:
            answers[qid] = [str(value["answer"] if right else value["answer"] + 100)]
    return answers


def test_progress_survives_a_language_switch(sample_course, sample_lessons, trainee):
    from courses.services import lesson_mark_complete

    reading, quiz_lesson = sample_lessons
    enrolment_create(user=trainee, course=translation_of(sample_course, "ru"))
    lesson_mark_complete(user=trainee, lesson=translation_of(reading, "uz"))
    tk_quiz = translation_of(quiz_lesson, "tk")
    key = tk_quiz.body[0].id
    quiz_submit(
        user=trainee, lesson=tk_quiz, assessment_key=key, answers=_sample_answers(tk_quiz.body[0].value)
    )
    for language in ("en", "ru", "uz", "tk"):
        course = sample_course if language == "en" else translation_of(sample_course, language)
        progress = course_progress(user=trainee, course=course)
        assert progress.enrolled
        assert (progress.completed, progress.total) == (2, 2)
        assert progress.is_complete
    assert AssessmentAttempt.objects.get().lesson_key == quiz_lesson.translation_key
